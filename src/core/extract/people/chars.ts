/**
 * Character classes for the people scanner, looked up in a table instead of a Unicode regex:
 * the scanner visits every character of the text, so this is the hot path.
 */
export const enum CharClass {
  Other = 0,
  Lower = 1,
  Upper = 2,
  /** Letters without case and combining marks: part of a word, never its capital. */
  Letter = 3,
  Digit = 4,
}

// Module constants, not literals in the function: bundlers may compile `\p{…}` literals to a
// `new RegExp` that would run on every call.
const UPPER_RE = /\p{Lu}|\p{Lt}/u;
const LOWER_RE = /\p{Ll}/u;
const LETTER_RE = /[\p{L}\p{M}\p{N}]/u;

const TABLE_SIZE = 0x3000;
const table = buildTable();

function buildTable(): Uint8Array {
  const t = new Uint8Array(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) t[c] = classifySlow(c);
  return t;
}

function classifySlow(c: number): CharClass {
  const ch = String.fromCharCode(c);
  if (c >= 48 && c <= 57) return CharClass.Digit;
  if (UPPER_RE.test(ch)) return CharClass.Upper;
  if (LOWER_RE.test(ch)) return CharClass.Lower;
  if (LETTER_RE.test(ch)) return CharClass.Letter;
  return CharClass.Other;
}

/** The class of the UTF-16 code unit `c` (surrogates and rare scripts beyond the table count as letters). */
export function charClass(c: number): CharClass {
  if (c < TABLE_SIZE) return table[c] as CharClass;
  return c >= 0xd800 && c <= 0xdfff ? CharClass.Letter : classifySlow(c);
}


/** A letter or combining mark: the body of a name word. */
export function isLetterChar(c: number): boolean {
  const k = charClass(c);
  return k === CharClass.Lower || k === CharClass.Upper || k === CharClass.Letter;
}

/**
 * `text.charCodeAt(i)`, or 0 off either end of the text, where `charCodeAt` gives NaN: every test
 * here is false for both. Reads at the ends of a text are common (its first and last word), and a
 * single out-of-range `charCodeAt` makes V8 de-optimise the caller and compile it again slower.
 */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : 0;
}
