import { isAsciiDigit, isAsciiLower } from '../textUtil';
import { isNumericToken, type Token } from './clause';
import {
  AFTER_ONLY_MEASURES, CLAUSE_BREAKS, HEDGES, MOVE_VERBS, OTHER_MEASURES, PHRASE_STOPS, TARIFF_TAX_LEADS,
  TARIFF_MODIFIED, TARIFF_WORDS, TAX_WORDS, UTILITY_WORDS, WEAK_TARIFF_WORDS,
} from './vocabulary';
import { POLL_MARK } from './wordMarks';

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
    if (WEAK_TARIFF_WORDS.has(t.lower) && (hasTariffWord(before) || hasTariffWord(after))) return t;
    if (UTILITY_WORDS.has(t.base)) utility = true;
    else if (OTHER_MEASURES.has(t.base) || AFTER_ONLY_MEASURES.has(t.lower)) return 'blocked';
    if (PHRASE_STOPS.has(t.lower) || isPunctuation(t)) return undefined;
    words++;
  }
  return undefined;
}

const VERB_BREAKS = new Set(['could', 'would', 'will', 'may', 'might', 'can', 'should', 'must', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'said', 'says']);

/** A measure in the rest of the phrase after the number: "0.6% off growth", "1% in the yen". */
function afterBlocked(after: readonly Token[]): boolean {
  for (let i = 0; i < after.length && i < NEAR_AFTER + 1; i++) {
    const t = after[i];
    if (isPunctuation(t) || CLAUSE_BREAKS.has(t.lower) || VERB_BREAKS.has(t.lower) || t.lower === 'and' || t.lower === 'which' || t.lower === 'that') return false;
    if (OTHER_MEASURES.has(t.base)) return true;
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
    if (MOVE_VERBS.has(t.lower)) return i;
    if (!HEDGES.has(t.lower)) return undefined;
  }
  return undefined;
}

/** Reading back through the clause: the first tariff word, unless another measure comes first. */
function backward(before: readonly Token[]): { token: Token; distance: number } | 'blocked' | undefined {
  for (let i = 0; i < before.length && i < FAR_BEFORE; i++) {
    const t = before[i];
    if (CLAUSE_BREAKS.has(t.lower)) return undefined;
    if (isNumericToken(t) || isPunctuation(t)) continue;
    if (isTariffWordReversed(before, i)) {
      if (i > 0 && TARIFF_MODIFIED.has(before[i - 1].base)) continue; // "tariff talks", not a tariff
      return UTILITY_WORDS.has(before[i + 1]?.base ?? '') ? 'blocked' : { token: t, distance: i };
    }
    if (OTHER_MEASURES.has(t.base)) return 'blocked';
  }
  return undefined;
}

/** "24% on most goods under the new tariffs": a tariff word soon after, nothing else measured in between. */
function farAfter(after: readonly Token[]): Token | undefined {
  for (let i = 0; i < after.length && i < FAR_AFTER; i++) {
    const t = after[i];
    if (CLAUSE_BREAKS.has(t.lower) || t.lower === 'and' || t.lower === 'which' || t.lower === 'that' || t.lower === ',') return undefined;
    if (isTariffWord(after, i)) {
      if (TARIFF_MODIFIED.has(after[i + 1]?.base ?? '')) return undefined;
      return UTILITY_WORDS.has(after[i - 1]?.base ?? '') ? undefined : t;
    }
    if (OTHER_MEASURES.has(t.base) || UTILITY_WORDS.has(t.base)) return undefined;
  }
  return undefined;
}

/** Tariff word at `i` of a left-to-right token list ("import tax" counts, "non-tariff" does not). */
function isTariffWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (TARIFF_WORDS.has(t.base) || TARIFF_WORDS.has(lastPart(t))) return !t.lower.startsWith('non-');
  return TAX_WORDS.has(t.base) && i > 0 && TARIFF_TAX_LEADS.has(tokens[i - 1].lower);
}

/** The same on a nearest-first (reversed) list, where the word before is at i + 1. */
function isTariffWordReversed(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (TARIFF_WORDS.has(t.base) || TARIFF_WORDS.has(lastPart(t))) return !t.lower.startsWith('non-');
  return TAX_WORDS.has(t.base) && TARIFF_TAX_LEADS.has(tokens[i + 1]?.lower ?? '');
}

function hasTariffWord(tokens: readonly Token[]): boolean {
  return tokens.some((t) => TARIFF_WORDS.has(t.base) && !t.lower.startsWith('non-'));
}

/** "auto-tariffs" → "tariffs"; "tariff-free" → "tariff-free" (not a tariff word). */
function lastPart(t: Token): string {
  // indexOf first: most words have no dash, and lastIndexOf is a slow runtime call in V8.
  if (t.base.indexOf('-') < 0) return t.base;
  return t.base.slice(t.base.lastIndexOf('-') + 1);
}

function isPunctuation(t: Token): boolean {
  const c = t.lower.charCodeAt(0);
  return !isAsciiDigit(c) && !isAsciiLower(c) && c < 0xc0 && c !== 36;
}
