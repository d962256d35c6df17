import { cachedValue } from './boundedCache';
import type { Mention } from '../../model';
import { fold } from './names';
import { normalizeParty, normalizeScope } from './scope';

/**
 * A link key says what a mention refers to before the bundle is looked at as a whole: mentions
 * with equal keys always belong to one entity, and linking only ever has to consider the
 * bundle's distinct keys (a few thousand), never its mentions (hundreds of thousands).
 *
 *   person:           "p" + in-file canonical name          "pRyosei Akazawa"
 *   rate:             "r" + value SEP scope SEP imposed on  "r25\u0001car\u0001japan"
 *   resolved date:    "d" + TIMEX3 value                    "d2025-04-16"
 *   unresolved date:  "u" + folded text                     "unext week"
 */
export const SEP = '\u0001';

export function linkKeyOf(m: Mention): string {
  switch (m.kind) {
    case 'person':
      return 'p' + (m.value || m.text);
    case 'rate':
      return 'r' + (m.value || m.text) + SEP + memo(scopes, m.rate?.appliesTo, normalizeScope) + SEP + memo(parties, m.rate?.imposedOn, normalizeParty);
    case 'date':
      return m.value ? 'd' + m.value : 'u' + memo(folded, m.text, fold);
  }
}

/** The same few phrases recur across thousands of mentions: normalise each once. */
const scopes = new Map<string, string>();
const parties = new Map<string, string>();
const folded = new Map<string, string>();

function memo(cache: Map<string, string>, text: string | undefined, normalize: (text: string) => string): string {
  return text ? cachedValue(cache, text, normalize) : '';
}

/** The mention value a key was made from (see `linkKeyOf`): "" for an unresolved date. */
export function valueOfKey(key: string): string {
  switch (key[0]) {
    case 'p':
    case 'd':
      return key.slice(1);
    case 'r': {
      const sep = key.indexOf(SEP);
      return sep < 0 ? key.slice(1) : key.slice(1, sep);
    }
    default:
      return '';
  }
}

/** How often a key occurs in the bundle: linking uses it to choose canonical names. */
export interface KeyStat {
  mentions: number;
  files: number;
}

export interface RateKey {
  readonly value: string;
  readonly scope: string;
  readonly on: string;
}

export function parseRateKey(key: string): RateKey {
  const [value, scope, on] = key.slice(1).split(SEP);
  return { value, scope: scope ?? '', on: on ?? '' };
}
