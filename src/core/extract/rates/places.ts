import type { Token } from './clause';
import { PLACE_WORD } from './wordMarks';

/**
 * Trading parties a tariff sentence names: countries and blocs, their adjectives and the capitals used for
 * their governments. Adjectives map to the country ("Japanese" → "Japan"); names are kept as written.
 */
const ADJECTIVES: Readonly<Record<string, string>> = {
  american: 'United States', japanese: 'Japan', chinese: 'China', canadian: 'Canada', mexican: 'Mexico',
  european: 'European Union', korean: 'South Korea', 'south korean': 'South Korea', vietnamese: 'Vietnam',
  indian: 'India', brazilian: 'Brazil', british: 'United Kingdom', german: 'Germany', french: 'France',
  italian: 'Italy', taiwanese: 'Taiwan', swiss: 'Switzerland', australian: 'Australia', thai: 'Thailand',
  indonesian: 'Indonesia', malaysian: 'Malaysia', philippine: 'Philippines', russian: 'Russia', turkish: 'Turkey',
  cambodian: 'Cambodia', spanish: 'Spain', dutch: 'Netherlands', irish: 'Ireland', israeli: 'Israel',
};

const NAMES = new Set([
  'u.s', 'u.s.', 'us', 'usa', 'u.s.a.', 'america', 'united states', 'japan', 'china', 'canada', 'mexico', 'eu', 'e.u.',
  'european union', 'europe', 'korea', 'south korea', 'vietnam', 'india', 'brazil', 'uk', 'u.k.', 'britain',
  'united kingdom', 'germany', 'france', 'italy', 'taiwan', 'switzerland', 'australia', 'thailand', 'indonesia',
  'malaysia', 'philippines', 'singapore', 'russia', 'turkey', 'cambodia', 'bangladesh', 'spain', 'netherlands',
  'ireland', 'israel', 'south africa', 'argentina', 'chile', 'colombia', 'peru', 'new zealand', 'norway', 'sweden',
  'washington', 'tokyo', 'beijing', 'ottawa', 'brussels', 'seoul', 'hanoi', 'new delhi', 'london', 'berlin', 'paris',
]);

/** First words of the two-word names and adjectives: only after one of these is a pair worth looking up. */
const PAIR_FIRST_WORDS = new Set([...NAMES, ...Object.keys(ADJECTIVES)].filter((n) => n.includes(' ')).map((n) => n.slice(0, n.indexOf(' '))));

/** A place named by tokens[i] (or tokens[i..i+1] for "United States"), reading left to right. */
export interface PlaceAt {
  /** The country as written ("U.S.", "United States") or, for an adjective, its country ("Japan"). */
  readonly name: string;
  /** Tokens used. */
  readonly length: number;
  readonly isAdjective: boolean;
  readonly isPossessive: boolean;
}

/** The country, bloc or capital at tokens[i], if any. "US" must be written in capitals. Tokens are `tokenizeInto`'s (their marks hold PLACE_WORD). */
export function placeAt(tokens: readonly Token[], i: number): PlaceAt | undefined {
  const t = tokens[i];
  if (!t || !(t.marks & PLACE_WORD) || !isCapitalized(t.text)) return undefined;
  const next = tokens[i + 1];
  if (next && PAIR_FIRST_WORDS.has(t.lower) && isCapitalized(next.text)) {
    const pair = `${t.lower} ${next.base}`;
    if (NAMES.has(pair)) return { name: written(t, next), length: 2, isAdjective: false, isPossessive: next.base !== next.lower };
    if (ADJECTIVES[pair]) return { name: ADJECTIVES[pair], length: 2, isAdjective: true, isPossessive: false };
  }
  if (t.lower === 'us' && t.text !== 'US') return undefined;
  if (NAMES.has(t.base)) return { name: stripPossessive(t.text), length: 1, isAdjective: false, isPossessive: t.base !== t.lower };
  const adjective = ADJECTIVES[t.lower];
  return adjective ? { name: adjective, length: 1, isAdjective: true, isPossessive: false } : undefined;
}

function written(first: Token, second: Token): string {
  return `${first.text} ${stripPossessive(second.text)}`;
}

function stripPossessive(s: string): string {
  return s.endsWith("'s") || s.endsWith('’s') ? s.slice(0, -2) : s;
}

function isCapitalized(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/**
 * PLACE_WORD for a word that can start a place (`placeAt` looks up nothing else), given its lower case and
 * base: tokens carry it, so the many words that name no place are passed over with a bit test.
 */
export function placeMarks(lower: string, base: string): number {
  return PAIR_FIRST_WORDS.has(lower) || NAMES.has(base) || ADJECTIVES[lower] !== undefined ? PLACE_WORD : 0;
}
