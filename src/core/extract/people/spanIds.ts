/** Slot counts: the first table, and the largest one kept from one text to the next. */
const INITIAL_SLOTS = 256;
const MAX_KEPT_SLOTS = 1 << 16;
const EMPTY = new Int32Array(0);

/**
 * Small ids for the distinct spans of one text (words and full names), found by a hash the caller
 * already has (the scanner hashes each word as it reads it): what the file knows of a name is
 * then kept in arrays indexed by id, with no string made and hashed again per mention.
 * Two spans get the same id exactly when their characters are the same.
 *
 * One instance serves every text (see `reset`): typed arrays are slow to allocate, and a fresh
 * set per text cost more than the string maps they replace.
 */
export class SpanIds {
  /** How many ids are given out: they are 0 to `count - 1`, in the order spans were first asked for. */
  count = 0;
  private text = '';
  /** Which `reset` filled a slot: older slots count as empty, so no clearing between texts. */
  private generation = 0;
  private mask = 0;
  /** Per slot: the id, its hash and the generation that wrote it. Open addressing, at most half full. */
  private slotIds = EMPTY;
  private slotHashes = EMPTY;
  private slotGenerations = EMPTY;
  /** Per id: where its first span starts and how long it is. */
  private starts = EMPTY;
  private lengths = EMPTY;

  constructor() {
    this.allocate(INITIAL_SLOTS);
  }

  /** Forgets all ids: the next ones are for spans of `text` ('' to let go of the last text). */
  reset(text: string): void {
    this.text = text;
    this.count = 0;
    // Generations are Int32Array entries: start over rather than wrap around. A table grown for
    // one huge text is not kept for the next ones either.
    if (this.generation === 0x7fffffff || this.mask >= MAX_KEPT_SLOTS) this.allocate(INITIAL_SLOTS);
    this.generation++;
  }

  private allocate(size: number): void {
    this.mask = size - 1;
    this.slotIds = new Int32Array(size);
    this.slotHashes = new Int32Array(size);
    this.slotGenerations = new Int32Array(size);
    this.starts = new Int32Array(size >> 1);
    this.lengths = new Int32Array(size >> 1);
    this.generation = 0;
  }

  /** The id of text[start, end), whose `hashSpan` is `hash`. */
  idOf(start: number, end: number, hash: number): number {
    const length = end - start;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      if (this.slotGenerations[slot] !== this.generation) return this.add(slot, start, length, hash);
      const id = this.slotIds[slot];
      if (this.slotHashes[slot] === hash && this.lengths[id] === length && this.sameChars(this.starts[id], start, length)) return id;
    }
  }

  private sameChars(a: number, b: number, length: number): boolean {
    const text = this.text;
    for (let i = 0; i < length; i++) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false;
    return true;
  }

  private add(slot: number, start: number, length: number, hash: number): number {
    const id = this.count++;
    this.slotIds[slot] = id;
    this.slotHashes[slot] = hash;
    this.slotGenerations[slot] = this.generation;
    this.starts[id] = start;
    this.lengths[id] = length;
    if (this.count * 2 > this.mask) this.grow();
    return id;
  }

  /** Doubles the table; ids stay as they are. */
  private grow(): void {
    const { slotIds, slotHashes, slotGenerations, generation } = this;
    const size = slotIds.length * 2;
    this.mask = size - 1;
    this.slotIds = new Int32Array(size);
    this.slotHashes = new Int32Array(size);
    this.slotGenerations = new Int32Array(size);
    for (let i = 0; i < slotIds.length; i++) {
      if (slotGenerations[i] !== generation) continue;
      let slot = slotHashes[i] & this.mask;
      while (this.slotGenerations[slot] === generation) slot = (slot + 1) & this.mask;
      this.slotIds[slot] = slotIds[i];
      this.slotHashes[slot] = slotHashes[i];
      this.slotGenerations[slot] = generation;
    }
    const starts = new Int32Array(size >> 1);
    starts.set(this.starts);
    this.starts = starts;
    const lengths = new Int32Array(size >> 1);
    lengths.set(this.lengths);
    this.lengths = lengths;
  }
}
