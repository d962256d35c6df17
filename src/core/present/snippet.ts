import { boldMarkdown, escapeMarkdown, toOneLine } from './markdownEscape';

/** How many characters of context a snippet keeps on each side of the mention, at most. */
const DEFAULT_CONTEXT = 60;
/** A cut may move this far to land on a word boundary instead of in the middle of a word. */
const WORD_SLACK = 15;
const ELLIPSIS = '…';

/**
 * One line of Markdown around `text[start..end)`: the mention in bold, the context escaped,
 * cut at the line's ends or after `context` characters (at a word boundary where one is near),
 * with an ellipsis where text was cut.
 */
export function mentionSnippet(text: string, start: number, end: number, context = DEFAULT_CONTEXT): string {
  const before = contextBefore(text, start, context);
  const after = contextAfter(text, end, context);
  const lead = before.cut ? ELLIPSIS : '';
  const tail = after.cut ? ELLIPSIS : '';
  const mention = toOneLine(text.slice(start, end));
  return `${lead}${escapeMarkdown(before.text.trimStart())}${boldMarkdown(mention)}${escapeMarkdown(after.text.trimEnd())}${tail}`;
}

/** Up to `context` characters before `start` on the same line. Only the window is scanned. */
function contextBefore(text: string, start: number, context: number): { text: string; cut: boolean } {
  const from = Math.max(0, start - context);
  let window = text.slice(from, start);
  const lineBreak = lastLineBreak(window);
  if (lineBreak >= 0) return { text: collapse(window.slice(lineBreak + 1)), cut: false };
  if (from === 0) return { text: collapse(window), cut: false };
  const space = window.search(/\s/);
  if (space >= 0 && space <= WORD_SLACK) window = window.slice(space + 1);
  return { text: collapse(window), cut: true };
}

/** Up to `context` characters after `end` on the same line. Only the window is scanned. */
function contextAfter(text: string, end: number, context: number): { text: string; cut: boolean } {
  const to = Math.min(text.length, end + context);
  let window = text.slice(end, to);
  const lineBreak = window.search(/[\r\n\u2028\u2029]/);
  if (lineBreak >= 0) return { text: collapse(window.slice(0, lineBreak)), cut: false };
  if (to === text.length) return { text: collapse(window), cut: false };
  const space = lastWhitespace(window);
  if (space >= 0 && window.length - space <= WORD_SLACK) window = window.slice(0, space);
  return { text: collapse(window), cut: true };
}

function lastLineBreak(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s[i];
    if (c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029') return i;
  }
  return -1;
}

function lastWhitespace(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) if (/\s/.test(s[i])) return i;
  return -1;
}

/** Tabs and runs of spaces become one space; the edges keep one space so words stay apart. */
function collapse(s: string): string {
  return s.replace(/\s+/g, ' ');
}
