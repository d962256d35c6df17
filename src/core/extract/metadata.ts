import type { SourceMetadata, Zone, ZoneRange } from '../model';
import { isAsciiUpper, isSpaceCode, skipSpaceBackward, skipSpaceForward } from './textUtil';
import { ZoneCursor, zoneAt } from './zones';
import { isAllCaps, isCookieNotice, isOutletName, isOutletNoun, isPageControl, isSectionLabel, isSiteName, looksLikeName, mayBeMasthead, nameFromCapitals, siteParts, words } from './metadata/siteNames';
import { LayoutKeeper } from '../layoutKeeper';

/**
 * Title, outlet, byline and URL as the page itself gives them (the published date is `findArticleDate`'s).
 * Each field is set only when a line plainly states it: a wrong title or outlet is worse than none, since
 * people then have to notice and correct it in INDEX.yaml.
 */
export function findSourceMetadata(text: string, zones: readonly ZoneRange[]): SourceMetadata {
  const lines = new PageLines(text, zones);
  const head = headLines(lines);
  const byline = findByline(head);
  const top = readTop(head);
  const outlet = byline?.outlet ?? top.site ?? publishedIn(head) ?? dateline(lines) ?? copyrightHolder(lines);
  // A line that only repeats the outlet's name ("Harbor Bay Times Japan Edition" above the headline) is a masthead.
  const masthead = top.title !== undefined && outlet !== undefined && sameName(top.title, outlet);
  const title = masthead ? top.next : top.title;
  const url = findUrl(head, lines);
  const out: { -readonly [K in keyof SourceMetadata]: SourceMetadata[K] } = {};
  if (title) out.title = title;
  // A headline with a verb is never a masthead: its next line is no headline for the bundle to show instead.
  if (!masthead && title && top.next && (top.weakTitle || mayBeMasthead(title))) out.nextTitle = top.next;
  if (outlet) out.outlet = outlet;
  if (byline?.names) out.byline = byline.names;
  if (url) out.url = url;
  return out;
}

/** Keeps the layout of PageLine objects across full garbage collections (see LayoutKeeper). */
const PAGE_LINE = new LayoutKeeper();

/**
 * One non-blank line outside the comments, trimmed; a line longer than MAX_LINE keeps its first MAX_LINE
 * characters and ends in " …". Its text, whether it is a paragraph and its byline are worked out once, when
 * asked: the lines read past the page head (for a dateline) are mostly paragraphs, told from offsets without
 * copying them into strings.
 */
class PageLine {
  private textMemo: string | undefined;
  private paragraphMemo: boolean | undefined;
  /** null: read, and no byline. */
  private bylineMemo: Byline | null | undefined;

  /** The line's content is page[from, to), plus " …" when `truncated`; `from` is past any leading space. */
  constructor(
    private readonly page: string,
    private readonly from: number,
    private readonly to: number,
    private readonly truncated: boolean,
    readonly zone: 'body' | 'boilerplate',
  ) {
    PAGE_LINE.keep(this);
  }

  get text(): string {
    if (this.textMemo === undefined) {
      const content = this.page.slice(this.from, this.to);
      this.textMemo = !this.truncated ? content : content ? `${content} …` : '…';
    }
    return this.textMemo;
  }

  /**
   * Twenty words, or ten ending in a sentence end; the end is read first so counting stops at the words
   * needed. A truncated line's text ends in "…" (no sentence end), a word of its own: nineteen before it do.
   */
  get paragraph(): boolean {
    if (this.paragraphMemo === undefined) {
      const needed = this.truncated ? 19 : isSentenceEnd(this.page.charCodeAt(this.to - 1)) ? 10 : 20;
      this.paragraphMemo = wordCountIn(this.page, this.from, this.to, needed) >= needed;
    }
    return this.paragraphMemo;
  }

  /** Whether the text starts with two ASCII capitals ("TOKYO"), read from offsets. */
  get startsWithTwoCapitals(): boolean {
    return this.to - this.from >= 2 && isAsciiUpper(this.page.charCodeAt(this.from)) && isAsciiUpper(this.page.charCodeAt(this.from + 1));
  }

  /** The byline this line states; the title and byline searches both ask, so it is parsed once. */
  get byline(): Byline | undefined {
    if (this.bylineMemo === undefined) this.bylineMemo = parseByline(this.text) ?? null;
    return this.bylineMemo ?? undefined;
  }
}

/** Lines read for metadata. Reader comments never describe the article's source, so they are left out. */
const MAX_LINE = 300;
const MAX_HEAD_LINES = 25;

/** Keeps the layout of PageLines objects across full garbage collections (see LayoutKeeper). */
const PAGE_LINES = new LayoutKeeper();

/**
 * The page's lines ("\n" ends one; a lone "\r" stays inside and is trimmed off), made one by one when first
 * read: most fields come from the head, so the rest of the page is rarely turned into strings at all.
 */
class PageLines {
  private readonly made: PageLine[] = [];
  /** Where the next line not yet made starts. */
  private next = 0;
  private readonly cursor: ZoneCursor;

  constructor(
    readonly text: string,
    readonly zones: readonly ZoneRange[],
  ) {
    this.cursor = new ZoneCursor(zones);
    PAGE_LINES.keep(this);
  }

  /** The i-th line (0-based), or undefined past the last. */
  at(i: number): PageLine | undefined {
    while (this.made.length <= i && this.next < this.text.length) {
      const start = this.next;
      const end = lineEnd(this.text, start);
      this.next = end + 1;
      const line = pageLine(this.text, start, end, this.cursor.at(start));
      if (line) this.made.push(line);
    }
    return this.made[i];
  }
}

/** Where the line starting at `start` ends (its "\n", or the text's end). */
function lineEnd(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end < 0 ? text.length : end;
}

/**
 * text[start, end) as a PageLine, or undefined for a blank line or one in the comments. The bounds are those
 * of `(text.slice(start, start + MAX_LINE) + ' …').trim()` for a long line, of `text.slice(start, end).trim()`
 * for the others.
 */
function pageLine(text: string, start: number, end: number, zone: Zone): PageLine | undefined {
  if (zone === 'comments') return undefined;
  if (end - start > MAX_LINE) return new PageLine(text, skipSpaceForward(text, start, start + MAX_LINE), start + MAX_LINE, true, zone);
  const from = skipSpaceForward(text, start, end);
  const to = skipSpaceBackward(text, from, end);
  return from < to ? new PageLine(text, from, to, false, zone) : undefined;
}

/**
 * [start, end) of each line whose text, from its first non-space character, starts with `prefix` (a sticky
 * regex), flat, in page order: a whole-page search reads the page once with indexOf (native and fast) and
 * makes only the lines it must read in full. A candidate may still fail the full test on its PageLine (which
 * keeps only the first MAX_LINE characters); no line that passes it is missed.
 */
function linesStartingWith(text: string, prefix: RegExp): number[] {
  const bounds: number[] = [];
  for (let start = 0; start < text.length; ) {
    const end = lineEnd(text, start);
    if (startsWith(text, prefix, start, end)) bounds.push(start, end);
    start = end + 1;
  }
  return bounds;
}

/** The first answer `read` gives for a line `linesStartingWith` would list: the search stops there. */
function firstLineStartingWith<T>(text: string, prefix: RegExp, read: (start: number, end: number) => T | undefined): T | undefined {
  for (let start = 0; start < text.length; ) {
    const end = lineEnd(text, start);
    const answer = startsWith(text, prefix, start, end) ? read(start, end) : undefined;
    if (answer !== undefined) return answer;
    start = end + 1;
  }
  return undefined;
}

/** Whether the line text[start, end), from its first non-space character, starts with `prefix` (sticky). */
function startsWith(text: string, prefix: RegExp, start: number, end: number): boolean {
  prefix.lastIndex = skipSpaceForward(text, start, Math.min(end, start + MAX_LINE));
  return prefix.lastIndex < end && prefix.test(text);
}

/** The page head: lines up to and including the article's first paragraph. */
function headLines(lines: PageLines): PageLine[] {
  const head: PageLine[] = [];
  for (let i = 0, line = lines.at(0); line; line = lines.at(++i)) {
    head.push(line);
    // A cookie notice reads like a paragraph but comes before the article.
    if ((line.zone === 'body' && line.paragraph && !isCookieNotice(line.text)) || head.length >= MAX_HEAD_LINES) break;
  }
  return head;
}

/** . ! ? " ” */
function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 34 || c === 0x201d;
}

/** The page's title, the headline candidate after it and the site name the head shows. */
interface PageTop {
  readonly title?: string;
  /** Whether the title is a line that may be a masthead or a short headline, taken for want of a plain headline. */
  readonly weakTitle: boolean;
  readonly next?: string;
  readonly site?: string;
}

/** What one head line offers the title search. */
type HeadlineRead = { readonly kind: 'skip' | 'stop'; readonly site?: string } | { readonly kind: 'headline'; readonly text: string; readonly weak: boolean; readonly site?: string };

const SKIP: HeadlineRead = { kind: 'skip' };
const STOP: HeadlineRead = { kind: 'stop' };

/**
 * Reads the head to the first paragraph or byline. The title is the first body line that reads like a
 * headline and not like a byline, a sentence, a masthead ("Northern Ledger - World News", "THE DAILY
 * COURIER"), a section label or a page control ("Listen to this article"). A line that could be either a
 * masthead or a short headline (all capitals, or a few capitalised words with no verb) is the title only when
 * no plain headline follows it. The site name is the first outlet name such lines give.
 */
function readTop(head: readonly PageLine[]): PageTop {
  let site: string | undefined;
  let title: string | undefined;
  let weak: string | undefined;
  let next: string | undefined;
  for (let i = 0; i < head.length; i++) {
    const line = head[i];
    const read: HeadlineRead = line.zone === 'body' ? readHeadline(line, i === head.length - 1) : site === undefined ? { kind: 'skip', site: siteNameOf(line.text) } : SKIP;
    site ??= read.site;
    if (read.kind !== 'headline') {
      if (read.kind === 'stop') break;
      continue;
    }
    if (title !== undefined || (weak !== undefined && read.weak)) next ??= read.text;
    else if (read.weak) weak = read.text;
    else title = read.text;
    if (next !== undefined && site !== undefined) break;
  }
  const weakTitle = title === undefined && weak !== undefined;
  title ??= weak;
  return { title, weakTitle, next: next === title ? undefined : next, site };
}

/** A body line of the head as the title search sees it; `last` says whether it ends the head. */
function readHeadline(line: PageLine, last: boolean): HeadlineRead {
  const text = line.text;
  // A paragraph ends the head (see headLines) unless it is a cookie notice: one before the last line is.
  if (line.paragraph) return last ? STOP : SKIP;
  if (isPageControl(text)) return SKIP;
  if (line.byline || /^(?:by|published|updated)\b/i.test(text)) return STOP;
  // A timestamp line ("Mar. 14, 2026 | 06:10 am JST") sits where a headline would: it is not one.
  if (STARTS_WITH_DATE.test(text) && wordCount(text, 9) <= 8) return SKIP;
  if (isSiteName(text)) return { kind: 'skip', site: siteName(text) };
  const parts = siteParts(text);
  const rest = parts?.rest ?? text;
  const site = parts?.site === undefined ? undefined : siteName(parts.site);
  if (rest === '' || (wordCount(rest, 5) <= 4 && isSectionLabel(rest))) return site === undefined ? SKIP : { kind: 'skip', site };
  // Without a site, a label peeled off the end ("Trade War - Live Updates") leaves either a headline, whose
  // label is dropped, or a name-like part: then the whole line may be an unknown site's masthead.
  const nameLike = parts !== undefined && site === undefined && looksLikeName(rest);
  const candidate = nameLike ? text : rest;
  const n = wordCount(candidate, 31);
  if (n < 3 || n > 30 || candidate.length > 200) return STOP;
  if (/\.$/.test(candidate) && !/\b(?:[A-Z]\.){2,}$/.test(candidate)) return STOP;
  // Capitals are weak only without a verb: "THE CONDOR DESK" may be a masthead, "TARIFFS HIT AUTOMAKERS" is not.
  const weak = nameLike || (n <= 5 && (isAllCaps(candidate) ? mayBeMasthead(candidate) : n <= 4 && looksLikeName(candidate)));
  return { kind: 'headline', text: candidate, weak, site };
}

/** The site a line outside the body names, if it is a masthead: an outlet name alone or with section labels. */
function siteNameOf(text: string): string | undefined {
  if (text.length > 80) return undefined;
  if (isSiteName(text)) return siteName(text);
  const parts = siteParts(text);
  return parts?.rest === '' && parts.site !== undefined ? siteName(parts.site) : undefined;
}

/** A site name as people write it: "THE DAILY COURIER" → "The Daily Courier". */
function siteName(name: string): string {
  return isAllCaps(name) ? nameFromCapitals(name) : name;
}

/** Whether two names are the same but for case, spaces and a leading "The". */
function sameName(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 4) return false; // "The " at most
  const norm = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ');
  return norm(a) === norm(b);
}

/** Names of a byline and the outlet written after them. */
interface Byline {
  readonly names: string;
  readonly outlet?: string;
}

function findByline(head: readonly PageLine[]): Byline | undefined {
  for (const line of head) {
    const byline = line.byline;
    if (byline) return byline;
  }
  return undefined;
}

const BYLINE_SPLIT = /\s*[,|]\s*|\s+(?:and|&)\s+/;
/** Where BYLINE_SPLIT could cut: without one, a line is a single part. */
const BYLINE_SEPARATOR = /[,|]|\s(?:and|&)\s/;

/**
 * "By Jane Doe", "By Jane Doe and John Roe", "By Jane Doe, Reuters", "Jane Doe, Bloomberg News on": names
 * are two to four capitalised words; without "By" an outlet must follow, or "Tokyo, Japan" would pass.
 */
function parseByline(line: string): Byline | undefined {
  if (line.length > 120) return undefined;
  const hasBy = /^by\s/i.test(line);
  const rest = hasBy ? line.replace(/^by\s+/i, '') : line;
  // The first name's first word must start with a capital (PERSON_NAME_WORD): many lines fail here, before any other regex.
  if (!isAsciiUpper(rest.charCodeAt(0))) return undefined;
  if (!hasBy && !BYLINE_SEPARATOR.test(line)) return undefined; // names alone, with no outlet after them, are no byline
  const parts = rest.split(BYLINE_SPLIT);
  const names: string[] = [];
  let i = 0;
  while (i < parts.length && isPersonName(parts[i])) names.push(parts[i++]);
  if (names.length === 0) return undefined;
  const tail = parts.slice(i).join(', ').replace(/\s+on$/i, '').trim();
  const outlet = tail && isOutletName(tail) ? tail : undefined;
  if (!hasBy && !outlet) return undefined;
  if (hasBy && tail && !outlet && !/^(?:in\s|\d|updated|published)/i.test(tail) && !isDateLike(tail)) return undefined;
  return { names: joinNames(names), outlet };
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const NAME_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'le', 'la', 'bin', 'al', 'el', 'dos', 'del']);
/** A word of a person's name in a byline: "Ana", "Jean-Luc", "J.", "McAllister" (stricter than a capitalised word). */
const PERSON_NAME_WORD = /^(?:[A-Z][a-z'’]*(?:-[A-Z][a-z'’]+)?|[A-Z]\.|[A-Z][a-z]*[A-Z][a-z]+)$/u;

function isPersonName(s: string): boolean {
  const ws = words(s);
  if (ws.length < 2 || ws.length > 4) return false;
  if (ws.some((w) => isOutletNoun(w) || NOT_NAME_WORDS.has(w.toLowerCase()))) return false;
  return ws.every((w, k) => PERSON_NAME_WORD.test(w) || (k > 0 && k < ws.length - 1 && NAME_PARTICLES.has(w))) && !ws.every((w) => /^[A-Z]\.$/.test(w));
}

const NOT_NAME_WORDS = new Set(['the', 'news', 'staff', 'reporter', 'editor', 'correspondent', 'writer', 'contributor', 'updated', 'published']);

/** "Published in The Japan Times" (not "Published in News & Features", a section). */
function publishedIn(head: readonly PageLine[]): string | undefined {
  for (const line of head) {
    const m = /^published\s+(?:in|by)\s+(.{2,60}?)(?:\s+on\b.*)?$/i.exec(line.text);
    if (m && isOutletName(m[1])) return m[1];
  }
  return undefined;
}

/** "TOKYO (Reuters) -", "WASHINGTON, April 16 (AP) —": the agency of the article's dateline. */
function dateline(lines: PageLines): string | undefined {
  let paragraphs = 0;
  for (let i = 0, line = lines.at(0); line; line = lines.at(++i)) {
    if (line.zone !== 'body') continue;
    if (line.startsWithTwoCapitals) {
      const m = /^[A-Z][A-Za-z .,'’]{1,40}\(([A-Z][A-Za-z .&-]{1,30})\)\s*[-–—:]/.exec(line.text);
      if (m) return m[1].trim();
    }
    if (line.paragraph && ++paragraphs >= 3) return undefined;
  }
  return undefined;
}

const COPYRIGHT_LINE = /^(?:©|\(c\)|copyright\b)/i;
const CORPORATE_SUFFIX = /[\s,]+(?:L\.?P\.?|LLC|Inc\.?|Ltd\.?|Limited|Co\.?|Corp\.?|Corporation|plc|PLC|GmbH|S\.A\.?|AG|Holdings)$/;

/** The holder of the page's last copyright line: "©2025 Bloomberg L.P." → "Bloomberg". */
function copyrightHolder(lines: PageLines): string | undefined {
  const bounds = linesStartingWith(lines.text, COPYRIGHT_PREFIX);
  for (let k = bounds.length - 2; k >= 0; k -= 2) {
    const line = pageLine(lines.text, bounds[k], bounds[k + 1], zoneAt(lines.zones, bounds[k]));
    const holder = line && holderOf(line.text);
    if (holder) return holder;
  }
  return undefined;
}

/** The holder a copyright line names, if it reads like a name. */
function holderOf(line: string): string | undefined {
  if (line.length > 200 || !COPYRIGHT_LINE.test(line)) return undefined;
  let holder = line.replace(/^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:by\s+)?/i, '');
  holder = holder.split(/\.\s|\s[|–—-]\s|,?\s+all rights reserved/i)[0].replace(/\.$/, '').trim();
  for (let k = 0; k < 2; k++) holder = holder.replace(CORPORATE_SUFFIX, '').trim();
  return holder && wordCount(holder, 6) <= 5 && /^[A-Z]/.test(holder) ? titleCaseShouting(holder) : undefined;
}

/** COPYRIGHT_LINE's start, tried in the page at a line's first character: lines that fail it are never made. */
const COPYRIGHT_PREFIX = /©|\(c\)|copyright/iy;

/** "KYODO" → "Kyodo"; short acronyms ("AFP", "NHK") stay. */
function titleCaseShouting(s: string): string {
  return s.replace(/\b[A-Z]{4,}\b/g, (w) => w[0] + w.slice(1).toLowerCase());
}

const URL_LINE = /^(?:(?:source|url|link|original(?:\s+(?:article|url))?|canonical(?:\s+url)?|read\s+at)\s*:\s*)?(https?:\/\/\S+)$/i;
const LABELLED_URL_LINE = /^(?:source|url|link|original(?:\s+(?:article|url))?|canonical(?:\s+url)?)\s*:\s*(https?:\/\/\S+)$/i;
const WELL_FORMED_URL = /^https?:\/\/(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?::\d{1,5})?(?:[/?#][^\s<>"'`]*)?$/;

/** The start of LABELLED_URL_LINE, tried in the page at a line's first character: lines that fail it are never made. */
const URL_LABEL_PREFIX = /(?:source|url|link|original(?:\s+(?:article|url))?|canonical(?:\s+url)?)\s*:\s*https?:\/\//iy;

/** A URL standing on its own line in the page head, or a "Source: https://…" line anywhere outside the comments. */
function findUrl(head: readonly PageLine[], lines: PageLines): string | undefined {
  for (const line of head) {
    const url = wellFormed(URL_LINE.exec(line.text)?.[1]);
    if (url) return url;
  }
  if (!lines.text.includes('://')) return undefined; // every labelled URL has one: most pages skip the line scan
  return firstLineStartingWith(lines.text, URL_LABEL_PREFIX, (start, end) => {
    const line = pageLine(lines.text, start, end, zoneAt(lines.zones, start));
    return line && line.text.length <= 2100 ? wellFormed(LABELLED_URL_LINE.exec(line.text)?.[1]) : undefined;
  });
}

function wellFormed(candidate: string | undefined): string | undefined {
  if (!candidate || candidate.length > 2048) return undefined;
  const url = candidate.replace(/[.,;:!?)\]}'"”’]+$/, '');
  return WELL_FORMED_URL.test(url) ? url : undefined;
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
const STARTS_WITH_DATE = new RegExp(
  `^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?(?:${MONTH}\\s+\\d{1,2}\\b|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}:\\d{2})`,
);

const DATE_LIKE = new RegExp(`\\b${MONTH}\\s+\\d{1,2}\\b|\\b\\d{4}\\b`);

function isDateLike(s: string): boolean {
  return DATE_LIKE.test(s);
}

/** `words(s).length`, counting stops at `limit`, without building the words. */
function wordCount(s: string, limit: number): number {
  return wordCountIn(s, 0, s.length, limit);
}

/** `wordCount(s.slice(from, to), limit)` without the slice. */
function wordCountIn(s: string, from: number, to: number, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to && n < limit; i++) {
    const space = isSpaceCode(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
