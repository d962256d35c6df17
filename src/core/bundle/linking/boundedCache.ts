/**
 * Linking works out the same few thousand names' folds, slugs and keys on every relink (and in
 * every sort comparison): each is computed once and kept in a map that is emptied when it grows
 * past LIMIT, so a bundle's churn of names never makes it grow without bound.
 */
const LIMIT = 50_000;

/** `compute(key)`, from `cache` when it is there. `compute` must not return undefined. */
export function cachedValue<T>(cache: Map<string, T>, key: string, compute: (key: string) => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= LIMIT) cache.clear();
    value = compute(key);
    cache.set(key, value);
  }
  return value;
}
