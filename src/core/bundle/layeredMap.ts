/** Marks a key the overlay removes. */
const REMOVED = Symbol('removed');

/**
 * An immutable map that is cheap to derive with a few entries changed: a shared base map plus
 * a small overlay of the changes since. A snapshot of the index holds one while the index moves
 * on, so an edit costs O(changes) instead of a copy of every file's or entity's entry; the
 * overlay is folded into a new base once it grows past a fraction of the base (amortised O(1)).
 */
export class LayeredMap<K, V> {
  private constructor(
    private readonly base: ReadonlyMap<K, V>,
    private readonly overlay: ReadonlyMap<K, V | typeof REMOVED>,
  ) {}

  static empty<K, V>(): LayeredMap<K, V> {
    return new LayeredMap(new Map(), new Map());
  }

  /** Over `entries`, which the map then owns (the caller must not change it). */
  static of<K, V>(entries: Map<K, V>): LayeredMap<K, V> {
    return new LayeredMap(entries, new Map());
  }

  get(key: K): V | undefined {
    const changed = this.overlay.get(key);
    if (changed === REMOVED) return undefined;
    return changed !== undefined ? changed : this.base.get(key);
  }

  /** This map with each `[key, value]` of `changes` set, or removed when the value is undefined. */
  with(changes: Iterable<readonly [K, V | undefined]>): LayeredMap<K, V> {
    const overlay = new Map(this.overlay);
    for (const [key, value] of changes) overlay.set(key, value === undefined ? REMOVED : value);
    if (overlay.size <= Math.max(64, this.base.size >> 4)) return new LayeredMap(this.base, overlay);
    const base = new Map(this.base);
    for (const [key, value] of overlay) {
      if (value === REMOVED) base.delete(key);
      else base.set(key, value);
    }
    return new LayeredMap(base, new Map());
  }
}
