import { isJapaneseSounding } from './asianNames';
import { BYLINE_FILLERS } from './bylineWords';
import { codeAt, isLetterChar } from './chars';
import { COMPANY_NAMES, COMPANY_WORDS, INVERTED_SPEECH_VERBS, OUTLETS, ROLE_NOUNS, SPEECH_VERBS } from './lexicon';
import { Lex } from './lexiconIndex';
import { hasRoleAfter } from './roles';
import type { Segment } from './segments';
import { SpanTable, spanSet } from './spanTable';
import { type Token, TokenKind } from './tokens';
import { isAsciiLower, skipSpaceForward } from '../textUtil';

/** How sure the local context makes us that a segment is a person. */
export const enum Verdict {
  /** Never a person here: an organisation, place, outlet, or a common word. */
  No,
  /** Name-shaped but unproven: becomes a person if the file names it so elsewhere. */
  Maybe,
  Person,
}

/** A segment after trimming, with what the sentence around it says. */
export interface Candidate {
  readonly tokens: readonly Token[];
  readonly start: number;
  readonly end: number;
  verdict: Verdict;
  /** A role noun or title right before the name ("negotiator", "Secretary", "Mr"). */
  readonly titled: boolean;
  readonly honorific: boolean;
  /** A lone given name ("Marta"): a person once the file uses it more than once. */
  givenAlone: boolean;
  /** The title phrase right before the name ("U.S. Treasury Secretary") as offsets, or -1. */
  readonly roleStart: number;
  readonly roleEnd: number;
  /** What the lower-case word right before the name says ("said", "of"), as Cue bits. */
  readonly cuesBefore: number;
  /** The name's SpanIds id in its file (its one word's, or its full text's); -1 until asked. */
  id: number;
}

/** Common English words that are also CJKV surnames: they do not make "Love Song" a name. */
export const ENGLISH_HOMOGRAPHS = new Set(
  'Young Law Park Song Sun Hong Lo To So Or Do Le Ha He Ma Oh Son Moon Mai Long Fan Kong Ding Tang Han Nam Hon Pan Du Ye Won Min Jin Chin Mo Woo Tong Ko Ng Au Ou Cha Joo Noh Roh Ho Li Yu Lu Su Ly Vo Vu Bui Mak Mok Kam Sit'.split(
    ' ',
  ),
);

/** "María de los Ángeles García López" has six words; longer capitalised stretches are headings. */
const MAX_NAME_TOKENS = 6;

/** Given names that open questions as verbs: "Will Trump…", "May Japan…". */
const MODAL_NAMES = new Set(['Will', 'May']);

/** Words that, right before a name, make it an object rather than a speaker ("members of X, who"). */
const PREPOSITIONS = 'of for from at in on to with by into within about against the a an'.split(' ');

/** What a lower-case word next to a name says about it, as bits. */
const enum Cue {
  RoleNoun = 1,
  Preposition = 2,
  SpeechVerb = 4,
  InvertedSpeechVerb = 8,
}

/** COMPANY_NAMES by first word ("Morgan" → {"Stanley"}): no joined string per two-word name. */
const COMPANY_NAME_ENDS = new Map<string, Set<string>>();
for (const name of COMPANY_NAMES) {
  const [first, last] = name.split('_');
  let ends = COMPANY_NAME_ENDS.get(first);
  if (!ends) COMPANY_NAME_ENDS.set(first, (ends = new Set()));
  ends.add(last);
}

/** The words around a name, looked up by offsets: every candidate asks, so no string is made. */
const CUES = new SpanTable([
  ...tagged(ROLE_NOUNS, Cue.RoleNoun),
  ...tagged(PREPOSITIONS, Cue.Preposition),
  ...tagged(SPEECH_VERBS, Cue.SpeechVerb),
  ...tagged(INVERTED_SPEECH_VERBS, Cue.InvertedSpeechVerb),
]);

function tagged(words: Iterable<string>, cue: Cue): [string, number][] {
  return [...words].map((word) => [word, cue]);
}

/** Page words glued after a name where a full stop went missing ("Omar Haddad Image: …"). */
const FURNITURE = new Set('Image Images Photo Photos Video Audio Credit Source Comments Reply Related Published Updated Posted Share File'.split(' '));

/**
 * Trims a segment of the run's tokens `runTokens` to its name tokens and judges it from its own
 * words and immediate context.
 */
export function judge(text: string, runTokens: readonly Token[], segment: Segment): Candidate | undefined {
  const length = segment.to - segment.from;
  if (segment.beforeTitle || length > MAX_NAME_TOKENS + 2) return undefined;
  if (length === 1 && !segment.titled && isNeverAlone(runTokens[segment.from])) return undefined; // most words stop here
  const from = trimmedStart(text, runTokens, segment);
  const to = trimmedEnd(runTokens, from, segment.to);
  if (to - from > MAX_NAME_TOKENS) return undefined;
  const leadingCut = from > segment.from;
  const honorific = segment.titled && segment.roleStart < 0 && !leadingCut;
  // A fifth of all segments are ruled out by their own words, whatever the context: none is read for them.
  if (ruledOut(runTokens, from, to, honorific)) return undefined;
  const tokens = copyTokens(runTokens, from, to);
  const start = tokens[0].start;
  const end = tokens[tokens.length - 1].end;
  const before = cuesBefore(text, start);
  const roleBefore = segment.runStart && (leadingCut ? isRoleNoun(text, runTokens[from - 1]) : (before & Cue.RoleNoun) !== 0 || hasRoleNounBeforeComma(text, start));
  const candidate: Candidate = {
    tokens,
    start,
    end,
    verdict: Verdict.Maybe,
    titled: (segment.titled && !leadingCut) || roleBefore,
    honorific,
    givenAlone: false,
    roleStart: leadingCut ? -1 : segment.roleStart,
    roleEnd: leadingCut ? -1 : segment.roleEnd,
    cuesBefore: before,
    id: -1,
  };
  candidate.verdict = verdict(text, candidate, isSentenceInitial(text, start));
  return candidate;
}

/**
 * `verdict` gives No for the name `tokens[from, to)` whatever its context says (a title before it
 * makes no difference here); `honorific`: an honorific stands right before it.
 */
function ruledOut(tokens: readonly Token[], from: number, to: number, honorific: boolean): boolean {
  const first = tokens[from];
  if (to - from === 1) return first.kind !== TokenKind.Word || (!honorific && has(first, Lex.NeverAlone));
  // The one test `verdict` makes before `isBlocked` ("Kim Jong-un"), then `isBlocked` as for a titled name.
  if (has(first, Lex.Cjkv) && to - from === 2 && isSyllableCompound(tokens[from + 1].text)) return false;
  return isBlocked(tokens, from, to, true);
}

/**
 * The candidate's own copy of `tokens[from, to)` (the run's buffer is reused for the next run):
 * array literals for the usual one or two words, which V8 allocates inline, unlike `slice`.
 */
function copyTokens(tokens: readonly Token[], from: number, to: number): Token[] {
  if (to - from === 1) return [tokens[from]];
  if (to - from === 2) return [tokens[from], tokens[from + 1]];
  return tokens.slice(from, to);
}

function verdict(text: string, c: Candidate, initial: boolean): Verdict {
  const tokens = c.tokens;
  const n = tokens.length;
  const first = tokens[0];
  const last = tokens[n - 1];
  if (n === 1) return singleVerdict(text, c, first, initial);
  if (has(first, Lex.Cjkv) && n === 2 && isSyllableCompound(last.text)) return Verdict.Person;
  if (isBlocked(tokens, 0, n, c.titled)) return Verdict.No;
  if (c.titled) return Verdict.Person;
  if (has(first, Lex.Given) && !(initial && MODAL_NAMES.has(first.text))) return Verdict.Person;
  // "J.K. Rowling"; a bare letter ("OS X Lion") needs a title before it ("Minister S Jaishankar").
  if (first.kind === TokenKind.Initial && first.text.length > 1 && last.kind === TokenKind.Word) return Verdict.Person;
  if (n >= 3 && hasInnerInitial(tokens)) return Verdict.Person;
  if (looksChineseKoreanVietnamese(tokens) || looksJapanese(tokens)) return Verdict.Person;
  if (hasSpeakerContext(text, c)) return Verdict.Person;
  if (bylineAround(text, c.start, c.end) && !hasBylineFiller(tokens)) return Verdict.Person;
  return Verdict.Maybe;
}

/** "Agence France-Presse", "Live Blog": a byline of these names an outlet or a format, not a person. */
function hasBylineFiller(tokens: readonly Token[]): boolean {
  for (const token of tokens) if (BYLINE_FILLERS.has(token.text)) return true;
  return false;
}

/** "George W. Bush": an initial between the first and the last word (a loop: no closure per call). */
function hasInnerInitial(tokens: readonly Token[]): boolean {
  for (let i = 1; i < tokens.length - 1; i++) if (tokens[i].kind === TokenKind.Initial) return true;
  return false;
}

/** A lone word that no context makes a person: a listed non-name, or not a word at all. */
function isNeverAlone(token: Token): boolean {
  return token.kind !== TokenKind.Word || has(token, Lex.NeverAlone);
}

function singleVerdict(text: string, c: Candidate, token: Token, initial: boolean): Verdict {
  if (token.kind !== TokenKind.Word) return Verdict.No;
  if (c.honorific) return Verdict.Person; // "Mr Paris", "Ms Young"
  if (has(token, Lex.Stop | Lex.Region | Lex.Outlet | Lex.Org | Lex.Company)) return Verdict.No;
  if (has(token, Lex.City)) return Verdict.Maybe;
  if (c.titled) return Verdict.Person;
  if (has(token, Lex.Given)) {
    c.givenAlone = !has(token, Lex.AmbiguousGiven);
    return Verdict.Maybe;
  }
  if (initial && endsLikeAdverb(text, token)) return Verdict.Maybe;
  // Read in the text, with no string made: a word token has two letters or more.
  const plural = text.charCodeAt(token.end - 1) === 115 && text.charCodeAt(token.end - 2) !== 115;
  if (!plural && hasSpeakerContext(text, c)) return Verdict.Person;
  return Verdict.Maybe;
}

/** "X said", "…, said X.", "X, who …", "X, the bank's chief economist," — unless X is a preposition's object. */
function hasSpeakerContext(text: string, c: Candidate): boolean {
  if (c.cuesBefore & Cue.Preposition) return false;
  if (speechAfter(text, c.end) || speechBefore(text, c)) return true;
  return codeAt(text, c.end) === 44 && (appositionAfter(text, c.end) || hasRoleAfter(text, c.end));
}

/** The name `tokens[from, to)` is an organisation, place, outlet or company, whatever the context says. */
function isBlocked(tokens: readonly Token[], from: number, to: number, titled: boolean): boolean {
  const last = to - 1;
  const first = tokens[from];
  const given = has(first, Lex.Given);
  const nameStart = given || has(first, Lex.Cjkv) || titled;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.flags === 0) continue;
    if (has(t, Lex.Outlet) && !nameStart) return true;
    if (has(t, Lex.Org) && !(i === last && i > from && nameStart && has(t, Lex.SurnameLikeOrg))) return true;
    if (has(t, Lex.Company) && !given) return true;
  }
  if (has(tokens[last], Lex.Region) && !has(tokens[last], Lex.SurnameLikePlace)) return true;
  // The lexicon bit first: most pairs then need no string hash and no map lookup.
  return to - from === 2 && has(first, Lex.CompanyNameStart) && (COMPANY_NAME_ENDS.get(first.text)?.has(tokens[last].text) ?? false);
}

function has(token: Token, flags: number): boolean {
  return (token.flags & flags) !== 0;
}

/**
 * Drops words that cannot belong to the name here: a common word or a demonym before it
 * ("Perhaps Trump", "Italian Giorgia Meloni"), an ambiguous given name opening a sentence
 * ("Will Trump…"), words before a given name that starts a full name ("Ohio Jane
 * Roe"). Returns where the name starts in `tokens`, within the segment.
 */
function trimmedStart(text: string, tokens: readonly Token[], segment: Segment): number {
  const end = segment.to;
  let from = segment.from;
  while (from < end - 1 && !canStartName(text, tokens, from, end, from === segment.from && segment.runStart)) from++;
  from = afterLastNonName(tokens, from, end);
  return givenNameStart(tokens, from, end);
}

/** Where the name that starts at `from` ends: a trailing initial or page word is dropped. */
function trimmedEnd(tokens: readonly Token[], from: number, end: number): number {
  let to = end;
  while (to > from + 1 && (tokens[to - 1].kind === TokenKind.Initial || trailingFurniture(tokens[to - 1], to - from))) to--;
  return to;
}

/** Whether `tokens[index]` may open the name; the segment ends at `end`. */
function canStartName(text: string, tokens: readonly Token[], index: number, end: number, mayOpenSentence: boolean): boolean {
  const token = tokens[index];
  if (token.kind === TokenKind.Suffix) return false;
  if (token.kind === TokenKind.Initial) return true;
  if (has(token, Lex.Given)) {
    // At a sentence start an ambiguous name is the word, unless a surname follows ("Mark Smith").
    if (!has(token, Lex.AmbiguousGiven) || !mayOpenSentence || !isSentenceInitial(text, token.start)) return true;
    return !MODAL_NAMES.has(token.text) && index + 1 < end;
  }
  if (has(token, Lex.Stop) || (has(token, Lex.Region) && !has(token, Lex.SurnameLikePlace))) return false;
  if (!mayOpenSentence || !isSentenceInitial(text, token.start)) return true;
  // Opening a sentence: "Spokesman John Roe said", "Clearly Trump…", "Delegates Kim Min-jun…".
  if (isRoleNoun(text, token) || endsLikeAdverb(text, token)) return false;
  return !(index + 1 < end && endsLikePlural(text, token));
}

/**
 * `ROLE_NOUNS.has(token.text.toLowerCase())`; a capitalised ASCII word ("Spokesman") is looked up
 * in the text as it is, with no string made.
 */
function isRoleNoun(text: string, token: Token): boolean {
  return isCapitalisedAscii(text, token.start, token.end) ? CAPITALISED_ROLE_NOUNS.has(text, token.start, token.end) : ROLE_NOUNS.has(token.text.toLowerCase());
}

// A span table: the word's characters are hashed as they are, with no string hash to compute and keep.
const CAPITALISED_ROLE_NOUNS = spanSet([...ROLE_NOUNS].map((noun) => noun.charAt(0).toUpperCase() + noun.slice(1)));

/** text[start, end) is A–Z, then ASCII without capitals: its lower case differs in the first letter only. */
function isCapitalisedAscii(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (first < 65 || first > 90) return false;
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 127 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

/** The token ends in "s", not "ss" or "us" (read in the text: no string made). */
function endsLikePlural(text: string, token: Token): boolean {
  const end = token.end;
  return end - token.start > 3 && text.charCodeAt(end - 1) === 115 && text.charCodeAt(end - 2) !== 115 && text.charCodeAt(end - 2) !== 117;
}

/** "Harbour Council Elena Vasquez": a name of two words or more after an organisation or place. */
function afterLastNonName(tokens: readonly Token[], from: number, end: number): number {
  if (has(tokens[from], Lex.Given)) return from;
  for (let i = end - 3; i >= from; i--) {
    if (has(tokens[i], Lex.Org | Lex.Region | Lex.Stop | Lex.Outlet | Lex.Company)) return i + 1;
  }
  return from;
}

/** The first given name that is followed by more name, unless the name already starts well. */
function givenNameStart(tokens: readonly Token[], from: number, end: number): number {
  const lead = tokens[from];
  if (has(lead, Lex.Given) || lead.kind === TokenKind.Initial) return from;
  if (has(lead, Lex.Cjkv | Lex.JapaneseSurname)) return from; // "Kishida Fumio"
  for (let i = from + 1; i < end - 1; i++) {
    if (has(tokens[i], Lex.Given) && !has(tokens[i], Lex.AmbiguousGiven)) return i;
  }
  return from;
}

function trailingFurniture(token: Token, length: number): boolean {
  return has(token, Lex.Stop) && (length > 2 || FURNITURE.has(token.text));
}

/** The token ends in "ly" (read in the text: no string made). */
function endsLikeAdverb(text: string, token: Token): boolean {
  const end = token.end;
  return end - token.start > 4 && text.charCodeAt(end - 2) === 108 && text.charCodeAt(end - 1) === 121;
}

/** "Kim Jong-un", "Leung Ka-wai", "Tran Thi Hoa", "Bobby Ng": East Asian name shapes. */
function looksChineseKoreanVietnamese(tokens: readonly Token[]): boolean {
  const n = tokens.length;
  const firstCjkv = has(tokens[0], Lex.Cjkv);
  const first = tokens[0].text;
  const last = tokens[n - 1].text;
  if (n === 3 && firstCjkv && allShortWords(tokens)) return true;
  if (n !== 2) return false;
  if (firstCjkv && !ENGLISH_HOMOGRAPHS.has(first) && first !== 'Lee' && isPinyinGivenName(last)) return true;
  if (has(tokens[0], Lex.Stop)) return false;
  if (isSyllableCompound(last) && LOWER_TAIL_RE.test(last) && first.length <= 6) return true;
  return has(tokens[1], Lex.Cjkv) && !ENGLISH_HOMOGRAPHS.has(last) && !firstCjkv;
}

/** Three short words (a loop: no closure per call). */
function allShortWords(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (t.kind !== TokenKind.Word || t.text.length > 7) return false;
  return true;
}

// The `\p{…}` patterns are module constants: bundlers may turn such literals into a `new RegExp`
// per call.
const LOWER_TAIL_RE = /-\p{Ll}+$/u;
const SYLLABLE_COMPOUND_RE = /^\p{Lu}\p{Ll}+-\p{L}\p{Ll}+$/u;
const BYLINE_OUTLET_RE = /^,\s*(\p{Lu}[\p{L}.&-]*)/u;
const BY_LEAD_RE = /^\s*by\s+$/i;

/** "Jinping", "Qiang": one to three Mandarin syllables, as mainland names are written unhyphenated. */
function isPinyinGivenName(word: string): boolean {
  return word.length <= 8 && PINYIN_RE.test(word.toLowerCase());
}

const PINYIN_RE = /^(?:(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:[aeiouü]{1,3})(?:ng|n|r)?){1,3}$/;

/** "Min-Jun", "Jong-un", "Ka-wai": two short syllables joined by a hyphen. */
function isSyllableCompound(word: string): boolean {
  const hyphen = word.indexOf('-');
  const tail = word.length - hyphen - 1;
  if (hyphen < 2 || hyphen > 5 || tail < 2 || tail > 5) return false;
  return !word.startsWith('Al-') && !word.startsWith('El-') && SYLLABLE_COMPOUND_RE.test(word);
}

/** "Taro Aso", "Takahashi Kenji": two Japanese-sounding words, at least one a common family name. */
function looksJapanese(tokens: readonly Token[]): boolean {
  if (tokens.length !== 2) return false;
  const a = tokens[0]; // indexes, not `[a, b] = tokens`: no iterator per call
  const b = tokens[1];
  if (!has(a, Lex.JapaneseSurname) && !has(b, Lex.JapaneseSurname)) return false;
  if (has(a, Lex.City | Lex.Company) || has(b, Lex.City | Lex.Company)) return false;
  return isJapaneseSounding(a.text) && isJapaneseSounding(b.text);
}

// Look-around is bounded to a few characters either side: never a scan of the text.

/**
 * The cues of the lower-case word that ends right before `start` (after one space, or a comma
 * when asked); 0 when there is no such word.
 */
function cuesBefore(text: string, start: number, afterComma = false): number {
  const gap = afterComma ? 44 : 32;
  if (start < 2 || text.charCodeAt(start - 1) !== gap) return 0;
  let i = start - 2;
  const stop = Math.max(0, start - 16);
  while (i >= stop && isAsciiLower(text.charCodeAt(i))) i--;
  if (i >= 0 && isLetterChar(text.charCodeAt(i))) return 0;
  return CUES.get(text, i + 1, start - 1);
}

/** The end of the lower-case word that starts right after `end` (after one space); `end` + 1 when none, -1 without the space. */
function wordAfterEnd(text: string, end: number): number {
  if (codeAt(text, end) !== 32) return -1;
  let i = end + 1;
  const stop = Math.min(text.length, end + 16);
  while (i < stop && isAsciiLower(text.charCodeAt(i))) i++;
  return i;
}

function speechAfter(text: string, end: number): boolean {
  const wordEnd = wordAfterEnd(text, end);
  return wordEnd >= 0 && (CUES.get(text, end + 1, wordEnd) & Cue.SpeechVerb) !== 0;
}

/** "…, said Okonkwo." — the verb before the name, and no lower-case noun after it ("said Acme analyst"). */
function speechBefore(text: string, c: Candidate): boolean {
  return (c.cuesBefore & Cue.InvertedSpeechVerb) !== 0 && wordAfterEnd(text, c.end) <= c.end + 1;
}

// Sticky at the comma: read in place, with no slice (every match is shorter than the 12 characters once sliced).
const CLAUSE_AFTER_RE = /, (?:who|whose|aged \d|\d{1,3},)/y;

/** ", who …", ", aged 52", ", 52,": the comma at `end` opens a clause about a person. */
function appositionAfter(text: string, end: number): boolean {
  if (codeAt(text, end) !== 44 || codeAt(text, end + 1) !== 32) return false; // the regex's ", ": most commas stop here
  CLAUSE_AFTER_RE.lastIndex = end;
  return CLAUSE_AFTER_RE.test(text);
}

/** "By Jane Roe" at a line start, or "Jane Roe, Daily News" opening a line. */
function bylineAround(text: string, start: number, end: number): boolean {
  let lineStart = start;
  while (lineStart > 0 && start - lineStart <= 8 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) return false;
  const blankLead = skipSpaceForward(text, lineStart, start) === start;
  if (!blankLead && BY_LEAD_RE.test(text.slice(lineStart, start))) return true;
  if (!blankLead || codeAt(text, end) !== 44) return false;
  const m = BYLINE_OUTLET_RE.exec(text.slice(end, end + 40));
  return m !== null && (OUTLETS.has(m[1]) || COMPANY_WORDS.has(m[1]));
}

/** A role noun and a comma right before: "a company lawyer, Jane Roe". */
function hasRoleNounBeforeComma(text: string, start: number): boolean {
  return start > 2 && text.charCodeAt(start - 1) === 32 && (cuesBefore(text, start - 1, true) & Cue.RoleNoun) !== 0;
}

/** The token opens a sentence, a line, a quotation or a heading: its capital says nothing. */
function isSentenceInitial(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i < 0) return true;
  return isSentenceOpener(text.charCodeAt(i));
}

/** Line breaks, sentence ends, colons, quotes, brackets and dashes (a switch: no string per call). */
function isSentenceOpener(c: number): boolean {
  switch (c) {
    case 10: // \n
    case 13: // \r
    case 46: // .
    case 33: // !
    case 63: // ?
    case 58: // :
    case 59: // ;
    case 34: // "
    case 0x201c: // “
    case 0x2018: // ‘
    case 39: // '
    case 40: // (
    case 0x2013: // –
    case 0x2014: // —
    case 45: // -
      return true;
    default:
      return false;
  }
}
