import type { Zone, ZoneRange } from '../model';
import { isParagraph, isShortLabel, lineKind, PHOTO_CREDIT, wordCount, type LineKind } from './zones/lineKinds';

/** Longer lines are prose however they start: no pattern is tried on them. */
const LONG_LINE = 400;

/**
 * Where the page is, line by line:
 * - head: before the article's first paragraph (short labels here are navigation);
 * - body: the article;
 * - afterCopyright: a copyright line ended the article; site furniture follows, but a real paragraph
 *   brings the body back (a wire credit mid-page is not the end);
 * - related: other articles' blurbs, until a comments section;
 * - comments: reader comments, until a related block or, once comments were seen, the comment form;
 * - footer: after the comments, everything is site furniture.
 */
type State = 'head' | 'body' | 'afterCopyright' | 'related' | 'comments' | 'footer';

interface Line {
  readonly start: number;
  /** End including the line break; a run of blank lines is one Line. */
  end: number;
  readonly kind: LineKind;
  readonly paragraph: boolean;
  readonly shortLabel: boolean;
  readonly photoCredit: boolean;
}

/**
 * Splits the page into the article body, reader comments and site boilerplate. Ranges are sorted, adjacent
 * ranges differ in zone, and together they cover the text. One pass over the lines plus a bounded look back.
 */
export function findZones(text: string): ZoneRange[] {
  const lines = splitLines(text);
  const zones = classify(lines);
  return toRanges(lines, zones);
}

function classify(lines: readonly Line[]): Zone[] {
  const zones: Zone[] = new Array(lines.length);
  let state: State = 'head';
  let textLines = 0;
  let commentSeen = false;
  let previous: Zone = 'body';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const kind = line.kind;
    let zone: Zone;
    if (kind === 'blank') {
      zone = previous;
    } else if (state === 'comments') {
      if (kind === 'related' || (kind === 'commentForm' && commentSeen)) {
        state = 'footer';
        zone = 'boilerplate';
      } else {
        if (kind === 'text' || kind === 'commentSignal') commentSeen = true;
        zone = 'comments';
      }
    } else if (kind === 'commentsHeader' || kind === 'commentForm' || kind === 'commentSignal') {
      if (state === 'head' && kind !== 'commentSignal') {
        zone = 'boilerplate'; // a comment count next to the headline, not the comments themselves
      } else {
        if (kind === 'commentSignal' && (state === 'body' || state === 'head')) backfillComment(lines, zones, i);
        state = 'comments';
        commentSeen = kind === 'commentSignal';
        zone = 'comments';
      }
    } else if (state === 'footer' || state === 'related') {
      zone = 'boilerplate';
    } else if (kind === 'related') {
      if (state !== 'head') state = 'related'; // before the article, "Latest news" is a menu entry
      zone = 'boilerplate';
    } else if (kind === 'copyright') {
      if (state === 'body') state = 'afterCopyright';
      zone = 'boilerplate';
    } else if (kind === 'furniture') {
      zone = 'boilerplate';
    } else if (state === 'afterCopyright') {
      if (line.paragraph) {
        state = 'body';
        zone = 'body';
      } else zone = 'boilerplate';
    } else if (state === 'head') {
      if (isCaption(lines, i)) zone = 'boilerplate';
      else if (line.shortLabel && textLines === 0) zone = 'boilerplate';
      else {
        textLines++;
        if (textLines >= 2 || line.paragraph) state = 'body';
        zone = 'body';
      }
    } else {
      zone = 'body';
    }
    zones[i] = zone;
    previous = zone;
  }
  return zones;
}

/** A line right above a standalone photo credit is the photo's caption. */
function isCaption(lines: readonly Line[], i: number): boolean {
  for (let k = i + 1; k < lines.length && k <= i + 2; k++) {
    if (lines[k].kind !== 'blank') return lines[k].photoCredit;
  }
  return false;
}

/** A vote count with no comments header above: the paragraph just before it was a comment too. */
function backfillComment(lines: readonly Line[], zones: Zone[], i: number): void {
  let k = i - 1;
  while (k >= 0 && lines[k].kind === 'blank') k--;
  while (k >= 0 && lines[k].kind === 'text' && zones[k] === 'body') {
    zones[k] = 'comments';
    k--;
  }
}

/** Lines as VS Code counts them: "\r\n", "\n" and a lone "\r" each end a line. */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const loneCr = /\r(?!\n)/.test(text);
  let start = 0;
  while (start < text.length) {
    let contentEnd = loneCr ? nextBreak(text, start) : text.indexOf('\n', start);
    if (contentEnd < 0) contentEnd = text.length;
    let end = contentEnd;
    if (text.charCodeAt(end) === 13) end++;
    if (text.charCodeAt(end) === 10) end++;
    if (!loneCr && text.charCodeAt(contentEnd - 1) === 13) contentEnd--;
    const last = lines[lines.length - 1];
    if (contentEnd === start && last?.kind === 'blank') {
      last.end = end; // runs of empty lines cost nothing
    } else if (contentEnd - start > LONG_LINE) {
      lines.push({ start, end, kind: 'text', paragraph: true, shortLabel: false, photoCredit: false });
    } else {
      const trimmed = text.slice(start, contentEnd).trim();
      const kind = lineKind(trimmed);
      const words = kind === 'text' ? wordCount(trimmed) : 0;
      lines.push({
        start,
        end,
        kind,
        paragraph: kind === 'text' && isParagraph(trimmed, words),
        shortLabel: kind === 'text' && isShortLabel(trimmed, words),
        photoCredit: kind === 'furniture' && PHOTO_CREDIT.test(trimmed),
      });
    }
    start = end;
  }
  return lines;
}

function nextBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return -1;
}

function toRanges(lines: readonly Line[], zones: readonly Zone[]): ZoneRange[] {
  const ranges: ZoneRange[] = [];
  let current: { start: number; end: number; zone: Zone } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const zone = zones[i];
    if (current && current.zone === zone) current.end = lines[i].end;
    else {
      if (current) ranges.push(current);
      current = { start: lines[i].start, end: lines[i].end, zone };
    }
  }
  if (current) ranges.push(current);
  return ranges;
}

/** The zone at `offset` (binary search over sorted ranges). */
export function zoneAt(zones: readonly ZoneRange[], offset: number): Zone {
  let lo = 0;
  let hi = zones.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const z = zones[mid];
    if (offset < z.start) hi = mid - 1;
    else if (offset >= z.end) lo = mid + 1;
    else return z.zone;
  }
  return 'body';
}
