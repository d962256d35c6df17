import type { BundleSnapshot, Entity, EntityMention } from '../bundle/api';
import type { MentionKind } from '../model';
import { entityLabel, KIND_NAMES, KINDS } from './entityLabel';
import { mentionsInFile } from './fileMentions';

/** One entity as the file's outline lists it. */
export interface OutlineEntity {
  readonly entity: Entity;
  readonly label: string;
  /** Short extra text: how often the file mentions it, what a rate applies to. */
  readonly detail: string;
  /** Its mentions in this file, in order (at least one). */
  readonly mentions: readonly EntityMention[];
}

export interface OutlineGroup {
  readonly kind: MentionKind;
  /** "People", "Tariff rates", "Dates". */
  readonly label: string;
  readonly entities: readonly OutlineEntity[];
}

/**
 * The entities `file` mentions, grouped by kind (people, rates, dates; empty groups left out),
 * each group in order of first mention.
 */
export function fileOutline(snapshot: BundleSnapshot, file: string): OutlineGroup[] {
  // Entities in order of first mention, each with its mentions here (a Map keeps insertion order).
  const inFile = new Map<string, { entity: Entity; mentions: EntityMention[] }>();
  for (const { entity, mention } of mentionsInFile(snapshot, file)) {
    const seen = inFile.get(entity.id);
    if (seen) seen.mentions.push(mention);
    else inFile.set(entity.id, { entity, mentions: [mention] });
  }
  const byKind = new Map<MentionKind, OutlineEntity[]>(KINDS.map((kind) => [kind, []]));
  for (const { entity, mentions } of inFile.values()) {
    byKind.get(entity.kind)?.push({ entity, label: entityLabel(entity), detail: detailOf(entity, mentions), mentions });
  }
  return KINDS.filter((kind) => byKind.get(kind)?.length).map((kind) => ({
    kind,
    label: KIND_NAMES[kind].many,
    entities: byKind.get(kind) ?? [],
  }));
}

function detailOf(entity: Entity, mentions: readonly EntityMention[]): string {
  const parts: string[] = [];
  if (entity.kind === 'rate') {
    const appliesTo = mentions.map((m) => m.mention.rate?.appliesTo).find(Boolean);
    if (appliesTo) parts.push(appliesTo);
  }
  if (mentions.length > 1) parts.push(`×${mentions.length}`);
  return parts.join(' ');
}
