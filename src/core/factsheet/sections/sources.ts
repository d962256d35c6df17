import type { BundleSnapshot } from '../../bundle/api';
import { escapeMarkdownProse as escapeMarkdown } from '../../present/markdownEscape';
import { cite } from '../citation';
import type { FactSheetOptions } from '../options';

/** One line per source: title, outlet, byline, published date, file. */
export function renderSources(snapshot: BundleSnapshot, options: FactSheetOptions): string[] {
  const lines = ['## Sources', ''];
  for (const source of snapshot.sources) {
    const { title, outlet, byline, published } = source.metadata;
    const facts = [outlet, byline && `by ${byline}`, published].filter((f): f is string => !!f).map(escapeMarkdown);
    const name = `**${escapeMarkdown(title ?? source.file)}**`;
    const skipped = source.skipped ? ` (not indexed: ${escapeMarkdown(source.skipped)})` : '';
    lines.push(`- ${[name, ...facts].join(' · ')}${skipped} · ${cite(source.file, 1, options)}`);
  }
  if (snapshot.sources.length === 0) lines.push('_No sources found._');
  return lines;
}
