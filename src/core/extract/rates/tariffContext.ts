import { isAsciiDigit, isAsciiLower } from '../textUtil';
import { isNumericToken, type Token } from './clause';
import {
  AFTER_ONLY_MEASURE, CLAUSE_BREAK, HEDGE, MOVE_VERB, NON_PREFIX, OTHER_MEASURE, PHRASE_STOP, POLL_MARK, TARIFF_FORM, TARIFF_MODIFIER,
  TARIFF_NOUN, TAX, TAX_LEAD, UTILITY, VERB_BREAK, WEAK_TARIFF,
} from './wordMarks';

/** The sentence around one percentage, split at the number. */
export interface NumberClause {
  /** Tokens before the number, nearest first. */
  readonly before: readonly Token[];
  /** Tokens after the unit, nearest first. */
  readonly after: readonly Token[];
}

/** Why a percentage is a tariff rate: the tariff word the decision leaned on. */
export interface TariffEvidence {
  readonly tariff: Token;
  /** Where that word sits relative to the number. */
  readonly side: 'before' | 'after';
}

const NEAR_AFTER = 4;
const FAR_AFTER = 8;
const FAR_BEFORE = 22;

/**
 * Whether the percentage in `clause` is the rate of a tariff, duty, levy or customs charge on goods, and the
 * tariff word that says so. The nearest measure wins: a tariff word right after the number ("24% tariffs"),
 * else the first of tariff word or other measure reading back through the clause ("tariffs ... jump to 25%",
 * "stocks fell 3%"), else a tariff word a little further on with nothing else in between.
 */
export function tariffEvidence(clause: NumberClause): TariffEvidence | undefined {
  const { before, after } = clause;
  if (before.some(isPollWord) || after.some(isPollWord)) return undefined;
  const near = nearAfter(after, before);
  if (near === 'blocked') return undefined;
  if (near) return { tariff: near, side: 'after' };
  if (afterBlocked(after)) return undefined;
  const moved = movedBy(before);
  const back = backward(before);
  if (back === 'blocked') return undefined;
  if (back && (!moved || back.distance <= moved + 3)) return { tariff: back.token, side: 'before' };
  if (moved) return undefined;
  const far = farAfter(after);
  return far ? { tariff: far, side: 'after' } : undefined;
}

/** A poll or survey word: its figures are opinions, whatever else the sentence says. */
function isPollWord(t: Token): boolean {
  return (t.marks & POLL_MARK) !== 0;
}

/** "24% tariffs", "25 percent reciprocal duties", "10% and 25% tariffs"; "28% of", "5% electricity tariff" block. */
function nearAfter(after: readonly Token[], before: readonly Token[]): Token | 'blocked' | undefined {
  let words = 0;
  let utility = false;
  for (let i = 0; i < after.length && words < NEAR_AFTER; i++) {
    const t = after[i];
    if (i === 0 && t.lower === 'of') return 'blocked';
    if (isNumericToken(t)) continue;
    if ((t.lower === 'and' || t.lower === 'or' || t.lower === 'to' || t.lower === '-') && after[i + 1] && isNumericToken(after[i + 1])) continue;
    if (isTariffWord(after, i)) return utility ? 'blocked' : t;
    if (t.marks & WEAK_TARIFF && (hasTariffWord(before) || hasTariffWord(after))) return t;
    if (t.marks & UTILITY) utility = true;
    else if (t.marks & (OTHER_MEASURE | AFTER_ONLY_MEASURE)) return 'blocked';
    if (t.marks & PHRASE_STOP || isPunctuation(t)) return undefined;
    words++;
  }
  return undefined;
}

/** A measure in the rest of the phrase after the number: "0.6% off growth", "1% in the yen". */
function afterBlocked(after: readonly Token[]): boolean {
  for (let i = 0; i < after.length && i < NEAR_AFTER + 1; i++) {
    const t = after[i];
    if (isPunctuation(t) || t.marks & (CLAUSE_BREAK | VERB_BREAK) || t.lower === 'and' || t.lower === 'which' || t.lower === 'that') return false;
    if (t.marks & OTHER_MEASURE) return true;
  }
  return false;
}

/**
 * How many tokens back a verb of change stands when it is written right before the number ("fell 3%",
 * "rose by nearly 2%"): then the number is a change, not a level. Undefined when there is none or when the
 * number is a level ("jump to 25%", "from 10%").
 */
function movedBy(before: readonly Token[]): number | undefined {
  for (let i = 0; i < before.length && i < 5; i++) {
    const t = before[i];
    if (t.lower === 'to' || t.lower === 'from' || t.lower === 'at' || t.lower === 'of') return undefined;
    if (t.marks & MOVE_VERB) return i;
    if (!(t.marks & HEDGE)) return undefined;
  }
  return undefined;
}

/** Reading back through the clause: the first tariff word, unless another measure comes first. */
function backward(before: readonly Token[]): { token: Token; distance: number } | 'blocked' | undefined {
  for (let i = 0; i < before.length && i < FAR_BEFORE; i++) {
    const t = before[i];
    if (t.marks & CLAUSE_BREAK) return undefined;
    if (isNumericToken(t) || isPunctuation(t)) continue;
    if (isTariffWordReversed(before, i)) {
      if (i > 0 && before[i - 1].marks & TARIFF_MODIFIER) continue; // "tariff talks", not a tariff
      return (before[i + 1]?.marks ?? 0) & UTILITY ? 'blocked' : { token: t, distance: i };
    }
    if (t.marks & OTHER_MEASURE) return 'blocked';
  }
  return undefined;
}

/** "24% on most goods under the new tariffs": a tariff word soon after, nothing else measured in between. */
function farAfter(after: readonly Token[]): Token | undefined {
  for (let i = 0; i < after.length && i < FAR_AFTER; i++) {
    const t = after[i];
    if (t.marks & CLAUSE_BREAK || t.lower === 'and' || t.lower === 'which' || t.lower === 'that' || t.lower === ',') return undefined;
    if (isTariffWord(after, i)) {
      if ((after[i + 1]?.marks ?? 0) & TARIFF_MODIFIER) return undefined;
      return (after[i - 1]?.marks ?? 0) & UTILITY ? undefined : t;
    }
    if (t.marks & (OTHER_MEASURE | UTILITY)) return undefined;
  }
  return undefined;
}

/** Tariff word at `i` of a left-to-right token list ("import tax" counts, "non-tariff" does not). */
function isTariffWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.marks & TARIFF_FORM) return (t.marks & NON_PREFIX) === 0;
  return (t.marks & TAX) !== 0 && i > 0 && (tokens[i - 1].marks & TAX_LEAD) !== 0;
}

/** The same on a nearest-first (reversed) list, where the word before is at i + 1. */
function isTariffWordReversed(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.marks & TARIFF_FORM) return (t.marks & NON_PREFIX) === 0;
  return (t.marks & TAX) !== 0 && ((tokens[i + 1]?.marks ?? 0) & TAX_LEAD) !== 0;
}

function hasTariffWord(tokens: readonly Token[]): boolean {
  return tokens.some((t) => (t.marks & (TARIFF_NOUN | NON_PREFIX)) === TARIFF_NOUN);
}

function isPunctuation(t: Token): boolean {
  const c = t.lower.charCodeAt(0);
  return !isAsciiDigit(c) && !isAsciiLower(c) && c < 0xc0 && c !== 36;
}
