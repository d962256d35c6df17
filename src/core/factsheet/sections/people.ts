import type { BundleSnapshot, Entity, EntityMention } from '../../bundle/api';
import { escapeMarkdownProse as escapeMarkdown } from '../../present/markdownEscape';
import { citeMention } from '../citation';
import { digestMentions } from '../mentions';
import { byText, type FactSheetOptions, zoneNote } from '../options';
import { plural } from './summary';

const MAX_ROLES = 3;

/** Canonical name, roles as the sources give them, sources and mentions, first mention. */
export function renderPeople(snapshot: BundleSnapshot, options: FactSheetOptions): string[] {
  const people = snapshot.entities
    .filter((e) => e.kind === 'person')
    .map((entity) => {
      const roles = new RoleCounts();
      return { entity, roles, ...digestMentions(entity, options, (m) => roles.add(m)) };
    })
    .filter((p) => p.count > 0)
    .sort((a, b) => b.fileCount - a.fileCount || b.count - a.count || byText(a.entity.name, b.entity.name));
  const lines = ['## People', ''];
  if (people.length === 0) return [...lines, '_No people found._'];
  for (const { entity, roles, count, fileCount, first } of people) {
    const shown = roles.top();
    const name = `**${escapeMarkdown(entity.name)}**${shown.length ? ` — ${shown.map(escapeMarkdown).join('; ')}` : ''}`;
    const counts = `${plural(fileCount, 'source')}, ${plural(count, 'mention')}`;
    lines.push(`- ${name} · ${counts} · first: ${citeMention(first!, options)}${zoneNote(first!)}${ambiguity(entity, snapshot)}`);
  }
  return lines;
}

/** Roles as the sources give them, counted case-insensitively (the first spelling seen is shown). */
class RoleCounts {
  private readonly counts = new Map<string, { role: string; n: number }>();

  add(m: EntityMention): void {
    const role = m.mention.person?.role?.trim();
    if (!role) return;
    const key = role.toLowerCase();
    const entry = this.counts.get(key) ?? { role, n: 0 };
    entry.n++;
    this.counts.set(key, entry);
  }

  /** Distinct roles, the most often given first, at most a few. */
  top(): string[] {
    return [...this.counts.values()]
      .sort((a, b) => b.n - a.n || byText(a.role, b.role))
      .slice(0, MAX_ROLES)
      .map((r) => r.role);
  }
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
