import type { RateDetail } from '../model';
import type { Entity, EntityMention } from './api';
import { compareFiles } from './discovery';
import { type FileRecord, mentionAt } from './fileRecord';

/**
 * An entity's mentions in one file, without one object per mention: mention indices of `record`,
 * either the run `record.keyOrder[from .. to)` (the entity has one key in this file: the usual
 * case, no allocation) or `list` (several keys, merged in offset order).
 */
export interface Segment {
  readonly record: FileRecord;
  readonly from: number;
  readonly to: number;
  readonly list?: readonly number[];
}

function segmentSize(s: Segment): number {
  return s.list ? s.list.length : s.to - s.from;
}

function segmentIndex(s: Segment, k: number): number {
  return s.list ? s.list[k] : s.record.keyOrder[s.from + k];
}

/**
 * Groups a record's mentions by entity: one segment per entity present in the file.
 * `entityOf` maps a link key to its entity id (undefined: no entity, e.g. rejected).
 */
export function segmentsOf(record: FileRecord, entityOf: (key: string) => string | undefined): Map<string, Segment> {
  const out = new Map<string, Segment>();
  const { distinctKeys, keyStart, keyOrder, starts } = record;
  for (let j = 0; j < distinctKeys.length; j++) {
    const id = entityOf(distinctKeys[j]);
    if (id === undefined) continue;
    const run: Segment = { record, from: keyStart[j], to: keyStart[j + 1] };
    const before = out.get(id);
    if (!before) {
      out.set(id, run);
      continue;
    }
    const list: number[] = [];
    for (let k = 0; k < segmentSize(before); k++) list.push(segmentIndex(before, k));
    for (let k = run.from; k < run.to; k++) list.push(keyOrder[k]);
    list.sort((a, b) => starts[a] - starts[b] || a - b);
    out.set(id, { record, from: 0, to: 0, list });
  }
  return out;
}

/** Segments per chunk: replacing one file copies at most a chunk and the chunk list. */
const CHUNK = 64;

/**
 * Where an entity's mentions are: its per-file segments in bundle order, in chunks, so the index
 * can swap one file's segment in a few microseconds however many files the entity spans.
 * `Entity.mentions` is built from them the first time someone reads it. Immutable.
 */
export class MentionRefs {
  static readonly EMPTY = new MentionRefs([], 0);
  private chunkOffsets: Uint32Array | undefined;

  private constructor(
    private readonly chunks: readonly (readonly Segment[])[],
    readonly length: number,
  ) {}

  /** From segments already in bundle order. */
  static of(segments: readonly Segment[]): MentionRefs {
    const chunks: Segment[][] = [];
    let length = 0;
    for (let i = 0; i < segments.length; i += CHUNK) chunks.push(segments.slice(i, i + CHUNK));
    for (const s of segments) length += segmentSize(s);
    return new MentionRefs(chunks, length);
  }

  /** These refs with the segment of `file` replaced by `segment` (removed when undefined). */
  replaceFile(file: string, segment: Segment | undefined): MentionRefs {
    const chunks = this.chunks;
    let c = 0;
    let hi = chunks.length;
    while (c < hi) {
      const mid = (c + hi) >>> 1;
      const last = chunks[mid][chunks[mid].length - 1];
      if (compareFiles(last.record.file, file) < 0) c = mid + 1;
      else hi = mid;
    }
    if (c === chunks.length && c > 0) c--; // after every file: goes at the end of the last chunk
    const chunk = chunks[c] ?? [];
    let s = 0;
    while (s < chunk.length && compareFiles(chunk[s].record.file, file) < 0) s++;
    const existing = s < chunk.length && chunk[s].record.file === file ? chunk[s] : undefined;
    if (!existing && !segment) return this;
    const changed = chunk.slice();
    if (existing && segment) changed[s] = segment;
    else if (existing) changed.splice(s, 1);
    else changed.splice(s, 0, segment as Segment);
    const nextChunks = chunks.slice();
    if (changed.length === 0) nextChunks.splice(c, 1);
    else if (changed.length > 2 * CHUNK) nextChunks.splice(c, 1, changed.slice(0, CHUNK), changed.slice(CHUNK));
    else if (chunks.length === 0) nextChunks.push(changed);
    else nextChunks[c] = changed;
    const length = this.length - (existing ? segmentSize(existing) : 0) + (segment ? segmentSize(segment) : 0);
    return new MentionRefs(nextChunks, length);
  }

  /** Visits (record, mention index) in bundle order until `visit` returns true. */
  forEach(visit: (record: FileRecord, index: number) => boolean | void): void {
    for (const chunk of this.chunks) {
      for (const segment of chunk) {
        const n = segmentSize(segment);
        for (let k = 0; k < n; k++) if (visit(segment.record, segmentIndex(segment, k))) return;
      }
    }
  }

  /** The files, in bundle order. */
  files(): string[] {
    const out: string[] = [];
    for (const chunk of this.chunks) for (const segment of chunk) out.push(segment.record.file);
    return out;
  }

  /** Position (in bundle order) of the mention starting at `start` in `file`, or -1. */
  find(file: string, start: number): number {
    if (!this.chunkOffsets) {
      this.chunkOffsets = new Uint32Array(this.chunks.length + 1);
      this.chunks.forEach((chunk, c) => {
        let n = 0;
        for (const segment of chunk) n += segmentSize(segment);
        (this.chunkOffsets as Uint32Array)[c + 1] = (this.chunkOffsets as Uint32Array)[c] + n;
      });
    }
    for (let c = 0; c < this.chunks.length; c++) {
      const chunk = this.chunks[c];
      if (compareFiles(chunk[chunk.length - 1].record.file, file) < 0) continue;
      let position = this.chunkOffsets[c];
      for (const segment of chunk) {
        if (segment.record.file !== file) {
          position += segmentSize(segment);
          continue;
        }
        const n = segmentSize(segment);
        for (let k = 0; k < n; k++) if (segment.record.starts[segmentIndex(segment, k)] === start) return position + k;
        return -1;
      }
      return -1;
    }
    return -1;
  }
}

/**
 * Where an entity built by the index keeps its refs: a non-enumerable property (invisible to JSON
 * and deep equality) under a registered symbol, so a second bundled copy of this module finds it.
 */
const REFS = Symbol.for('newsLens.mentionRefs');

/** The refs of an entity built by the index (`lazyEntity`); undefined for a hand-built one. */
export function refsOf(entity: Entity): MentionRefs | undefined {
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
        const list: EntityMention[] = [];
        refs.forEach((record, i) => {
          list.push(mentionAt(record, i));
        });
        built = list;
      }
      return built;
    },
  });
  Object.defineProperty(entity, REFS, { value: refs, enumerable: false });
  return entity;
}

/** How many mentions an entity has, without building them. */
export function mentionCount(entity: Entity): number {
  return refsOf(entity)?.length ?? entity.mentions.length;
}

/**
 * Visits an entity's mentions in bundle order until `visit` returns true, without keeping them:
 * what writers of a whole bundle (INDEX.yaml, --json) use so memory stays flat.
 */
export function forEachMention(entity: Entity, visit: (mention: EntityMention) => boolean | void): void {
  const refs = refsOf(entity);
  if (!refs) {
    for (const m of entity.mentions) if (visit(m)) return;
    return;
  }
  refs.forEach((record, i) => visit(mentionAt(record, i)));
}

/**
 * The first non-empty `field` of the rate detail among an entity's mentions, in bundle order,
 * reading the records directly: a rate can have thousands of mentions without that field.
 */
export function firstRateField(entity: Entity, field: keyof RateDetail): string | undefined {
  let value: string | undefined;
  const refs = refsOf(entity);
  if (!refs) {
    for (const m of entity.mentions) if ((value = m.mention.rate?.[field])) return value;
    return undefined;
  }
  refs.forEach((record, i) => !!(value = (record.details[i] as RateDetail | undefined)?.[field]));
  return value || undefined;
}

/** The files an entity is mentioned in, in bundle order, without building its mentions. */
export function mentionFiles(entity: Entity): string[] {
  const refs = refsOf(entity);
  if (refs) return refs.files();
  const files: string[] = [];
  for (const m of entity.mentions) if (files[files.length - 1] !== m.file) files.push(m.file);
  return files;
}

/** The entity's mention that starts at `start` in `file` (the same object as in `entity.mentions`). */
export function findMention(entity: Entity, file: string, start: number): EntityMention | undefined {
  const refs = refsOf(entity);
  if (!refs) return entity.mentions.find((m) => m.file === file && m.start === start);
  const k = refs.find(file, start);
  return k < 0 ? undefined : entity.mentions[k];
}
