import { findDates } from './dates';

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
const HAS_YEAR = /(?:19|20)\d\d/;

/**
 * The article's own publication date (YYYY-MM-DD) from the head of the page: a dateline
 * ("WASHINGTON, April 16, 2025 (Reuters) –"), a "Published …"/"Updated: …" line, a date alone on
 * its line ("Friday, July 21, 2017"), or an ISO timestamp. The first such date wins. Relative
 * stamps ("Today 09:52 am JST") cannot give a day on their own and are ignored.
 */
export function findArticleDate(text: string): { value: string; start: number; end: number } | undefined {
  const limit = Math.min(text.length, HEAD_CHARS);
  let lineStart = 0;
  for (let lines = 0; lines < HEAD_LINES && lineStart < limit; lines++) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 || newline > limit ? limit : newline;
    const found = datelineIn(text.slice(lineStart, lineEnd));
    if (found) return { value: found.value, start: lineStart + found.start, end: lineStart + found.end };
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/** The first full date on one line that reads as the page's own date. */
function datelineIn(line: string): { value: string; start: number; end: number } | undefined {
  if (!HAS_YEAR.test(line)) return undefined;
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
