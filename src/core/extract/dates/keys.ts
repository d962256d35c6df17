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
import { isAsciiDigit, isAsciiLetter, isAsciiUpper } from '../textUtil';

/**
 * A list of lower-case words, looked up case-blind by a letter run of the text without making a
 * string: a table on the first three letters and the length rules out almost every word, and
 * the few left are compared letter by letter.
 */
class WordList {
  private readonly lengths = new Int32Array(1 << 15);
  private readonly buckets = new Map<number, string[]>();

  constructor(words: readonly string[]) {
    for (const word of new Set(words)) {
      if (!/^[a-z]+$/.test(word) || word.length > 31) continue;
      const prefix = prefixIndex(word, 0, word.length);
      this.lengths[prefix] |= 1 << word.length;
      const key = prefix * 32 + word.length;
      this.buckets.set(key, [...(this.buckets.get(key) ?? []), word]);
    }
  }

  /** Cheap first test: false means text[at, end) is surely not in the list. */
  mayHave(text: string, at: number, end: number): boolean {
    const length = end - at;
    return length < 32 && (this.lengths[prefixIndex(text, at, end)] & (1 << length)) !== 0;
  }

  /** The listed word spelled by the letter run text[at, end), in any case, or undefined. */
  find(text: string, at: number, end: number): string | undefined {
    if (!this.mayHave(text, at, end)) return undefined;
    const bucket = this.buckets.get(prefixIndex(text, at, end) * 32 + end - at);
    if (!bucket) return undefined;
    // A plain loop, not Array.find: no closure per lookup on the finder's hottest path.
    for (const word of bucket) if (sameLetters(text, at, word)) return word;
    return undefined;
  }
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
const STARTS = new WordList(START_WORDS);
/** Words found inside a date before its key but never at its start: "the first quarter", "the same period last year". */
const INNERS = new WordList(
  'of fiscal same period first second third fourth final couple than number consecutive very century centuries'.split(' ')
    .concat(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade'].flatMap((u) => [u, `${u}s`])),
);

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
 * Candidate keys, tuned for V8: short case-insensitive prefixes scan fast, and each is long
 * enough to skip the common words that share three letters with a key ("market", "more",
 * "after", "even"). A four-digit number, a day or hour number followed by ":", "/" or a word,
 * and "'82" are the numeric candidates. "today" may be glued to a user name ("kurisupisuToday").
 * The unit tests check that every key word is a candidate. (A character loop in JS measured no
 * faster on flat strings and half as fast once it had also seen the sliced strings the pipeline
 * passes; irregexp reads any string natively.)
 */
const WORD_PREFIXES = [
  'jan', 'feb', 'marc', 'mar[.\\s]', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec',
  'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'toni', 'tomo', 'yest', 'ago', 'week', 'year', 'centur', 'quar',
  'spri', 'summ', 'autu', 'fall', 'wint', 'day', 'mid', 'noon', 'christ', 'easte', 'hallo', 'blac', 'vale',
  'morn', 'aftern', 'eveni', 'nigh', 'twent', 'thirt', 'fort', 'fift', 'sixt', 'sevent', 'eight', 'ninet', 'q[1-4]',
];
const CANDIDATE = new RegExp(String.raw`\d{4}|\b\d\d?(?=[:/a-zA-Z]|\s[a-zA-Z])|['’]\d\d|today|\b(?:${WORD_PREFIXES.join('|')})`, 'gi');

/** Start of the next key token at or after `from`, or -1. */
export function nextKey(text: string, from: number): number {
  // CANDIDATE is shared, but nothing runs between setting lastIndex and reading it back.
  CANDIDATE.lastIndex = from;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const at = m.index;
    const c = text.charCodeAt(at);
    if (isAsciiDigit(c) || isApostrophe(c)) {
      const digits = isAsciiDigit(c) ? at : at + 1;
      const end = digitRunEnd(text, digits);
      // Inside a longer number ("12345678" has "5678" too): skip the whole run, once.
      if ((digits === 0 || !isAsciiDigit(text.charCodeAt(digits - 1))) && numberMayBeDate(text, digits, end - digits)) return at;
      CANDIDATE.lastIndex = end;
    } else if (at > 0 && isAsciiLetter(text.charCodeAt(at - 1))) {
      if (text.startsWith('Today', at)) return at; // glued to a user name
    } else if (wordIsKey(text, at, letterRunEnd(text, at))) {
      return at;
    }
  }
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

/**
 * True when the word at `at` may open a date before its key: a START_WORDS word. A number never
 * needs this: every number that opens a date is a key itself, tried in its own turn.
 */
export function isStartWord(text: string, at: number): boolean {
  return STARTS.find(text, at, letterRunEnd(text, at)) !== undefined;
}

/** Words found inside a date before its key but never at its start: "the first quarter". */
export function isInnerWord(text: string, at: number): boolean {
  return INNERS.find(text, at, letterRunEnd(text, at)) !== undefined;
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
