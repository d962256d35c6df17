/**
 * Turning a relative or partial date into a TIMEX3 value against the article's date (the anchor).
 */
import {
  addDays, type Day, formatDay, formatMonth, formatQuarter, formatWeek, quarterOf, shiftMonth, weekdayOf,
} from './calendar';
import type { Tense } from './tense';

/** How a weekday is picked relative to the anchor. */
export type WeekdayDirection = Tense | 'last' | 'next';

/**
 * The day named by a weekday: the past one (on or before the anchor) by default, the coming one
 * when the clause is in the future; "last"/"next" exclude the anchor day itself.
 */
export function resolveWeekday(anchor: Day, weekday: number, direction: WeekdayDirection): Day {
  const diff = weekday - weekdayOf(anchor);
  switch (direction) {
    case 'past': return addDays(anchor, diff <= 0 ? diff : diff - 7);
    case 'last': return addDays(anchor, diff < 0 ? diff : diff - 7);
    case 'future': return addDays(anchor, diff >= 0 ? diff : diff + 7);
    case 'next': return addDays(anchor, diff > 0 ? diff : diff + 7);
  }
}

/**
 * The year of a month (and day) given without one: the anchor's year, moved back when a past
 * clause names a later date ("since November" in March) and forward when a future clause names
 * an earlier one ("will start on Jan. 1" in December).
 */
export function yearFor(anchor: Day, month: number, day: number | undefined, tense: () => Tense | undefined): number {
  const target = month * 100 + (day ?? 15);
  const now = anchor.month * 100 + anchor.day;
  // The tense is read only when it can move the year: reading it costs a walk over the clause.
  if (month > anchor.month && target > now) return tense() === 'past' ? anchor.year - 1 : anchor.year;
  if (month < anchor.month && target < now) return tense() === 'future' ? anchor.year + 1 : anchor.year;
  return anchor.year;
}

export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** "last week" = offset -1 of unit week, and so on; the value at that unit's granularity. */
export function shiftedUnit(anchor: Day, unit: Unit, offset: number): string {
  switch (unit) {
    case 'day': return formatDay(addDays(anchor, offset));
    case 'week': return formatWeek(addDays(anchor, offset * 7));
    case 'weekend': return `${formatWeek(addDays(anchor, offset * 7))}-WE`;
    case 'month': {
      const m = shiftMonth(anchor.year, anchor.month, offset);
      return formatMonth(m.year, m.month);
    }
    case 'quarter': {
      const m = shiftMonth(anchor.year, anchor.month, offset * 3);
      return formatQuarter(m.year, quarterOf(m.month));
    }
    case 'year': return String(anchor.year + offset);
    case 'decade': return String(Math.floor(anchor.year / 10) + offset);
    case 'century': return String(Math.floor(anchor.year / 100) + offset);
  }
}

/** "two years ago", "a week ago": the point that far back, at the unit's own granularity. */
export function agoValue(anchor: Day, unit: string, n: number): string {
  if (unit.startsWith('year')) return String(anchor.year - n);
  if (unit.startsWith('decade')) return String(anchor.year - 10 * n);
  if (unit.startsWith('centur')) return String(anchor.year - 100 * n);
  if (unit.startsWith('month')) {
    const m = shiftMonth(anchor.year, anchor.month, -n);
    return formatMonth(m.year, m.month);
  }
  if (unit.startsWith('week')) return formatDay(addDays(anchor, -7 * n));
  if (unit.startsWith('day')) return formatDay(addDays(anchor, -n));
  // Hours, minutes, seconds: the day is as close as a date value gets without a clock.
  return formatDay(anchor);
}
