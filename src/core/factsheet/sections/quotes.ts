import type { BundleSnapshot, EntityMention } from '../../bundle/api';
import { escapeMarkdownProse as escapeMarkdown } from '../../present/markdownEscape';
import { citeMention } from '../citation';
import { byText, type FactSheetOptions, usableMentions, zoneNote } from '../options';
import { findQuotes } from '../quotes';

const MAX_QUOTE = 280;

/** Direct quotations attributed to a named person, in bundle order, each with its citation. */
export function renderQuotes(snapshot: BundleSnapshot, options: FactSheetOptions): string[] {
  const byFile = new Map<string, EntityMention[]>();
  const names = new Map<EntityMention, string>();
  for (const entity of snapshot.entities) {
    if (entity.kind !== 'person') continue;
    for (const m of usableMentions(entity, options)) {
      names.set(m, entity.name);
      const list = byFile.get(m.file) ?? [];
      list.push(m);
      byFile.set(m.file, list);
    }
  }
  const lines = ['## Quotes', ''];
  for (const file of [...byFile.keys()].sort(byText)) {
    const text = snapshot.text(file);
    if (text === undefined) continue;
    const people = byFile.get(file)!.sort((a, b) => a.start - b.start);
    for (const q of findQuotes(text, people)) {
      const words = q.text.length > MAX_QUOTE ? q.text.slice(0, MAX_QUOTE).replace(/\s\S*$/, '') + ' …' : q.text;
      const who = escapeMarkdown(names.get(q.speaker) ?? q.speaker.text);
      lines.push(`- **${who}**: “${escapeMarkdown(words.replace(/\s+/g, ' ').trim())}”${zoneNote(q.speaker)} — ${citeMention(q.speaker, options)}`);
    }
  }
  if (lines.length === 2) lines.push('_No attributed quotations found._');
  return lines;
}
