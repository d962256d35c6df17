/**
 * Escaping for Markdown that VS Code renders (hovers, tooltips, fact sheets). Source files are
 * untrusted: whatever they contain must show as the same plain text, never as a link, an image,
 * HTML, a command or formatting. Every builder of Markdown from source text goes through here.
 */

/** Every ASCII punctuation character: CommonMark lets each be backslash-escaped to stand for itself. */
const ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/**
 * Characters that can reorder or hide what is shown (bidirectional overrides, zero-width
 * joiners, the byte-order mark) and C0/C1 controls other than tab and line breaks.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g;

/**
 * Makes `text` render as itself inside Markdown inline content. Backslash-escaping all ASCII
 * punctuation defeats links, images, autolinks (`http\:`, `www\.`, `a\@b`), HTML tags and
 * entities (`\<`, `\&`), emphasis, code spans, tables and block markers in one rule, and the
 * result stays readable where Markdown is shown raw. Line breaks become spaces so a piece of
 * text cannot start a new block; invisible control characters are dropped.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(INVISIBLE, '').replace(LINE_BREAKS, ' ').replace(ASCII_PUNCTUATION, '\\$&');
}

/** Collapses runs of whitespace (line breaks included) to one space and trims: for one-line labels. */
export function toOneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * `text` in bold, escaped. Bold needs a non-space character at each inner edge, so surrounding
 * whitespace stays outside the asterisks.
 */
export function boldMarkdown(text: string): string {
  const inner = text.trim();
  if (!inner) return escapeMarkdown(text);
  const lead = text.slice(0, text.length - text.trimStart().length);
  const trail = text.slice(lead.length + inner.length);
  return `${escapeMarkdown(lead)}**${escapeMarkdown(inner)}**${escapeMarkdown(trail)}`;
}

/**
 * A `command:` URI for a Markdown link: the arguments are JSON, percent-encoded as VS Code
 * decodes them, with the characters Markdown link destinations treat specially encoded too.
 * Only our own command ids are passed here (see the hover's `isTrusted.enabledCommands`).
 */
export function commandUri(command: string, args: readonly unknown[]): string {
  const encoded = encodeURIComponent(JSON.stringify(args)).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `command:${command}?${encoded}`;
}

/**
 * A Markdown link whose text is escaped source text and whose target we built ourselves.
 * The label is never empty (an empty label would make the link invisible).
 */
export function markdownLink(label: string, target: string): string {
  const text = escapeMarkdown(toOneLine(label)) || '(untitled)';
  return `[${text}](${target})`;
}

/** The ASCII characters that can start inline syntax in CommonMark or GFM (math `$` included). */
const INLINE_SYNTAX = /[\\`*_[\]<>&|~$!]/g;
/** GFM turns bare URLs, `www.` hosts and e-mail addresses into links: break them apart. */
const AUTOLINK = /(?<=\b(?:https?|ftp|mailto|file|command|vscode|javascript|data)):|(?<=\bwww)\.|@/gi;

/**
 * Like {@link escapeMarkdown}, for long prose that people also read raw (the fact sheet, whose
 * diffs matter): only characters that can act are escaped, so "U.S. tariffs" stays "U.S. tariffs".
 * Text escaped here must be used inline, after other content on its line (never at a line start,
 * where "1." or "#" could begin a block).
 */
export function escapeMarkdownProse(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(LINE_BREAKS, ' ')
    .replace(INLINE_SYNTAX, '\\$&')
    .replace(AUTOLINK, '\\$&');
}
