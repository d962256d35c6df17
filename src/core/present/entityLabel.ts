import type { Entity } from '../bundle/api';
import type { MentionKind } from '../model';

/** Plain-text names of the kinds, singular and plural, for labels and headings. */
export const KIND_NAMES: Readonly<Record<MentionKind, { one: string; many: string }>> = {
  person: { one: 'person', many: 'People' },
  rate: { one: 'tariff rate', many: 'Tariff rates' },
  date: { one: 'date', many: 'Dates' },
};

/** The kinds in the order views list them. */
export const KINDS: readonly MentionKind[] = ['person', 'rate', 'date'];

/**
 * How an entity is named in views (plain text, not escaped): a person's canonical name, a rate
 * as a percentage ("24%"), a date's TIMEX3 value, or the first surface form when the value is
 * empty (an unresolved date).
 */
export function entityLabel(entity: Entity): string {
  const name = entity.name || entity.aliases[0] || entity.mentions[0]?.text || entity.id;
  return entity.kind === 'rate' && entity.name ? `${name}%` : name;
}

/** The surface forms of `entity` other than its canonical label, without duplicates. */
export function entityVariants(entity: Entity): string[] {
  const label = entityLabel(entity).toLowerCase();
  const seen = new Set<string>([label, entity.name.toLowerCase()]);
  const variants: string[] = [];
  for (const alias of entity.aliases) {
    const key = alias.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    variants.push(alias);
  }
  return variants;
}
