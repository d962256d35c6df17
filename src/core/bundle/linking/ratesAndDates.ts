import type { KeyStat } from './keys';
import { parseRateKey, SEP } from './keys';
import type { Group } from './types';

/**
 * Rates are one entity per value and scope (what it applies to, on whom). A rate the text gives
 * without any scope joins the one scoped entity with that value; with several, it stays apart
 * and is marked ambiguous, as a bare surname is.
 */
export function linkRates(stats: ReadonlyMap<string, KeyStat>): Group[] {
  const byScope = new Map<string, string[]>(); // "value SEP scope SEP on" → keys (one, as keys are already exact)
  for (const key of stats.keys()) {
    if (key[0] !== 'r') continue;
    const k = parseRateKey(key);
    const id = k.value + SEP + k.scope + SEP + k.on;
    const list = byScope.get(id);
    if (list) list.push(key);
    else byScope.set(id, [key]);
  }
  const scopedByValue = new Map<string, string[]>();
  const unscoped: string[] = [];
  for (const id of byScope.keys()) {
    const [value, scope, on] = id.split(SEP);
    if (scope === '' && on === '') unscoped.push(id);
    else {
      const list = scopedByValue.get(value);
      if (list) list.push(id);
      else scopedByValue.set(value, [id]);
    }
  }
  const ambiguous = new Map<string, string[]>();
  for (const id of unscoped) {
    const value = id.split(SEP)[0];
    const candidates = scopedByValue.get(value);
    if (!candidates) continue;
    if (candidates.length === 1) {
      byScope.get(candidates[0])?.push(...(byScope.get(id) ?? []));
      byScope.delete(id);
    } else ambiguous.set(id, candidates);
  }
  const ids = [...byScope.keys()].sort(compareRateIds);
  const position = new Map(ids.map((id, i) => [id, i]));
  return ids.map((id) => {
    const [value, scope, on] = id.split(SEP);
    return {
      kind: 'rate',
      name: value,
      idSeed: [value, scope, on].filter((part) => part !== '').join('|'),
      keys: (byScope.get(id) ?? []).sort(),
      aliases: [],
      possibleMatches: [],
      ambiguousWith: (ambiguous.get(id) ?? []).map((other) => position.get(other) as number).sort((a, b) => a - b),
    };
  });
}

/** By numeric value, then scope: 10% before 24% before 100%. */
function compareRateIds(a: string, b: string): number {
  const [va, ...ra] = a.split(SEP);
  const [vb, ...rb] = b.split(SEP);
  const na = Number(va);
  const nb = Number(vb);
  if (na !== nb && !Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
  const sa = va + SEP + ra.join(SEP);
  const sb = vb + SEP + rb.join(SEP);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** Dates are one entity per resolved TIMEX3 value; unresolved ones per their folded text, named "". */
export function linkDates(stats: ReadonlyMap<string, KeyStat>): Group[] {
  const keys = [...stats.keys()].filter((k) => k[0] === 'd' || k[0] === 'u');
  keys.sort(compareDateKeys);
  return keys.map(dateGroup);
}

/** The group of one date key: a date links by its key alone. */
export function dateGroup(key: string): Group {
  const resolved = key[0] === 'd';
  return {
    kind: 'date',
    name: resolved ? key.slice(1) : '',
    idSeed: resolved ? key.slice(1) : 'unresolved|' + key.slice(1),
    keys: [key],
    aliases: [],
    possibleMatches: [],
    ambiguousWith: [],
  };
}

/** Resolved dates in time order (ISO strings sort chronologically), unresolved ones last. */
export function compareDateKeys(a: string, b: string): number {
  if (a[0] !== b[0]) return a[0] === 'd' ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
