import type { BundleSnapshot, Entity, EntityMention, SourceEntry } from './api';
import type { ZoneRange } from '../model';
import { findMention } from './entityMentions';
import { type FileRecord, keyAt, mentionAt } from './fileRecord';
import type { KeyLookup } from './linking';

/** Read-only lookup by key (a Map, or the index's LayeredMap). */
interface Lookup<K, V> {
  get(key: K): V | undefined;
}

/**
 * An immutable view of the index at one moment; built by `BundleIndex.snapshot()`. Its tables
 * (records by file, entities by id) are handed over by the index, never copied here, so a
 * snapshot after an edit costs what the edit changed.
 */
export class Snapshot implements BundleSnapshot {
  private readonly inFile = new Map<string, readonly Entity[]>();

  constructor(
    readonly sources: readonly SourceEntry[],
    readonly entities: readonly Entity[],
    private readonly records: Lookup<string, FileRecord>,
    private readonly entityOfKey: KeyLookup,
    private readonly entityById: (id: string) => Entity | undefined,
    /** For records kept without their text (see `BundleIndex.setPrepared`). */
    private readonly loadText?: (file: string) => string | undefined,
  ) {}

  entity(id: string): Entity | undefined {
    return this.entityById(id);
  }

  entityAt(file: string, offset: number): { entity: Entity; mention: EntityMention } | undefined {
    const record = this.records.get(file);
    if (!record) return undefined;
    const { starts, ends } = record;
    // Last mention starting at or before offset, then back over any that overlap it.
    let lo = 0;
    let hi = record.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) {
      if (offset >= ends[i]) continue;
      const entity = this.entityOf(keyAt(record, i));
      const mention = entity && findMention(entity, file, starts[i]);
      if (entity && mention) return { entity, mention };
    }
    return undefined;
  }

  entitiesIn(file: string): readonly Entity[] {
    const cached = this.inFile.get(file);
    if (cached) return cached;
    const record = this.records.get(file);
    const seen = new Set<string>();
    const list: Entity[] = [];
    for (let i = 0; i < (record?.size ?? 0); i++) {
      const entity = this.entityOf(keyAt(record as FileRecord, i));
      if (entity && !seen.has(entity.id)) {
        seen.add(entity.id);
        list.push(entity);
      }
    }
    this.inFile.set(file, list);
    return list;
  }

  mentionsIn(file: string): readonly { entity: Entity; mention: EntityMention }[] {
    const record = this.records.get(file);
    if (!record) return [];
    // Slots by mention index keep the record's offset order without a sort.
    const slots: ({ entity: Entity; mention: EntityMention } | undefined)[] = new Array(record.size);
    const { distinctKeys, keyStart, keyOrder } = record;
    for (let j = 0; j < distinctKeys.length; j++) {
      const entity = this.entityOf(distinctKeys[j]);
      if (!entity) continue;
      for (let k = keyStart[j]; k < keyStart[j + 1]; k++) slots[keyOrder[k]] = { entity, mention: mentionAt(record, keyOrder[k]) };
    }
    return slots.filter((hit) => hit !== undefined);
  }

  /** Read through the loader again on every call for a record kept without its text. */
  text(file: string): string | undefined {
    const record = this.records.get(file);
    if (!record || record.skipped !== undefined) return undefined;
    return record.text ?? this.loadText?.(file);
  }

  zones(file: string): readonly ZoneRange[] | undefined {
    return this.records.get(file)?.zones;
  }

  private entityOf(key: string): Entity | undefined {
    const id = this.entityOfKey.get(key);
    return id === undefined ? undefined : this.entityById(id);
  }
}
