import { fold } from './names';

/**
 * Light normalisation of what a rate applies to, so "cars", "Cars", "automobiles" and "the car"
 * link while "steel" and "steel products" stay apart: folded, articles dropped, a few synonyms
 * mapped, each word made singular.
 */
export function normalizeScope(text: string | undefined): string {
  if (!text) return '';
  const words = words_(text.replace(/&/g, ' and '));
  if (words[0] === 'the' || words[0] === 'a' || words[0] === 'an') words.shift();
  return words.map((w) => SCOPE_SYNONYMS.get(w) ?? singular(w)).join(' ');
}

/** Who imposes a rate or bears it: "the U.S." and "United States" are one party. */
export function normalizeParty(text: string | undefined): string {
  if (!text) return '';
  const words = words_(text);
  if (words[0] === 'the') words.shift();
  const joined = words.join(' ');
  return PARTY_SYNONYMS.get(joined) ?? joined;
}

function words_(text: string): string[] {
  const cleaned = fold(text)
    .replace(/[^\p{L}\p{N} -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned === '' ? [] : cleaned.split(' ');
}

const SCOPE_SYNONYMS = new Map<string, string>([
  ['automobile', 'car'],
  ['automobiles', 'car'],
  ['auto', 'car'],
  ['autos', 'car'],
  ['cars', 'car'],
  ['aluminium', 'aluminum'],
]);

/** Words that end in "s" but are not plurals, or whose singular reads wrong. */
const KEEP = new Set(['goods', 'news', 'series', 'species', 'electronics']);

function singular(word: string): string {
  if (word.length <= 3 || !word.endsWith('s') || KEEP.has(word)) return word;
  if (/(?:ss|us|is|ous)$/.test(word)) return word;
  if (word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (/(?:ches|shes|xes|zes|sses)$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

const PARTY_SYNONYMS = new Map<string, string>([
  ['us', 'united states'],
  ['usa', 'united states'],
  ['america', 'united states'],
  ['united states of america', 'united states'],
  ['washington', 'united states'],
  ['uk', 'united kingdom'],
  ['britain', 'united kingdom'],
  ['great britain', 'united kingdom'],
  ['eu', 'european union'],
  ['tokyo', 'japan'],
  ['beijing', 'china'],
  ['prc', 'china'],
]);
