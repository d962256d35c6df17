// Generates invented news articles (our own text) for benchmarks: deterministic for a given seed.
// The mix of sentences is calibrated so that people, dates and tariff rates come about as often as
// in real tariff news (the seed pages and gold texts): most sentences name no one and give no rate.

const GIVEN = ['Maria', 'Kenji', 'Laura', 'Tomas', 'Aiko', 'Daniel', 'Priya', 'Hiroshi', 'Elena', 'Samuel', 'Minh', 'Grace', 'Oliver', 'Fatima', 'Jun', 'Sofia'];
const FAMILY = ['Tanaka', 'Okafor', 'Lindqvist', 'Moreau', 'Sato', 'Hernandez', 'Nakamura', 'Brennan', 'Tran', 'Kowalski', 'Abe', 'Rossi', 'Achebe', 'Novak', 'Ibarra', 'Castellanos'];
const ROLES = ['Trade Minister', 'Treasury Secretary', 'chief negotiator', 'economy minister', 'Commerce Secretary', 'analyst'];
const COUNTRIES = ['Japan', 'Vietnam', 'Canada', 'Mexico', 'South Korea', 'India', 'Brazil', 'the European Union'];
const GOODS = ['cars', 'steel', 'aluminium', 'semiconductors', 'rice', 'auto parts', 'solar panels', 'all imports'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const OUTLETS = ['The Harbour Ledger', 'Pacific Wire', 'Daily Meridian', 'Capital Courier'];

// Background prose: parts combined at random, so that no two articles read alike.
const SUBJECTS = ['Economists', 'Exporters', 'Business groups', 'Officials in Tokyo', 'Diplomats', 'Small manufacturers', 'Farm lobbies', 'Importers', 'Shipping firms', 'Retailers', 'Some lawmakers', 'Industry executives', 'Central bankers', 'Officials at the World Trade Organization', 'Investors', 'Carmakers'];
const VERBS = ['warned that', 'have argued that', 'expect that', 'fear that', 'said privately that', 'noted that', 'have long complained that', 'are betting that', 'acknowledged that', 'doubt that'];
const CLAIMS = [
  'higher costs would be passed on to consumers', 'supply chains would take years to adjust', 'the dispute could spread to other sectors',
  'retaliation would hurt farmers first', 'prices at the port had already begun to climb', 'orders were being delayed until the rules were clear',
  'the measures broke earlier trade commitments', 'a compromise was still within reach', 'the uncertainty itself was doing the most damage',
  'smaller suppliers had little room to absorb the cost', 'the currency had weakened on the news', 'the talks had stalled over agricultural access',
  'factories were shifting production to neighbouring countries', 'the rules on origin were too vague to enforce', 'demand would recover once a deal was signed',
];
const TAILS = ['', ', although few were willing to say so on the record', ', according to people familiar with the discussions', ' and that the effects would be uneven', ', citing a survey of members', ' despite reassurances from the government', ', in a note to clients', ' as negotiators met behind closed doors'];
const CONTEXT = [
  'The talks are the latest attempt to settle a dispute that has unsettled markets across the region.',
  'Neither side has published the text of the proposals under discussion.',
  'Trade between the two economies is worth hundreds of billions of dollars a year.',
  'The government has promised support for industries that are hit hardest.',
  'Critics say the measures do little to address the underlying imbalance.',
  'Port operators reported longer queues as shippers rushed to beat the deadline.',
  'The ministry declined to comment on the details of the negotiations.',
  'Analysts said the outcome would shape investment decisions well beyond the car industry.',
  'Opposition parties have demanded a parliamentary debate on the agreement.',
  'Several companies have already announced plans to build new plants closer to their customers.',
];

function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/** One article of roughly `targetBytes`, with body, a comments section and boilerplate. */
export function article(seed, targetBytes = 8000) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const pct = () => pick(['10', '15', '24', '25', '27.5', '30', '46', '50']);
  const day = () => 1 + Math.floor(r() * 28);
  const year = 2024 + Math.floor(r() * 3);
  const a = { g: pick(GIVEN), f: pick(FAMILY) };
  const b = { g: pick(GIVEN), f: pick(FAMILY) };
  const country = pick(COUNTRIES);
  const outlet = pick(OUTLETS);
  const background = () => (r() < 0.3 ? pick(CONTEXT) : `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(CLAIMS)}${pick(TAILS)}.`);
  const lines = [
    `${country} seeks relief from ${pct()}% tariffs on ${pick(GOODS)} as talks resume`,
    `Home | World | Business | Markets`,
    `By ${b.g} ${b.f}, ${outlet}`,
    `Published ${pick(MONTHS)} ${day()}, ${year}`,
    `WASHINGTON – ${country}'s ${pick(ROLES)} ${a.g} ${a.f} said on ${pick(['Monday', 'Tuesday', 'Friday'])} the government would press for the removal of a ${pct()}% levy on ${pick(GOODS)}.`,
  ];
  while (lines.join('\n').length < targetBytes * 0.8) {
    // A paragraph: a few background sentences around at most one sentence with names, dates or rates.
    const paragraph = [background(), background()];
    if (r() < 0.8) paragraph.splice(Math.floor(r() * 3), 0, pick([
      `Mr ${a.f} told reporters that a deal could come by ${pick(MONTHS)} ${day()}, adding that tariffs of ${pct()} percent on ${pick(GOODS)} would hurt exporters.`,
      `Exports of ${pick(GOODS)} make up about ${Math.floor(r() * 40)}% of shipments, and growth slowed to ${(r() * 3).toFixed(1)}% last year.`,
      `"We are not in a hurry," ${a.f} said, after meeting ${b.g} ${b.f} in ${pick(['Tokyo', 'Hanoi', 'Ottawa', 'Geneva'])} last week.`,
      `The duty on ${pick(GOODS)} is set to rise to ${pct()}% from ${pct()}% on ${pick(MONTHS)} 1 unless an agreement is reached in mid-${pick(MONTHS)}.`,
      `${a.f} ${a.g}, who led the previous round, said the 90-day pause would expire in ${pick(MONTHS)} ${year + 1}.`,
      `Shares of carmakers fell ${(r() * 5).toFixed(1)}% on ${pick(['Wednesday', 'Thursday'])}, while a poll found ${Math.floor(r() * 90)}% of voters backed the talks.`,
      `${pick(GIVEN)} ${pick(FAMILY)}, an economist at a ${pick(['Tokyo', 'London', 'Singapore'])} bank, said ${a.f} had little room to offer concessions.`,
      `"It is a question of trust," said ${b.f}, who has met ${a.f} ${pick(['twice', 'three times', 'several times'])} since ${pick(MONTHS)}.`,
      `${b.g} ${b.f} and ${pick(GIVEN)} ${pick(FAMILY)} of the ${pick(['Trade Council', 'Exporters Association', 'Chamber of Commerce'])} are expected to join the next round of talks.`,
      `Asked about the delay, ${a.f} said only that ${b.f} "knows our position".`,
    ]));
    if (r() < 0.4) paragraph.push(background());
    lines.push(paragraph.join(' '));
  }
  lines.push('Comments', 'Login to comment');
  lines.push(`tradewatcher${Math.floor(r() * 99)}`, `Today 09:${10 + Math.floor(r() * 49)} am`, `These ${pct()}% tariffs will hit us all.`, `${Math.floor(r() * 30)} ( +${Math.floor(r() * 30)} / -${Math.floor(r() * 9)} )`);
  lines.push('Related Articles', `${pick(COUNTRIES)} weighs retaliatory duties on ${pick(GOODS)}`, `© ${year} ${outlet}. All rights reserved.`);
  return lines.join('\n') + '\n';
}

/** `count` articles averaging `bytesEach`, as [name, text] pairs. */
export function corpus(count, bytesEach = 8000) {
  const out = [];
  for (let i = 0; i < count; i++) out.push([`outlet-${i % 20}/article-${String(i).padStart(5, '0')}.txt`, article(i + 1, bytesEach)]);
  return out;
}
