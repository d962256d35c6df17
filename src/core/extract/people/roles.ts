import { INVERTED_SPEECH_VERBS, ROLE_MODIFIERS, ROLE_NOUNS, SPEECH_VERBS, TITLE_HEADS } from './lexicon';
import type { Candidate } from './evidence';
import { isOwnLowerCase } from '../textUtil';

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

/** "former President": lower-case modifiers right before a capitalised title. */
function extendWithModifiers(text: string, start: number): number {
  let from = start;
  for (let k = 0; k < 2; k++) {
    const m = /([a-z-]+) $/.exec(text.slice(Math.max(0, from - 20), from));
    if (!m || !ROLE_MODIFIERS.has(m[1])) break;
    from -= m[0].length;
  }
  return from;
}

/** "the country’s chief trade negotiator", read backwards from the word before the name. */
function rolePhraseBefore(text: string, nameStart: number): string | undefined {
  const window = text.slice(Math.max(0, nameStart - 80), nameStart);
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

// A module constant: bundlers may turn a `\p{…}` literal into a `new RegExp` per call.
const POSSESSIVE_NAME_RE = /^\p{Lu}[\p{L}.]*['’]s$/u;

const APPOSITION_RE = /^,\s+(?:who\s+(?:is|was|has been|had been|served as|became)\s+)?([^,;.!?()\n"“”]{3,90})(?=[,;.)])/;

/** An apposition that is a role: ", who is the economy minister," / ", managing partner at a bank,". */
export function roleAfter(text: string, end: number): string | undefined {
  if (text.charCodeAt(end) !== 44) return undefined; // APPOSITION_RE starts with a comma
  const m = APPOSITION_RE.exec(text.slice(end, end + 110));
  if (!m) return undefined;
  const phrase = m[1].trim();
  // "its main rival": an apposition led by "its" or a clause word describes a thing or an event.
  // Cheapest test first: the checks below all must pass, in any order.
  if (CLAUSE_OPENER_RE.test(phrase)) return undefined;
  const words = phrase.split(/\s+/);
  if (words.length > MAX_ROLE_WORDS) return undefined;
  if (words.some((w) => SPEECH_VERBS.has(w) || INVERTED_SPEECH_VERBS.has(w))) return undefined; // ", a Romanian official said Friday."
  if (!words.some(isRoleWord)) return undefined;
  return clean(phrase.replace(/^(?:a|an)\s+/, ''));
}

const CLAUSE_OPENER_RE = /^(?:and|or|but|which|where|when|while|who|its|it|that)\b/;

function isRoleWord(word: string): boolean {
  return ROLE_NOUNS.has(isOwnLowerCase(word, 0, word.length) ? word : word.toLowerCase()) || TITLE_HEADS.has(word);
}

function clean(role: string): string {
  return role.replace(/\s+/g, ' ').trim();
}
