import { endsSentence, tokenizeInto, type Token } from './clause';
import { LayoutKeeper } from '../../layoutKeeper';

/** How far a sentence may reach from the number: long enough for news sentences, short enough to stay O(1). */
export const MAX_REACH = 320;
/** Tokens handed to the decision on either side of the number. */
const MAX_BEFORE = 24;
const MAX_AFTER = 30;

/** The sentence around one number, cut at MAX_REACH, with its words on either side of the number. */
export interface NumberSentence {
  readonly from: number;
  readonly to: number;
  /** Tokens between `from` and the number, nearest first. */
  readonly before: Token[];
  /** Tokens between the number and `to`, nearest first. */
  readonly after: Token[];
}

/** Keeps the layout of SentenceWindow objects across full garbage collections (see LayoutKeeper). */
const SENTENCE_WINDOW = new LayoutKeeper();

/**
 * Sentences and words around numbers visited in text order. Each character is scanned for a sentence end
 * and tokenised at most once however the windows of neighbouring numbers overlap, so a 5 MB line of
 * "25% tariffs 25% tariffs …" stays linear.
 */
export class SentenceWindow {
  private lastStart = -1;
  private lastFrom = 0;
  /** The first sentence end at or after `forwardOrigin`, once found. */
  private nextEnd = -1;
  private forwardOrigin = 0;
  /** Scanned forward from `forwardOrigin` up to here without finding a sentence end. */
  private forwardScanned = 0;
  private readonly tokens: Token[] = [];
  private head = 0;
  private tokenizedTo = 0;

  constructor(private readonly text: string) {
    SENTENCE_WINDOW.keep(this);
  }

  /** [from, to) of the sentence around text[start, end). `start` must not decrease from one call to the next. */
  bounds(start: number, end: number): [number, number] {
    return [this.sentenceStart(start), this.sentenceEnd(end)];
  }

  /** The words of the sentence `bounds` just returned, on either side of the number text[start, end). */
  words(from: number, start: number, end: number, to: number): NumberSentence {
    this.tokenizeTo(from, to);
    const { before, after } = this.split(from, start, end, to);
    return { from, to, before, after };
  }

  private sentenceStart(start: number): number {
    const low = Math.max(0, start - MAX_REACH);
    const stop = Math.max(low, this.lastStart);
    const text = this.text; // a local: the loop reads it for every character
    let i = start;
    while (i > stop && !endsSentence(text, i - 1)) i--;
    const from = i > stop || i === low ? i : Math.max(this.lastFrom, low);
    this.lastStart = start;
    this.lastFrom = from;
    return from;
  }

  private sentenceEnd(end: number): number {
    const high = Math.min(this.text.length, end + MAX_REACH);
    if (this.nextEnd >= end) return Math.min(this.nextEnd, high);
    if (this.nextEnd >= 0 || end < this.forwardOrigin || end > this.forwardScanned) {
      this.nextEnd = -1;
      this.forwardOrigin = end;
      this.forwardScanned = end;
    }
    const text = this.text; // a local: the loop reads it for every character
    let i = this.forwardScanned;
    while (i < high && !endsSentence(text, i)) i++;
    this.forwardScanned = i;
    if (i < high) {
      this.nextEnd = i;
      return i;
    }
    return high;
  }

  private tokenizeTo(from: number, to: number): void {
    if (this.tokenizedTo < from) {
      this.tokens.length = 0;
      this.head = 0;
      this.tokenizedTo = from;
    }
    if (this.tokenizedTo < to) this.tokenizedTo = tokenizeInto(this.tokens, this.text, this.tokenizedTo, to);
    while (this.head < this.tokens.length && this.tokens[this.head].start < from) this.head++;
    // Tokens before the sentence are dropped as soon as they outnumber the rest: each young-generation collection
    // copies every token still held (and promotes it the second time), which cost more than this copying, O(1) per token.
    if (this.head * 2 > this.tokens.length) {
      this.tokens.splice(0, this.head);
      this.head = 0;
    }
  }

  private split(from: number, start: number, end: number, to: number): { before: Token[]; after: Token[] } {
    const tokens = this.tokens;
    let k = this.head;
    while (k < tokens.length && tokens[k].end <= start) k++;
    const before: Token[] = [];
    for (let b = k - 1; b >= this.head && before.length < MAX_BEFORE; b--) if (tokens[b].start >= from) before.push(tokens[b]);
    while (k < tokens.length && tokens[k].start < end) k++;
    const after: Token[] = [];
    for (let a = k; a < tokens.length && after.length < MAX_AFTER && tokens[a].end <= to; a++) after.push(tokens[a]);
    return { before, after };
  }
}
