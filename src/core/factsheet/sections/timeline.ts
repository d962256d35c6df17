import type { BundleSnapshot, Entity } from '../../bundle/api';
import { escapeMarkdownProse as escapeMarkdown } from '../../present/markdownEscape';
import { citeFiles } from '../citation';
import { digestMentions, firstMention, type MentionDigest } from '../mentions';
import { byText, type FactSheetOptions, zoneNote } from '../options';
import { sentenceAround } from '../sentence';

/** Resolved dates in order, each with its shortened sentence and citations; the rest apart. */
export function renderTimeline(snapshot: BundleSnapshot, options: FactSheetOptions): string[] {
  const dates = snapshot.entities
    .filter((e) => e.kind === 'date')
    .map((entity) => ({ entity, mentions: digestMentions(entity, options) }))
    .filter((d) => d.mentions.count > 0);
  const resolved = dates.filter((d) => isCalendarValue(d.entity.name)).sort((a, b) => byText(a.entity.name, b.entity.name));
  const other = dates.filter((d) => !isCalendarValue(d.entity.name)).sort((a, b) => byText(label(a.entity), label(b.entity)));

  const lines = ['## Timeline', ''];
  if (resolved.length === 0) lines.push('_No resolved dates._');
  for (const d of resolved) lines.push(entry(d.entity.name, d.mentions, snapshot, options));
  if (other.length) {
    lines.push('', '### Unresolved or partial dates', '');
    for (const d of other) lines.push(entry(label(d.entity), d.mentions, snapshot, options));
  }
  return lines;
}

/** A value that sorts on the calendar: it starts with a year ("2025", "2025-04-16", "2025-W16"). */
function isCalendarValue(value: string): boolean {
  return /^\d{4}/.test(value);
}

function label(entity: Entity): string {
  return entity.name || `"${firstMention(entity)?.text ?? ''}"`;
}

function entry(heading: string, mentions: MentionDigest, snapshot: BundleSnapshot, options: FactSheetOptions): string {
  const first = mentions.first!;
  const text = snapshot.text(first.file);
  const sentence = text === undefined ? first.text : sentenceAround(text, first.start, first.end);
  return `- **${escapeMarkdown(heading)}** — ${escapeMarkdown(sentence)}${zoneNote(first)} — ${citeFiles(mentions, options)}`;
}
