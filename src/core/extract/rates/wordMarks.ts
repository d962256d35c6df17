/**
 * Word classes that the rate decision looks for in every word of a clause (poll words, status words, verbs
 * of imposing, months). Each word is looked up once, when it is tokenised, and carries its classes as bits:
 * the scans then test a bit per word instead of looking each word up in each list for each number.
 */
import {
  AFTER_ONLY_MEASURES, CLAUSE_BREAKS, DETERMINERS, FACING_WORDS, GOODS_LEADS, GOODS_STOPS, HEDGES, IMPOSING_WORDS, MONTHS, MOVE_VERBS,
  OTHER_MEASURES, PHRASE_STOPS, POLL_WORDS, STATUS_WORDS, TARIFF_MODIFIED, TARIFF_TAX_LEADS, TARIFF_WORDS, TAX_WORDS, TRADE_FLOWS,
  UTILITY_WORDS, VERB_BREAKS, WEAK_TARIFF_WORDS,
} from './vocabulary';

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

/*
 * The lists the tariff decision reads, as bits too (`classMarks`): a token is tested against several lists
 * for each number whose clause holds it, and a bit test costs less than a set lookup each time. The
 * tokenizer works them out once per distinct word (see `knownWord` in clause.ts).
 */
/** TARIFF_WORDS has the base, or the base's last hyphenated part ("auto-tariffs"). */
export const TARIFF_FORM = 1 << 4;
/** TARIFF_WORDS has the base itself. */
export const TARIFF_NOUN = 1 << 5;
/** The word starts with "non-" ("non-tariff"). */
export const NON_PREFIX = 1 << 6;
/** TAX_WORDS has the base. */
export const TAX = 1 << 7;
/** TARIFF_TAX_LEADS has the word. */
export const TAX_LEAD = 1 << 8;
/** TARIFF_MODIFIED has the base. */
export const TARIFF_MODIFIER = 1 << 9;
/** UTILITY_WORDS has the base. */
export const UTILITY = 1 << 10;
/** OTHER_MEASURES has the base. */
export const OTHER_MEASURE = 1 << 11;
/** AFTER_ONLY_MEASURES has the word. */
export const AFTER_ONLY_MEASURE = 1 << 12;
/** WEAK_TARIFF_WORDS has the word. */
export const WEAK_TARIFF = 1 << 13;
/** PHRASE_STOPS has the word. */
export const PHRASE_STOP = 1 << 14;
/** CLAUSE_BREAKS has the word. */
export const CLAUSE_BREAK = 1 << 15;
/** VERB_BREAKS has the word. */
export const VERB_BREAK = 1 << 16;
/** MOVE_VERBS has the word. */
export const MOVE_VERB = 1 << 17;
/** HEDGES has the word. */
export const HEDGE = 1 << 18;
/** GOODS_STOPS has the word. */
export const GOODS_STOP = 1 << 19;
/** GOODS_LEADS has the word. */
export const GOODS_LEAD = 1 << 20;
/** DETERMINERS has the word. */
export const DETERMINER = 1 << 21;
/** TRADE_FLOWS has the word. */
export const TRADE_FLOW = 1 << 22;
/** FACING_WORDS has the word. */
export const FACING = 1 << 23;
/** The word may start a place's name (see `placeMarks` in places.ts). */
export const PLACE_WORD = 1 << 24;

/** Every word of the lists `classMarks` reads. */
const CLASS_WORDS = new Set([
  ...TARIFF_WORDS, ...TAX_WORDS, ...TARIFF_TAX_LEADS, ...TARIFF_MODIFIED, ...UTILITY_WORDS, ...OTHER_MEASURES, ...AFTER_ONLY_MEASURES,
  ...WEAK_TARIFF_WORDS, ...PHRASE_STOPS, ...CLAUSE_BREAKS, ...VERB_BREAKS, ...MOVE_VERBS, ...HEDGES, ...GOODS_STOPS, ...GOODS_LEADS,
  ...DETERMINERS, ...TRADE_FLOWS, ...FACING_WORDS,
]);

/** The list bits above of a word, given its lower case and its base ("japan's" → "japan"). */
export function classMarks(lower: string, base: string): number {
  const lastPart = base.indexOf('-') < 0 ? base : base.slice(base.lastIndexOf('-') + 1);
  // Most words are in no list: two or three lookups tell, before the fifteen below.
  if (!CLASS_WORDS.has(lower) && !CLASS_WORDS.has(base) && !CLASS_WORDS.has(lastPart) && !lower.startsWith('non-')) return 0;
  return (
    (TARIFF_WORDS.has(base) || TARIFF_WORDS.has(lastPart) ? TARIFF_FORM : 0) |
    (TARIFF_WORDS.has(base) ? TARIFF_NOUN : 0) |
    (lower.startsWith('non-') ? NON_PREFIX : 0) |
    (TAX_WORDS.has(base) ? TAX : 0) |
    (TARIFF_TAX_LEADS.has(lower) ? TAX_LEAD : 0) |
    (TARIFF_MODIFIED.has(base) ? TARIFF_MODIFIER : 0) |
    (UTILITY_WORDS.has(base) ? UTILITY : 0) |
    (OTHER_MEASURES.has(base) ? OTHER_MEASURE : 0) |
    (AFTER_ONLY_MEASURES.has(lower) ? AFTER_ONLY_MEASURE : 0) |
    (WEAK_TARIFF_WORDS.has(lower) ? WEAK_TARIFF : 0) |
    (PHRASE_STOPS.has(lower) ? PHRASE_STOP : 0) |
    (CLAUSE_BREAKS.has(lower) ? CLAUSE_BREAK : 0) |
    (VERB_BREAKS.has(lower) ? VERB_BREAK : 0) |
    (MOVE_VERBS.has(lower) ? MOVE_VERB : 0) |
    (HEDGES.has(lower) ? HEDGE : 0) |
    (GOODS_STOPS.has(lower) ? GOODS_STOP : 0) |
    (GOODS_LEADS.has(lower) ? GOODS_LEAD : 0) |
    (DETERMINERS.has(lower) ? DETERMINER : 0) |
    (TRADE_FLOWS.has(lower) ? TRADE_FLOW : 0) |
    (FACING_WORDS.has(lower) ? FACING : 0)
  );
}
