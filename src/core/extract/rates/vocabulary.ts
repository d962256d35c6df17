/** Word lists the tariff-rate decision reads. Lower case; matched against whole tokens. */

/** Nouns and verbs that name a charge on goods crossing a border. */
export const TARIFF_WORDS = new Set([
  'tariff', 'tariffs', 'duty', 'duties', 'levy', 'levies', 'levied', 'customs', 'countervailing', 'anti-dumping',
  'surtax', 'surtaxes',
]);

/** Nouns that make a preceding tariff word a mere modifier: "the tariff bill", "tariff talks". */
export const TARIFF_MODIFIED = new Set([
  'bill', 'bills', 'talks', 'negotiations', 'negotiator', 'negotiators', 'announcement', 'announcements', 'fears',
  'news', 'war', 'wars', 'deal', 'deals', 'policy', 'policies', 'revenue', 'revenues', 'envoy', 'chief', 'task',
  'debate', 'vote', 'dispute', 'disputes', 'uncertainty', 'turmoil', 'letter', 'letters',
]);

/** "tax" is a tariff only after these: "import tax", "border tax". */
export const TARIFF_TAX_LEADS = new Set(['import', 'export', 'border', 'customs', 'entry']);
export const TAX_WORDS = new Set(['tax', 'taxes']);

/** Tariff-like only when the sentence speaks of tariffs elsewhere: "the 10 percent baseline". */
export const WEAK_TARIFF_WORDS = new Set(['baseline', 'reciprocal']);

/** Utility "tariffs" are prices, not charges on goods. */
export const UTILITY_WORDS = new Set([
  'electricity', 'power', 'energy', 'gas', 'water', 'feed-in', 'utility', 'utilities', 'broadband', 'mobile',
  'telecom', 'roaming', 'postal', 'rail', 'fare', 'fares', 'heating',
]);

/**
 * What else a percentage measures. Met before a tariff word when reading back from the number, or in the
 * few words after it, they win: "28% of its exports", "shares fell 3%", "approval rating of 30%".
 */
export const OTHER_MEASURES = new Set([
  'growth', 'gdp', 'economy', 'inflation', 'stake', 'stakes', 'share', 'shares', 'stock', 'stocks', 'index', 'indexes',
  'indices', 'nikkei', 'dow', 'nasdaq', 'topix', 'ftse', 's&p', 'kospi', 'dax', 'yen', 'currency', 'bonds', 'bond',
  'yield', 'yields', 'treasuries', 'interest', 'mortgage', 'profit', 'profits', 'revenue', 'revenues', 'earnings',
  'sales', 'margin', 'margins', 'price', 'prices', 'wage', 'wages', 'salary', 'salaries', 'output', 'production',
  'unemployment', 'jobless', 'approval', 'rating', 'ratings', 'poll', 'polls', 'survey', 'respondents', 'voters',
  'vote', 'votes', 'turnout', 'probability', 'chance', 'chances', 'odds', 'likelihood', 'majority', 'ownership',
  'owned', 'income', 'discount', 'capacity', 'population', 'workforce', 'households', 'premium', 'valuation',
  'deficit', 'surplus', 'debt', 'budget', 'spending', 'vat', 'consumption', 'corporate', 'digital', 'voted',
]);

/** After the number only: a change or a degree, not a level ("a 10% increase", "100% sure", "78 percent rise"). */
export const AFTER_ONLY_MEASURES = new Set([
  'increase', 'increases', 'rise', 'rises', 'drop', 'drops', 'decline', 'declines', 'fall', 'falls', 'gain', 'gains',
  'jump', 'surge', 'plunge', 'slump', 'rebound', 'contraction', 'cut', 'cuts', 'hike', 'hikes', 'reduction',
  'sure', 'certain', 'firm', 'confident', 'committed', 'correct', 'true', 'right', 'wrong', 'annual', 'year-on-year',
  'stake', 'support', 'return', 'returns', 'off', 'down', 'up', 'lower', 'higher', 'more', 'less',
]);

/** Sentence-wide signs that a percentage is an opinion figure, whatever else the sentence says. */
export const POLL_WORDS = new Set(['poll', 'polls', 'survey', 'surveyed', 'respondents', 'voters', 'approval']);

/** A change of a level, when written right before the number without "to/from/at": "fell 3%", "up 2%". */
export const MOVE_VERBS = new Set([
  'fell', 'fall', 'falls', 'falling', 'rose', 'rise', 'rises', 'rising', 'dropped', 'drop', 'drops', 'gained', 'gain',
  'gains', 'lost', 'lose', 'loses', 'slid', 'slipped', 'climbed', 'jumped', 'surged', 'soared', 'plunged',
  'plummeted', 'tumbled', 'sank', 'declined', 'increased', 'decreased', 'grew', 'grow', 'shrank', 'contracted',
  'expanded', 'down', 'up', 'added', 'shed', 'rallied', 'advanced', 'retreated', 'weakened', 'strengthened',
]);

/** Hedges between a verb and its number: "fell nearly 3%", "rose by about 2%". */
export const HEDGES = new Set([
  'nearly', 'about', 'roughly', 'around', 'almost', 'some', 'approximately', 'over', 'under', 'more', 'less', 'than',
  'as', 'much', 'by', 'just', 'only', 'another', 'a', 'further', 'an', 'estimated', 'close', 'to',
]);

/** Words that end the short noun phrase after a number: a tariff word must come before them. */
export const PHRASE_STOPS = new Set([
  'of', 'in', 'on', 'for', 'to', 'from', 'at', 'by', 'with', 'as', 'after', 'before', 'since', 'while', 'because',
  'but', 'or', 'and', 'that', 'which', 'who', 'when', 'if', 'than', 'is', 'are', 'was', 'were', 'be', 'been', 'will',
  'would', 'could', 'should', 'may', 'might', 'has', 'have', 'had', 'the', 'this', 'these', 'those', 'said', 'say',
  'says', 'think', 'believe', 'want', 'wanted', 'oppose', 'agree', 'see', 'expect', 'off', 'per', 'a', 'an', 'it',
  'they', 'we', 'he', 'she', 'i', 'you', 'not', 'no', 'over', 'under', 'into', 'through', 'against', 'via', 'until',
]);

/** Words that open a new clause: a backward or forward scan does not cross them. */
export const CLAUSE_BREAKS = new Set([
  'but', 'while', 'although', 'though', 'whereas', 'however', 'meanwhile', 'because', 'since', 'despite', 'unlike', ';',
]);

/** Verbs that end the phrase after a number: a measure named after them is not the number's. */
export const VERB_BREAKS = new Set(['could', 'would', 'will', 'may', 'might', 'can', 'should', 'must', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'said', 'says']);

/** Verbs whose subject or "by" agent imposes the tariff: "the U.S. has imposed", "imposed by Japan". */
export const IMPOSING_WORDS = new Set([
  'imposed', 'imposes', 'impose', 'imposing', 'slapped', 'levied', 'levies', 'announced', 'threatened', 'raised',
  'raise', 'raises', 'lowered', 'lower', 'lowers', 'cut', 'cuts', 'applies', 'apply', 'charges', 'charge',
]);

/** Words that give a rate's status, and the status each gives. */
export const STATUS_WORDS: ReadonlyMap<string, string> = new Map(Object.entries({
  pause: 'paused', paused: 'paused', pausing: 'paused', halted: 'paused', suspended: 'paused', suspend: 'paused',
  delayed: 'paused', hold: 'paused',
  threatened: 'threatened', threatens: 'threatened', threaten: 'threatened', threat: 'threatened', threatening: 'threatened',
  proposed: 'proposed', proposes: 'proposed', propose: 'proposed', proposal: 'proposed', planned: 'proposed', plans: 'proposed', considering: 'proposed',
  imposed: 'in force', effect: 'in force', place: 'in force', force: 'in force', effective: 'in force', already: 'in force',
  lowered: 'lowered', lower: 'lowered', lowers: 'lowered', lowering: 'lowered', reduced: 'lowered', reduce: 'lowered',
  reduces: 'lowered', cut: 'lowered', cuts: 'lowered', cutting: 'lowered', slashed: 'lowered', eased: 'lowered', back: 'lowered',
  raised: 'raised', raise: 'raised', raises: 'raised', raising: 'raised', hikes: 'raised', hike: 'raised', hiked: 'raised', jump: 'raised', jumped: 'raised',
  increase: 'raised', increased: 'raised', rise: 'raised', higher: 'raised',
}));

/** Month names and abbreviations, lower case, as dates in a tariff sentence write them. */
export const MONTHS = new Set([
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug',
  'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december',
]);

/** Words that lead the goods after a tariff word: "tariffs on cars". */
export const GOODS_LEADS = new Set(['on', 'targeting', 'covering', 'against']);
/** Words that end the goods phrase: a verb, a preposition or a time word. */
export const GOODS_STOPS = new Set([
  'from', 'into', 'to', 'by', 'which', 'that', 'who', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'has',
  'have', 'had', 'as', 'after', 'before', 'since', 'until', 'while', 'because', 'when', 'if', 'produced', 'made',
  'manufactured', 'exported', 'shipped', 'sold', 'imposed', 'with', 'under', 'at', 'in', 'for', 'took', 'take',
  'takes', 'set', 'went', 'go', 'goes', 'came', 'come', 'remain', 'remains', 'including', 'rather', 'than', 'but',
  'or', 'over', 'amid', 'announced', 'starting', 'effective', 'beginning', 'of', 'yesterday', 'today', 'tomorrow',
  'tonight', 'now', 'still', 'also', 'already', 'then', 'can', 'must', 'may', 'might', 'should', 'stay', 'stays',
  'apply', 'applies', 'hurt', 'hurts', 'hit', 'hits', 'bite', 'bites', 'begin', 'begins', 'start', 'starts', 'end',
  'ends', 'expire', 'expires', 'rose', 'rise', 'rises', 'fell', 'fall', 'falls', 'cost', 'costs', 'weigh', 'weighs',
  'last', 'next', 'this', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
/** Determiners skipped before the goods or a place. */
export const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'a', 'an', 'some']);
/** "imports of", "exports of", "shipments of" before the goods. */
export const TRADE_FLOWS = new Set(['imports', 'exports', 'shipments']);
/** Verbs whose subject is the party a tariff hits: "Japan has faced 24% tariffs". */
export const FACING_WORDS = new Set(['faces', 'face', 'faced', 'facing', 'hit', 'subject', 'subjected', 'slapped', 'charged']);
