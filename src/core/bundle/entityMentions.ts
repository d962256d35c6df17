import type { Entity, EntityMention } from './api';
import { compareFiles } from './discovery';
import { type FileRecord, mentionAt } from './fileRecord';

/**
 * Where an entity's mentions are, without one object per mention: (record, index) pairs in
 * bundle order. `Entity.mentions` is built from them the first time someone reads it.
 */
export class MentionRefs {
  static readonly EMPTY = new MentionRefs([], []);

  constructor(
    readonly records: readonly FileRecord[],
    readonly indices: readonly number[],
  ) {}

  get length(): number {
    return this.indices.length;
  }

  /** These refs with those in `file` replaced by `indices` of `record` (none when undefined). */
  replaceFile(file: string, record: FileRecord | undefined, indices: readonly number[]): MentionRefs {
    const lo = this.boundary(file, false);
    const hi = this.boundary(file, true);
    if (lo === hi && indices.length === 0) return this;
    const records = this.records.slice(0, lo);
    const out = this.indices.slice(0, lo);
    if (record) {
      for (const i of indices) {
        records.push(record);
        out.push(i);
      }
    }
    for (let k = hi; k < this.indices.length; k++) {
      records.push(this.records[k]);
      out.push(this.indices[k]);
    }
    return new MentionRefs(records, out);
  }

  mentionAt(k: number): EntityMention {
    return mentionAt(this.records[k], this.indices[k]);
  }

  /** Position of the mention starting at `start` in `file`, or -1. */
  find(file: string, start: number): number {
    let lo = this.boundary(file, false);
    let hi = this.boundary(file, true);
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const s = this.records[mid].starts[this.indices[mid]];
      if (s < start) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.indices.length && this.records[lo].file === file && this.records[lo].starts[this.indices[lo]] === start ? lo : -1;
  }

  /** First position whose file is >= `file` (or > `file` when `after`). */
  private boundary(file: string, after: boolean): number {
    let lo = 0;
    let hi = this.indices.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = compareFiles(this.records[mid].file, file);
      if (c < 0 || (after && c === 0)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * Where an entity built by the index keeps its refs: a non-enumerable property (invisible to JSON
 * and deep equality) under a registered symbol, so a second bundled copy of this module finds it.
 */
const REFS = Symbol.for('newsLens.mentionRefs');

function refsOfEntity(entity: Entity): MentionRefs | undefined {
  return (entity as unknown as Record<symbol, MentionRefs | undefined>)[REFS];
}

/**
 * An entity whose `mentions` (an ordinary enumerable property to every reader, JSON included)
 * is built on first read and then kept with the entity.
 */
export function lazyEntity(fields: Omit<Entity, 'mentions'>, refs: MentionRefs): Entity {
  let built: EntityMention[] | undefined;
  const entity = {
    id: fields.id,
    kind: fields.kind,
    name: fields.name,
    aliases: fields.aliases,
    mentions: [] as readonly EntityMention[],
    possibleMatches: fields.possibleMatches,
    ambiguousWith: fields.ambiguousWith,
    ...(fields.note !== undefined ? { note: fields.note } : {}),
  };
  Object.defineProperty(entity, 'mentions', {
    enumerable: true,
    get: () => {
      if (!built) {
        built = new Array(refs.length);
        for (let k = 0; k < refs.length; k++) built[k] = refs.mentionAt(k);
      }
      return built;
    },
  });
  Object.defineProperty(entity, REFS, { value: refs, enumerable: false });
  return entity;
}

export function refsOf(entity: Entity): MentionRefs | undefined {
  return refsOfEntity(entity);
}

/** How many mentions an entity has, without building them. */
export function mentionCount(entity: Entity): number {
  return refsOfEntity(entity)?.length ?? entity.mentions.length;
}

/**
 * Visits an entity's mentions in bundle order until `visit` returns true, without keeping them:
 * what writers of a whole bundle (INDEX.yaml, --json) use so memory stays flat.
 */
export function forEachMention(entity: Entity, visit: (mention: EntityMention) => boolean | void): void {
  const refs = refsOfEntity(entity);
  if (!refs) {
    for (const m of entity.mentions) if (visit(m)) return;
    return;
  }
  for (let k = 0; k < refs.length; k++) if (visit(refs.mentionAt(k))) return;
}

/** The files an entity is mentioned in, in bundle order, without building its mentions. */
export function mentionFiles(entity: Entity): string[] {
  const files: string[] = [];
  const refs = refsOfEntity(entity);
  if (refs) {
    for (const record of refs.records) if (files[files.length - 1] !== record.file) files.push(record.file);
  } else {
    for (const m of entity.mentions) if (files[files.length - 1] !== m.file) files.push(m.file);
  }
  return files;
}

/** The entity's mention that starts at `start` in `file` (the same object as in `entity.mentions`). */
export function findMention(entity: Entity, file: string, start: number): EntityMention | undefined {
  const refs = refsOfEntity(entity);
  if (!refs) return entity.mentions.find((m) => m.file === file && m.start === start);
  const k = refs.find(file, start);
  return k < 0 ? undefined : entity.mentions[k];
}
