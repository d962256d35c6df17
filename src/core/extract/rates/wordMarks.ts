/**
 * Word classes that the rate decision looks for in every word of a clause (poll words, status words, verbs
 * of imposing, months). Each word is looked up once, when it is tokenised, and carries its classes as bits:
 * the scans then test a bit per word instead of looking each word up in each list for each number.
 */
import { IMPOSING_WORDS, MONTHS, POLL_WORDS, STATUS_WORDS } from './vocabulary';

/** The word's base (possessive removed) is in POLL_WORDS. */
export const POLL_MARK = 1;
/** The word (lower case) is a key of STATUS_WORDS. */
export const STATUS_MARK = 2;
/** The word (lower case) is in IMPOSING_WORDS. */
export const IMPOSING_MARK = 4;
/** The word (lower case) is in MONTHS. */
export const MONTH_MARK = 8;

const MARKS = new Map<string, number>();
/**
 * For each (first letter, last letter) pair of a marked word, a bit per length (up to 31): most words fail
 * this test, and skip hashing a freshly sliced string for the map lookup.
 */
const SHAPES = new Uint32Array(26 * 26);
function mark(words: Iterable<string>, bit: number): void {
  for (const w of words) {
    MARKS.set(w, (MARKS.get(w) ?? 0) | bit);
    SHAPES[shapeIndex(w)] |= 1 << w.length; // every word listed is 2 to 31 letters a–z
  }
}
mark(POLL_WORDS, POLL_MARK);
mark(STATUS_WORDS.keys(), STATUS_MARK);
mark(IMPOSING_WORDS, IMPOSING_MARK);
mark(MONTHS, MONTH_MARK);

/** SHAPES' slot for a word, or -1 when it does not start and end with a–z. */
function shapeIndex(w: string): number {
  const first = w.charCodeAt(0) - 97;
  const last = w.charCodeAt(w.length - 1) - 97;
  return first >= 0 && first < 26 && last >= 0 && last < 26 ? first * 26 + last : -1;
}

/** MARKS' value for `w`, told without the lookup for words no listed word shares a shape with. */
function marksOf(w: string): number {
  const slot = shapeIndex(w);
  if (slot < 0 || w.length > 31 || (SHAPES[slot] & (1 << w.length)) === 0) return 0;
  return MARKS.get(w) ?? 0;
}

/** Marks of a word given its lower case and its base: POLL_MARK is read from the base, the others from the lower case. */
export function wordMarks(lower: string, base: string): number {
  const own = marksOf(lower);
  const ofBase = base === lower ? own : marksOf(base);
  return (own & ~POLL_MARK) | (ofBase & POLL_MARK);
}
