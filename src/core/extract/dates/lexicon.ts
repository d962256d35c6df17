/**
 * Words the date finder knows, as data plus the regex fragments built from them. Month and
 * weekday names must be capitalised: "may", "march" and "sun" are ordinary words.
 */

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/**
 * The first three characters of `word` as one small number, A–Z folded to a–z, or -1 when one of
 * them is not ASCII (no name's lower case has such a character). Why: no sliced, lower-cased
 * string per lookup.
 */
function prefixKey(word: string): number {
  let key = 0;
  for (let k = 0; k < 3; k++) {
    const c = k < word.length ? word.charCodeAt(k) : 0;
    if (c > 127) return -1;
    key = (key << 7) | (c >= 65 && c <= 90 ? c + 32 : c);
  }
  return key;
}

/** First three letters → 1-based position in `names`. */
function byPrefix(names: readonly string[]): ReadonlyMap<number, number> {
  return new Map(names.map((n, i) => [prefixKey(n), i + 1]));
}
const MONTH_BY_PREFIX = byPrefix(MONTH_NAMES);
const WEEKDAY_BY_PREFIX = byPrefix(WEEKDAY_NAMES);

/** Month number (1–12) for a full name or an abbreviation, with or without its period. */
export function monthNumber(word: string): number | undefined {
  return MONTH_BY_PREFIX.get(prefixKey(word));
}

/** ISO weekday (Monday = 1 … Sunday = 7) of a weekday name. */
export function weekdayNumber(word: string): number | undefined {
  return WEEKDAY_BY_PREFIX.get(prefixKey(word));
}

/** Full month names. "May" and "March" alone need a date-like neighbour (see the finder). */
export const MONTH_FULL = MONTH_NAMES.join('|');
/** Abbreviations; only ever accepted next to a day number or a year ("Aug. 1", "Jan 2025"). */
const MONTH_ABBR = String.raw`(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`;
export const MONTH_ANY = `(?:${MONTH_FULL}|${MONTH_ABBR})`;
export const WEEKDAY = WEEKDAY_NAMES.join('|');

/** Day of month, optionally ordinal, never the start of a longer number. */
export const DAY_NUM = String.raw`(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?\b`;
/** A four-digit year 1800–2099, not part of a longer number. */
export const YEAR4 = String.raw`(?:1[89]\d\d|20\d\d)(?![\d])`;

/** Parts of the day and their TIMEX3 codes. */
export const PART_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI',
};
export const PART_OF_DAY_WORDS = String.raw`(?:[Mm]orning|[Aa]fternoon|[Ee]vening|[Nn]ight)`;

/** Seasons and their TIMEX3 codes. */
export const SEASON: Readonly<Record<string, string>> = {
  spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI',
};

/** Time-zone abbreviations that may follow a clock time. */
export const ZONE_ABBR = String.raw`(?:UTC|GMT|JST|KST|HKT|SGT|CET|CEST|BST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|AEST|AEDT|IST|WIB)`;

const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100,
};

/** Number words ("Seventeen", "twenty-five", "a") as a regex fragment, first letter in either case. */
export const NUMBER_WORD = (() => {
  const words = Object.keys(SMALL_NUMBERS).sort((a, b) => b.length - a.length);
  const alt = words.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|');
  return String.raw`(?:(?:${alt})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)`;
})();

/** Value of a digit string or number word ("twenty-five" → 25); undefined for vague words ("several"). */
export function numberValue(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  let total = 0;
  for (const part of word.toLowerCase().split('-')) {
    const n = SMALL_NUMBERS[part];
    if (n === undefined) return undefined;
    total += n;
  }
  return total;
}

/** Ordinals used for quarters and centuries. */
export const ORDINAL: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};

/** Decades in words; "the sixties" is the 1960s. */
export const DECADE_WORDS = 'twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties';

/**
 * Words at least one of which every date expression contains, in lower case; the finder only
 * looks for dates around them. Keep in step with the rules.
 */
export const KEY_WORDS: readonly string[] = [
  ...MONTH_NAMES, 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec', ...WEEKDAY_NAMES,
  'today', 'tonight', 'tomorrow', 'yesterday', 'ago', 'week', 'weeks', 'weekend', 'weekends', 'year', 'years',
  'century', 'centuries', 'quarter', 'month', 'months', 'decade', 'decades', 'spring', 'summer', 'autumn', 'fall', 'winter',
  'day', 'mid', 'midnight', 'midday', 'noon', 'christmas', 'easter', 'halloween', 'black', 'valentine',
  'morning', 'afternoon', 'evening', 'night', 'q1', 'q2', 'q3', 'q4',
  ...DECADE_WORDS.split('|'),
].map((w) => w.toLowerCase());

/** Words that may open a date expression before its key word ("the first quarter", "just over two weeks ago"). */
export const START_WORDS: readonly string[] = [
  'the|early|mid|late|middle|last|next|this|coming|past|previous|following|earlier|later|current',
  'just|over|under|about|nearly|almost|around|some|roughly|only|more|less|several|many|few|a|an',
  Object.keys(SMALL_NUMBERS).join('|'),
  'beginning|start|end|turn|year|christmas|new|good|black|boxing|easter|valentine|thanksgiving',
  'first|second|third|fourth|final|latest',
].join('|').split('|');
