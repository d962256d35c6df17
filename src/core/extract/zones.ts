import type { Zone, ZoneRange } from '../model';
import { skipSpaceBackward, skipSpaceForward } from './textUtil';
import { isParagraph, isShortLabel, lineKind, MAX_PATTERN_LINE, PHOTO_CREDIT, wordCount, type LineKind } from './zones/lineKinds';
import { LayoutKeeper } from '../layoutKeeper';

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

/**
 * One line as classification needs it: its kind, and where its trimmed content lies so the few facts only
 * the page head asks for (paragraph, short label, photo credit) are worked out for those lines alone.
 */
interface Line {
  readonly start: number;
  /** End including the line break; a run of blank lines is one Line. */
  end: number;
  readonly kind: LineKind;
  /** The content without surrounding white space (as `String.prototype.trim` removes it); a long line's is left untrimmed, never read. */
  readonly contentStart: number;
  readonly contentEnd: number;
  /** Longer than LONG_LINE before trimming: prose, never a label. */
  readonly long: boolean;
}

/**
 * Splits the page into the article body, reader comments and site boilerplate. Ranges are sorted, adjacent
 * ranges differ in zone, and together they cover the text. One pass over the lines plus a bounded look back.
 */
export function findZones(text: string): ZoneRange[] {
  const lines = splitLines(text);
  const zones = classify(text, lines);
  return toRanges(lines, zones);
}

function classify(text: string, lines: readonly Line[]): Zone[] {
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
      if (isParagraphLine(text, line)) {
        state = 'body';
        zone = 'body';
      } else zone = 'boilerplate';
    } else if (state === 'head') {
      if (isCaption(text, lines, i)) zone = 'boilerplate';
      else if (textLines === 0 && isShortLabelLine(text, line)) zone = 'boilerplate';
      else {
        textLines++;
        if (textLines >= 2 || isParagraphLine(text, line)) state = 'body';
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
function isCaption(text: string, lines: readonly Line[], i: number): boolean {
  for (let k = i + 1; k < lines.length && k <= i + 2; k++) {
    const next = lines[k];
    if (next.kind !== 'blank') return next.kind === 'furniture' && PHOTO_CREDIT.test(text.slice(next.contentStart, next.contentEnd));
  }
  return false;
}

function isParagraphLine(text: string, line: Line): boolean {
  if (line.kind !== 'text') return false;
  return line.long || isParagraph(text, line.contentStart, line.contentEnd, wordCount(text, line.contentStart, line.contentEnd));
}

function isShortLabelLine(text: string, line: Line): boolean {
  if (line.kind !== 'text' || line.long) return false;
  return isShortLabel(text, line.contentEnd, wordCount(text, line.contentStart, line.contentEnd));
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
  // Most pages have no "\r" at all: one indexOf spares them the regex scan.
  const loneCr = text.indexOf('\r') >= 0 && /\r(?!\n)/.test(text);
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
      lines.push({ start, end, kind: 'text', contentStart: start, contentEnd, long: true });
    } else {
      lines.push(shortLine(text, start, end, contentEnd));
    }
    start = end;
  }
  return lines;
}

/** A line of at most LONG_LINE characters: trimmed by offsets, sliced only when its patterns must be tried. */
function shortLine(text: string, start: number, end: number, contentEnd: number): Line {
  const from = skipSpaceForward(text, start, contentEnd);
  const to = skipSpaceBackward(text, from, contentEnd);
  const kind = to - from > MAX_PATTERN_LINE ? 'text' : lineKind(text.slice(from, to));
  return { start, end, kind, contentStart: from, contentEnd: to, long: false };
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

/** Keeps the layout of ZoneCursor objects across full garbage collections (see LayoutKeeper). */
const ZONE_CURSOR = new LayoutKeeper();

/**
 * Zones of offsets visited in increasing order: the cursor only moves forward, so a pass over sorted
 * offsets costs one walk over the ranges instead of a binary search per offset.
 */
export class ZoneCursor {
  private index = 0;

  constructor(private readonly zones: readonly ZoneRange[]) {
    ZONE_CURSOR.keep(this);
  }

  /** The zone at `offset` ('body' outside every range, as `zoneAt`). Offsets must not decrease between calls. */
  at(offset: number): Zone {
    const zones = this.zones;
    while (this.index < zones.length && offset >= zones[this.index].end) this.index++;
    const z = zones[this.index];
    return z !== undefined && offset >= z.start ? z.zone : 'body';
  }
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
