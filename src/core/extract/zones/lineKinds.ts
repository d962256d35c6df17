/**
 * What one line of a scraped page looks like on its own, before the page-level state machine in
 * `../zones.ts` decides its zone. Patterns are anchored and bounded, and only short lines are tested, so a
 * huge single-line file costs one length check.
 */
export type LineKind =
  | 'blank'
  /** Prose: a title, byline, paragraph, subheading or a comment's text. */
  | 'text'
  /** Navigation, share buttons, newsletter prompts, photo credits, ads, cookie notices. */
  | 'furniture'
  /** "© 2025 …", "All rights reserved": the article is over. */
  | 'copyright'
  /** "Related Articles", "Read more", "You may also like": other articles' blurbs follow. */
  | 'related'
  /** "Comments", "34 Comments", "No comments yet", "comments powered by …". */
  | 'commentsHeader'
  /** "Login to comment", "Leave a comment": opens the comments, or closes them once comments were read. */
  | 'commentForm'
  /** A vote count "14 ( +20 / -6 )", "Reply", a commenter line "name Today 09:52 am JST". */
  | 'commentSignal';

/** Lines longer than this are prose whatever they contain. */
export const MAX_PATTERN_LINE = 300;

const COMMENT_FORM = [
  /^(?:log\s?in|sign\s?in|register|subscribe)\s+to\s+(?:leave\s+a\s+|post\s+a\s+|add\s+a\s+)?(?:comment|reply)/i,
  /^(?:leave|post|add|write|submit)\s+(?:a|your)\s+(?:comment|reply)\b/i,
];

const COMMENTS_HEADER = [
  /^(?:\d[\d,]*\s+)?(?:reader\s+|readers'?\s+)?comments?(?:\s*\(\d[\d,]*\))?\s*:?$/i,
  /^(?:show|view|read|load|see|hide)\s+(?:all\s+|more\s+)?(?:\d[\d,]*\s+)?comments\b/i,
  /^no\s+comments\s+yet\b/i,
  /^(?:be\s+the\s+first\s+to\s+comment|join\s+the\s+(?:conversation|discussion))\b/i,
];

/** Unanchored, so kept out of SECTION_HEADER: that one is tried at the line start only. */
const COMMENTS_POWERED_BY = /\bcomments\s+powered\s+by\b/i;

const VOTES = /^[-+\u2212]?\d{1,6}\s*\(\s*\+\d{1,6}\s*\/\s*[-\u2212]\d{1,6}\s*\)$/;
const REPLY = /^(?:reply|report|report abuse|flag|like|quote|permalink|\d{1,6}\s+(?:likes?|replies|reply|votes?))$/i;
const COMMENT_STAMP = /(?:today|yesterday)\s+\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$/i;

const RELATED = /^(?:related(?:\s+(?:articles?|stories|coverage|news|content|posts|reading|links|topics))?|read\s+(?:more|next|also)|also\s+read|more\s+(?:from\s+.{1,40}|stories|news|on\s+this(?:\s+(?:story|topic))?|in\s+.{1,30})|you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested\s+in|have\s+missed)|recommended(?:\s+(?:for\s+you|stories|articles|reading))?|most\s+(?:read|popular|viewed|shared)|trending(?:\s+(?:now|stories|news))?|popular\s+(?:now|stories|articles)|top\s+stories|latest\s+(?:news|stories|articles)|editor'?s?\s+picks|what\s+to\s+read\s+next|further\s+reading|see\s+also|a\s+mix\s+of\s+what's\s+trending.{0,60})\s*:?$/i;

/** Breadcrumbs and menus: three or more short items between separators ("Home / World / Asia", "Trade | Markets | Asia"). */
const BREADCRUMB = /^[^|/›»>·•\s][^|/›»>·•]{0,29}(?:[|/›»>·•][^|/›»>·•]{1,30}){2,12}$/;
/** What every breadcrumb contains: two separators 1–30 characters apart. */
const TWO_SEPARATORS = /[|/›»>·•][^|/›»>·•]{1,30}[|/›»>·•]/;

const FURNITURE = [
  BREADCRUMB,
  /^(?:sign\s+up|subscribe|register)\b.{0,100}$/i,
  /^follow\s+(?:topic|us|@|on\b|this\b)/i,
  /^(?:photo|image|picture|video|graphic|illustration|source\s+image)s?(?:\s+credit)?\s*:/i,
  /^(?:advertisement|advertising|sponsored(?:\s+content)?|ad|promoted|promotion|video\s+promotion|scroll\s+to\s+continue.{0,40}|story\s+continues\s+below.{0,40}|continue\s+reading.{0,40})$/i,
  /^share(?:\s+this)?(?:\s+(?:article|story|page|post))?(?:\s+on\s+.{1,30})?\s*:?$/i,
  /^(?:facebook|twitter|x|linkedin|whatsapp|telegram|email|e-mail|print|copy\s+link|reddit|pinterest|line)$/i,
  /^(?:home|menu|search|log\s?in|sign\s?in|log\s?out|register|skip\s+to(?:\s+main)?\s+content|back\s+to\s+top|next|previous|close|open|more|account|my\s+account|user\s+registration|facebook\s+(?:users|connect))$/i,
  /^(?:hashtags|tags|topics|keywords|filed\s+under)\b\s*:?.{0,80}$/i,
  /^published\s+(?:in|under)\b.{0,80}$/i,
  /^(?:try\s+our|download\s+(?:our|the)|get\s+the\s+app|install\s+(?:our|the)|explore\s+what)\b.{0,80}$/i,
  /^(?:use\s+your|login\s+with\s+your)\s+\S+\s+account\b/i,
  /^(?:related|read\s+more|read\s+also|also\s+read|see\s+also)\s*:\s*\S/i,
  /^(?:(?:additional\s+)?reporting|writing|editing|compiled)\s+by\b.{0,120}$/i,
  /^(?:our\s+standards|image\s+source|image\s+caption)\b/i,
  /^[\s/|>»«<·•–—-]+$/,
];

const NEWSLETTER = /^.{0,60}\bnewsletters?\b.{0,60}$/i;
const COOKIES = /^.{0,80}\bcookies?\b.{0,80}\b(?:accept|policy|consent|settings|preferences|use)\b.{0,80}$/i;
/** A caption ending in its credit: "… speaks in Tokyo on Saturday. Image: KYODO". */
const CAPTION_CREDIT = /\b(?:photo|image|picture)s?\s*:\s*[^.!?]{1,60}$/i;

/** "©2025 …", "(c) 2025 …", "Copyright …": anchored, so one try at the line start. */
const COPYRIGHT_START = /^(?:©|\(c\)\s*\d|copyright\b)/i;
/** "Site name ©2025": tried only on lines that contain "©". */
const COPYRIGHT_SIGN = /^.{0,60}©\s*\d{4}/;
const ALL_RIGHTS_RESERVED = /\ball\s+rights\s+reserved\b/i;
/** Single words found by a fast literal scan before the bounded patterns above are tried. */
const NEWSLETTER_WORD = /newsletter/i;
const COOKIE_WORD = /cookie/i;

/** A standalone credit line under a photo: "PHOTO: REUTERS", "Image: KYODO". */
export const PHOTO_CREDIT = /^(?:photo|image|picture)s?(?:\s+credit)?\s*:\s*\S/i;

/** One regular expression for a list, so a prose line pays one test instead of one per pattern. */
function anyOf(patterns: readonly RegExp[]): RegExp {
  return new RegExp(patterns.map((re) => `(?:${re.source})`).join('|'), 'i');
}

/** Comment form, comments header or related header in one test at the line start: group 1, 2 or 3 says which. */
const SECTION_HEADER = new RegExp(`(${anyOf(COMMENT_FORM).source})|(${anyOf(COMMENTS_HEADER).source})|(${RELATED.source})`, 'i');
const FURNITURE_ANY = anyOf(FURNITURE);
/** FURNITURE without BREADCRUMB, for the many lines that cannot be a breadcrumb (see `isFurniture`). */
const FURNITURE_WORDS = anyOf(FURNITURE.filter((re) => re !== BREADCRUMB));
/** Short lines are where labels, headers and vote counts live. */
const SHORT_LINE = 120;
/** The longest lines NEWSLETTER and COOKIES can match: their `.{0,n}` bounds plus the longest words. */
const MAX_NEWSLETTER_LINE = 60 + 'newsletters'.length + 60;
const MAX_COOKIES_LINE = 80 + 'cookies'.length + 80 + 'preferences'.length + 80;
/** A copyright notice is short; a longer line that says "copyright" is prose about it. */
const MAX_COPYRIGHT_LINE = 199;

/**
 * The kind of one trimmed line. Patterns anchored at the start cost one try; the others run only on lines
 * short enough for them to match, after a literal scan (fast, unlike an alternation) finds their key word.
 */
export function lineKind(line: string): LineKind {
  if (line.length === 0) return 'blank';
  if (line.length > MAX_PATTERN_LINE) return 'text';
  if (line.length < 80 && isCommentSignal(line)) return 'commentSignal';
  if (line.length <= SHORT_LINE) {
    const header = SECTION_HEADER.exec(line);
    if (header) return header[1] !== undefined ? 'commentForm' : header[2] !== undefined ? 'commentsHeader' : 'related';
    if (COMMENTS_POWERED_BY.test(line)) return 'commentsHeader';
  }
  if (line.length <= MAX_COPYRIGHT_LINE && isCopyright(line)) return 'copyright';
  if (line.length <= SHORT_LINE && isFurniture(line)) return 'furniture';
  return isWordyFurniture(line) ? 'furniture' : 'text';
}

/** BREADCRUMB's nested bounded repeats cost more than all other FURNITURE patterns together: a line without two separators skips it. */
function isFurniture(line: string): boolean {
  return (TWO_SEPARATORS.test(line) ? FURNITURE_ANY : FURNITURE_WORDS).test(line);
}

function isCopyright(line: string): boolean {
  return COPYRIGHT_START.test(line) || (line.includes('©') && COPYRIGHT_SIGN.test(line)) || ALL_RIGHTS_RESERVED.test(line);
}

/** Newsletter prompts, cookie notices and captions that end in their credit, whatever their first word. */
function isWordyFurniture(line: string): boolean {
  if (line.length <= MAX_NEWSLETTER_LINE && NEWSLETTER_WORD.test(line) && NEWSLETTER.test(line)) return true;
  if (line.length <= MAX_COOKIES_LINE && COOKIE_WORD.test(line) && COOKIES.test(line)) return true;
  return line.includes(':') && CAPTION_CREDIT.test(line);
}

function isCommentSignal(line: string): boolean {
  const c = line.charCodeAt(0);
  if (((c >= 48 && c <= 57) || c === 45 || c === 43 || c === 0x2212) && VOTES.test(line)) return true;
  if (line.length < 24 && REPLY.test(line)) return true;
  return line.includes(':') && COMMENT_STAMP.test(line);
}

/** Whether text[from, to) (a trimmed line) is a prose paragraph, not a title, label or byline: enough words, or a sentence end. */
export function isParagraph(text: string, from: number, to: number, words: number): boolean {
  return to - from > MAX_PATTERN_LINE || words >= 20 || (words >= 10 && isParagraphEnd(text.charCodeAt(to - 1)));
}

/** Whether a trimmed line ending at `to` with `words` words is a short label ("politics", "Current News", "/"): in a page head, navigation. */
export function isShortLabel(text: string, to: number, words: number): boolean {
  return words <= 3 && !isSentenceEnd(text.charCodeAt(to - 1));
}

/** . ! ? " ” */
function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 34 || c === 0x201d;
}

/** A sentence end, or a closing quote or parenthesis after one. */
function isParagraphEnd(c: number): boolean {
  return isSentenceEnd(c) || c === 0x2019 || c === 41;
}

/** Words of text[from, to) separated by spaces; counting stops at `limit`, all the callers need to know. */
export function wordCount(text: string, from: number, to: number, limit = 21): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to && words < limit; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
