import { cjkvOrder, isVietnameseOrder } from '../../extract/people/cjkvNames';
import { Lex, lexOf } from '../../extract/people/lexiconIndex';
import { cachedValue } from './boundedCache';
import { fold } from './names';

/** How linking sees a Chinese, Korean or Vietnamese person name (see `cjkvOrder`). */
export interface CjkvParts {
  /** The folded family name: what "Mr Moon" and "Xi" refer to. */
  readonly family: string;
  /** The folded given name as one word, hyphens dropped ("jongun"). */
  readonly given: string;
  /**
   * Same for every spelling of one person's name: "kim|jongun" for "Kim Jong-un", "Kim Jong Un",
   * "Kim Jongun" and "Jong-un Kim".
   */
  readonly key: string;
  /** Written family name first, as it is conventionally shown. */
  readonly familyFirst: boolean;
  /** A Vietnamese name: called by its last word, the given name ("Mr Chinh"). */
  readonly vietnamese: boolean;
}

/** The name's CJKV parts, or undefined for any other name (one word, or Western: "Sandra Oh"). */
export function cjkvParts(name: string): CjkvParts | undefined {
  return cachedValue(partsCache, name, partsOf) ?? undefined;
}

/** Relinking asks about the same few thousand names each time; null caches "not CJKV". */
const partsCache = new Map<string, CjkvParts | null>();

function partsOf(name: string): CjkvParts | null {
  const words = name.trim().split(/\s+/);
  const order = words.length >= 2 ? cjkvOrder(words) : undefined;
  if (order === undefined) return null;
  const family = fold(order[0]);
  const given = fold(order.slice(1).join('')).replace(/-/g, '');
  return { family, given, key: `${family}|${given}`, familyFirst: order === words, vietnamese: isVietnameseOrder(order) };
}

/**
 * The keys a name that `cjkvParts` does not decide on would have as a CJKV name, read family name
 * first and last ("kim|jongun" for "Kim Jongun"): linking joins it to a CJKV name of the bundle
 * with that key, if there is one, and leaves it alone otherwise.
 */
export function possibleCjkvKeys(name: string): readonly string[] {
  return cachedValue(keysCache, name, possibleKeysOf);
}

const keysCache = new Map<string, readonly string[]>();
const NO_KEYS: readonly string[] = [];

function possibleKeysOf(name: string): readonly string[] {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return NO_KEYS;
  const keys: string[] = [];
  const first = words[0];
  const last = words[words.length - 1];
  if (lexOf(first) & Lex.Cjkv) keys.push(keyOf(first, words.slice(1)));
  if (lexOf(last) & Lex.Cjkv) keys.push(keyOf(last, words.slice(0, -1)));
  return keys.length === 0 ? NO_KEYS : keys;
}

/** As `CjkvParts.key`. */
function keyOf(family: string, given: readonly string[]): string {
  return `${fold(family)}|${fold(given.join('')).replace(/-/g, '')}`;
}

/**
 * "Kim Kardashian", "Lee Anderson": the first word is a Western given name that is also a Korean
 * or Chinese family name, so a lone "Kim" or "Lee" elsewhere in the bundle ("Mr Kim") is not taken
 * for this person. (Ask only of names that `cjkvParts` does not take for CJKV.)
 */
export function startsWithKimOrLee(name: string): boolean {
  const space = name.indexOf(' ');
  if (space < 0) return false;
  const flags = lexOf(name.slice(0, space));
  return (flags & (Lex.Given | Lex.Cjkv)) === (Lex.Given | Lex.Cjkv);
}
