import { Lex } from './lexiconIndex';
import { type Run, type Token, TokenKind } from './tokens';

/**
 * A stretch of a run that may be one person's name, with what precedes it in the run. It holds
 * offsets into the run's token buffer, not a copy: most segments make no candidate, so they cost
 * no array (the candidate slices its own tokens).
 */
export interface Segment {
  /** The segment is `run.tokens[from, to)`: name tokens (words, initials, suffixes), in text order. */
  from: number;
  to: number;
  /** An honorific ("Mr") or title ("Secretary") stands right before the segment in its run. */
  titled: boolean;
  /** The title phrase before the name ("U.S. Treasury Secretary"), as offsets; -1 when none. */
  roleStart: number;
  roleEnd: number;
  /** The segment starts its run: what precedes it is lower-case text or punctuation. */
  runStart: boolean;
  /** Words before a title ("Treasury" in "Treasury Secretary"): modifiers, never a name. */
  beforeTitle: boolean;
}

/**
 * Cuts a run at tokens that cannot be inside a name (function words, acronyms) and at titles,
 * so "U.S. Treasury Secretary Scott Bessent" gives the name "Scott Bessent" with its role.
 * Writes the segments to `out` from index 0 and returns how many: the caller reuses one array,
 * and its segment objects too (they are valid until the next call).
 */
export function segmentRun(run: Run, out: Segment[]): number {
  const tokens = run.tokens;
  const n = run.length;
  if (n === 1) {
    // Most runs are one word ("Japan", "Trump"): no cutting to do.
    const kind = tokens[0].kind;
    if (kind === TokenKind.Word || kind === TokenKind.Initial || kind === TokenKind.Suffix) {
      setSegment(out, 0, 0, 1, false, -1, -1, false);
      return 1;
    }
    return 0;
  }
  let count = 0;
  // The segment being read is tokens[from, i): written out exactly when it ends.
  let from = 0;
  let titled = false;
  let roleStart = -1;
  let roleEnd = -1;
  const phraseStart = tokens[0].start;
  for (let i = 0; i < n; i++) {
    const token = tokens[i];
    const kind = token.kind;
    // "Martin Luther King": a name-like title after a name, with no name after it, is the name.
    const nameEnd = kind === TokenKind.Title && i > from && (token.flags & Lex.NameLikeTitle) !== 0 && !startsName(tokens, i + 1, n);
    if (nameEnd || kind === TokenKind.Word || kind === TokenKind.Initial || kind === TokenKind.Suffix) continue;
    // A break, honorific or title ends the segment before it.
    if (i > from) setSegment(out, count++, from, i, titled, roleStart, roleEnd, kind === TokenKind.Title);
    from = i + 1;
    titled = kind !== TokenKind.Break;
    if (kind === TokenKind.Title) {
      if (roleStart < 0) roleStart = phraseStart;
      roleEnd = token.end;
    } else {
      roleStart = roleEnd = -1;
    }
  }
  if (n > from) setSegment(out, count++, from, n, titled, roleStart, roleEnd, false);
  return count;
}

/** Fills `out[index]`, reusing the object there: one segment object per slot for the whole text. */
function setSegment(out: Segment[], index: number, from: number, to: number, titled: boolean, roleStart: number, roleEnd: number, beforeTitle: boolean): void {
  const segment = out[index];
  if (segment === undefined) {
    out[index] = { from, to, titled, roleStart, roleEnd, runStart: from === 0, beforeTitle };
    return;
  }
  segment.from = from;
  segment.to = to;
  segment.titled = titled;
  segment.roleStart = roleStart;
  segment.roleEnd = roleEnd;
  segment.runStart = from === 0;
  segment.beforeTitle = beforeTitle;
}

function startsName(tokens: readonly Token[], i: number, n: number): boolean {
  if (i >= n) return false;
  const kind = tokens[i].kind;
  return kind === TokenKind.Word || kind === TokenKind.Initial;
}
