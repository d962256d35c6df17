import { CharClass, charClass } from '../chars';
import { LayoutKeeper } from '../../../layoutKeeper';

/**
 * Whether a line holds a lower-case letter (it is no headline in capitals), asked about spans in
 * text order: the cursors only move forward, so all the questions of a text read it at most twice,
 * even when the text is one long line.
 */
export class LineCase {
  /** text[0, behind) is read: where its last lower-case letter and its last line break are. */
  private behind = 0;
  private lastLower = -1;
  private lastBreak = -1;
  /** The first lower-case letter and line break at or after the end last asked about (the text's length for none). */
  private nextLower = -1;
  private nextBreak = -1;

  constructor(private readonly text: string) {
    LINE_CASE.keep(this);
  }

  /** The line that holds text[start, end) has a lower-case letter outside it. */
  isMixed(start: number, end: number): boolean {
    const text = this.text;
    for (; this.behind < start; this.behind++) {
      const c = text.charCodeAt(this.behind);
      if (c === 10 || c === 13) this.lastBreak = this.behind;
      else if (charClass(c) === CharClass.Lower) this.lastLower = this.behind;
    }
    if (this.lastLower > this.lastBreak) return true;
    // A position found for an earlier end stays right while it is at or after this end.
    if (this.nextLower < end) this.nextLower = this.firstFrom(end, true);
    if (this.nextBreak < end) this.nextBreak = this.firstFrom(end, false);
    return this.nextLower < this.nextBreak;
  }

  /** The first lower-case letter (or line break) at or after `from`, or the text's length. */
  private firstFrom(from: number, lower: boolean): number {
    const text = this.text;
    for (let i = from; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (lower ? charClass(c) === CharClass.Lower : c === 10 || c === 13) return i;
    }
    return text.length;
  }
}

/** Keeps the layout of LineCase objects across full garbage collections (see LayoutKeeper). */
const LINE_CASE = new LayoutKeeper();
