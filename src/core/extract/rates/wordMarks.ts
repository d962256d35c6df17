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
function mark(words: Iterable<string>, bit: number): void {
  for (const w of words) MARKS.set(w, (MARKS.get(w) ?? 0) | bit);
}
mark(POLL_WORDS, POLL_MARK);
mark(STATUS_WORDS.keys(), STATUS_MARK);
mark(IMPOSING_WORDS, IMPOSING_MARK);
mark(MONTHS, MONTH_MARK);

/** Marks of a word given its lower case and its base: POLL_MARK is read from the base, the others from the lower case. */
export function wordMarks(lower: string, base: string): number {
  const own = MARKS.get(lower) ?? 0;
  const ofBase = base === lower ? own : (MARKS.get(base) ?? 0);
  return (own & ~POLL_MARK) | (ofBase & POLL_MARK);
}
