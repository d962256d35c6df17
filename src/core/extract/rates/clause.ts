/** Words and sentence ends: the raw material of the rate decision. */
import { hashStep, isAsciiLetter, isAsciiLower, isAsciiUpper, isOwnLowerCase } from '../textUtil';
import { placeMarks } from './places';
import { classMarks, wordMarks } from './wordMarks';

export interface Token {
  readonly text: string;
  /** Lower case, a sentence-final period removed ("tariffs." → "tariffs"; "u.s." keeps its dots). */
  readonly lower: string;
  /** `lower` without a possessive "'s" ("japan's" → "japan"). */
  readonly base: string;
  readonly start: number;
  readonly end: number;
  /** The word classes of `wordMarks.ts` this token belongs to, as bits (`wordMarks` and `classMarks`). */
  readonly marks: number;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'gov', 'sen', 'rep', 'gen', 'jr', 'sr', 'approx', 'est', 'u.s', 'u.k',
]);

/** Whether the character at `i` closes a sentence (line break, ; ! ? or a period that is not an abbreviation's). */
export function endsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c > 63 || c === 32) return false; // letters, spaces and most other characters: the scans call this for every character
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
  return ABBREVIATION_KEYS.has(letterKey(text, s, dot));
}

/**
 * The ASCII letters text[start, end) (at most 6) folded to lower case and packed 5 bits each into one small
 * integer: every period is tested, and a number key spares slicing and lower-casing a string for each.
 */
function letterKey(text: string, start: number, end: number): number {
  let key = 0;
  for (let i = start; i < end; i++) key = key * 32 + ((text.charCodeAt(i) | 32) - 96);
  return key;
}

/** ABBREVIATIONS without dots, as `letterKey` packs them ("u.s" is told by its dot before the lookup). */
const ABBREVIATION_KEYS = new Set([...ABBREVIATIONS].filter((w) => !w.includes('.')).map((w) => letterKey(w, 0, w.length)));

/**
 * Appends the words and clause punctuation of text[from, to) to `tokens`; a word running past `to` is read
 * to its end. Returns where reading stopped. A hand-written scanner: it runs near every percentage.
 */
export function tokenizeInto(tokens: Token[], text: string, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const kind = charKind(c);
    if (kind & WORD_START) {
      const j = wordEnd(text, i + 1, c);
      pushWord(tokens, text, i, j, scannedHash);
      i = j;
    } else {
      if (kind & CLAUSE_PUNCTUATION) tokens.push(punctuation(text, i));
      i++;
    }
  }
  return i;
}

/** `hashOf` the word `wordEnd` last read: its characters are hashed as they are scanned, not read again. */
let scannedHash = 0;

/**
 * Where the word whose first character `first` is right before `from` ends: at the first character that is
 * no word part, or at a sentence-final period. Leaves the word's hash in `scannedHash`.
 */
function wordEnd(text: string, from: number, first: number): number {
  let hash = first;
  let j = from;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (!(charKind(c) & WORD_PART) || (c === 46 && endsSentence(text, j))) break;
    hash = hashStep(hash, c);
    j++;
  }
  scannedHash = hash;
  return j;
}

/** Appends the word text[start, end), whose characters hash to `hash`, trimming a sentence-final period and trailing junk. */
function pushWord(tokens: Token[], text: string, start: number, end: number, hash: number): void {
  const scannedEnd = end;
  // A sentence-final period is not part of the word, but the dots of "U.S." are.
  if (end - start > 1 && text.charCodeAt(end - 1) === 46 && !hasDot(text, start, end - 1)) end--;
  while (end - start > 1 && isTrailingJunk(text.charCodeAt(end - 1))) end--;
  const word = knownWord(text, start, end, end === scannedEnd ? hash : hashOf(text, start, end));
  tokens.push({ text: word.text, lower: word.lower, base: word.base, start, end, marks: word.marks });
}

function hashOf(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = hashStep(hash, text.charCodeAt(i));
  return hash;
}

/** A word's strings and marks: the same for each of its occurrences. */
interface Word {
  readonly text: string;
  readonly lower: string;
  readonly base: string;
  readonly marks: number;
}

/**
 * Words met before, in a direct-mapped table by a hash of their characters: news repeats its words, and a
 * word found here is neither sliced out of the page nor lower-cased nor looked up again (`toLowerCase` is a
 * slow runtime call on the two-byte strings most pages are). A collision just replaces the slot.
 */
const WORD_SLOTS = 16384;
const slotHashes = new Int32Array(WORD_SLOTS);
const slotWords: (Word | undefined)[] = new Array<Word | undefined>(WORD_SLOTS).fill(undefined);

/** The word text[start, end), whose characters hash to `hash` (`hashOf`), from the table or made and remembered. */
function knownWord(text: string, start: number, end: number, hash: number): Word {
  const slot = hash & (WORD_SLOTS - 1);
  const cached = slotWords[slot];
  if (cached !== undefined && slotHashes[slot] === hash && sameChars(cached.text, text, start, end)) return cached;
  const word = newWord(text.slice(start, end));
  // V8 makes a slice of 13 or more characters a view into the whole page: remembering one would keep
  // the page alive after the call. Such long words are rare, so they are simply not remembered.
  if (end - start < VIEW_SLICE_LENGTH) {
    slotHashes[slot] = hash;
    slotWords[slot] = word;
  }
  return word;
}

/** The length from which V8 slices a string as a view into its parent instead of copying it. */
const VIEW_SLICE_LENGTH = 13;

function sameChars(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

function newWord(raw: string): Word {
  const lower = isOwnLowerCase(raw, 0, raw.length) ? raw : raw.toLowerCase();
  const base = baseOf(lower);
  return { text: raw, lower, base, marks: wordMarks(lower, base) | classMarks(lower, base) | placeMarks(lower, base) };
}

/** `lower` without a possessive "'s" or "’s". */
function baseOf(lower: string): string {
  const possessive = lower.length > 2 && lower.charCodeAt(lower.length - 1) === 115 && (lower.charCodeAt(lower.length - 2) === 39 || lower.charCodeAt(lower.length - 2) === 0x2019);
  return possessive ? lower.slice(0, -2) : lower;
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

const WORD_START = 1;
const WORD_PART = 2;
const CLAUSE_PUNCTUATION = 4;
/** The kinds of the ASCII characters, most of any page, looked up rather than worked out per character (a small table, quick to fill when the module loads). */
const KINDS = new Uint8Array(128);
for (let c = 0; c < KINDS.length; c++) KINDS[c] = kindOf(c);

/** WORD_START, WORD_PART and CLAUSE_PUNCTUATION bits of a character. */
function charKind(c: number): number {
  return c < 128 ? KINDS[c] : kindOf(c);
}

function kindOf(c: number): number {
  return (isWordStart(c) ? WORD_START : 0) | (isWordPart(c) ? WORD_PART : 0) | (isClausePunctuation(c) ? CLAUSE_PUNCTUATION : 0);
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
