import type { BundleSnapshot, Entity, EntityMention } from '../../bundle/api';
import { escapeMarkdownProse as escapeMarkdown } from '../../present/markdownEscape';
import { citeMention, uniqueByFile } from '../citation';
import { byText, type FactSheetOptions, usableMentions, zoneNote } from '../options';
import { plural } from './summary';

const MAX_ROLES = 3;

/** Canonical name, roles as the sources give them, sources and mentions, first mention. */
export function renderPeople(snapshot: BundleSnapshot, options: FactSheetOptions): string[] {
  const people = snapshot.entities
    .filter((e) => e.kind === 'person')
    .map((entity) => ({ entity, mentions: usableMentions(entity, options) }))
    .filter((p) => p.mentions.length > 0)
    .map((p) => ({ ...p, files: uniqueByFile(p.mentions).length }))
    .sort((a, b) => b.files - a.files || b.mentions.length - a.mentions.length || byText(a.entity.name, b.entity.name));
  const lines = ['## People', ''];
  if (people.length === 0) return [...lines, '_No people found._'];
  for (const { entity, mentions, files } of people) {
    const roles = rolesOf(mentions);
    const name = `**${escapeMarkdown(entity.name)}**${roles.length ? ` — ${roles.map(escapeMarkdown).join('; ')}` : ''}`;
    const first = mentions[0];
    const counts = `${plural(files, 'source')}, ${plural(mentions.length, 'mention')}`;
    lines.push(`- ${name} · ${counts} · first: ${citeMention(first, options)}${zoneNote(first)}${ambiguity(entity, snapshot)}`);
  }
  return lines;
}

/** Distinct roles, the most often given first (case-insensitive), at most a few. */
function rolesOf(mentions: readonly EntityMention[]): string[] {
  const counts = new Map<string, { role: string; n: number }>();
  for (const m of mentions) {
    const role = m.mention.person?.role?.trim();
    if (!role) continue;
    const key = role.toLowerCase();
    const entry = counts.get(key) ?? { role, n: 0 };
    entry.n++;
    counts.set(key, entry);
  }
  return [...counts.values()]
    .sort((a, b) => b.n - a.n || byText(a.role, b.role))
    .slice(0, MAX_ROLES)
    .map((r) => r.role);
}

function ambiguity(entity: Entity, snapshot: BundleSnapshot): string {
  const names = (ids: readonly string[]) =>
    ids
      .map((id) => snapshot.entity(id)?.name)
      .filter((n): n is string => !!n)
      .sort(byText)
      .map(escapeMarkdown)
      .join(', ');
  const notes: string[] = [];
  if (entity.ambiguousWith.length) notes.push(`could be ${names(entity.ambiguousWith)}`);
  if (entity.possibleMatches.length) notes.push(`possibly the same as ${names(entity.possibleMatches)}`);
  return notes.length ? ` · _${notes.join('; ')}_` : '';
}
