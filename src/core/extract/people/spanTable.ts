/**
 * Word → bits, looked up by a span of a larger text: the scanner asks about the word at
 * [start, end) without slicing it out, since a string per capitalised word (and per word before
 * or after a name) was a large share of the finder's cost. Open addressing over typed arrays,
 * at most a quarter full, so most lookups (misses) end at the first empty slot.
 */
export class SpanTable {
  private readonly mask: number;
  /** Entry index + 1 per slot; 0 marks an empty slot, which ends a probe. */
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  private readonly bits: Int32Array;
  private readonly words: readonly string[];

  /** `entries`: each word with its bits; a word listed twice gets the union of its bits. */
  constructor(entries: Iterable<readonly [string, number]>) {
    const merged = new Map<string, number>();
    for (const [word, bits] of entries) merged.set(word, (merged.get(word) ?? 0) | bits);
    this.words = [...merged.keys()];
    let size = 4;
    while (size < this.words.length * 4) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(this.words.length);
    this.bits = new Int32Array(this.words.length);
    this.words.forEach((word, entry) => {
      const hash = hashSpan(word, 0, word.length);
      this.hashes[entry] = hash;
      this.bits[entry] = merged.get(word) ?? 0;
      let slot = hash & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = entry + 1;
    });
  }

  /** The bits of `text.slice(start, end)`, or 0 when no word matches (or the span is empty). */
  get(text: string, start: number, end: number): number {
    const length = end - start;
    if (length <= 0) return 0;
    const hash = hashSpan(text, start, end);
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot] - 1;
      if (entry < 0) return 0;
      if (this.hashes[entry] === hash) {
        const word = this.words[entry];
        if (word.length === length && sameChars(word, text, start)) return this.bits[entry];
      }
    }
  }

  /** True when `text.slice(start, end)` is in the table. */
  has(text: string, start: number, end: number): boolean {
    return this.get(text, start, end) !== 0;
  }
}

/** A table of one set of words, each with bit 1: for `has` lookups. */
export function spanSet(words: Iterable<string>): SpanTable {
  const entries: [string, number][] = [];
  for (const word of words) entries.push([word, 1]);
  return new SpanTable(entries);
}

function hashSpan(text: string, start: number, end: number): number {
  let h = end - start;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

function sameChars(word: string, text: string, start: number): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
