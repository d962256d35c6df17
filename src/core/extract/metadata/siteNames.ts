/**
 * What tells a site's own name and section labels ("Northern Ledger - World News", "THE DAILY COURIER",
 * "Headline | Andes Herald") from the headline they sit next to. Pure string tests on the few short lines of
 * a page head, so their cost does not show beside the finders.
 */

/** Words that end the names of news outlets. */
const OUTLET_NOUNS = new Set([
  'news', 'times', 'post', 'journal', 'herald', 'tribune', 'today', 'gazette', 'chronicle', 'observer', 'guardian',
  'telegraph', 'standard', 'express', 'mail', 'star', 'independent', 'economist', 'mainichi', 'shimbun', 'asahi',
  'yomiuri', 'nikkei', 'reuters', 'bloomberg', 'kyodo', 'afp', 'ap', 'cnn', 'bbc', 'nhk', 'cnbc', 'press', 'agency',
  'wire', 'review', 'daily', 'weekly', 'sun', 'globe', 'insider', 'politico', 'axios', 'xinhua', 'yonhap', 'bernama',
  'inquirer', 'nation', 'dispatch', 'courier', 'monitor', 'record', 'report', 'network', 'broadcasting', 'radio',
  'television', 'tv', 'magazine', 'online', 'media', 'jiji', 'ledger', 'bulletin', 'sentinel', 'examiner', 'mirror',
  'messenger', 'advertiser', 'enquirer', 'courant', 'telegram', 'digest', 'register',
]);

/** Outlet names that are one word and nothing else ("Reuters"): a lone "News" or "Times" is a label, not a site. */
const ONE_WORD_OUTLETS = new Set([
  'reuters', 'bloomberg', 'kyodo', 'afp', 'ap', 'cnn', 'bbc', 'nhk', 'cnbc', 'politico', 'axios', 'xinhua', 'yonhap',
  'bernama', 'jiji', 'nikkei', 'mainichi', 'asahi', 'yomiuri',
]);

/** First words of section labels that look like outlet names ("Current News", "World News"). */
const NOT_OUTLET_FIRST = new Set([
  'current', 'latest', 'breaking', 'top', 'home', 'more', 'world', 'business', 'politics', 'local', 'related', 'all',
  'other', 'national', 'international', 'tech', 'sports', 'opinion', 'trending', 'popular', 'recent', 'featured',
]);

/** "Bloomberg News", "Japan Today", "The Straits Times", "Reuters": capitalised words ending in an outlet noun. */
export function isOutletName(s: string): boolean {
  // The last word decides most lines: it is read before the others are split.
  if (!OUTLET_NOUNS.has(lastWord(s).toLowerCase())) return false;
  const ws = words(s);
  if (ws.length === 0 || ws.length > 5) return false;
  if (!ws.every((w) => /^(?:[A-Z][\p{L}'’.-]*|of|the|and|&)$/u.test(w))) return false;
  if (NOT_OUTLET_FIRST.has(ws[0].toLowerCase())) return false;
  return OUTLET_NOUNS.has(ws[ws.length - 1].toLowerCase());
}

/**
 * Whether `s` is an outlet's name on its own, short enough for a masthead: "Andes Herald", "Reuters", not
 * "News", nor a headline that ends in an outlet word ("Japan Exports Hit Record", "Court Sues Andes Post").
 */
export function isSiteName(s: string): boolean {
  if (s.length > 40 || !isOutletName(s)) return false;
  const space = s.indexOf(' ');
  return (space > 0 || ONE_WORD_OUTLETS.has(s.toLowerCase())) && mayBeMasthead(s);
}

/** Words of section names, menus and taglines: a part made of these alone names no story. */
const SECTION_WORDS = new Set([
  'news', 'world', 'business', 'markets', 'market', 'money', 'finance', 'economy', 'economics', 'politics', 'policy',
  'opinion', 'opinions', 'analysis', 'comment', 'commentary', 'editorial', 'editorials', 'features', 'feature',
  'breaking', 'latest', 'top', 'stories', 'headlines', 'home', 'homepage', 'front', 'page', 'local', 'national',
  'international', 'global', 'regional', 'trade', 'sport', 'sports', 'tech', 'technology', 'science', 'health',
  'culture', 'lifestyle', 'entertainment', 'travel', 'live', 'updates', 'video', 'videos', 'podcasts', 'today',
  'edition', 'online', 'english', 'section', 'more', 'in-depth', 'investigations', 'insight', 'insights', 'newsroom',
  'blog', 'daily', 'weekly', 'photos', 'and', '&', 'of', 'the', 'for', 'your', 'from', 'in', 'on', 'with', 'a', 'an',
]);
/** Place names that head sections ("World News | Asia") but also start headlines ("US - Japan talks resume"). */
const REGION_WORDS = new Set(['asia', 'asia-pacific', 'pacific', 'europe', 'americas', 'africa', 'middle', 'east', 'us', 'u.s.', 'uk']);
const LABEL_PUNCTUATION = /[,:;!]/;
const LABEL_PUNCTUATION_ALL = /[,:;!]/g;
/** How a tagline starts and ends: "Your source for mining news", "The home of breaking news". */
const TAGLINE_FIRST = new Set(['your', 'the', 'breaking', 'latest', 'trusted', 'independent', 'since']);
const TAGLINE_LAST = new Set(['news', 'coverage', 'analysis', 'headlines', 'updates', 'journalism', 'reporting', 'source', 'stories', 'commentary', 'insight']);

/**
 * A section label or tagline: "World News", "Business", "Breaking news, analysis", "Your source for mining
 * news". Region words count only beside a section word, so "US" or "Asia" alone is no label.
 */
export function isSectionLabel(s: string): boolean {
  if (s.length > 80) return false;
  const lower = s.toLowerCase();
  // Most labels are one word ("Business"): no split, no punctuation to clear.
  if (lower.indexOf(' ') < 0 && !LABEL_PUNCTUATION.test(lower)) return SECTION_WORDS.has(lower);
  const ws = words(lower.replace(LABEL_PUNCTUATION_ALL, ' '));
  if (ws.length === 0 || ws.length > 8) return false;
  let sectionWord = false;
  let all = true;
  for (const w of ws) {
    if (SECTION_WORDS.has(w)) sectionWord = true;
    else if (!REGION_WORDS.has(w)) all = false;
  }
  if (all) return sectionWord;
  return TAGLINE_FIRST.has(ws[0]) && TAGLINE_LAST.has(ws[ws.length - 1]);
}

/** Where a line splits into a site's parts: spaced dashes and bars, and "::" ("Site :: Section"). */
const SITE_SEPARATOR = /\s+(?:[-–—|•·]|::)\s+/;

/** A head line read for its site parts. */
export interface SiteParts {
  /** The line without the site name and section labels peeled off its ends; empty when nothing else was on it. */
  readonly rest: string;
  /** The outlet the line names, if any. */
  readonly site?: string;
}

/**
 * Splits a head line at spaced separators and peels the site name and section labels off its ends:
 * "Northern Ledger - World News" → rest "", site "Northern Ledger"; "Copper duties rise | Markets | Andes
 * Herald" → rest "Copper duties rise", site "Andes Herald"; "Trade War - Live Updates" → rest "Trade War", no
 * site. A leading part is peeled only when it is a site name ("US - Japan talks" keeps its "US"), a trailing
 * one when it is a site name or a section label; the parts left are kept as written. "The Lima Observer:
 * Business" (a site, a colon, a section) is a masthead too. Undefined when nothing is peeled off.
 */
export function siteParts(line: string): SiteParts | undefined {
  if (!HAS_SITE_SEPARATOR.test(line)) return colonMasthead(line);
  const parts = line.split(SITE_SEPARATOR);
  let site: string | undefined;
  let first = 0;
  let last = parts.length - 1;
  for (; last >= first; last--) {
    const name = siteOfPart(parts[last]);
    if (name !== undefined) site ??= name;
    else if (!isSectionLabel(parts[last])) break;
  }
  for (let name; first <= last && (name = siteOfPart(parts[first])) !== undefined; first++) site ??= name;
  if (first === 0 && last === parts.length - 1) return undefined;
  const rest = first > last ? '' : line.slice(partStart(line, parts, first), partEnd(line, parts, last));
  return site === undefined ? { rest } : { rest, site };
}

/** The site a part names: an outlet name, alone or before a section ("Andes Herald Business" → "Andes Herald"). */
function siteOfPart(part: string): string | undefined {
  if (isSiteName(part)) return part;
  if (part.length > 60) return undefined;
  for (let space = part.lastIndexOf(' '); space > 0; space = part.lastIndexOf(' ', space - 1)) {
    const name = part.slice(0, space);
    if (isSiteName(name)) return isSectionLabel(part.slice(space + 1)) ? name : undefined;
  }
  return undefined;
}

/** Where parts[k] of `line.split(SITE_SEPARATOR)` starts in `line` (parts come back in order, unchanged). */
function partStart(line: string, parts: readonly string[], k: number): number {
  let at = 0;
  for (let i = 0; i < k; i++) at = line.indexOf(parts[i + 1], at + parts[i].length);
  return at;
}

function partEnd(line: string, parts: readonly string[], k: number): number {
  return partStart(line, parts, k) + parts[k].length;
}

/** Whether SITE_SEPARATOR occurs: most lines have none and skip the split (one scan, nothing allocated). */
const HAS_SITE_SEPARATOR = /\s(?:[-–—|•·]|::)\s/;

/** "The Lima Observer: Business & Economy": an outlet name, a colon and a section label, nothing else. */
function colonMasthead(line: string): SiteParts | undefined {
  const colon = line.indexOf(': ');
  if (colon <= 0) return undefined;
  const name = line.slice(0, colon).trim();
  return isSiteName(name) && isSectionLabel(line.slice(colon + 2)) ? { rest: '', site: name } : undefined;
}

/** Whether `s` has letters and none of them lower case: "THE DAILY COURIER". */
export function isAllCaps(s: string): boolean {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}

/** Words kept small inside a name turned from capitals. */
const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at']);
/** Acronyms with a vowel (or "y") that outlet names and headlines use; those without one ("NHK", "CNN") need no list. */
const ACRONYMS = new Set([
  'afp', 'ap', 'abc', 'upi', 'aap', 'ani', 'pti', 'ians', 'efe', 'rte', 'rfi', 'rfa', 'voa', 'afr', 'abs', 'ana', 'usa',
  'us', 'uk', 'eu', 'un', 'uae', 'imf', 'ai', 'ceo', 'opec', 'asean', 'nato', 'itv', 'ard', 'orf', 'ips', 'ny', 'nyt', 'nyc',
]);

/**
 * A name written in capitals, in the case people write it: "THE DAILY COURIER" → "The Daily Courier", "NEW
 * YORK POST" → "New York Post"; acronyms stay ("NHK", "AFP"): words without a vowel and a few known ones.
 */
export function nameFromCapitals(s: string): string {
  let k = 0;
  return s.replace(/[\p{L}'’]+/gu, (w) => {
    const lower = w.toLowerCase();
    const first = k++ === 0;
    if (SMALL_WORDS.has(lower)) return first ? w[0] + lower.slice(1) : lower;
    return ACRONYMS.has(lower) || !/[aeiouy]/.test(lower) ? w : w[0] + lower.slice(1);
  });
}

/** The text after the last space of a trimmed string. */
function lastWord(s: string): string {
  return s.slice(s.lastIndexOf(' ') + 1);
}

/** The words of `s`, split at white space. */
export function words(s: string): string[] {
  return s.split(/\s+/).filter((w) => w.length > 0);
}

/** Whether `word` (any case) ends outlet names: "Times", "Herald", "News". */
export function isOutletNoun(word: string): boolean {
  return OUTLET_NOUNS.has(word.toLowerCase());
}

const NAME_CONNECTORS = new Set(['of', 'the', 'and', '&', 'for', 'in', 'on', 'at']);
/** Short verbs of title-case headlines that have no "-s" or "-ed" ending: "Markets Fall", "Tokyo to Weigh Deal". */
const HEADLINE_VERBS = new Set([
  'to', 'is', 'are', 'was', 'were', 'will', 'hit', 'cut', 'set', 'win', 'eye', 'face', 'seek', 'agree', 'vow', 'warn',
  'sign', 'meet', 'rise', 'fall', 'soar', 'say', 'slam', 'urge', 'plan', 'push', 'mull', 'weigh', 'ease', 'lift',
  'raise', 'delay', 'halt', 'back', 'drop', 'end', 'open', 'reach', 'strike', 'stall', 'resume', 'quit', 'lose',
  'has', 'have', 'can', 'top', 'beat', 'near', 'smash', 'break', 'sue', 'ban', 'jump', 'sink', 'surge', 'slump', 'miss',
]);
/** Outlet nouns that are verbs too: before another word they are ("Stocks Post Record", "Miners Report Losses"). */
const OUTLET_NOUN_VERBS = new Set(['post', 'record', 'report', 'review', 'register', 'mail', 'press', 'monitor', 'mirror', 'dispatch', 'wire', 'express']);
/** Words of place names in outlet names that end like verbs after another word ("Los Angeles Times"). */
const PLACE_WORDS_LIKE_VERBS = new Set(['angeles', 'aires', 'moines', 'vegas', 'straits', 'philippines', 'emirates', 'states']);
const MAX_MASTHEAD_WORDS = 8;
const MAX_MASTHEAD_LENGTH = 80;

/**
 * Whether a line could be a site's masthead rather than a headline: up to eight capitalised words (or
 * capitals) with no verb. A masthead's first word may end in "-s" or "-ed" ("Andes Herald", "The Associated
 * Press"), and "-ing" is an adjective there ("Morning Post"); later "-s"/"-ed" words are verbs ("Japan Exports
 * Hit Record", "Court Sues Andes Post"), as are outlet nouns that are verbs before the last word ("Stocks Post
 * Record Gains"). Looser than `looksLikeName`, which must not take a short headline for a kicker.
 */
export function mayBeMasthead(line: string): boolean {
  if (line.length > MAX_MASTHEAD_LENGTH) return false;
  const ws = words(isAllCaps(line) ? nameFromCapitals(line) : line);
  if (ws.length === 0 || ws.length > MAX_MASTHEAD_WORDS) return false;
  const first = ws.length > 1 && ws[0].toLowerCase() === 'the' ? 1 : 0;
  for (let k = 0; k < ws.length; k++) if (!isMastheadWord(ws[k], k === first, k === ws.length - 1)) return false;
  return true;
}

function isMastheadWord(w: string, first: boolean, last: boolean): boolean {
  const lower = w.toLowerCase();
  if (NAME_CONNECTORS.has(lower)) return true;
  if (!CAPITALISED_WORD.test(w) || HEADLINE_VERBS.has(lower)) return false;
  if (OUTLET_NOUNS.has(lower)) return last || first || !OUTLET_NOUN_VERBS.has(lower);
  // An acronym ("CBS", "US") is no verb, whatever its last letter.
  if (first || w === w.toUpperCase() || PLACE_WORDS_LIKE_VERBS.has(lower)) return true;
  return !MASTHEAD_VERB_ENDING.test(lower);
}

const MASTHEAD_VERB_ENDING = /(?:[^s'’]s|ed)$/;

/**
 * A few capitalised words with no sign of a verb ("Northern Ledger Online", "Trump Tariff Shock"): a site's
 * name, a kicker, or a verbless headline. Words ending in "-s", "-ed" or "-ing" may be verbs ("Seeks",
 * "Talks") and make it read as a headline; outlet nouns ("Times", "News") do not.
 */
export function looksLikeName(s: string): boolean {
  if (s.length > 60) return false;
  let count = 0;
  for (let from = 0; from < s.length; ) {
    let to = s.indexOf(' ', from);
    if (to < 0) to = s.length;
    if (to > from) {
      // Word by word, so a sentence-case headline stops at its second word, before anything is split.
      if (++count > 4 || !isNameWord(s.slice(from, to))) return false;
    }
    from = to + 1;
  }
  return count > 0;
}

function isNameWord(w: string): boolean {
  const c = w.charCodeAt(0);
  const lower = w.toLowerCase();
  if (NAME_CONNECTORS.has(lower)) return true;
  if (c >= 97 && c <= 122) return false; // a lower-case ASCII start: the common case, told without a regex
  if (!CAPITALISED_WORD.test(w) || HEADLINE_VERBS.has(lower)) return false;
  return !VERB_ENDING.test(lower) || OUTLET_NOUNS.has(lower);
}

/** A word that starts with a capital: a name's word, an acronym or a title-case headline's word. */
const CAPITALISED_WORD = /^\p{Lu}[\p{L}'’.&-]*$/u;
const VERB_ENDING = /(?:[^s'’]s|ed|ing)$/;

/**
 * Page controls and banners a scrape keeps above the headline: "Listen to this article", "5 min read",
 * "Skip to content", "Subscribe", "Exclusive". All short: longer lines skip the test.
 */
const PAGE_CONTROL =
  /^(?:listen(?:\s+to)?(?:\s+(?:this|the))?\s+(?:article|story)|\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\s+read|(?:jump|skip|go|back)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|comments|navigation|article|top|homepage|home)|(?:accept|reject|manage)\s+(?:all\s+)?(?:cookies|cookie\s+settings)|(?:print|save|email|share|bookmark)\s+(?:this\s+)?(?:article|story|page)|toggle\s+(?:navigation|menu)|(?:main|site)\s+(?:menu|navigation)|open\s+in\s+(?:the\s+)?app|(?:subscribe|sign\s+up|log\s?in|sign\s?in)(?:\s+(?:now|today|for\s+free|to\s+(?:read|continue)))?|advertisement|sponsored(?:\s+content)?|breaking|exclusive|live|watch|opinion|analysis|explainer|breadcrumbs?)\s*:?$/i;
const MAX_PAGE_CONTROL = 45;
/** Where a breadcrumb trail starts: "You are here: …", "Home > World" (two items: the zones' pattern wants three). */
const TRAIL_START = /^(?:you\s+are\s+here\b|home\s*[>›»/|])/i;
const COOKIE_NOTICE = /\bcookies?\b/i;
const COOKIE_NOTICE_CONTEXT = /\b(?:we\s+use|this\s+(?:web)?site|our\s+(?:web)?site|you\s+agree|by\s+continuing|accept\s+all|cookie\s+(?:policy|settings|preferences))\b/i;

/** Whether a head line is a page control, banner, breadcrumb trail or cookie notice, never a headline. */
export function isPageControl(line: string): boolean {
  return (line.length <= MAX_PAGE_CONTROL && PAGE_CONTROL.test(line)) || (line.length <= 100 && TRAIL_START.test(line)) || isCookieNotice(line);
}

/** "We use cookies on this site…": it may read like a paragraph. */
export function isCookieNotice(line: string): boolean {
  // A plain substring search first: every head's first paragraph is asked, and almost none is a notice.
  return line.length <= 300 && (line.includes('ookie') || line.includes('OOKIE')) && COOKIE_NOTICE.test(line) && COOKIE_NOTICE_CONTEXT.test(line);
}
