/**
 * Calendar arithmetic on plain {year, month, day} triples, by day counts rather than Date
 * objects: no time zone can shift a result and nothing is allocated but the triples. Formats follow TIMEX3 (ISO 8601 with week, quarter and season forms).
 */

export interface Day {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
}

/** Parses "YYYY-MM-DD" (anything after the day is ignored); undefined when it is not a real day. */
export function parseDay(value: string | undefined): Day | undefined {
  const m = value === undefined ? null : /^(\d{4})-(\d\d)-(\d\d)/.exec(value);
  if (!m) return undefined;
  const day = { year: +m[1], month: +m[2], day: +m[3] };
  return isRealDay(day.year, day.month, day.day) ? day : undefined;
}

export function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysIn(year, month);
}

export function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 (proleptic Gregorian), without allocating a Date. */
function toDays(d: Day): number {
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5) + d.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDays(days: number): Day {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(d: Day, n: number): Day {
  return fromDays(toDays(d) + n);
}

/** ISO weekday, Monday = 1 … Sunday = 7. 1970-01-01 was a Thursday. */
export function weekdayOf(d: Day): number {
  return ((((toDays(d) + 3) % 7) + 7) % 7) + 1;
}

/** ISO 8601 week: the week belongs to the year holding its Thursday. */
function isoWeek(d: Day): { year: number; week: number } {
  const thursday = addDays(d, 4 - weekdayOf(d));
  const firstOfYear = toDays({ year: thursday.year, month: 1, day: 1 });
  const week = Math.floor((toDays(thursday) - firstOfYear) / 7) + 1;
  return { year: thursday.year, week };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function formatDay(d: Day): string {
  return `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${year}-${pad2(month)}`;
}

export function formatWeek(d: Day): string {
  const { year, week } = isoWeek(d);
  return `${year}-W${pad2(week)}`;
}

export function formatQuarter(year: number, quarter: number): string {
  return `${year}-Q${quarter}`;
}

/** Adds `n` months to (year, month), carrying into the year. */
export function shiftMonth(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

export function clock(hour: number, minute: number): string {
  return `${pad2(hour)}:${pad2(minute)}`;
}
