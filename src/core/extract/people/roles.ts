import { INVERTED_SPEECH_VERBS, ROLE_MODIFIERS, ROLE_NOUNS, SPEECH_VERBS, TITLE_HEADS } from './lexicon';
import type { Candidate } from './evidence';

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
  if (!ROLE_NOUNS.has(lastSpacedWord(window))) return undefined; // most names: no splitting
  const words = window.split(' ');
  words.pop(); // the empty string after the last space
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < 5; i--) {
    const word = words[i];
    if (kept.length === 0 && !ROLE_NOUNS.has(word)) return undefined;
    if (POSSESSIVE_NAME_RE.test(word)) {
      kept.push(word); // "Japan's" opens the phrase and ends it
      break;
    }
    if (!/^[a-z][a-z-]*$/.test(word) || PHRASE_BREAKS.has(word)) break;
    kept.push(word);
  }
  return kept.length > 0 ? kept.reverse().join(' ') : undefined;
}

/** The word between the last two spaces of `window`, as `window.split(' ')` would give it second to last. */
function lastSpacedWord(window: string): string {
  const lastSpace = window.lastIndexOf(' ');
  if (lastSpace <= 0) return '';
  return window.slice(window.lastIndexOf(' ', lastSpace - 1) + 1, lastSpace);
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
  const words = phrase.split(/\s+/);
  if (words.length > MAX_ROLE_WORDS) return undefined;
  if (words.some((w) => SPEECH_VERBS.has(w) || INVERTED_SPEECH_VERBS.has(w))) return undefined; // ", a Romanian official said Friday." 
  const hasRoleWord = words.some((w) => ROLE_NOUNS.has(w.toLowerCase()) || TITLE_HEADS.has(w));
  // "its main rival": an apposition led by "its" or a clause word describes a thing or an event.
  if (!hasRoleWord || /^(?:and|or|but|which|where|when|while|who|its|it|that)\b/.test(phrase)) return undefined;
  return clean(phrase.replace(/^(?:a|an)\s+/, ''));
}

function clean(role: string): string {
  return role.replace(/\s+/g, ' ').trim();
}
