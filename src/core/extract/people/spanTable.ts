import { hashStep } from '../textUtil';

/**
 * Word → bits, looked up by a span of a larger text: the scanner asks about the word at
 * [start, end) without slicing it out, since a string per capitalised word (and per word before
 * or after a name) was a large share of the finder's cost. Open addressing, at most half full.
 *
 * The layout is for the cache: the other finders run between two calls and evict the table, so
 * each lookup should touch one cache line. A slot is 32 bytes: hash, bits, length, and the first
 * eight characters packed two per int; longer words keep the rest in one array of char codes.
 * Half the words asked about are in no list: a Bloom filter of about 12 bits a word, small enough
 * to stay cached, turns most of them away before the table is read.
 */
export class SpanTable {
  private readonly mask: number;
  /** SLOT_WIDTH ints per slot (see the offsets below); a length of 0 marks an empty slot. */
  private readonly slots: Int32Array;
  /** Characters after the eighth of each long word, at the offset its slot gives. */
  private readonly tails: Uint16Array;
  private readonly bloom: Int32Array;
  private readonly bloomMask: number;

  /** `entries`: each word with its bits; a word listed twice gets the union of its bits. */
  constructor(entries: Iterable<readonly [string, number]>) {
    const merged = new Map<string, number>();
    for (const [word, bits] of entries) if (word.length > 0) merged.set(word, (merged.get(word) ?? 0) | bits);
    let size = 4;
    while (size < merged.size * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * SLOT_WIDTH);
    let bloomSize = 1;
    while (bloomSize * 32 < merged.size * 12) bloomSize *= 2;
    this.bloomMask = bloomSize - 1;
    this.bloom = new Int32Array(bloomSize);
    let tailLength = 0;
    for (const word of merged.keys()) tailLength += Math.max(0, word.length - INLINE_CHARS);
    this.tails = new Uint16Array(tailLength);
    let tailOffset = 0;
    for (const [word, bits] of merged) {
      const hash = hashSpan(word, 0, word.length);
      let slot = hash & this.mask;
      while (this.slots[slot * SLOT_WIDTH + LENGTH] !== 0) slot = (slot + 1) & this.mask;
      const at = slot * SLOT_WIDTH;
      this.bloom[(hash >>> 14) & this.bloomMask] |= bloomBits(hash);
      this.slots[at + HASH] = hash;
      this.slots[at + BITS] = bits;
      this.slots[at + LENGTH] = word.length;
      this.slots[at + TAIL] = tailOffset;
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        if (i < INLINE_CHARS) this.slots[at + CHARS + (i >> 1)] |= c << ((i & 1) * 16);
        else this.tails[tailOffset++] = c;
      }
    }
  }

  /** The bits of `text.slice(start, end)`, or 0 when no word matches (or the span is empty). */
  get(text: string, start: number, end: number): number {
    return this.getHashed(text, start, end, hashSpan(text, start, end));
  }

  /** `get` with the span's `hashSpan` already known: the scanner hashes a word as it reads it. */
  getHashed(text: string, start: number, end: number, hash: number): number {
    return this.probe(text, start, end - start, hash, false);
  }

  /**
   * `get` of the span in ASCII lower case, for an ASCII span: "Minister" finds "minister" with no
   * lower-case copy of the word made.
   */
  getAsciiFolded(text: string, start: number, end: number): number {
    let h = 0;
    for (let i = start; i < end; i++) h = hashStep(h, asciiLower(text.charCodeAt(i)));
    return this.probe(text, start, end - start, hashEnd(h, end - start), true);
  }

  /** True when `text.slice(start, end)` is in the table. */
  has(text: string, start: number, end: number): boolean {
    return this.get(text, start, end) !== 0;
  }

  /** The bits of the span with this hash (its characters ASCII lower-cased when `folded`), or 0. */
  private probe(text: string, start: number, length: number, hash: number, folded: boolean): number {
    if (length <= 0) return 0;
    const bits = bloomBits(hash);
    if ((this.bloom[(hash >>> 14) & this.bloomMask] & bits) !== bits) return 0;
    const slots = this.slots;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = slot * SLOT_WIDTH;
      const slotLength = slots[at + LENGTH];
      if (slotLength === 0) return 0;
      if (slots[at + HASH] === hash && slotLength === length && this.sameChars(at, text, start, length, folded)) return slots[at + BITS];
    }
  }

  private sameChars(at: number, text: string, start: number, length: number, folded: boolean): boolean {
    const slots = this.slots;
    let i = 0;
    if (!folded) {
      // Two characters per compare, packed as the slot packs them: most words are all inline.
      const pairs = Math.min(length, INLINE_CHARS) & ~1;
      for (; i < pairs; i += 2) if ((text.charCodeAt(start + i) | (text.charCodeAt(start + i + 1) << 16)) !== slots[at + CHARS + (i >> 1)]) return false;
    }
    for (; i < length; i++) {
      const expected = i < INLINE_CHARS ? (slots[at + CHARS + (i >> 1)] >>> ((i & 1) * 16)) & 0xffff : this.tails[slots[at + TAIL] + i - INLINE_CHARS];
      const c = text.charCodeAt(start + i);
      if (expected !== (folded ? asciiLower(c) : c)) return false;
    }
    return true;
  }
}

function asciiLower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

const SLOT_WIDTH = 8;
const HASH = 0;
const BITS = 1;
const LENGTH = 2;
/** Where the word's characters after the eighth start in `tails`. */
const TAIL = 3;
/** Four ints: the first eight characters, two per int. */
const CHARS = 4;
const INLINE_CHARS = 8;

/** Two bits of one 32-bit filter word, from hash bits that neither the slot nor the filter index use. */
function bloomBits(hash: number): number {
  return (1 << ((hash >>> 27) & 31)) | (1 << ((hash >>> 22) & 31));
}

/** A table of one set of words, each with bit 1: for `has` lookups. */
export function spanSet(words: Iterable<string>): SpanTable {
  const entries: [string, number][] = [];
  for (const word of words) entries.push([word, 1]);
  return new SpanTable(entries);
}

/**
 * The table's hash of text[start, end): `hashStep` over the characters from 0, then `hashEnd`.
 * Exported in parts so that a scanner can hash a word in the loop that finds its end.
 */
export function hashSpan(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
  return hashEnd(h, end - start);
}


/** Mixes in the length and spreads the bits: the table indexes by the low bits. */
export function hashEnd(h: number, length: number): number {
  h = Math.imul(h ^ length, 0x9e3779b1);
  return h ^ (h >>> 16);
}
