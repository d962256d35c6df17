/** String helpers for comparing and naming entities: folding, slugs, likely misspellings. */
import { cachedValue } from './boundedCache';

/**
 * The comparison form of a name or phrase: lower case, accents and periods dropped, spaces
 * collapsed ("Ryōsei  Akazawa" → "ryosei akazawa", "J.D. Vance" → "jd vance").
 */
export function fold(text: string): string {
  return cachedValue(foldCache, text, foldUncached);
}

const foldCache = new Map<string, string>();

function foldUncached(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[.\u2019']/g, '')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Readable id part: "Ryosei Akazawa" → "ryosei-akazawa". Never empty. */
export function slug(text: string): string {
  return cachedValue(slugCache, text, slugUncached);
}

const slugCache = new Map<string, string>();
const misspellingKeysCache = new Map<string, readonly string[]>();

function slugUncached(text: string): string {
  const s = fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return s === '' ? '_' : s;
}

/** Folded name split into words. */
export function nameTokens(name: string): string[] {
  const folded = fold(name);
  return folded === '' ? [] : folded.split(' ');
}

/** Surnames shorter than this are too common to call a one-letter difference a misspelling. */
export const MIN_MISSPELLING_LENGTH = 5;

/**
 * Whether two different folded surnames are likely one misspelt for the other: same first letter,
 * both long enough, and one edit apart (insert, delete, substitute, swap of neighbours) or two
 * letters swapped anywhere ("akazawa" / "azakawa").
 */
export function likelyMisspelling(a: string, b: string): boolean {
  if (a === b || a.length < MIN_MISSPELLING_LENGTH || b.length < MIN_MISSPELLING_LENGTH) return false;
  if (a[0] !== b[0]) return false;
  if (a.length === b.length) return oneSubstitutionOrSwap(a, b);
  if (Math.abs(a.length - b.length) === 1) return oneInsertion(a.length < b.length ? a : b, a.length < b.length ? b : a);
  return false;
}

function oneSubstitutionOrSwap(a: string, b: string): boolean {
  let first = -1;
  let second = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (first < 0) first = i;
    else if (second < 0) second = i;
    else return false;
  }
  if (second < 0) return true; // one substitution
  return a[first] === b[second] && a[second] === b[first];
}

function oneInsertion(shorter: string, longer: string): boolean {
  let i = 0;
  while (i < shorter.length && shorter[i] === longer[i]) i++;
  return shorter.slice(i) === longer.slice(i + 1);
}

/**
 * Keys under which two strings that are `likelyMisspelling` of each other always meet at least
 * once, so candidates are found without comparing every pair: each one-letter deletion (covers
 * insertions, substitutions and neighbour swaps) and the sorted letters (covers swaps anywhere).
 */
export function misspellingKeys(s: string): readonly string[] {
  return cachedValue(misspellingKeysCache, s, misspellingKeysUncached);
}

function misspellingKeysUncached(s: string): string[] {
  const keys = new Set<string>();
  keys.add('-' + s); // same space as deletions: the shorter of an insertion pair meets here
  for (let i = 0; i < s.length; i++) keys.add('-' + s.slice(0, i) + s.slice(i + 1));
  keys.add('~' + [...s].sort().join(''));
  return [...keys];
}
