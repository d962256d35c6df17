import type { BundleSnapshot, EntityMention } from '../../bundle/api';
import { mentionsInFile } from '../../present/fileMentions';
import { escapeMarkdownProse as escapeMarkdown } from '../../present/markdownEscape';
import { citeMention } from '../citation';
import { byText, type FactSheetOptions, zoneNote } from '../options';
import { findQuotes } from '../quotes';

const MAX_QUOTE = 280;

/** Direct quotations attributed to a named person, in bundle order, each with its citation. */
export function renderQuotes(snapshot: BundleSnapshot, options: FactSheetOptions): string[] {
  const lines = ['## Quotes', ''];
  // File by file, so only one file's mentions and text are held at a time.
  for (const file of snapshot.sources.map((s) => s.file).sort(byText)) {
    const names = new Map<EntityMention, string>();
    for (const { entity, mention } of mentionsInFile(snapshot, file)) {
      if (entity.kind === 'person' && (options.includeNonBody || mention.zone === 'body')) names.set(mention, entity.name);
    }
    if (names.size === 0) continue;
    const text = snapshot.text(file);
    if (text === undefined) continue;
    const people = [...names.keys()].sort((a, b) => a.start - b.start);
    const quotes = findQuotes(text, people).map((q) => {
      const words = q.text.length > MAX_QUOTE ? q.text.slice(0, MAX_QUOTE).replace(/\s\S*$/, '') + ' …' : q.text;
      const who = escapeMarkdown(names.get(q.speaker) ?? q.speaker.text);
      return `- **${who}**: “${escapeMarkdown(words.replace(/\s+/g, ' ').trim())}”${zoneNote(q.speaker)} — ${citeMention(q.speaker, options)}`;
    });
    // One flat string per file: each line built above is a tree of string pieces several times its size.
    if (quotes.length) lines.push(quotes.join('\n'));
  }
  if (lines.length === 2) lines.push('_No attributed quotations found._');
  return lines;
}
