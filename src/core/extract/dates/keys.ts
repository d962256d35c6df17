/**
 * The fast part of the date finder: finding the tokens every date contains (a number that can
 * be a year, day or hour; a month or weekday; "today", "week", "ago"…) and the words that may open
 * a date a little before them ("the", "early", "just over"). The full grammar then runs at only a
 * few places per kilobyte.
 */
import { afterDatePreposition, wordBefore } from './guards';
import { KEY_WORDS, START_WORDS } from './lexicon';

/**
 * Candidate keys, tuned for V8: short case-insensitive prefixes scan fast, and each is long
 * enough to skip the common words that share three letters with a key ("market", "more",
 * "after", "even"). A four-digit number, a day or hour number followed by ":", "/" or a word,
 * and "'82" are the numeric candidates. "today" may be glued to a user name ("kurisupisuToday").
 * The unit tests check that every key word is a candidate.
 */
const CANDIDATE = new RegExp(
  String.raw`\d{4}|\b\d\d?(?=[:/a-zA-Z]|\s[a-zA-Z])|['’]\d\d|today|\b(?:` +
    'jan|feb|marc|mar[.\\s]|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|' +
    'toni|tomo|yest|ago|week|year|centur|quar|spri|summ|autu|fall|wint|day|mid|noon|christ|easte|hallo|blac|vale|' +
    'morn|aftern|eveni|nigh|twent|thirt|fort|fift|sixt|sevent|eight|ninet|q[1-4])',
  'gi',
);
const KEY_WORD = new RegExp(String.raw`(?:${KEY_WORDS})(?![a-z])`, 'iy');

const START_PREFIXES = new Set(prefixes(START_WORDS).map((p) => pack(p.charCodeAt(0), p.charCodeAt(1), p.charCodeAt(2))));
const START_WORD = new RegExp(String.raw`(?:${START_WORDS})(?![a-z])`, 'iy');

/** Distinct lower-case first three letters of the words in a "a|b|c" list (words shorter than three are kept whole). */
function prefixes(words: string): string[] {
  const all = words.split('|').map((w) => w.replace(/[^a-zA-Z]/g, '').toLowerCase().slice(0, 3)).filter((w) => /^[a-z]+$/.test(w));
  return [...new Set(all)];
}

function pack(a: number, b: number, c: number): number {
  return (a | 32) | ((b | 32) << 8) | ((c | 32) << 16);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Letters, digits and apostrophes ("'82") make up the words a date is built from. */
export function isWordChar(c: number): boolean {
  return isDigit(c) || isLetter(c) || c === 39 || c === 0x2019;
}

/** Start of the next key token at or after `from`, or -1. */
export function nextKey(text: string, from: number): number {
  CANDIDATE.lastIndex = from;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const at = m.index;
    const c = text.charCodeAt(at);
    if (isDigit(c) || c === 39 || c === 0x2019) {
      const digits = isDigit(c) ? at : at + 1;
      const end = tokenEnd(text, digits);
      // Inside a longer number ("12345678" has "5678" too): skip the whole run, once.
      if (!isDigit(text.charCodeAt(digits - 1)) && numberMayBeDate(text, digits, end - digits)) return at;
      CANDIDATE.lastIndex = end;
    } else if (at > 0 && isLetter(text.charCodeAt(at - 1))) {
      if (text.startsWith('Today', at)) return at;
    } else {
      KEY_WORD.lastIndex = at;
      if (KEY_WORD.test(text) && wordMayBeDate(text, at, KEY_WORD.lastIndex)) return at;
    }
  }
  return -1;
}

/** End of the digit or letter run that starts at `at`. */
export function tokenEnd(text: string, at: number): number {
  const digits = isDigit(text.charCodeAt(at));
  let j = at + 1;
  while (j < text.length && (digits ? isDigit(text.charCodeAt(j)) : isLetter(text.charCodeAt(j)))) j++;
  return j;
}

/**
 * True when the word at `at` may open a date before its key: a START_WORDS word. A number never
 * needs this: every number that opens a date is a key itself, tried in its own turn.
 */
export function isStartWord(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (!isLetter(c)) return false;
  const c1 = text.charCodeAt(at + 1);
  const c2 = text.charCodeAt(at + 2);
  // One- and two-letter start words: "a", "an".
  const short = !isLetter(c1) || !isLetter(c2);
  if (!short && !START_PREFIXES.has(pack(c, c1, c2))) return false;
  START_WORD.lastIndex = at;
  return START_WORD.test(text);
}

/** Words found inside a date before its key but never at its start: "the first quarter", "the same period last year". */
const INNER_WORD = /(?:of|fiscal|same|period|first|second|third|fourth|final|couple|than|number|consecutive|very|(?:second|minute|hour|day|week|month|year|decade)s?|century|centuries)(?![a-z])/iy;

export function isInnerWord(text: string, at: number): boolean {
  INNER_WORD.lastIndex = at;
  return INNER_WORD.test(text);
}

/**
 * A quick look around the key words that are more often something else: "may" and "march" are
 * dates only as capitalised months in a date slot, "mid" only before a month or year. This keeps
 * long runs of them ("May May May…") cheap.
 */
function wordMayBeDate(text: string, at: number, end: number): boolean {
  const length = end - at;
  const first = text.charCodeAt(at);
  if ((length === 3 || length === 5) && /^(?:may|march)$/i.test(text.slice(at, end))) {
    if (first !== 77) return false;
    if (text.charCodeAt(end) === 32 && isDigit(text.charCodeAt(end + 1))) return true;
    return text.charCodeAt(at - 1) === 45 || /^(?:and|or|to)$/.test(wordBefore(text, at)) || afterDatePreposition(text, at);
  }
  if (length === 3 && (first | 32) === 109 && (text.charCodeAt(at + 1) | 32) === 105) {
    const next = text.charCodeAt(end + 1);
    return (text.charCodeAt(end) === 45 || text.charCodeAt(end) === 32) && (isDigit(next) || (next >= 65 && next <= 90));
  }
  return true;
}

/**
 * A quick look at a number's length and the character after it: only four-digit numbers (years,
 * "0800 UTC") and one- or two-digit numbers followed by ":", "/", a letter or a space and a
 * letter can open a date. This skips prices, vote counts and percentages before the grammar runs.
 */
function numberMayBeDate(text: string, at: number, length: number): boolean {
  const before = text.charCodeAt(at - 1);
  // After a letter, ".", ",", ":" or "/" a number continues something else ("A380", "1.5", "12:30").
  if (isLetter(before) || before === 46 || before === 44 || before === 58 || before === 47) return false;
  if (length === 4 || before === 39 || before === 0x2019) return true;
  if (length > 2) return false;
  const next = text.charCodeAt(at + length);
  if (next === 58 || next === 47 || isLetter(next)) return true;
  if (next !== 32 && next !== 0xa0) return false;
  return isLetter(text.charCodeAt(at + length + 1));
}
