import type { BundleSnapshot, Entity, EntityMention } from '../bundle/api';

/** A mention in a file, with the entity it belongs to. */
export interface FileMention {
  readonly entity: Entity;
  readonly mention: EntityMention;
}

/**
 * The mentions in `file` that belong to an entity, in offset order. Reads the file's own data
 * when the snapshot offers it: `entity.mentions` spans the whole bundle (tens of thousands of
 * mentions for a common date) and is kept once built, so one file's view must not touch it.
 */
export function mentionsInFile(snapshot: BundleSnapshot, file: string): readonly FileMention[] {
  if (snapshot.mentionsIn) return snapshot.mentionsIn(file);
  const hits: FileMention[] = [];
  for (const entity of snapshot.entitiesIn(file)) {
    for (const mention of entity.mentions) if (mention.file === file) hits.push({ entity, mention });
  }
  return hits.sort((a, b) => a.mention.start - b.mention.start || a.mention.end - b.mention.end);
}

/** Per snapshot and file: each entity's mentions there (snapshots are immutable, so this stays valid). */
const byEntityCache = new WeakMap<BundleSnapshot, Map<string, ReadonlyMap<string, readonly EntityMention[]>>>();

/** The mentions of entity `entityId` in `file`, in offset order: grouped once per snapshot and file. */
export function entityMentionsInFile(snapshot: BundleSnapshot, entityId: string, file: string): readonly EntityMention[] {
  let perFile = byEntityCache.get(snapshot);
  if (!perFile) byEntityCache.set(snapshot, (perFile = new Map()));
  let byEntity = perFile.get(file);
  if (!byEntity) {
    const grouped = new Map<string, EntityMention[]>();
    for (const { entity, mention } of mentionsInFile(snapshot, file)) {
      const list = grouped.get(entity.id);
      if (list) list.push(mention);
      else grouped.set(entity.id, [mention]);
    }
    perFile.set(file, (byEntity = grouped));
  }
  return byEntity.get(entityId) ?? [];
}
