import type { RateDetail } from '../../model';
import { isAsciiDigit, isAsciiLetter, isAsciiUpper } from '../textUtil';
import { isNumericToken, type Token } from './clause';
import { placeAt, type PlaceAt } from './places';
import type { NumberClause, TariffEvidence } from './tariffContext';
import { STATUS_WORDS } from './vocabulary';
import { DETERMINER, FACING, GOODS_LEAD, GOODS_STOP, IMPOSING_MARK, MONTH_MARK, STATUS_MARK, TARIFF_NOUN, TRADE_FLOW } from './wordMarks';

/**
 * What the sentence says about one tariff rate: the goods, who imposes it on whom, its status and timing.
 * Only what is written near the number; a field the sentence does not give stays unset.
 */
export function rateDetail(text: string, clause: NumberClause, evidence: TariffEvidence): RateDetail {
  const tokens = inReadingOrder(clause);
  const numberAt = clause.before.length; // tokens[numberAt] is the first token after the number
  const tariffAt = evidence.side === 'before' ? clause.before.length - 1 - clause.before.indexOf(evidence.tariff) : numberAt + clause.after.indexOf(evidence.tariff);

  const target = goodsAfter(text, tokens, tariffAt) ?? (tariffAt < numberAt ? goodsAfter(text, tokens, numberAt - 1) : undefined);
  const appliesTo = target?.goods ?? goodsModifier(tokens, tariffAt, numberAt) ?? acrossTheBoard(tokens, tariffAt);
  const imposedOn = target?.place ?? targetAfterNumber(tokens, numberAt) ?? subjectFacing(tokens, numberAt);
  const imposedBy = imposerBefore(tokens, tariffAt) ?? target?.destination ?? imposerByVerb(tokens, numberAt);
  const status = statusOf(text, tokens, numberAt, clause.before);
  return compact(appliesTo, imposedBy !== imposedOn ? imposedBy : undefined, imposedOn, status);
}

/** The clause's tokens left to right: `before` reversed, then `after`, in one array. */
function inReadingOrder(clause: NumberClause): Token[] {
  const tokens: Token[] = [];
  for (let i = clause.before.length - 1; i >= 0; i--) tokens.push(clause.before[i]);
  for (const t of clause.after) tokens.push(t);
  return tokens;
}

const GOODS_WORDS = new Set([
  'car', 'cars', 'auto', 'autos', 'automobile', 'automobiles', 'automotive', 'vehicle', 'vehicles', 'steel', 'aluminium',
  'aluminum', 'copper', 'lumber', 'timber', 'semiconductor', 'semiconductors', 'chip', 'chips', 'pharmaceutical',
  'pharmaceuticals', 'drug', 'drugs', 'rice', 'beef', 'pork', 'wine', 'whisky', 'whiskey', 'solar', 'textile',
  'textiles', 'agricultural', 'farm', 'dairy', 'truck', 'trucks', 'parts', 'electronics', 'furniture',
]);
const MAX_GOODS_TOKENS = 7;

/** "tariffs [rate] [of 25%] on car imports" → goods "car imports"; "on Japan" or "on Japan's exports" also name the target. */
function goodsAfter(text: string, tokens: readonly Token[], from: number): { goods?: string; place?: string; destination?: string } | undefined {
  let i = from + 1;
  while (i < tokens.length && (tokens[i].lower === 'rate' || tokens[i].lower === 'rates' || isNumericToken(tokens[i]) || (tokens[i].lower === 'of' && tokens[i + 1] && isNumericToken(tokens[i + 1])))) i++;
  if (!tokens[i] || !(tokens[i].marks & GOODS_LEAD)) return undefined;
  i++;
  while (tokens[i] && tokens[i].marks & DETERMINER) i++;
  let place: string | undefined;
  const first = placeAt(tokens, i);
  if (first && !first.isAdjective) {
    place = first.name;
    if (!first.isPossessive) return { place };
    i += first.length;
  } else if (first?.isAdjective) place = first.name;
  while (tokens[i] && tokens[i].marks & DETERMINER) i++;
  if (tokens[i] && tokens[i].marks & TRADE_FLOW && tokens[i + 1]?.lower === 'of') {
    i += 2;
    while (tokens[i] && tokens[i].marks & DETERMINER) i++;
  }
  const start = i;
  let end = i;
  while (end < tokens.length && end - start < MAX_GOODS_TOKENS && !(tokens[end].marks & GOODS_STOP)) {
    const t = tokens[end];
    if (isNumericToken(t)) break;
    if (t.lower === ',' && !listContinues(tokens, end)) break;
    if (t.lower !== ',' && t.text.charCodeAt(0) !== 45 /* - */ && !startsWithLetter(t.text)) break;
    end++;
  }
  while (end > start && (tokens[end - 1].lower === ',' || tokens[end - 1].lower === 'and')) end--;
  if (end === start) return place ? { place } : undefined;
  return { goods: text.slice(tokens[start].start, tokens[end - 1].end), place, destination: destinationAt(tokens, end) };
}

const SHIPPED = new Set(['exported', 'shipped', 'sold', 'imported', 'sent', 'coming']);

/** "car imports into the U.S.", "exports to the US", "parts exported to the U.S.": the importing side imposes. */
function destinationAt(tokens: readonly Token[], i: number): string | undefined {
  if (tokens[i] && SHIPPED.has(tokens[i].lower)) i++;
  if (!tokens[i] || (tokens[i].lower !== 'into' && tokens[i].lower !== 'to')) return undefined;
  i++;
  if (tokens[i]?.lower === 'the') i++;
  const place = placeAt(tokens, i);
  return place && !place.isAdjective && !place.isPossessive ? place.name : undefined;
}

/** ", steel and aluminium": a comma inside a list that an "and" closes within three words. */
function listContinues(tokens: readonly Token[], comma: number): boolean {
  for (let k = comma + 1; k < tokens.length && k <= comma + 3; k++) {
    if (tokens[k].lower === 'and') return !placeAt(tokens, k + 1); // "cars, and Europe 10%" is a new clause
    if (tokens[k].marks & GOODS_STOP || tokens[k].lower === ',') return false;
  }
  return false;
}

/** "25% auto tariffs", "steel tariffs of 25%": a goods word just before the tariff word. */
function goodsModifier(tokens: readonly Token[], tariffAt: number, numberAt: number): string | undefined {
  for (let k = tariffAt - 1; k >= 0 && k >= tariffAt - 3 && k !== numberAt - 1; k--) {
    if (GOODS_WORDS.has(tokens[k].lower)) return tokens[k].text;
    if (isNumericToken(tokens[k])) break;
  }
  return undefined;
}

const ALL_GOODS_WORDS = new Set(['across-the-board', 'blanket', 'universal']);

/** "across-the-board", "blanket", "universal" tariffs cover all goods. */
function acrossTheBoard(tokens: readonly Token[], tariffAt: number): string | undefined {
  for (let k = tariffAt - 1; k >= 0 && k >= tariffAt - 3; k--) {
    if (ALL_GOODS_WORDS.has(tokens[k].lower)) return 'all goods';
  }
  return undefined;
}

const TARGET_LEADS = new Set(['for', 'on', 'against']);

/** "24 percent for Japan", "25% on China". */
function targetAfterNumber(tokens: readonly Token[], numberAt: number): string | undefined {
  const lead = tokens[numberAt];
  if (!lead || !TARGET_LEADS.has(lead.lower)) return undefined;
  const place = placeAt(tokens, numberAt + 1) ?? placeAt(tokens, numberAt + 2);
  return place && !place.isAdjective ? place.name : undefined;
}


/** "Japan has faced 24% tariffs", "South Korea is subject to a 25% tariff". */
function subjectFacing(tokens: readonly Token[], numberAt: number): string | undefined {
  for (let k = numberAt - 1; k >= 0 && k >= numberAt - 7; k--) {
    if (!(tokens[k].marks & FACING)) continue;
    for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
      const place = placeEndingAt(tokens, j);
      if (place && !place.isAdjective && !place.isPossessive) return place.name;
    }
    return undefined;
  }
  return undefined;
}

/** The place whose last token is tokens[j]: "South Korea" ending at "Korea" before "Korea" alone. */
function placeEndingAt(tokens: readonly Token[], j: number): PlaceAt | undefined {
  const pair = j > 0 ? placeAt(tokens, j - 1) : undefined;
  return pair?.length === 2 ? pair : placeAt(tokens, j);
}

/** "U.S. tariffs", "American duties", "new U.S. 25% tariffs": the place written right before the tariff word. */
function imposerBefore(tokens: readonly Token[], tariffAt: number): string | undefined {
  for (let k = tariffAt - 1; k >= 0 && k >= tariffAt - 4; k--) {
    const place = placeEndingAt(tokens, k);
    if (place) return place.isPossessive ? undefined : place.name;
    const t = tokens[k];
    if (t.marks & (TARIFF_NOUN | GOODS_STOP | DETERMINER)) return undefined;
    if (!isAsciiDigit(t.text.charCodeAt(0)) && !startsWithLetter(t.text)) return undefined;
  }
  return undefined;
}

/** "imposed by the United States", "the U.S. has imposed a 25% tariff". */
function imposerByVerb(tokens: readonly Token[], numberAt: number): string | undefined {
  for (let k = 0; k < tokens.length - 1; k++) {
    if (!(tokens[k].marks & IMPOSING_MARK)) continue;
    if (tokens[k + 1].lower === 'by') {
      const place = placeAt(tokens, k + 2) ?? placeAt(tokens, k + 3);
      if (place && !place.isAdjective) return place.name;
    }
    if (k < numberAt) {
      for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
        const place = placeAt(tokens, j);
        if (place && !place.isAdjective && !place.isPossessive) return place.name;
      }
    }
  }
  return undefined;
}

/** Words of a change: they describe the new rate, not the "from 10%" it leaves. */
const CHANGE_STATUSES = new Set(['lowered', 'raised']);
/** "in place", "in effect", "in force", "on hold": the second word counts only after the first. */
const PAIRED: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries({
  place: new Set(['in']),
  effect: new Set(['in', 'into', 'take', 'took', 'takes']),
  force: new Set(['in', 'into']),
  hold: new Set(['on']),
  back: new Set(['wound', 'scaled', 'rolled', 'dialed']),
}));

/** The nearest status word in the sentence, plus a month-day timing ("from Aug. 1"). */
function statusOf(text: string, tokens: readonly Token[], numberAt: number, before: readonly Token[]): string | undefined {
  const isOldRate = before[0]?.lower === 'from' || (before[0] && isNumericToken(before[0]) && before[1]?.lower === 'from');
  let best: { status: string; distance: number } | undefined;
  for (let k = 0; k < tokens.length; k++) {
    if (!(tokens[k].marks & STATUS_MARK)) continue;
    const status = STATUS_WORDS.get(tokens[k].lower)!;
    if (isOldRate && CHANGE_STATUSES.has(status)) continue;
    const pair = PAIRED.get(tokens[k].lower);
    if (pair && !pair.has(tokens[k - 1]?.lower ?? '')) continue;
    const distance = k < numberAt ? numberAt - k : k - numberAt + 1;
    if (!best || distance < best.distance) best = { status, distance };
  }
  const timing = isOldRate ? undefined : timingOf(text, tokens, numberAt);
  const status = best?.status;
  if (status && timing) return `${status}, ${timing}`;
  return status || timing || undefined;
}

const TIMING_PREPOSITIONS = new Set(['from', 'on', 'by', 'before', 'after', 'until', 'since', 'starting', 'effective', 'through']);

/**
 * The month-day date nearest the number, with its preposition: "from Aug. 1", "on April 2, 2025". A date
 * that a ", when" clause attaches the change to ("before Aug. 1, when tariffs jump") reads "from <date>".
 */
function timingOf(text: string, tokens: readonly Token[], numberAt: number): string | undefined {
  let best: { start: number; end: number; k: number; last: number } | undefined;
  for (let k = 0; k + 1 < tokens.length; k++) {
    // Every date has a month word at k or k + 1: one bit test skips the other tokens.
    if (((tokens[k].marks | tokens[k + 1].marks) & MONTH_MARK) === 0) continue;
    const date = dateAt(tokens, k);
    // A literal, not `{ ...date, k }`: object spread takes a slow generic path in V8.
    if (date && (!best || Math.abs(k - numberAt) < Math.abs(best.k - numberAt))) best = { start: date.start, end: date.end, last: date.last, k };
  }
  if (!best) return undefined;
  const written = text.slice(best.start, best.end);
  const when = tokens[best.last + 1]?.lower === ',' && tokens[best.last + 2]?.lower === 'when';
  const lead = tokens[best.k - 1]?.lower;
  const preposition = when ? 'from' : lead && TIMING_PREPOSITIONS.has(lead) ? lead : undefined;
  return preposition ? `${preposition} ${written}` : written;
}

/** "Aug. 1", "April 2, 2025", "1 August 2025" starting at tokens[k]. */
function dateAt(tokens: readonly Token[], k: number): { start: number; end: number; last: number } | undefined {
  const t = tokens[k];
  const next = tokens[k + 1];
  // A date starts with a capitalised month or a digit: the first character rules out most tokens at once.
  const first = t.text.charCodeAt(0);
  if (!isAsciiUpper(first) && !isAsciiDigit(first)) return undefined;
  if ((t.marks & MONTH_MARK) !== 0 && isDigits(next.lower, 1, 2) && isAsciiUpper(first)) {
    const withYear = tokens[k + 2]?.lower === ',' && isDigits(tokens[k + 3]?.lower ?? '', 4, 4);
    const last = withYear ? k + 3 : k + 1;
    return { start: t.start, end: tokens[last].end, last };
  }
  if (isDigits(t.lower, 1, 2) && (next.marks & MONTH_MARK) !== 0 && next.lower.length > 3) {
    const last = isDigits(tokens[k + 2]?.lower ?? '', 4, 4) ? k + 2 : k + 1;
    return { start: t.start, end: tokens[last].end, last };
  }
  return undefined;
}

/** Whether `s` is `min` to `max` ASCII digits (`/^\d{min,max}$/` without a regex call per word). */
function isDigits(s: string, min: number, max: number): boolean {
  if (s.length < min || s.length > max) return false;
  for (let i = 0; i < s.length; i++) if (!isAsciiDigit(s.charCodeAt(i))) return false;
  return true;
}

const LETTER_START = /^\p{L}/u;

/** Whether `s` starts with a letter of any script; ASCII, nearly every word, is told without the Unicode regex. */
function startsWithLetter(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? isAsciiLetter(c) : LETTER_START.test(s);
}

/** The fields the sentence gave, in a fixed order; empty ones are left out rather than set to undefined. */
function compact(appliesTo?: string, imposedBy?: string, imposedOn?: string, status?: string): RateDetail {
  const out: { -readonly [K in keyof RateDetail]: RateDetail[K] } = {};
  if (appliesTo) out.appliesTo = appliesTo;
  if (imposedBy) out.imposedBy = imposedBy;
  if (imposedOn) out.imposedOn = imposedOn;
  if (status) out.status = status;
  return out;
}
