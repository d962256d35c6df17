/**
 * The fast part of the date finder: finding the tokens every date contains (a number that can
 * be a year, day or hour; a month or weekday; "today", "week", "ago"…) and the words that may open
 * a date a little before them ("the", "early", "just over"). The full grammar then runs at only a
 * few places per kilobyte.
 *
 * The scan is a plain character loop rather than one case-insensitive regex: irregexp tries a
 * big case-insensitive alternation at every position, while the loop looks at each word once and
 * rejects almost all of them with one table read on their first three letters and length.
 */
import { afterDatePreposition, wordBefore } from './guards';
import { KEY_WORDS, START_WORDS } from './lexicon';

/** Lower-case key words, plus the table that rules most words out before any string is made. */
const KEY_SET = new Set(KEY_WORDS);
const KEY_FILTER = lengthsByPrefix(KEY_WORDS);

const START_SET = new Set(START_WORDS);
const START_FILTER = lengthsByPrefix(START_WORDS);

/** Words found inside a date before its key but never at its start: "the first quarter", "the same period last year". */
const INNER_SET = new Set(
  'of fiscal same period first second third fourth final couple than number consecutive very century centuries'.split(' ')
    .concat(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade'].flatMap((u) => [u, `${u}s`])),
);

/**
 * For each lower-case three-letter prefix (index 26·26·a + 26·b + c), a bit mask of the lengths
 * (1–31) of the words that start with it. Words shorter than three letters use bit 0 of a
 * padded prefix ("a" → "a", "an" → "an").
 */
function lengthsByPrefix(words: readonly string[]): Int32Array {
  const table = new Int32Array(27 * 27 * 27);
  for (const word of words) {
    const at = prefixIndex(word.charCodeAt(0), word.charCodeAt(1), word.charCodeAt(2));
    if (at >= 0 && word.length < 32) table[at] |= 1 << word.length;
  }
  return table;
}

/** Index of a (possibly shorter than three letter) prefix; -1 when a character is not a letter there. */
function prefixIndex(a: number, b: number, c: number): number {
  const x = letterIndex(a);
  if (x === 0) return -1;
  const y = letterIndex(b);
  const z = y === 0 ? 0 : letterIndex(c);
  return (x * 27 + y) * 27 + z;
}

/** 1–26 for an ASCII letter of either case, 0 otherwise (including NaN past the end). */
function letterIndex(c: number): number {
  const lower = c | 32;
  return lower >= 97 && lower <= 122 ? lower - 96 : 0;
}

/** True when the letter run text[at, end) may be one of the words `filter` was built from. */
function mayBeListed(filter: Int32Array, text: string, at: number, end: number): boolean {
  const length = end - at;
  if (length > 31) return false;
  const index = prefixIndex(text.charCodeAt(at), length > 1 ? text.charCodeAt(at + 1) : NaN, length > 2 ? text.charCodeAt(at + 2) : NaN);
  return index >= 0 && (filter[index] & (1 << length)) !== 0;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** Letters, digits and apostrophes ("'82") make up the words a date is built from. */
export function isWordChar(c: number): boolean {
  return isDigit(c) || isLetter(c) || isApostrophe(c);
}

/** Characters of a regex word (`\w`): a letter, digit or underscore before a word means it is not a word start. */
function isRegexWordChar(c: number): boolean {
  return isDigit(c) || isLetter(c) || c === 95;
}

/** End of the ASCII letter run starting at `at`. */
function letterRunEnd(text: string, at: number): number {
  let j = at;
  while (j < text.length && isLetter(text.charCodeAt(j))) j++;
  return j;
}

/** End of the digit run starting at `at`. */
function digitRunEnd(text: string, at: number): number {
  let j = at;
  while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  return j;
}

/** Start of the next key token at or after `from`, or -1. */
export function nextKey(text: string, from: number): number {
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      const end = digitRunEnd(text, i);
      // Inside a longer number ("12345678" has "5678" too) nothing starts; only a run's start counts.
      if (!isDigit(text.charCodeAt(i - 1)) && numberMayBeDate(text, i, end - i)) return i;
      i = end;
    } else if (isLetter(c)) {
      const end = letterRunEnd(text, i);
      if (wordIsKey(text, i, end)) return i;
      const glued = gluedToday(text, i, end);
      if (glued >= 0) return glued;
      i = end;
    } else if (isApostrophe(c) && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2))) {
      return i; // "'82"
    } else {
      i++;
    }
  }
  return -1;
}

/** Whether the letter run text[at, end) is a key at `at`. */
function wordIsKey(text: string, at: number, end: number): boolean {
  const before = text.charCodeAt(at - 1);
  if (isRegexWordChar(before)) {
    // After digits or "_" only "today" counts ("09:52today"); after letters see gluedToday.
    return !isLetter(before) && end - at === 5 && text.slice(at, end).toLowerCase() === 'today';
  }
  if ((text.charCodeAt(at) | 32) === 113 && end - at === 1) {
    // "Q1" … "Q4", not followed by a letter ("Q3s" is not one).
    const d = text.charCodeAt(end);
    return d >= 49 && d <= 52 && !isLetter(text.charCodeAt(end + 1)) && wordMayBeDate(text, at, end + 1);
  }
  if (!mayBeListed(KEY_FILTER, text, at, end)) return false;
  const word = text.slice(at, end).toLowerCase();
  if (!KEY_SET.has(word)) return false;
  // "Mar" the abbreviation counts only before "." or a space ("Mar. 3", "Mar 2025").
  if (word === 'mar' && !/^[.\s]/.test(text.charAt(end))) return false;
  return wordMayBeDate(text, at, end);
}

/**
 * A comment timestamp glued to a user name ("kurisupisuToday"): the "Today" that follows a letter
 * inside the letter run text[from, end), or -1.
 */
function gluedToday(text: string, from: number, end: number): number {
  for (let j = from; j + 5 <= end; j++) {
    if (text.charCodeAt(j) === 84 && isLetter(text.charCodeAt(j - 1)) && text.startsWith('Today', j)) return j;
  }
  return -1;
}

/** End of the digit or letter run that starts at `at`. */
export function tokenEnd(text: string, at: number): number {
  return isDigit(text.charCodeAt(at)) ? digitRunEnd(text, at) : Math.max(at + 1, letterRunEnd(text, at));
}

/**
 * True when the word at `at` may open a date before its key: a START_WORDS word. A number never
 * needs this: every number that opens a date is a key itself, tried in its own turn.
 */
export function isStartWord(text: string, at: number): boolean {
  return isListed(START_SET, START_FILTER, text, at);
}

export function isInnerWord(text: string, at: number): boolean {
  return INNER_SET.has(text.slice(at, letterRunEnd(text, at)).toLowerCase());
}

function isListed(set: ReadonlySet<string>, filter: Int32Array, text: string, at: number): boolean {
  const end = letterRunEnd(text, at);
  return end > at && mayBeListed(filter, text, at, end) && set.has(text.slice(at, end).toLowerCase());
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
  if (length >= 4) return length === 4 || isApostrophe(before);
  // "_12" is part of an identifier.
  if (length === 3 || before === 95) return false;
  const next = text.charCodeAt(at + length);
  if (next === 58 || next === 47 || isLetter(next)) return true;
  // After an apostrophe any space will do ("'82 in"); elsewhere a plain or no-break space.
  const spaced = isApostrophe(before) ? /\s/.test(text.charAt(at + length)) : next === 32 || next === 0xa0;
  return spaced && isLetter(text.charCodeAt(at + length + 1));
}
