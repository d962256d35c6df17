/** Words and sentence ends: the raw material of the rate decision. */
import { isAsciiLetter, isAsciiLower, isAsciiUpper, isOwnLowerCase } from '../textUtil';
import { wordMarks } from './wordMarks';

export interface Token {
  readonly text: string;
  /** Lower case, a sentence-final period removed ("tariffs." → "tariffs"; "u.s." keeps its dots). */
  readonly lower: string;
  /** `lower` without a possessive "'s" ("japan's" → "japan"). */
  readonly base: string;
  readonly start: number;
  readonly end: number;
  /** The word classes of `wordMarks.ts` this token belongs to, as bits. */
  readonly marks: number;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'gov', 'sen', 'rep', 'gen', 'jr', 'sr', 'approx', 'est', 'u.s', 'u.k',
]);

/** Whether the character at `i` closes a sentence (line break, ; ! ? or a period that is not an abbreviation's). */
export function endsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c > 63) return false; // letters and most other characters: one test on the scans that call this for every character
  if (c === 10 || c === 13 || c === 59 /* ; */ || c === 33 /* ! */ || c === 63 /* ? */) return true;
  if (c !== 46 /* . */) return false;
  const next = text.charCodeAt(i + 1);
  const prev = text.charCodeAt(i - 1);
  if (isAsciiUpper(next) && isAsciiLower(prev) && isAsciiLower(text.charCodeAt(i + 2))) return true; // "parts.Additionally"
  if (!(next === 32 || next === 10 || next === 13 || Number.isNaN(next) || next === 34 || next === 0x201d)) return false;
  return !isAbbreviation(text, i);
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > dot - 6 && (isAsciiLetter(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 46)) s--;
  if (dot - s === 1 || hasDot(text, s, dot)) return true; // initials, "U.S.": told by offsets, before making the word
  const word = text.slice(s, dot);
  return ABBREVIATIONS.has(isOwnLowerCase(text, s, dot) ? word : word.toLowerCase());
}

/**
 * Appends the words and clause punctuation of text[from, to) to `tokens`; a word running past `to` is read
 * to its end. Returns where reading stopped. A hand-written scanner: it runs near every percentage.
 */
export function tokenizeInto(tokens: Token[], text: string, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isWordStart(c)) {
      let j = i + 1;
      while (j < text.length && isWordPart(text.charCodeAt(j)) && !(text.charCodeAt(j) === 46 && endsSentence(text, j))) j++;
      pushWord(tokens, text, i, j);
      i = j;
    } else {
      if (isClausePunctuation(c)) tokens.push(punctuation(text, i));
      i++;
    }
  }
  return i;
}

function pushWord(tokens: Token[], text: string, start: number, end: number): void {
  // A sentence-final period is not part of the word, but the dots of "U.S." are.
  if (end - start > 1 && text.charCodeAt(end - 1) === 46 && !hasDot(text, start, end - 1)) end--;
  while (end - start > 1 && isTrailingJunk(text.charCodeAt(end - 1))) end--;
  const raw = text.slice(start, end);
  const lower = isOwnLowerCase(text, start, end) ? raw : raw.toLowerCase();
  const possessive = lower.length > 2 && lower.charCodeAt(lower.length - 1) === 115 && (lower.charCodeAt(lower.length - 2) === 39 || lower.charCodeAt(lower.length - 2) === 0x2019);
  const base = possessive ? lower.slice(0, -2) : lower;
  tokens.push({ text: raw, lower, base, start, end, marks: wordMarks(lower, base) });
}

/** Whether text[start, end) has a ".": a loop bounded by the word, where lastIndexOf would run on back through the text. */
function hasDot(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 46) return true;
  return false;
}

function punctuation(text: string, i: number): Token {
  const raw = text[i];
  return { text: raw, lower: raw, base: raw, start: i, end: i + 1, marks: 0 };
}

/** ASCII letters and digits, "$", and from U+00C0 on anything but general and CJK punctuation start a word. */
function isWordStart(c: number): boolean {
  if (c < 0xc0) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 36;
  return !(c >= 0x2000 && c <= 0x206f) && !(c >= 0x3000 && c <= 0x303f) && c !== 0xd7 && c !== 0xf7;
}

/** Inside a word also: apostrophes, "&", ".", "%", "-". */
function isWordPart(c: number): boolean {
  return isWordStart(c) || c === 39 || c === 0x2019 || c === 38 || c === 46 || c === 37 || c === 45;
}

function isTrailingJunk(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019;
}

function isClausePunctuation(c: number): boolean {
  return c === 44 || c === 58 || c === 40 || c === 41 || c === 34 || c === 0x201c || c === 0x201d || c === 0x2014 || c === 0x2013;
}

/** A number or percent word that a scan walks over: "10%", "25", "percent", "per", "cent", "pct". */
export function isNumericToken(t: Token): boolean {
  const c = t.lower.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  return t.lower === 'percent' || t.lower === 'per' || t.lower === 'cent' || t.lower === 'pct' || t.lower === '%';
}
