import { wordSet } from './wordSet';

/** Honorifics: right before a capitalised word they make it a person, and stay outside the span. */
export const HONORIFICS = wordSet(
  `Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Dr Dr. Prof Prof. Sir Dame Madam Mme M. Herr Frau Sen. Rep. Gov.
  Gen. Lt. Col. Capt. Sgt. Maj. Adm. Cmdr. Rev. Fr. Pres. Insp. Det. Supt. Amb. Hon.`,
);

/**
 * Capitalised title heads ("Secretary" in "U.S. Treasury Secretary Scott Bessent"): a name that
 * follows them is a person; they and their modifiers before them are the role, not the name.
 */
export const TITLE_HEADS = wordSet(
  `President Vice-President Minister Secretary Secretary-General Representative Senator Congressman
  Congresswoman Governor Mayor Chancellor Premier Chairman Chairwoman Chairperson Chair CEO CFO COO
  Director Director-General Commissioner Ambassador Envoy Spokesman Spokeswoman Spokesperson Speaker
  Leader Judge Justice Prosecutor Attorney Attorney-General Professor Lecturer Doctor Principal
  Chief Commander General Colonel Captain Lieutenant Sergeant Major Admiral Marshal Officer Inspector
  Detective Constable Superintendent King Queen Prince Princess Emperor Empress Crown Duke Duchess
  Lord Lady Baron Baroness Count Countess Pope Cardinal Archbishop Bishop Reverend Father Sister
  Rabbi Imam Ayatollah Sheikh Emir Sultan Coach Manager Captain Founder Co-founder Chef MP MEP
  Lawmaker Legislator Councillor Councilor Councilman Councilwoman Deputy Delegate Negotiator
  Economist Analyst Strategist Editor Correspondent Reporter Curator Architect Artist Actor Actress
  Author Singer Rapper Designer Producer Filmmaker Photographer Journalist Columnist Presenter Host
  Anchor Candidate Nominee Chairs Executive Officer Administrator Treasurer Registrar Auditor
  Ombudsman Magistrate Sheriff Marshal Warden Pastor Monk Nun Shaikh Maharaja Rajah Raja Tsar Czar`,
);

/**
 * Title heads that also end real names ("Martin Luther King", "Stephen King", "Bob Marley"): after a
 * name they are part of it, and only before a name do they act as a title.
 */
export const NAME_LIKE_TITLES = wordSet(
  `King Lord Prince Duke Bishop Pope Major Marshal Chief Dean Judge Justice Father Sister Baron Count
  Chancellor Chambers Coach Cardinal Host Anchor Leader Speaker Principal Admiral General`,
);

/** Lower-case role nouns: "negotiator Paula Brennan", "actor Dennis Hopper". */
export const ROLE_NOUNS = wordSet(
  `minister ministers secretary president vice-president premier chancellor chairman chairwoman chair
  chief ceo executive executives director governor mayor senator congressman congresswoman lawmaker
  lawmakers legislator legislators councillor councillors councilor councilors politician politicians
  candidate candidates nominee leader leaders spokesman spokeswoman spokesperson representative envoy
  ambassador diplomat negotiator official officials officer commander general colonel captain king
  queen prince princess pope bishop archbishop cardinal rabbi imam cleric judge justice prosecutor
  lawyer attorney solicitor barrister professor lecturer teacher researcher scientist economist
  economists analyst analysts strategist expert historian curator critic writer author novelist poet
  playwright journalist reporter correspondent editor columnist publisher publishers photographer
  photographers artist artists painter sculptor illustrator cartoonist designer architect actor
  actress actors singer singer-songwriter musician musicians rapper composer conductor guitarist
  drummer pianist dancer comedian filmmaker producer presenter host founder co-founder owner
  entrepreneur businessman businesswoman billionaire tycoon magnate investor banker trader activist
  activists campaigner protester dissident defector whistleblower athlete athletes player players
  striker midfielder defender goalkeeper forward winger coach manager boxer golfer cyclist sprinter
  swimmer skater champion teammate cosplayer student graduate pupil doctor surgeon physician nurse
  scholar inventor engineer astronaut pilot administrator chef detective inspector sergeant constable
  superintendent commissioner deputy aide adviser advisor advisers consultant pan-democrat democrat veteran
  republican conservative liberal socialist nonpartisan independent incumbent rival challenger
  successor predecessor husband wife son daughter brother sister father mother uncle aunt cousin
  man woman boy girl resident native citizen member major widow grandson granddaughter boyfriend girlfriend fiancé fiancee friend colleague partner mp`,
);

/** Words before a title that still belong to the role ("former President", "acting Chief Justice"). */
export const ROLE_MODIFIERS = wordSet(
  `former then acting deputy vice outgoing incoming interim late top senior junior chief assistant
  associate managing executive lead head new current longtime veteran`,
);

/**
 * Speech and report verbs after a name: "X said", "X told reporters". Forms that are also plural
 * nouns ("comments", "notes", "claims") are left out: "Truth Social comments" is not a speaker.
 */
export const SPEECH_VERBS = wordSet(
  `said says told tells added adds explained explains noted stated wrote writes asked asks argued
  argues warned warns insisted insists claimed replied replies recalled recalls admitted admits
  acknowledged acknowledges commented tweeted concluded concludes emphasized emphasised stressed
  stresses suggested suggests believes believed thinks thought countered urged urges remarked
  testified testifies responded complained complains`,
);

/** Verbs of a quotation that come before the speaker: "…, said Jane Roe." */
export const INVERTED_SPEECH_VERBS = wordSet(
  `said says added adds wrote writes explained explains noted notes asked asks continued continues
  recalled recalls replied replies argued argues insisted insists warned warns`,
);

/** Lower-case particles inside names: "Ursula von der Leyen", "Charles de Gaulle". */
export const NAME_PARTICLES = wordSet(`von van der den de del della dei di da du dos das do la le ter ten bin ibn y`);

/** Lower-case prefixes glued to a surname by a hyphen: "Suleiman al-Amr". */
export const SURNAME_PREFIXES = wordSet(`al el ad ar as ash at az ibn bin abu`);

/** Name suffixes kept in the span: "William Clay Ford Jr.". */
export const NAME_SUFFIXES = wordSet(`Jr. Jr Sr. Sr II III IV`);

/** Dotted abbreviations that are never initials of a person. */
export const NON_PERSON_ABBREVIATIONS = wordSet(
  `U.S. U.K. U.N. E.U. U.A.E. D.C. L.P. N.Y. L.A. P.M. A.M. U.S.A. R.O.C. P.R.C. S.A. N.V. A.G. B.V.
  No. St. Mt. Ft. Inc. Ltd. Co. Corp. Bros. Ave. Rd. Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept.
  Oct. Nov. Dec. Mon. Tue. Tues. Wed. Thu. Thur. Thurs. Fri. Sat. Sun. Vol. Fig. Art. Sec. Ch. Ed.`,
);

/** Months and weekdays: never names. */
export const CALENDAR_WORDS = wordSet(
  `January February March April May June July August September October November December Monday
  Tuesday Wednesday Thursday Friday Saturday Sunday Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
  Ramadan Diwali Hanukkah Thanksgiving Halloween`,
);

/**
 * Function words: they never sit inside a name, so they split a capitalised run
 * ("Elizabeth Quat In the ..." holds the name "Elizabeth Quat").
 */
export const FUNCTION_WORDS = wordSet(
  `A An The And But Or Nor If In On At To For Of By With From As Into Onto Upon Over Under About
  Above Below After Before During Since Until Till While Whilst Although Though Because Unless
  Whether Despite Without Within Against Among Amid Amongst Between Through Throughout Towards Toward
  Via Than Unlike Including According Following It Its He She They We I You Me Him Her Them Us His
  Hers Their Our Your My This That These Those There Here What When Where Why How Who Whom Whose
  Which However Instead Meanwhile Moreover Furthermore Nevertheless Therefore Thus Hence Also Yet So
  Then Now Today Tonight Yesterday Tomorrow Is Are Was Were Be Been Am Do Does Did Have Has Had Can
  Could Would Should Shall Must Might Not No Yes All Both Each Every Some Many Most Any Another`,
);

/** Org words that are also common surnames: they end a name that starts with a given name ("Nathan Law"). */
export const SURNAME_LIKE_ORG_WORDS = wordSet(
  `Law Hill Hall Park Day House Church Lane Bay Wood Banks Brooks Waters Power Price Moss Street Post
  Mills Cross Rivers Camp Castle Ward Chapel Forest Lake Temple Field Fields Mount Fair Guard Press
  Young Green Marshal Summit Tower Gates Wells Hart Rose Fox Knight Bishop King Sun Times Park`,
);

/**
 * Capitalised words that are not names: function words and the adverbs, pronouns and plural
 * nouns that start sentences ("Despite", "Analysts"), and page furniture.
 */
export const STOP_WORDS = wordSet(
  `A An The And But Or Nor If In On At To For Of By With From As Into Onto Upon Over Under About
  Above Below After Before During Since Until Till While Whilst Although Though Because Unless
  Whether Despite Without Within Against Among Amid Amongst Between Through Throughout Towards Toward
  Via Per Than Like Unlike Plus Minus Regarding Including Excluding According Following Given Due
  Thanks It Its It's He She They We I You Me Him Her Them Us His Hers Their Theirs Our Ours Your My
  Mine This That These Those There Here What When Where Why How Who Whom Whose Which Whatever
  Whoever Wherever Whenever However Instead Meanwhile Moreover Furthermore Nevertheless Nonetheless
  Therefore Thus Hence Also Still Yet So Then Now Today Tonight Yesterday Tomorrow Soon Later
  Earlier Already Again Once Twice Perhaps Maybe Indeed Besides Otherwise Anyway Overall Finally
  First Second Third Last Next Previously Recently Currently Eventually Initially Ultimately Some
  Many Most More Much Few Fewer Less Least Several Other Others Another Each Every All Both Either
  Neither None No Not Nothing Nobody Noone Everyone Everybody Everything Someone Somebody Something
  Anyone Anybody Anything Any One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty
  Thirty Forty Fifty Hundred Hundreds Thousand Thousands Million Millions Billion Yes Oh Well Just
  Only Even Very Too Such Same Own Is Are Was Were Be Been Being Am Do Does Did Done Have Has Had
  Having Can Could Would Should Shall Must Might Will May Let Lets Please Thank Sorry Hello Hi Dear
  Good Great Best Better Bad Worse Worst Big Bigger Biggest Small Large Long High Low New Old Young
  Top Full Real True False Free Open Close Early Late Hard Easy Fast Slow Back Up Down Out Off Away
  Together Along Around Across Behind Beyond Inside Outside Near Far Whole Half Total Together
  Analysts Officials Experts Economists Critics Sources Police Residents Voters Investors Shares
  Stocks Markets Prices Traders Observers Supporters Opponents Protesters Lawmakers Leaders Members
  Workers Companies Businesses Consumers Customers Users Readers Viewers Fans Players Teams Students
  Scientists Researchers Doctors Teachers Parents Children Families People Citizens Americans
  Image Images Photo Photos Picture Video Videos Audio Credit Credits Source Comments Comment Reply
  Related Published Updated Posted Login Logout Sign Subscribe Follow Share Tweet Email Print Read
  More Advertisement Sponsored Hashtags Tags Topics Home News Menu Search Click Watch Listen Try
  Explore Learn See Get Use Make Take Keep Find Ask Tell Say Says Said Note Editor's Copyright All
  Rights Reserved Terms Privacy Cookies Contact About Help Register Facebook Twitter Instagram
  YouTube Youtube LinkedIn WhatsApp Reddit Wikipedia Wikinews
  Internet Web Online Government Administration Congress Parliament Senate Cabinet Ministry
  Department Agency Court Police Army Navy Military Company Group State States Federal National
  International Global World Western Eastern Northern Southern Central North South East West
  Northeast Northwest Southeast Southwest Mid Upper Lower Greater Inner Outer Royal Imperial Grand
  Supreme Prime Economic Economy Finance Financial Foreign Trade Treasury Commerce Defence Defense
  Interior Justice Health Education Energy Labour Labor Transport Agriculture Industry Industrial
  Environment Culture Public Private Social Political Civic Civil Democratic Republican Liberal
  Conservative Labour Communist Socialist Green Greens Independent Nationalist People's Popular
  Sunday's Monday's Hmm Wow Ah Yeah Ok Okay Lol Thanks`,
);

/** Words that make a capitalised run an organisation, place, event or thing, never a person. */
export const ORG_WORDS = wordSet(
  `Party Parties Council Ministry Department Office Bureau Agency Administration Authority Commission
  Committee Board Court Tribunal Parliament Assembly Senate Congress Cabinet Government Embassy
  Consulate Union Federation Confederation Alliance Coalition League Association Society Institute
  Institution Foundation Fund Trust Center Centre Centres Centers Council Organisation Organization
  Group Groups Bank Banks Reserve Exchange Market Markets Index Average Fund Capital Holdings
  Partners Ventures Investments Securities Insurance Financial Finance Corporation Corp Corp. Company
  Co Co. Inc Inc. Ltd Ltd. LLC LLP PLC Plc AG GmbH SA NV Limited Enterprises Industries Industry
  Motors Motor Electric Electronics Computer Computers Aircraft Airplanes Automotive Airlines Airline Airways Air Aviation Aerospace Systems
  Technologies Technology Tech Software Labs Laboratories Pharmaceuticals Pharma Energy Oil Gas Power
  Petroleum Steel Mining Chemicals Foods Food Brewery Brewing Beverages Retail Stores Store Mall
  Media News Press Times Post Journal Herald Tribune Gazette Telegraph Guardian Observer Chronicle
  Daily Weekly Magazine Review Radio Television TV Network Networks Channel Broadcasting Studios
  Studio Pictures Records Entertainment Games Publishing Publishers Books University College School
  Schools Academy Polytechnic Museum Museums Gallery Galleries Library Hospital Clinic Church
  Cathedral Mosque Temple Shrine Monastery Chapel Abbey Palace Castle House Hall Tower Towers
  Building Buildings Stadium Arena Park Square Street St Avenue Ave Road Rd Boulevard Lane Drive
  Way Highway Bridge Tunnel Airport Station Port Harbour Harbor Bay River Lake Sea Ocean Gulf Island
  Islands Isle Peninsula Mountain Mountains Mount Mt Hill Hills Valley Canyon Desert Forest Falls
  Beach Coast Coastline Province Prefecture County City Town Village District Region State Territory
  Territories Republic Kingdom Empire Emirates Federation Commonwealth Constituency Ward Borough
  Army Navy Force Forces Corps Guard Guards Police Brigade Battalion Regiment Legion Command Fleet
  Program Programme Project Initiative Plan Scheme Act Law Treaty Accord Agreement Pact
  Protocol Convention Conference Summit Forum Festival Expo Fair Show Awards Award Prize Cup
  Championship Championships Games Olympics Tournament Open Series Grand Prix Marathon Race Club
  Clubs Team United City FC Rovers Wanderers Athletic Movement Campaign Front Brigades Initiative
  Service Services Systems Solutions Network Pavilion Memorial Monument Cemetery Zoo Garden Gardens
  Centre Camp Base Prison Jail Hotel Resort Restaurant Cafe Bar Theatre Theater Cinema Opera
  Orchestra Band Choir Ensemble Quartet Trio Institute Soup Day Week Year Era Age War Wars Revolution
  Crisis Act Doctrine Index Model Series Edition Version Prize Cosplay Kremlin Pentagon`,
);

/**
 * Countries, regions, states and demonyms: a lone one is not a person and a name may not end in
 * one ("Jordan Valley"), except the few that are also common surnames (see SURNAME_LIKE_PLACES).
 */
export const REGION_WORDS = wordSet(
  `Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas
  Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana Brazil
  Brunei Bulgaria Burkina Burundi Cambodia Cameroon Canada Chad Chile China Colombia Comoros Congo
  Croatia Cuba Cyprus Czechia Denmark Djibouti Dominica Ecuador Egypt Eritrea Estonia Eswatini
  Ethiopia Fiji Finland France Gabon Gambia Germany Ghana Greece Grenada Guatemala Guinea Guyana
  Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan
  Kazakhstan Kenya Kiribati Korea Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya
  Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta Mauritania
  Mauritius Mexico Micronesia Moldova Monaco Mongolia Montenegro Morocco Mozambique Myanmar Burma
  Namibia Nauru Nepal Netherlands Holland Nicaragua Niger Nigeria Norway Oman Pakistan Palau Palestine
  Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia
  Seychelles Singapore Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan
  Tajikistan Tanzania Thailand Togo Tonga Trinidad Tunisia Turkey Türkiye Turkmenistan Tuvalu Uganda
  Ukraine Uruguay Uzbekistan Vanuatu Vatican Venezuela Vietnam Yemen Zambia Zimbabwe America Americas
  Britain England Scotland Wales Europe Asia Africa Oceania Antarctica Arctic Eurasia Scandinavia
  Balkans Caribbean Siberia Tibet Xinjiang Kashmir Gaza Crimea Donbas Kurdistan Hong Kong Macau
  Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho
  Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota
  Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah
  Vermont Washington Wisconsin Wyoming Carolina Dakota Hampshire Jersey Ontario Quebec Alberta
  Manitoba Saskatchewan Queensland Tasmania Bavaria Catalonia Okinawa Hokkaido Kyushu Honshu
  American Americans British Briton Britons English Scottish Welsh Irish French German Germans
  Italian Italians Spanish Spaniard Portuguese Dutch Belgian Swiss Austrian Swedish Swedes Norwegian
  Danish Finnish Polish Czech Hungarian Romanian Bulgarian Greek Greeks Russian Russians Ukrainian
  Ukrainians Turkish Turks Israeli Israelis Palestinian Palestinians Arab Arabs Iranian Iranians
  Iraqi Syrian Saudi Egyptian Afghan Afghans Pakistani Indian Indians Chinese Japanese Korean Koreans
  Taiwanese Vietnamese Thai Filipino Indonesian Malaysian Australian Australians Canadian Canadians
  Mexican Mexicans Brazilian Argentine Chilean Colombian Cuban African Africans Nigerian Kenyan
  European Europeans Asian Asians Western Muslim Muslims Christian Christians Jewish Jews Hindu
  Buddhist Catholic Catholics Protestant Latino Latina Hispanic Kiwi Kiwis Scot Scots Brit Brits`,
);

/** Places that are also surnames: "Denzel Washington", "Michael Jordan". */
export const SURNAME_LIKE_PLACES = wordSet(`Washington Jordan Georgia England Israel Lincoln Chad Carolina Mali`);

/** Big cities: a lone one is not a person unless the file names a person so ("Anna Paris"). */
export const CITY_WORDS = wordSet(
  `Tokyo Osaka Kyoto Nagoya Yokohama Kobe Sapporo Fukuoka Hiroshima Nagasaki Sendai Beijing Shanghai
  Shenzhen Guangzhou Wuhan Taipei Seoul Pyongyang Busan Hanoi Saigon Bangkok Manila Jakarta Kowloon
  Delhi Mumbai Kolkata Chennai Bangalore Karachi Lahore Islamabad Kabul Tehran Baghdad Damascus
  Beirut Jerusalem Riyadh Dubai Doha Cairo Istanbul Ankara Moscow Kyiv Kiev Minsk Warsaw Prague
  Vienna Budapest Berlin Munich Frankfurt Hamburg Paris Lyon Marseille Brussels Amsterdam Rotterdam
  Geneva Zurich Rome Milan Naples Venice Madrid Barcelona Lisbon London Manchester Liverpool Glasgow
  Edinburgh Dublin Belfast Oslo Stockholm Copenhagen Helsinki Athens Ottawa Toronto Montreal
  Vancouver Sydney Melbourne Brisbane Perth Auckland Wellington Johannesburg Nairobi Lagos Mexico
  Havana Bogota Lima Santiago Caracas Boston Chicago Houston Dallas Atlanta Miami Seattle Denver
  Detroit Phoenix Philadelphia Baltimore Brooklyn Manhattan Hollywood Vegas Angeles Francisco
  Singaporean`,
);

/** News outlets and agencies, whose names often sit beside a byline or a speech verb. */
export const OUTLETS = wordSet(
  `Reuters Bloomberg Kyodo Jiji Nikkei Asahi Mainichi Yomiuri Xinhua Yonhap Bernama Tass TASS
  Interfax AP AFP BBC CNN CNBC NBC CBS ABC NPR PBS Fox MSNBC Wikinews Politico Axios Forbes
  Fortune Economist Guardian Telegraph Independent Mirror Sun Spiegel Figaro Monde NHK ArcaMax
  Disqus Yahoo Newsweek Time Vox Slate Quartz Semafor Al-Jazeera Aljazeera Jazeera`,
);

/**
 * Companies named after people: alone (or as the last word after a non-name) they are the company.
 * A pair like "Levi Strauss" is listed whole.
 */
export const COMPANY_WORDS = wordSet(
  `Ford Honda Toyota Nissan Suzuki Mazda Subaru Mitsubishi Yamaha Kawasaki Hyundai Kia Daewoo Tata
  Porsche Ferrari Lamborghini Maserati Bugatti Peugeot Renault Citroen Daimler Benz Mercedes Opel
  Chrysler Dodge Chevrolet Cadillac Buick Tesla Boeing Airbus Lockheed Siemens Philips Bosch
  Michelin Dell Hewlett Packard Disney Kellogg Heinz Cadbury Nestle Nestlé Gillette Colgate Goldman
  Sachs Schwab Lehman Merrill Lynch Barclays Lloyds HSBC Sotheby Christie Bloomberg Reuters Dow
  Jones Nike Walmart Exxon Mobil Chevron Sony Panasonic Toshiba Hitachi Canon Nikon Fujifilm Leica
  Samsung Huawei Alibaba Tencent Uniqlo Nintendo Casio Ubisoft Google Apple Microsoft Amazon Netflix
  Fiat Ryanair Chanel Gucci Prada Armani Versace`,
);

/** Whole names of companies named after people: "Levi Strauss", "Morgan Stanley". */
export const COMPANY_NAMES = wordSet(
  `Levi_Strauss Morgan_Stanley Charles_Schwab Goldman_Sachs Dow_Jones Merrill_Lynch Wells_Fargo
  Marks_Spencer Procter_Gamble Johnson_Johnson Ernst_Young Calvin_Klein Ralph_Lauren Tommy_Hilfiger
  Louis_Vuitton Christian_Dior Hugo_Boss Harley_Davidson Rolls_Royce Aston_Martin Alfa_Romeo
  Walt_Disney Estee_Lauder Ben_Jerry Warner_Bros Dolce_Gabbana Lehman_Brothers`,
);
