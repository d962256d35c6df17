/**
 * What the date rules share: their input and output types, and the helpers that turn matched
 * pieces into TIMEX3 values against the article date.
 */
import { addDays, clock, type Day, formatDay, formatMonth, isRealDay } from './calendar';
import { weekdayNumber } from './lexicon';
import { resolveWeekday, type Unit, yearFor } from './resolve';
import type { Tense, TenseReader } from './tense';

/** What a rule sees: the match, its place in the text and the article date. */
export interface RuleInput {
  readonly groups: Readonly<Record<string, string | undefined>>;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly anchor: Day | undefined;
  /** The tense reader of this scan, shared by every rule that needs the clause's tense. */
  readonly tenses: TenseReader;
}

/** A rule's verdict. `clock` marks a time of day whose date may come from a neighbouring mention. */
export interface RuleOutput {
  readonly value: string;
  /** True when the value needed the article date. */
  readonly anchored: boolean;
  /** Characters to drop from the start of the match ("the" before "first-quarter"). */
  readonly skip?: number;
  readonly clock?: string;
}

export interface Rule {
  readonly name: string;
  /** What the match can begin with: a digit or apostrophe ("2025", "'82"), a letter, or either. */
  readonly opens: 'digit' | 'word' | 'either';
  readonly source: string;
  /** undefined rejects the match; the finder then tries the next place. */
  readonly resolve: (input: RuleInput) => RuleOutput | undefined;
}

export const fixed = (value: string): RuleOutput => ({ value, anchored: false });
export const anchoredTo = (anchor: Day | undefined, make: (a: Day) => string): RuleOutput =>
  anchor ? { value: make(anchor), anchored: true } : { value: '', anchored: false };

export function tenseAt(input: RuleInput): Tense | undefined {
  return input.tenses.before(input.start);
}

/** Value of a month (and day) with an optional explicit year; the anchor supplies a missing year. */
export function monthDayValue(input: RuleInput, month: number, day: number | undefined, year: string | undefined): RuleOutput | undefined {
  if (year !== undefined) {
    if (day !== undefined && !isRealDay(+year, month, day)) return undefined;
    return fixed(day === undefined ? formatMonth(+year, month) : formatDay({ year: +year, month, day }));
  }
  if (day !== undefined && !isRealDay(2024, month, day)) return undefined;
  if (!input.anchor) {
    return fixed(day === undefined ? '' : `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  }
  const y = yearFor(input.anchor, month, day, () => tenseAt(input));
  return { value: day === undefined ? formatMonth(y, month) : formatDay({ year: y, month, day }), anchored: true };
}

/** A day word ("today", "Monday") resolved to a day, for times that name their day. */
export function dayOf(word: string, input: RuleInput): Day | undefined {
  const anchor = input.anchor;
  if (!anchor) return undefined;
  const w = word.toLowerCase();
  if (w === 'today' || w === 'tonight') return anchor;
  if (w === 'yesterday') return addDays(anchor, -1);
  if (w === 'tomorrow') return addDays(anchor, 1);
  const weekday = weekdayNumber(word);
  return weekday === undefined ? undefined : resolveWeekday(anchor, weekday, tenseAt(input) ?? 'past');
}

/** A clock time, with its day when the span names one; otherwise the finder supplies the day later. */
export function clockOutput(input: RuleInput, hour: number, minute: number, ampm: string | undefined, zone: string | undefined, dayWord: string | undefined): RuleOutput | undefined {
  let h = hour;
  if (ampm) {
    if (h < 1 || h > 12) return undefined;
    const pm = /^p/i.test(ampm);
    h = (h % 12) + (pm ? 12 : 0);
  }
  const z = zone && /\b(?:UTC|GMT)\b/.test(zone) && !/[+-]\s*\d/.test(zone) ? 'Z' : '';
  const time = `${clock(h, minute)}${z}`;
  if (dayWord) {
    const day = dayOf(dayWord, input);
    return day ? { value: `${formatDay(day)}T${time}`, anchored: true } : fixed('');
  }
  return { value: '', anchored: false, clock: time };
}

export function noDigitBefore(input: RuleInput): boolean {
  return !/[\d:.,$]/.test(input.text[input.start - 1] ?? ' ');
}

export const UNIT_OF: Readonly<Record<string, Unit>> = {
  week: 'week', weekend: 'weekend', month: 'month', year: 'year', decade: 'decade', century: 'century', quarter: 'quarter', day: 'day',
};

export function offsetOf(modifier: string): number {
  const m = modifier.toLowerCase().replace(/^(?:earlier|later)\s+/, '');
  if (m === 'last' || m === 'past' || m === 'previous' || m === 'this past') return -1;
  if (m === 'next' || m === 'coming' || m === 'following') return 1;
  return 0;
}

/** "last summer" in March 2025 is summer 2024; "this summer" is the anchor's year. */
export function seasonYear(anchor: Day, code: string, offset: number): number {
  const startMonth = { SP: 3, SU: 6, FA: 9, WI: 12 }[code] ?? 6;
  if (offset < 0) return anchor.month > startMonth + 2 ? anchor.year : anchor.year - 1;
  if (offset > 0) return anchor.month < startMonth ? anchor.year : anchor.year + 1;
  return anchor.year;
}

