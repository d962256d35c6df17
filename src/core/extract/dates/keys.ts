/**
 * The fast part of the date finder: finding the tokens every date contains (a number that can
 * be a year, day or hour; a month or weekday; "today", "week", "ago"…) and the words that may open
 * a date a little before them ("the", "early", "just over"). The full grammar then runs at only a
 * few places per kilobyte.
 *
 * Once a candidate is found, its word is looked up without making a string (WordList).
 */
import { afterDatePreposition, wordBefore } from './guards';
import { KEY_WORDS, START_WORDS } from './lexicon';
import { isAsciiDigit, isAsciiLetter, isAsciiUpper, isSpaceCode } from '../textUtil';

/**
 * A list of lower-case words, looked up case-blind by a letter run of the text without making a
 * string: a small hash table on the first three letters and the length rules out almost every
 * word, and the few left are compared letter by letter.
 */
class WordList {
  /** Bucket number (from 1) by slot; 0 for an empty slot. */
  private readonly slots = new Uint8Array(1 << SLOT_BITS);
  private readonly buckets: string[][] = [[]];

  constructor(words: readonly string[]) {
    for (const word of new Set(words)) {
      if (!/^[a-z]+$/.test(word) || word.length > 31) continue;
      const at = slotOf(prefixIndex(word, 0, word.length), word.length);
      if (this.slots[at] === 0) this.slots[at] = this.buckets.push([]) - 1;
      this.buckets[this.slots[at]].push(word);
    }
    if (this.buckets.length > 255) throw new Error('WordList: too many buckets for its table');
  }

  /** The listed word spelled by the letter run text[at, end), in any case, or undefined; an empty slot rules out most runs. */
  find(text: string, at: number, end: number): string | undefined {
    const length = end - at;
    if (length >= 32) return undefined;
    const bucket = this.slots[slotOf(prefixIndex(text, at, end), length)];
    if (bucket === 0) return undefined;
    // A plain loop, not Array.find: no closure per lookup on the finder's hottest path.
    for (const word of this.buckets[bucket]) if (word.length === length && sameLetters(text, at, word)) return word;
    return undefined;
  }
}

/**
 * Size of the hash tables on three letters and a length. Why: 1,024 slots of a byte stay in the
 * L1 cache, where direct tables on the three letters (32,768 slots) missed it on most lookups.
 */
const SLOT_BITS = 10;

/** Slot of a three-letter table index and a length (0 when the length does not matter). */
function slotOf(prefix: number, length: number): number {
  return Math.imul(prefix ^ (length << 15), 0x9e3779b1) >>> (32 - SLOT_BITS);
}

/** Table index of the first three letters of the letter run text[at, end), five bits each, case-blind. */
function prefixIndex(text: string, at: number, end: number): number {
  const length = end - at;
  const a = text.charCodeAt(at) & 31;
  const b = length > 1 ? text.charCodeAt(at + 1) & 31 : 0;
  const c = length > 2 ? text.charCodeAt(at + 2) & 31 : 0;
  return (a << 10) | (b << 5) | c;
}

/** Whether the letters at `at` spell the lower-case `word`, in any case. */
function sameLetters(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(at + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

/** "q" lets "Q1"–"Q4" through the table; wordIsKey checks the digit. */
const KEYS = new WordList([...KEY_WORDS, 'q']);
/** Words found inside a date before its key but never at its start: "the first quarter", "the same period last year". */
const INNER_WORDS = 'of fiscal same period first second third fourth final couple than number consecutive very century centuries'.split(' ')
  .concat(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade'].flatMap((u) => [u, `${u}s`]));
/** Start and inner words in one list: the walk back from a key looks each word up once. */
const BEFORE_KEY = new WordList([...START_WORDS, ...INNER_WORDS]);
const START_SET: ReadonlySet<string> = new Set(START_WORDS);

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** Letters, digits and apostrophes ("'82") make up the words a date is built from. */
export function isWordChar(c: number): boolean {
  return isAsciiDigit(c) || isAsciiLetter(c) || isApostrophe(c);
}

/** Characters of a regex word (`\w`): a letter, digit or underscore before a word means it is not a word start. */
function isRegexWordChar(c: number): boolean {
  return isAsciiDigit(c) || isAsciiLetter(c) || c === 95;
}

/** End of the ASCII letter run starting at `at`. */
function letterRunEnd(text: string, at: number): number {
  let j = at;
  while (j < text.length && isAsciiLetter(text.charCodeAt(j))) j++;
  return j;
}

/** End of the digit run starting at `at`. */
function digitRunEnd(text: string, at: number): number {
  let j = at;
  while (j < text.length && isAsciiDigit(text.charCodeAt(j))) j++;
  return j;
}

/**
 * The openings a key word can have, each long enough to skip the common words that share three
 * letters with a key ("market", "more", "after", "even"). "mar" counts only before "." or a
 * space, and "Q1"–"Q4" are checked apart (candidateLength). The unit tests check that every key
 * word is a candidate.
 */
const WORD_PREFIXES = [
  'jan', 'feb', 'marc', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec',
  'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'toni', 'tomo', 'yest', 'ago', 'week', 'year', 'centur', 'quar',
  'spri', 'summ', 'autu', 'fall', 'wint', 'day', 'mid', 'noon', 'christ', 'easte', 'hallo', 'blac', 'vale',
  'morn', 'aftern', 'eveni', 'nigh', 'twent', 'thirt', 'fort', 'fift', 'sixt', 'sevent', 'eight', 'ninet', 'today',
];

/** Prefix groups by the slot of their first three letters: one small typed-array read rules out most words. */
const PREFIX_GROUP = new Uint8Array(1 << SLOT_BITS);
const PREFIX_GROUPS: string[][] = [[]];
for (const prefix of WORD_PREFIXES) {
  const at = slotOf(prefixIndex(prefix, 0, 3), 0);
  if (PREFIX_GROUP[at] === 0) PREFIX_GROUP[at] = PREFIX_GROUPS.push([]) - 1;
  PREFIX_GROUPS[PREFIX_GROUP[at]].push(prefix);
}

/**
 * Length of the candidate that opens the letter run text[at, end) at a word start, or 0: a
 * listed prefix ("marc" of "March", "mar" of "Mar."), "Q1"–"Q4", or "today".
 */
function candidateLength(text: string, at: number, end: number): number {
  if (end - at < 3) {
    const d = text.charCodeAt(at + 1);
    return end - at === 1 && (text.charCodeAt(at) | 32) === 113 && d >= 49 && d <= 52 ? 2 : 0;
  }
  const group = PREFIX_GROUP[slotOf(prefixIndex(text, at, at + 3), 0)];
  if (group === 0) return 0;
  for (const prefix of PREFIX_GROUPS[group]) {
    if (prefix.length > end - at || !sameLetters(text, at, prefix)) continue;
    // "mar" is the abbreviation only before "." or a space; "marc" is tried first.
    if (prefix === 'mar' && (end - at !== 3 || !isDotOrSpace(text.charCodeAt(end)))) continue;
    return prefix.length;
  }
  return 0;
}

function isDotOrSpace(c: number): boolean {
  return c === 46 || isSpaceCode(c);
}

/** Not a letter, digit, apostrophe or "_": a character that cannot start a key itself. */
function isSpaceOrMark(c: number): boolean {
  return !isRegexWordChar(c) && !isApostrophe(c);
}

/** A regex fragment matching `word` in any case, without the `i` flag (the skip regex needs case). */
function anyCase(word: string): string {
  return word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
}

/**
 * A word that cannot be a key, one branch per first letter: a letter no key word starts with, or
 * a listed first letter not followed by the rest of a whole key word ("market" and "decline" are
 * plain, "Mar" and "decade" are not). Why: irregexp settles most words on their first letter, and
 * SKIP stops only before words that wordIsKey may accept, not at every shared opening.
 */
function plainWord(): string {
  const rests = new Map<string, string[]>();
  for (const word of SKIP_KEY_WORDS) rests.set(word[0], [...(rests.get(word[0]) ?? []), word.slice(1)]);
  const others = FIRST_LETTERS.split('').filter((c) => !rests.has(c)).join('');
  // "Q1"–"Q4": the letter run is "Q" and wordIsKey checks the digit.
  const rest = (first: string): string => [first === 'q' ? '[1-4]' : '', wholeWords(rests.get(first)!)].filter(Boolean).join('|');
  const branches = FIRST_LETTERS.split('').filter((c) => rests.has(c)).map((c) => `${anyCase(c)}(?!${rest(c)})`);
  return `(?:[${others}${others.toUpperCase()}]|${branches.join('|')})[a-z]*`;
}

/** The letter runs KEYS holds: the key words spelled with letters only ("Q1"–"Q4" are handled apart). */
const SKIP_KEY_WORDS = [...new Set(KEY_WORDS.filter((w) => /^[a-z]+$/.test(w)))];

/** Letters by how often English words start with them. Why: irregexp tries the branches in order, so common words settle early. */
const FIRST_LETTERS = 'tasowcbphfmidrelngyukvjqxz';

/**
 * A regex matching any of `words`, in any case, as a whole letter run (no letter after it); common
 * openings are factored out so that a mismatch is found in few tests.
 */
function wholeWords(words: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  for (const w of words) if (w !== '') byFirst.set(w[0], [...(byFirst.get(w[0]) ?? []), w.slice(1)]);
  const branches = [...byFirst].map(([c, tails]) => {
    if (tails.length === 1) return `${anyCase(c + tails[0])}${WORD_END}`;
    const tail = wholeWords(tails);
    return tail.includes('|') ? `${anyCase(c)}(?:${tail})` : `${anyCase(c)}${tail}`;
  });
  return (words.includes('') ? [WORD_END, ...branches] : branches).join('|');
}

/** The end of a letter run, as nextKey reads it (ASCII letters only). */
const WORD_END = '(?![A-Za-z])';

/**
 * Digit runs after a separator that no candidate starts (see numberMayBeDate): after ".", ",",
 * ":" or "/" any run ("1.5", "2,000", "12:30"); elsewhere three digits, five or more, or one or
 * two not followed by ":", "/" or a space and a letter ("25%", "3)"). A letter right after the
 * run stops the skip: "today" may follow digits ("09:52today").
 */
const PLAIN_NUMBER_AFTER_MARK = String.raw`\d+(?![\dA-Za-z])`;
const PLAIN_NUMBER = String.raw`(?:\d{5,}|\d{3}|\d\d?(?![:/]|[ \u00a0][A-Za-z]))(?![\dA-Za-z])`;

/**
 * Jumps over text that holds no candidate: lower-case runs, capitals other than a "T" that
 * starts "Today", underscores, and separators with the plain word or number after them. It
 * stops before a separator followed by a possible key, before a digit or "_" it does not know to
 * be plain, before an apostrophe and a digit, and before a glued "Today"; nextKey then looks
 * there itself. Why: irregexp runs these simple loops far faster than an alternation tried at
 * every position, or a loop in JS (half the instructions per character of the old candidate
 * regex). The alternatives start with disjoint characters, so their order is free: a separator and
 * a word, the case at almost every step, comes first. The repeat is capped, so it cannot backtrack
 * far or grow its stack on a huge single line.
 */
const SKIP = new RegExp(
  [
    String.raw`(?:[^A-Za-z\d_'’.,:/](?:${plainWord()}|${PLAIN_NUMBER}|(?![A-Za-z\d]))`,
    '[a-z]+',
    '[A-SU-Z]+',
    'T(?!oday)',
    String.raw`[.,:/](?:${plainWord()}|${PLAIN_NUMBER_AFTER_MARK}|(?![A-Za-z\d]))`,
    String.raw`['’](?:${plainWord()}|(?![A-Za-z\d]))`,
    String.raw`_+(?![A-Za-z\d])){0,4096}`,
  ].join('|'),
  'y',
);

/**
 * Start of the next key token at or after `from`, or -1. The candidates are a four-digit number,
 * a one- or two-digit number at a word start followed by ":", "/" or a (spaced) letter, an
 * apostrophe and two digits, a listed opening at a word start (or "today" after digits), and
 * "Today" glued to a name ("kurisupisuToday"); a rejected opening is passed over whole. SKIP
 * crosses the text between candidates; this loop only looks where it stops.
 */
export function nextKey(text: string, from: number): number {
  const length = text.length;
  let i = from;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (isAsciiLetter(c)) {
      const found = keyInLetterRun(text, i);
      if (found >= 0) return found;
      i = ~found;
    } else if (isAsciiDigit(c)) {
      if (numberIsKey(text, i)) return i;
      i = digitRunEnd(text, i);
    } else if (isApostrophe(c) && isAsciiDigit(text.charCodeAt(i + 1)) && isAsciiDigit(text.charCodeAt(i + 2))) {
      // "'82": an apostrophe always passes numberMayBeDate.
      return i;
    } else {
      // SKIP is shared, but nothing runs between setting lastIndex and reading it back.
      SKIP.lastIndex = i;
      SKIP.test(text);
      i = SKIP.lastIndex > i ? SKIP.lastIndex : i + 1;
      // SKIP stops at a space or mark only before a possible key word: step onto the word at once.
      if (i < length && isSpaceOrMark(text.charCodeAt(i))) i++;
    }
  }
  return -1;
}

/**
 * Whether the digits from `at` open a key. Inside a longer run ("12345678") nothing does; a run
 * of four or more is a candidate at its start, one of one or two digits only at a word start and
 * before ":", "/" or a (spaced) letter; numberMayBeDate then decides.
 */
function numberIsKey(text: string, at: number): boolean {
  const before = at > 0 ? text.charCodeAt(at - 1) : 32;
  if (isAsciiDigit(before)) return false;
  const length = digitRunEnd(text, at) - at;
  if (length === 3 || (length < 3 && (isRegexWordChar(before) || !digitsLookLikeDay(text, at + length)))) return false;
  return numberMayBeDate(text, at, length);
}

/** The old candidate regex's look-ahead after a one- or two-digit number: ":", "/", a letter, or a space and a letter. */
function digitsLookLikeDay(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  return next === 58 || next === 47 || isAsciiLetter(next) || (isSpaceCode(next) && isAsciiLetter(text.charCodeAt(end + 1)));
}

/**
 * The key in the letter run that `at` opens or is inside, or, when there is none, the bitwise
 * NOT of the run's end (one number, no allocation on the hottest path). At a word start its
 * opening is tried; after that opening, or inside a word, only "Today" glued to a name counts.
 */
function keyInLetterRun(text: string, at: number): number {
  // One pass finds the run's end and its first capital T: only then can a glued "Today" be there.
  const length = text.length;
  let end = at;
  let capitalT = -1;
  for (; end < length; end++) {
    const c = text.charCodeAt(end);
    if (!isAsciiLetter(c)) break;
    if (c === 84 && capitalT < 0) capitalT = end;
  }
  let rest = at;
  if (at === 0 || !isAsciiLetter(text.charCodeAt(at - 1))) {
    const opening = openingLength(text, at, end);
    if (opening > 0 && wordIsKey(text, at, end)) return at;
    rest = at + Math.max(opening, 1);
  }
  const glued = capitalT < 0 ? -1 : gluedToday(text, Math.max(rest, capitalT), end);
  return glued >= 0 ? glued : ~end;
}

/**
 * Length of the candidate that the old regex matched at the word start `at` of the run ending at
 * `end`, or 0. After a digit or "_" there is no word start, and only "today" was tried ("09:52today").
 */
function openingLength(text: string, at: number, end: number): number {
  const opening = candidateLength(text, at, end);
  if (opening === 0 || at === 0 || !isRegexWordChar(text.charCodeAt(at - 1))) return opening;
  return opening === 5 && sameLetters(text, at, 'today') ? 5 : 0;
}

/** The first "Today" in text[from, end) (the old regex skipped other spellings inside a word whole). */
function gluedToday(text: string, from: number, end: number): number {
  for (let i = from; i + 5 <= end; i++) if (text.charCodeAt(i) === 84 && text.startsWith('Today', i)) return i;
  return -1;
}

/** Whether the letter run text[at, end) is a key at `at`. */
function wordIsKey(text: string, at: number, end: number): boolean {
  const before = at > 0 ? text.charCodeAt(at - 1) : 32;
  const word = KEYS.find(text, at, end);
  if (isRegexWordChar(before)) {
    // After digits or "_" only "today" counts ("09:52today"); nextKey handles it after letters.
    return !isAsciiLetter(before) && word === 'today';
  }
  if (word === 'q') {
    // "Q1" … "Q4", not followed by a letter ("Q3s" is not one).
    const d = text.charCodeAt(end);
    return d >= 49 && d <= 52 && !isAsciiLetter(text.charCodeAt(end + 1)) && wordMayBeDate(text, at, end + 1, 'q');
  }
  if (word === undefined) return false;
  // "Mar" the abbreviation counts only before "." or a space ("Mar. 3", "Mar 2025").
  if (word === 'mar' && !/^[.\s]/.test(text.charAt(end))) return false;
  return wordMayBeDate(text, at, end, word);
}

/** End of the digit or letter run that starts at `at`. */
export function tokenEnd(text: string, at: number): number {
  return isAsciiDigit(text.charCodeAt(at)) ? digitRunEnd(text, at) : Math.max(at + 1, letterRunEnd(text, at));
}

/** wordBeforeKey: the word may open a date before its key ("the", "early", "just", "two"). */
export const START_WORD = 1;
/** wordBeforeKey: the word may sit inside a date before its key but not open it ("of", "first", "same"). */
export const INNER_WORD = 2;

/**
 * START_WORD, INNER_WORD or 0 for the letter run text[at, end). A number never needs this:
 * every number that opens a date is a key itself, tried in its own turn.
 */
export function wordBeforeKey(text: string, at: number, end: number): number {
  const word = BEFORE_KEY.find(text, at, end);
  return word === undefined ? 0 : START_SET.has(word) ? START_WORD : INNER_WORD;
}

/**
 * A quick look around the key words that are more often something else: "may" and "march" are
 * dates only as capitalised months in a date slot, "mid" only before a month or year. This keeps
 * long runs of them ("May May May…") cheap.
 */
function wordMayBeDate(text: string, at: number, end: number, word: string): boolean {
  if (word === 'may' || word === 'march') {
    if (text.charCodeAt(at) !== 77) return false;
    if (text.charCodeAt(end) === 32 && isAsciiDigit(text.charCodeAt(end + 1))) return true;
    return text.charCodeAt(at - 1) === 45 || /^(?:and|or|to)$/.test(wordBefore(text, at)) || afterDatePreposition(text, at);
  }
  if (word === 'mid') {
    const next = text.charCodeAt(end + 1);
    return (text.charCodeAt(end) === 45 || text.charCodeAt(end) === 32) && (isAsciiDigit(next) || isAsciiUpper(next));
  }
  return true;
}

/**
 * A quick look at a number's length and the character after it: only four-digit numbers (years,
 * "0800 UTC") and one- or two-digit numbers followed by ":", "/", a letter or a space and a
 * letter can open a date. This skips prices, vote counts and percentages before the grammar runs.
 */
function numberMayBeDate(text: string, at: number, length: number): boolean {
  const before = at > 0 ? text.charCodeAt(at - 1) : 32;
  // After a letter, ".", ",", ":" or "/" a number continues something else ("A380", "1.5", "12:30").
  if (isAsciiLetter(before) || before === 46 || before === 44 || before === 58 || before === 47) return false;
  if (length === 4 || isApostrophe(before)) return true;
  if (length > 2) return false;
  const next = text.charCodeAt(at + length);
  if (next === 58 || next === 47 || isAsciiLetter(next)) return true;
  if (next !== 32 && next !== 0xa0) return false;
  return isAsciiLetter(text.charCodeAt(at + length + 1));
}

/** Key words at which no rule can start: they need a word before them ("the weekend", "last night"). */
const NEVER_START = new Set(['weekend', 'weekends', 'quarter', 'morning', 'afternoon', 'evening', 'night']);
/** Key words at which only "<unit> ago" and "year-end" start ("years ago"): the rest of the grammar needs a word before them. */
const UNIT_KEYS = new WordList([...NEVER_START, 'day', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades', 'century', 'centuries']);
/** What must follow a unit word for a date to start at it. */
const AFTER_UNIT = /[^\S\r\n]+ago\b|[- ]end\b/y;
/** What must follow a number of one or two digits for a date to start at it: ":", "/", a letter, am/pm, a month, "of" or a time unit. */
const AFTER_SMALL_NUMBER = new RegExp(
  String.raw`[:/A-Za-z]|[^\S\r\n]*(?:[ap]\.m\.|[ap]m\b|[AP]M\b)|[^\S\r\n]+(?:of[^\S\r\n]+)?[JFMASOND]|[^\S\r\n]+(?:second|minute|hour|day|week|month|year|decade|centur)`,
  'y',
);

/**
 * Whether a date may start at `key` itself, from a quick look at the key and what follows it: at
 * "years" or "day" only "years ago" or "year-end" can, at "quarter" or "night" nothing can, and a
 * one- or two-digit number needs a clock, a month, am/pm or a unit after it. Why: most such keys
 * are counts or durations ("90-day", "30 percent", "two years"), and the full grammar takes far
 * longer to say no. False only when no rule can match there: keep in step with rules.ts (the unit
 * tests check it).
 */
export function mayStartAtKey(text: string, key: number): boolean {
  const c = text.charCodeAt(key);
  if (isAsciiDigit(c)) {
    const end = digitRunEnd(text, key);
    if (end - key > 2) return true;
    AFTER_SMALL_NUMBER.lastIndex = end;
    return AFTER_SMALL_NUMBER.test(text);
  }
  if (!isAsciiLetter(c)) return true;
  const end = letterRunEnd(text, key);
  const word = UNIT_KEYS.find(text, key, end);
  if (word === undefined) return true;
  if (NEVER_START.has(word)) return false;
  AFTER_UNIT.lastIndex = end;
  return AFTER_UNIT.test(text);
}
