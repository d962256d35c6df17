import { INVERTED_SPEECH_VERBS, ROLE_MODIFIERS, ROLE_NOUNS, SPEECH_VERBS, TITLE_HEADS } from './lexicon';
import type { Candidate } from './evidence';
import { codeAt } from './chars';
import { spanSet } from './spanTable';
import { isOwnLowerCase, isSpaceCode } from '../textUtil';

const MAX_ROLE_WORDS = 8;

// Words that end a lower-case role phrase when read backwards from the role noun.
const PHRASE_BREAKS = new Set(
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

/** "the country’s chief trade negotiator", read backwards from the word before the name. */
function rolePhraseBefore(text: string, nameStart: number): string | undefined {
  const windowStart = Math.max(0, nameStart - 80);
  if (!lastWordIsRoleNoun(text, windowStart, nameStart)) return undefined; // most names: no slicing
  const window = text.slice(windowStart, nameStart);
  // Space-separated words, read backwards from the last space (what follows it is the name).
  const kept: string[] = [];
  for (let end = window.lastIndexOf(' '); end >= 0 && kept.length < 5; ) {
    const start = end > 0 ? window.lastIndexOf(' ', end - 1) + 1 : 0;
    const word = window.slice(start, end);
    if (kept.length === 0 && !ROLE_NOUNS.has(word)) return undefined;
    if (POSSESSIVE_NAME_RE.test(word)) {
      kept.push(word); // "Japan's" opens the phrase and ends it
      break;
    }
    if (!/^[a-z][a-z-]*$/.test(word) || PHRASE_BREAKS.has(word)) break;
    kept.push(word);
    end = start - 1;
  }
  return kept.length > 0 ? kept.reverse().join(' ') : undefined;
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

/** An apposition that is a role: ", who is the economy minister," / ", managing partner at a bank,". */
export function roleAfter(text: string, end: number): string | undefined {
  if (codeAt(text, end) !== 44 || !mayBeApposition(text, end)) return undefined;
  const m = APPOSITION_RE.exec(text.slice(end, end + 110));
  if (!m) return undefined;
  const phrase = m[1].trim();
  // "its main rival": an apposition led by "its" or a clause word describes a thing or an event.
  // Cheapest test first: the checks below all must pass, in any order.
  if (CLAUSE_OPENER_RE.test(phrase)) return undefined;
  const words = spaceSeparated(phrase);
  if (words.length > MAX_ROLE_WORDS) return undefined;
  if (words.some((w) => SPEECH_VERBS.has(w) || INVERTED_SPEECH_VERBS.has(w))) return undefined; // ", a Romanian official said Friday."
  if (!words.some(isRoleWord)) return undefined;
  return clean(phrase.replace(/^(?:a|an)\s+/, ''));
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

/** `phrase.split(/\\s+/)` for a trimmed phrase, without the regex. */
function spaceSeparated(phrase: string): string[] {
  const words: string[] = [];
  let start = 0;
  for (let i = 0; i < phrase.length; i++) {
    if (!isSpaceCode(phrase.charCodeAt(i))) continue;
    if (i > start) words.push(phrase.slice(start, i));
    start = i + 1;
  }
  words.push(phrase.slice(start));
  return words;
}

const CLAUSE_OPENER_RE = /^(?:and|or|but|which|where|when|while|who|its|it|that)\b/;

function isRoleWord(word: string): boolean {
  return ROLE_NOUNS.has(isOwnLowerCase(word, 0, word.length) ? word : word.toLowerCase()) || TITLE_HEADS.has(word);
}

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
