import type { BundleSnapshot, Entity, EntityMention, SourceEntry } from './api';
import type { ZoneRange } from '../model';
import { findMention } from './entityMentions';
import type { FileRecord } from './fileRecord';
import type { KeyLookup } from './linking';

/** An immutable view of the index at one moment; built by `BundleIndex.snapshot()`. */
export class Snapshot implements BundleSnapshot {
  private readonly byId: ReadonlyMap<string, Entity>;
  private readonly inFile = new Map<string, readonly Entity[]>();

  constructor(
    readonly sources: readonly SourceEntry[],
    readonly entities: readonly Entity[],
    private readonly records: ReadonlyMap<string, FileRecord>,
    private readonly entityOfKey: KeyLookup,
    /** For records kept without their text (see `BundleIndex.setPrepared`). */
    private readonly loadText?: (file: string) => string | undefined,
  ) {
    this.byId = new Map(entities.map((e) => [e.id, e]));
  }

  entity(id: string): Entity | undefined {
    return this.byId.get(id);
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
      const entity = this.entityOf(record.keys[i]);
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
    for (const key of record?.keys ?? []) {
      const entity = this.entityOf(key);
      if (entity && !seen.has(entity.id)) {
        seen.add(entity.id);
        list.push(entity);
      }
    }
    this.inFile.set(file, list);
    return list;
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
    return id === undefined ? undefined : this.byId.get(id);
  }
}
