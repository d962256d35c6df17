import { Lex } from './lexiconIndex';
import { type Run, type Token, TokenKind } from './tokens';

/** A stretch of a run that may be one person's name, with what precedes it in the run. */
export interface Segment {
  /** Name tokens (words, initials, suffixes), in text order. */
  tokens: Token[];
  /** An honorific ("Mr") or title ("Secretary") stands right before the segment in its run. */
  readonly titled: boolean;
  /** The title phrase before the name ("U.S. Treasury Secretary"), as offsets; -1 when none. */
  readonly roleStart: number;
  readonly roleEnd: number;
  /** The segment starts its run: what precedes it is lower-case text or punctuation. */
  readonly runStart: boolean;
  /** Words before a title ("Treasury" in "Treasury Secretary"): modifiers, never a name. */
  readonly beforeTitle: boolean;
}

/**
 * Cuts a run at tokens that cannot be inside a name (function words, acronyms) and at titles,
 * so "U.S. Treasury Secretary Scott Bessent" gives the name "Scott Bessent" with its role.
 * Writes the segments to `out` from index 0 and returns how many: the caller reuses one array.
 */
export function segmentRun(run: Run, out: Segment[]): number {
  const tokens = run.tokens;
  const n = run.length;
  if (n === 1) {
    // Most runs are one word ("Japan", "Trump"): no cutting to do.
    const kind = tokens[0].kind;
    if (kind === TokenKind.Word || kind === TokenKind.Initial || kind === TokenKind.Suffix) {
      out[0] = { tokens: [tokens[0]], titled: false, roleStart: -1, roleEnd: -1, runStart: true, beforeTitle: false };
      return 1;
    }
    return 0;
  }
  let count = 0;
  // The segment being read is tokens[from, i): copied out exactly when it ends.
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
    if (i > from) out[count++] = { tokens: tokens.slice(from, i), titled, roleStart, roleEnd, runStart: from === 0, beforeTitle: kind === TokenKind.Title };
    from = i + 1;
    titled = kind !== TokenKind.Break;
    if (kind === TokenKind.Title) {
      if (roleStart < 0) roleStart = phraseStart;
      roleEnd = token.end;
    } else {
      roleStart = roleEnd = -1;
    }
  }
  if (n > from) out[count++] = { tokens: tokens.slice(from, n), titled, roleStart, roleEnd, runStart: from === 0, beforeTitle: false };
  return count;
}

function startsName(tokens: readonly Token[], i: number, n: number): boolean {
  if (i >= n) return false;
  const kind = tokens[i].kind;
  return kind === TokenKind.Word || kind === TokenKind.Initial;
}
