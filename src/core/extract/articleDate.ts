import { findDates } from './dates';
import { formatDay, isRealDay } from './dates/calendar';
import { MONTH_FULL, monthNumber, WEEKDAY } from './dates/lexicon';

/** How far into the page the article's own date may sit: title, byline, dateline. */
const HEAD_CHARS = 3000;
const HEAD_LINES = 40;

/** Words that introduce the page's own date. */
const DATE_LABEL = /\b(?:Published|Updated|Posted|Last\s+updated|First\s+published|Date|Dated|Released|Issued)\b[^\n]{0,30}$/i;
/** A dateline: a place (in capitals or not) and a comma, or the start of the line. */
const DATELINE_BEFORE = /^(?:[\p{Lu}][\p{L}.' -]{1,40},\s*)?(?:[\p{Lu}][\p{L}.' -]{1,30},\s*)?(?:\p{L}+day,?\s*)?$/u;
/** What may follow a dateline date: an agency in brackets, a dash, a time, or the end of the line. */
const DATELINE_AFTER = /^(?:\s*(?:\(|[-–—]|\d{1,2}[:.]\d\d|at\b|$|\|))/;
/** A full date always has a four-digit year; lines without one are skipped unread. */
const YEAR = /(?:19|20)\d\d/g;
/** A label word anywhere on the line (DATE_LABEL without its end, which may fall inside the line). */
const LABEL_WORD = /\b(?:Published|Updated|Posted|Last\s+updated|First\s+published|Date|Dated|Released|Issued)/i;
/**
 * A dateline opening (what DATELINE_BEFORE accepts) followed by a digit or a month or weekday
 * name. Without a label word, a line that fails this holds no page date: with no article date to
 * resolve against, only dates that start so get a full YYYY-MM-DD value from the finder.
 */
const DATELINE_OPENING = /^(?:[\p{Lu}][\p{L}.' -]{1,40},\s*)?(?:[\p{Lu}][\p{L}.' -]{1,30},\s*)?(?:\p{L}+day,?\s*)?(?=\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)/u;

/** The commonest page date, alone on its line: "Friday, July 21, 2017". */
const DATE_ALONE = new RegExp(String.raw`^(?:${WEEKDAY}), (${MONTH_FULL}) ([12]\d|3[01]|[1-9]), ((?:19|20)\d\d)$`);
/** The commonest labelled page date, the whole line: "Published July 21, 2017". Group 1 is the label and its space. */
const LABELLED_DATE = new RegExp(String.raw`^((?:Published|Updated|Posted):? )(${MONTH_FULL}) ([12]\d|3[01]|[1-9]), ((?:19|20)\d\d)$`);

/**
 * The article's own publication date (YYYY-MM-DD) from the head of the page: a dateline
 * ("WASHINGTON, April 16, 2025 (Reuters) –"), a "Published …"/"Updated: …" line, a date alone on
 * its line ("Friday, July 21, 2017"), or an ISO timestamp. The first such date wins. Relative
 * stamps ("Today 09:52 am JST") cannot give a day on their own and are ignored. Only lines with a
 * year and a label or a dateline opening are read with the date finder: body lines cost a regex.
 */
export function findArticleDate(text: string): DateOnLine | undefined {
  const limit = Math.min(text.length, HEAD_CHARS);
  // Years are searched in the head only: a page without one is not searched to its end.
  const head = limit < text.length ? text.slice(0, limit) : text;
  let lineStart = 0;
  let year = -1;
  for (let lines = 0; lines < HEAD_LINES && lineStart < limit; lines++) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 || newline > limit ? limit : newline;
    // One search finds the next year for all the lines before it, instead of a slice and a test per line.
    if (year < lineStart) year = nextYear(head, lineStart);
    if (year >= 0 && year + 4 <= lineEnd) {
      const found = datelineIn(text.slice(lineStart, lineEnd));
      if (found) return { value: found.value, start: lineStart + found.start, end: lineStart + found.end };
    }
    if (year < 0) return undefined;
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/** Start of the first year-like number at or after `from`, or -1. */
function nextYear(text: string, from: number): number {
  // YEAR is shared, but nothing runs between setting lastIndex and reading it back. A test, not
  // an exec: no match array, and a match is always four characters long.
  YEAR.lastIndex = from;
  return YEAR.test(text) ? YEAR.lastIndex - 4 : -1;
}

/** A full date (YYYY-MM-DD) and where it stands on its line. */
export interface DateOnLine {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** The first full date on one line that reads as the page's own date. */
function datelineIn(line: string): DateOnLine | undefined {
  const alone = dateAlone(line) ?? labelledDate(line);
  if (alone) return alone;
  if (!LABEL_WORD.test(line) && !DATELINE_OPENING.test(line)) return undefined;
  for (const m of findDates(line, { zones: [] })) {
    if (!/^\d{4}-\d\d-\d\d/.test(m.value)) continue;
    const before = line.slice(0, m.start);
    const atLineStart = before.trim() === '';
    if (DATE_LABEL.test(before) || (DATELINE_BEFORE.test(before) && (atLineStart || DATELINE_AFTER.test(line.slice(m.end))))) {
      return { value: m.value.slice(0, 10), start: m.start, end: m.end };
    }
  }
  return undefined;
}

/**
 * "Friday, July 21, 2017" as the whole line, read directly: the date finder would give the same
 * one mention (the weekday rule), so the cold grammar need not run for most pages' date line.
 */
function dateAlone(line: string): DateOnLine | undefined {
  const m = DATE_ALONE.exec(line);
  return m ? realDay(m, 1, 0, line.length) : undefined;
}

/**
 * "Published July 21, 2017" as the whole line, read directly: the date finder would find that one date after
 * a label (DATE_LABEL), so its cold grammar need not run for the pages that date themselves so.
 */
function labelledDate(line: string): DateOnLine | undefined {
  const m = LABELLED_DATE.exec(line);
  return m ? realDay(m, 2, m[1].length, line.length) : undefined;
}

/** The date whose month, day and year are groups `group` to `group + 2` of `m`, if that day exists. */
function realDay(m: RegExpExecArray, group: number, start: number, end: number): DateOnLine | undefined {
  const year = +m[group + 2];
  const month = monthNumber(m[group])!;
  const day = +m[group + 1];
  return isRealDay(year, month, day) ? { value: formatDay({ year, month, day }), start, end } : undefined;
}
