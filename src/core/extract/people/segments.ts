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
 */
export function segmentRun(run: Run, out: Segment[]): void {
  const tokens = run.tokens;
  if (tokens.length === 1) {
    // Most runs are one word ("Japan", "Trump"): no cutting to do.
    const kind = tokens[0].kind;
    if (kind === TokenKind.Word || kind === TokenKind.Initial || kind === TokenKind.Suffix) {
      out.push({ tokens: tokens as Token[], titled: false, roleStart: -1, roleEnd: -1, runStart: true, beforeTitle: false });
    }
    return;
  }
  let current: Token[] = [];
  let currentStartsRun = true;
  let titled = false;
  let roleStart = -1;
  let roleEnd = -1;
  const phraseStart = tokens[0].start;

  const flush = (beforeTitle: boolean): void => {
    if (current.length > 0) {
      out.push({ tokens: current, titled, roleStart, roleEnd, runStart: currentStartsRun, beforeTitle });
    }
    current = [];
    currentStartsRun = false;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    switch (token.kind) {
      case TokenKind.Break:
        flush(false);
        titled = false;
        roleStart = roleEnd = -1;
        break;
      case TokenKind.Honorific:
        flush(false);
        titled = true;
        roleStart = roleEnd = -1;
        break;
      case TokenKind.Title:
        // "Martin Luther King": a name-like title after a name, with no name after it, is the name.
        if (current.length > 0 && token.flags & Lex.NameLikeTitle && !startsName(tokens[i + 1])) {
          current.push(token);
          break;
        }
        flush(true);
        titled = true;
        if (roleStart < 0) roleStart = phraseStart;
        roleEnd = token.end;
        break;
      default:
        current.push(token);
    }
  }
  flush(false);
}

function startsName(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === TokenKind.Word || token.kind === TokenKind.Initial);
}
