import { lineAt, lineStarts } from '../extract/textUtil';

/** A 0-based line and UTF-16 column, as editors count them. */
export interface TextPosition {
  readonly line: number;
  readonly character: number;
}

/** Offset → line and column in one text, by binary search over its line starts (built once). */
export class LineIndex {
  private readonly starts: readonly number[];

  constructor(private readonly length: number, starts: readonly number[]) {
    this.starts = starts;
  }

  static of(text: string): LineIndex {
    return new LineIndex(text.length, lineStarts(text));
  }

  /** The position of `offset`, clamped to the text. */
  positionAt(offset: number): TextPosition {
    const clamped = Math.max(0, Math.min(offset, this.length));
    const line = lineAt(this.starts, clamped) - 1;
    return { line, character: clamped - this.starts[line] };
  }
}
