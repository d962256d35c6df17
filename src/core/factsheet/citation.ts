import type { EntityMention } from '../bundle/api';
import { escapeMarkdownProse as escapeMarkdown } from '../present/markdownEscape';
import { CITED_FILES, type FileCitations } from './mentions';

/** Where the fact sheet sits relative to the bundle root, so its links resolve from there. */
export interface LinkContext {
  /** Prefix from the fact sheet's folder to the bundle root: "" or "../" (always with `/`). */
  readonly linkBase: string;
}

/** `[file:line](path#Lline)`: the label escaped, the path URL-encoded per segment. */
export function cite(file: string, line: number, links: LinkContext): string {
  const href = links.linkBase + file.split('/').map(encodeURIComponent).join('/') + `#L${line}`;
  return `[${escapeMarkdown(`${file}:${line}`)}](${href})`;
}

export function citeMention(mention: EntityMention, links: LinkContext): string {
  return cite(mention.file, mention.line, links);
}

/** Citations for many mentions: one per file (its first mention), at most `limit`, then a count. */
export function citeFiles(citations: FileCitations, links: LinkContext, limit = CITED_FILES): string {
  const shown = citations.firstPerFile.slice(0, limit).map((m) => citeMention(m, links));
  const more = citations.fileCount - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}
