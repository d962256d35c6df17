import { findDates } from './dates';

/** How far into the page the article's own date may sit: title, byline, dateline. */
const HEAD_CHARS = 3000;
const HEAD_LINES = 40;

/** Words that introduce the page's own date. */
const DATE_LABEL = /\b(?:Published|Updated|Posted|Last\s+updated|First\s+published|Date|Dated|Released|Issued)\b[^\n]{0,30}$/i;
/** A dateline: a place (in capitals or not) and a comma, or the start of the line. */
const DATELINE_BEFORE = /^(?:[\p{Lu}][\p{L}.' -]{1,40},\s*)?(?:[\p{Lu}][\p{L}.' -]{1,30},\s*)?(?:\p{L}+day,?\s*)?$/u;
/** What may follow a dateline date: an agency in brackets, a dash, a time, or the end of the line. */
const DATELINE_AFTER = /^(?:\s*(?:\(|[-–—]|\d{1,2}[:.]\d\d|at\b|$|\n|\|))/;

/**
 * The article's own publication date (YYYY-MM-DD) from the head of the page: a dateline
 * ("WASHINGTON, April 16, 2025 (Reuters) –"), a "Published …"/"Updated: …" line, a date alone on
 * its line ("Friday, July 21, 2017"), or an ISO timestamp. The first such date wins. Relative
 * stamps ("Today 09:52 am JST") cannot give a day on their own and are ignored.
 */
export function findArticleDate(text: string): { value: string; start: number; end: number } | undefined {
  const head = pageHead(text);
  for (const m of findDates(head, { zones: [] })) {
    if (!/^\d{4}-\d\d-\d\d/.test(m.value)) continue;
    const lineStart = head.lastIndexOf('\n', m.start - 1) + 1;
    const lineEnd = head.indexOf('\n', m.end);
    const before = head.slice(lineStart, m.start);
    const after = head.slice(m.end, lineEnd < 0 ? head.length : lineEnd);
    const atLineStart = before.trim() === '';
    if (DATE_LABEL.test(before) || (DATELINE_BEFORE.test(before) && (atLineStart || DATELINE_AFTER.test(after)))) {
      return { value: m.value.slice(0, 10), start: m.start, end: m.end };
    }
  }
  return undefined;
}

function pageHead(text: string): string {
  let end = Math.min(text.length, HEAD_CHARS);
  let lines = 0;
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10 && ++lines >= HEAD_LINES) end = i;
  }
  return text.slice(0, end);
}
