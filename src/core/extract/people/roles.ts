import { INVERTED_SPEECH_VERBS, ROLE_MODIFIERS, ROLE_NOUNS, SPEECH_VERBS, TITLE_HEADS } from './lexicon';
import type { Candidate } from './evidence';
import { codeAt } from './chars';
import { SpanTable, spanSet } from './spanTable';
import { isAsciiLower, isOwnLowerCase, isSpaceCode, skipSpaceBackward, skipSpaceForward } from '../textUtil';

const MAX_ROLE_WORDS = 8;

// Words that end a lower-case role phrase when read backwards from the role noun (looked up by offsets).
const PHRASE_BREAKS = spanSet(
  'a an the and or but with by for from to of in on at as after before said says told than that who which when while including like is was are were be been has have had his her their its'.split(
    ' ',
  ),
);

/**
 * The role the text gives right next to a name: a title before it ("U.S. Treasury Secretary"),
 * a role noun phrase before it ("Japan's chief tariff negotiator"), or an apposition after it
 * (", who is the country's trade minister," / ", Japan's Finance Minister,").
 */
export function findRole(text: string, c: Candidate): string | undefined {
  if (c.roleStart >= 0) return clean(text.slice(extendWithModifiers(text, c.roleStart), c.roleEnd));
  if (c.titled && !c.honorific) {
    const before = rolePhraseBefore(text, c.start);
    if (before) return before;
  }
  return roleAfter(text, c.end);
}

// Looked up by offsets: no string per word tried.
const MODIFIERS = spanSet(ROLE_MODIFIERS);

/** "former President": lower-case modifiers right before a capitalised title. */
function extendWithModifiers(text: string, start: number): number {
  let from = start;
  for (let k = 0; k < 2; k++) {
    // A word of a-z and hyphens, then one space, ending at `from`, within 20 characters of it.
    if (from < 1 || text.charCodeAt(from - 1) !== 32) break;
    const stop = Math.max(0, from - 20);
    let wordStart = from - 1;
    while (wordStart > stop && isLowerOrHyphen(text.charCodeAt(wordStart - 1))) wordStart--;
    if (wordStart === from - 1 || !MODIFIERS.has(text, wordStart, from - 1)) break;
    from = wordStart;
  }
  return from;
}

function isLowerOrHyphen(c: number): boolean {
  return (c >= 97 && c <= 122) || c === 45;
}

/**
 * "the country’s chief trade negotiator", read backwards from the word before the name: words
 * split at single spaces, so the kept words are one stretch of the text, sliced once.
 */
function rolePhraseBefore(text: string, nameStart: number): string | undefined {
  const windowStart = Math.max(0, nameStart - 80);
  if (!lastWordIsRoleNoun(text, windowStart, nameStart)) return undefined; // most names: no slicing
  let from = -1; // the kept stretch is text[from, to)
  let to = -1;
  let kept = 0;
  for (let end = text.lastIndexOf(' ', nameStart - 1); end >= windowStart && kept < 5; ) {
    const start = end > windowStart ? Math.max(text.lastIndexOf(' ', end - 1) + 1, windowStart) : windowStart;
    if (kept === 0 && !ROLE_NOUN_SPANS.has(text, start, end)) return undefined;
    if (to < 0) to = end;
    if (isPossessiveName(text, start, end)) {
      from = start; // "Japan's" opens the phrase and ends it
      kept++;
      break;
    }
    if (!isLowerWord(text, start, end) || PHRASE_BREAKS.has(text, start, end)) break;
    from = start;
    kept++;
    end = start - 1;
  }
  return kept > 0 ? text.slice(from, to) : undefined;
}

/** `/^[a-z][a-z-]*$/` on text[start, end), without a slice. */
function isLowerWord(text: string, start: number, end: number): boolean {
  if (end <= start || !isAsciiLower(text.charCodeAt(start))) return false;
  for (let i = start + 1; i < end; i++) if (!isLowerOrHyphen(text.charCodeAt(i))) return false;
  return true;
}

/** POSSESSIVE_NAME_RE on text[start, end); the regex runs only on words ending in "'s". */
function isPossessiveName(text: string, start: number, end: number): boolean {
  if (end - start < 3 || text.charCodeAt(end - 1) !== 115) return false;
  const apostrophe = text.charCodeAt(end - 2);
  return (apostrophe === 39 || apostrophe === 0x2019) && POSSESSIVE_NAME_RE.test(text.slice(start, end));
}

/** The word `rolePhraseBefore` reads first, found by offsets: the one before the last space of the window. */
function lastWordIsRoleNoun(text: string, windowStart: number, nameStart: number): boolean {
  let end = nameStart - 1;
  while (end >= windowStart && text.charCodeAt(end) !== 32) end--;
  if (end < windowStart) return false;
  let start = end;
  while (start > windowStart && text.charCodeAt(start - 1) !== 32) start--;
  return ROLE_NOUN_SPANS.has(text, start, end);
}

const ROLE_NOUN_SPANS = spanSet(ROLE_NOUNS);

// A module constant: bundlers may turn a `\p{…}` literal into a `new RegExp` per call.
const POSSESSIVE_NAME_RE = /^\p{Lu}[\p{L}.]*['’]s$/u;

const APPOSITION_RE = /^,\s+(?:who\s+(?:is|was|has been|had been|served as|became)\s+)?([^,;.!?()\n"“”]{3,90})(?=[,;.)])/;
/** APPOSITION_RE read in place: the same pattern, sticky at the comma instead of anchored in a slice. */
const APPOSITION_AT_RE = /,\s+(?:who\s+(?:is|was|has been|had been|served as|became)\s+)?([^,;.!?()\n"“”]{3,90})(?=[,;.)])/y;
/** APPOSITION_RE looks at this many characters from the comma. */
const APPOSITION_WINDOW = 110;

/** An apposition that is a role: ", who is the economy minister," / ", managing partner at a bank,". */
export function roleAfter(text: string, end: number): string | undefined {
  const phraseStart = appositionRole(text, end);
  if (phraseStart < 0) return undefined;
  return clean(text.slice(afterArticle(text, phraseStart, phrase.end), phrase.end));
}

/** Whether `roleAfter` finds a role: the same test, with no role string made. */
export function hasRoleAfter(text: string, end: number): boolean {
  return appositionRole(text, end) >= 0;
}

/** The role phrase after the comma at `end` as offsets: where it starts (-1 when there is no role) and `phrase.end`. */
function appositionRole(text: string, end: number): number {
  if (codeAt(text, end) !== 44 || !mayBeApposition(text, end) || !findPhrase(text, end)) return -1;
  const start = phrase.start;
  // "its main rival": an apposition led by "its" or a clause word describes a thing or an event.
  if (CLAUSE_OPENERS.has(text, start, wordCharsEnd(text, start, phrase.end))) return -1;
  return isRolePhrase(text, start, phrase.end) ? start : -1;
}

/** The trimmed phrase `findPhrase` found, as offsets: no slice, trim or match array is kept. */
const phrase = { start: 0, end: 0 };

/**
 * Matches APPOSITION_RE at the comma at `end` and puts its trimmed group in `phrase`. The sticky
 * regex reads the text in place; a match reaching past the slice the anchored regex saw is
 * checked again on that slice (a match inside it is the one the slice gives).
 */
function findPhrase(text: string, end: number): boolean {
  APPOSITION_AT_RE.lastIndex = end;
  let m = APPOSITION_AT_RE.exec(text);
  let groupEnd = APPOSITION_AT_RE.lastIndex;
  if (m && groupEnd >= end + APPOSITION_WINDOW) {
    m = APPOSITION_RE.exec(text.slice(end, end + APPOSITION_WINDOW));
    groupEnd = m ? end + m[0].length : 0;
  }
  if (!m) return false;
  phrase.end = skipSpaceBackward(text, groupEnd - m[1].length, groupEnd);
  phrase.start = skipSpaceForward(text, groupEnd - m[1].length, phrase.end);
  return true;
}

/**
 * Checks what `roleAfter` asked of the phrase's words, by offsets: at most MAX_ROLE_WORDS, no
 * speech verb (", a Romanian official said Friday."), and a role noun or title among them.
 */
function isRolePhrase(text: string, start: number, end: number): boolean {
  let words = 0;
  let role = false;
  let wordStart = start;
  for (let i = start; i <= end; i++) {
    if (i < end && !isSpaceCode(text.charCodeAt(i))) continue;
    if (i > wordStart || i === end) {
      if (++words > MAX_ROLE_WORDS) return false;
      const bits = APPOSITION_WORDS.get(text, wordStart, i);
      if (bits & Word.Speech) return false;
      role ||= (bits & Word.Title) !== 0 || isRoleNounSpan(text, wordStart, i, bits);
    }
    wordStart = i + 1;
  }
  return role;
}

/** What a word of an apposition can be, as bits of one span table. */
const enum Word {
  Speech = 1,
  Title = 2,
  RoleNoun = 4,
}

const APPOSITION_WORDS = new SpanTable([
  ...[...SPEECH_VERBS, ...INVERTED_SPEECH_VERBS].map((w): [string, number] => [w, Word.Speech]),
  ...[...TITLE_HEADS].map((w): [string, number] => [w, Word.Title]),
  ...[...ROLE_NOUNS].map((w): [string, number] => [w, Word.RoleNoun]),
]);

/** `ROLE_NOUNS.has(word.toLowerCase())` for text[start, end) with its exact-case `bits`; only non-ASCII words are sliced. */
function isRoleNounSpan(text: string, start: number, end: number, bits: number): boolean {
  if (isOwnLowerCase(text, start, end)) return (bits & Word.RoleNoun) !== 0;
  if (isAscii(text, start, end)) return (APPOSITION_WORDS.getAsciiFolded(text, start, end) & Word.RoleNoun) !== 0;
  return ROLE_NOUNS.has(text.slice(start, end).toLowerCase());
}

function isAscii(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** The end of the run of regex word characters (`\w`) at `start` before `end`: CLAUSE_OPENER_RE's `\b`. */
function wordCharsEnd(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isRegexWordChar(text.charCodeAt(i))) i++;
  return i;
}

function isRegexWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Where the role starts once a leading article goes: `phrase.replace(/^(?:a|an)\s+/, '')`. */
function afterArticle(text: string, start: number, end: number): number {
  if (text.charCodeAt(start) !== 97) return start;
  let i = start + 1;
  if (i < end && !isSpaceCode(text.charCodeAt(i))) {
    if (text.charCodeAt(i) !== 110) return start;
    i++;
  }
  if (i >= end || !isSpaceCode(text.charCodeAt(i))) return start;
  return skipSpaceForward(text, i, end);
}

/**
 * A cheap necessary condition for APPOSITION_RE at the comma at `end`, so that most commas after a
 * name cost no slice and no regex: white space after the comma, and the first character after it
 * that the phrase may not hold is one that may end it (a line break may be white space: unsure).
 */
function mayBeApposition(text: string, end: number): boolean {
  const limit = Math.min(text.length, end + 110);
  if (end + 1 >= limit || !isSpaceCode(text.charCodeAt(end + 1))) return false;
  for (let i = end + 1; i < limit; i++) {
    switch (text.charCodeAt(i)) {
      case 44: // ,
      case 59: // ;
      case 46: // .
      case 41: // )
      case 10: // \n
        return true;
      case 33: // !
      case 63: // ?
      case 40: // (
      case 34: // "
      case 0x201c: // “
      case 0x201d: // ”
        return false;
    }
  }
  return false;
}

// The clause words of CLAUSE_OPENER_RE (`^(?:and|or|but|which|where|when|while|who|its|it|that)\b`), looked up by offsets.
const CLAUSE_OPENERS = spanSet(['and', 'or', 'but', 'which', 'where', 'when', 'while', 'who', 'its', 'it', 'that']);

/** White space collapsed to single spaces and trimmed; most roles are tidy already, so no regex runs. */
function clean(role: string): string {
  return isTidy(role) ? role : role.replace(/\s+/g, ' ').trim();
}

/** No white space but single spaces between other characters. */
function isTidy(role: string): boolean {
  const last = role.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = role.charCodeAt(i);
    if (isSpaceCode(c) && (c !== 32 || i === 0 || i === last || role.charCodeAt(i - 1) === 32)) return false;
  }
  return true;
}
