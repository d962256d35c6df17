import type { RateDetail } from '../model';
import type { Entity, EntityMention } from './api';
import { compareFiles } from './discovery';
import { type FileRecord, formAt, mentionAt, RATE_FIELDS, type RateField } from './fileRecord';

/**
 * An entity's mentions in one file, without one object per mention: mention indices of `record`,
 * either the run `record.keyOrder[from .. to)` of the file's distinct key `key` (the entity has
 * one key in this file: the usual case, no allocation) or `list` (those of the distinct keys
 * `keys`, merged in offset order).
 */
export interface Segment {
  readonly record: FileRecord;
  readonly from: number;
  readonly to: number;
  /** Index into `record.distinctKeys`; -1 for a list. */
  readonly key: number;
  readonly list?: readonly number[];
  readonly keys?: readonly number[];
}

/** The distinct keys (indices into `record.distinctKeys`) a segment holds the mentions of. */
function keysOf(s: Segment): readonly number[] {
  return s.keys ?? [s.key];
}

function segmentSize(s: Segment): number {
  return s.list ? s.list.length : s.to - s.from;
}

function segmentIndex(s: Segment, k: number): number {
  return s.list ? s.list[k] : s.record.keyOrder[s.from + k];
}

/** The segment of distinct key `j` of `record`. */
function keyRun(record: FileRecord, j: number): Segment {
  return { record, from: record.keyStart[j], to: record.keyStart[j + 1], key: j };
}

/** One segment holding the mentions of both (same record), in offset order. */
function mergeSegments(a: Segment, b: Segment): Segment {
  const list: number[] = [];
  for (let k = 0; k < segmentSize(a); k++) list.push(segmentIndex(a, k));
  for (let k = 0; k < segmentSize(b); k++) list.push(segmentIndex(b, k));
  const starts = a.record.starts;
  list.sort((x, y) => starts[x] - starts[y] || x - y);
  return { record: a.record, from: 0, to: 0, key: -1, list, keys: [...keysOf(a), ...keysOf(b)] };
}

/**
 * Groups a record's mentions by entity: one segment per entity present in the file.
 * `entityOf` maps a link key to its entity id (undefined: no entity, e.g. rejected).
 */
export function segmentsOf(record: FileRecord, entityOf: (key: string) => string | undefined): Map<string, Segment> {
  const out = new Map<string, Segment>();
  const { distinctKeys } = record;
  for (let j = 0; j < distinctKeys.length; j++) {
    const id = entityOf(distinctKeys[j]);
    if (id === undefined) continue;
    const before = out.get(id);
    out.set(id, before ? mergeSegments(before, keyRun(record, j)) : keyRun(record, j));
  }
  return out;
}

/**
 * Appends a record's segments to per-entity lists (`lists[n]` for entity number n; `numbers[j]`
 * is the number of the entity of the record's distinct key j, negative for none): building every
 * entity of the bundle file by file, without a map per file or a lookup per key.
 */
export function appendSegments(record: FileRecord, numbers: readonly { readonly number: number }[], lists: Segment[][]): void {
  const { distinctKeys } = record;
  for (let j = 0; j < distinctKeys.length; j++) {
    const n = numbers[j].number;
    if (n < 0) continue;
    const list = lists[n];
    const last = list[list.length - 1];
    if (last && last.record === record) list[list.length - 1] = mergeSegments(last, keyRun(record, j));
    else list.push(keyRun(record, j));
  }
}

/** Segments per chunk: replacing one file copies at most a chunk and the chunk list. */
const CHUNK = 64;

/** A file's new segment for an entity (undefined: the entity has no mention there any more). */
export interface FileUpdate {
  readonly file: string;
  readonly segment: Segment | undefined;
}

/** Appends `segments` as chunks of CHUNK to 2 * CHUNK (fewer only when there are fewer). */
function pushChunked(chunks: (readonly Segment[])[], segments: Segment[]): void {
  if (segments.length === 0) return;
  if (segments.length <= 2 * CHUNK) {
    chunks.push(segments);
    return;
  }
  let i = 0;
  while (segments.length - i > 2 * CHUNK) chunks.push(segments.slice(i, (i += CHUNK)));
  chunks.push(segments.slice(i));
}

/**
 * Where an entity's mentions are: its per-file segments in bundle order, in chunks, so the index
 * can swap one file's segment in a few microseconds however many files the entity spans.
 * `Entity.mentions` is built from them the first time someone reads it. Immutable.
 */
export class MentionRefs {
  static readonly EMPTY = new MentionRefs([], 0, 0);
  private chunkOffsets: Uint32Array | undefined;

  private constructor(
    private readonly chunks: readonly (readonly Segment[])[],
    /** How many mentions. */
    readonly length: number,
    /** How many files (one segment each). */
    readonly fileCount: number,
  ) {}

  /** From segments already in bundle order. */
  static of(segments: readonly Segment[]): MentionRefs {
    const chunks: Segment[][] = [];
    let length = 0;
    for (let i = 0; i < segments.length; i += CHUNK) chunks.push(segments.slice(i, i + CHUNK));
    for (const s of segments) length += segmentSize(s);
    return new MentionRefs(chunks, length, segments.length);
  }

  /** These refs with the segment of `file` replaced by `segment` (removed when undefined). */
  replaceFile(file: string, segment: Segment | undefined): MentionRefs {
    const chunks = this.chunks;
    // Binary searches, by chunk then within it: string comparisons of paths are what this costs.
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
    hi = chunk.length;
    while (s < hi) {
      const mid = (s + hi) >>> 1;
      if (compareFiles(chunk[mid].record.file, file) < 0) s = mid + 1;
      else hi = mid;
    }
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
    return new MentionRefs(nextChunks, length, this.fileCount + (segment ? 1 : 0) - (existing ? 1 : 0));
  }

  /**
   * These refs with the segment of each file in `updates` replaced (removed when undefined), in
   * one pass: chunks no update falls in are shared, not copied. `updates` is sorted by file.
   */
  replaceFiles(updates: readonly FileUpdate[]): MentionRefs {
    if (updates.length === 0) return this;
    if (updates.length === 1) return this.replaceFile(updates[0].file, updates[0].segment);
    const chunks = this.chunks;
    const next: (readonly Segment[])[] = [];
    let length = this.length;
    let fileCount = this.fileCount;
    let u = 0;
    for (let c = 0; c < chunks.length; c++) {
      const chunk = chunks[c];
      const lastFile = chunk[chunk.length - 1].record.file;
      // The last chunk takes every update left: files after the bundle's last one go at its end.
      let end = u;
      while (end < updates.length && (c === chunks.length - 1 || compareFiles(updates[end].file, lastFile) <= 0)) end++;
      if (end === u) {
        next.push(chunk);
        continue;
      }
      const merged: Segment[] = [];
      let s = 0;
      for (; u < end; u++) {
        const { file, segment } = updates[u];
        // Found by binary search, copied without comparing: path comparisons are the cost here.
        let hi = chunk.length;
        for (let lo = s; lo < hi; ) {
          const mid = (lo + hi) >>> 1;
          if (compareFiles(chunk[mid].record.file, file) < 0) lo = mid + 1;
          else hi = mid;
        }
        while (s < hi) merged.push(chunk[s++]);
        if (s < chunk.length && chunk[s].record.file === file) {
          length -= segmentSize(chunk[s++]);
          fileCount--;
        }
        if (segment) {
          merged.push(segment);
          length += segmentSize(segment);
          fileCount++;
        }
      }
      while (s < chunk.length) merged.push(chunk[s++]);
      pushChunked(next, merged);
    }
    if (chunks.length === 0) {
      const added: Segment[] = [];
      for (const { segment } of updates) if (segment) added.push(segment);
      for (const segment of added) length += segmentSize(segment);
      fileCount += added.length;
      pushChunked(next, added);
    }
    return new MentionRefs(next, length, fileCount);
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

  /** Visits the segments in bundle order until `visit` returns true. */
  forEachSegment(visit: (segment: Segment) => boolean | void): void {
    for (const chunk of this.chunks) for (const segment of chunk) if (visit(segment)) return;
  }

  /** The first `limit` files, in bundle order. */
  files(limit = Infinity): string[] {
    const out: string[] = [];
    this.forEachSegment((segment) => out.push(segment.record.file) >= limit);
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
    let c = 0;
    let hi = this.chunks.length;
    while (c < hi) {
      const mid = (c + hi) >>> 1;
      const chunk = this.chunks[mid];
      if (compareFiles(chunk[chunk.length - 1].record.file, file) < 0) c = mid + 1;
      else hi = mid;
    }
    if (c === this.chunks.length) return -1;
    let position = this.chunkOffsets[c];
    for (const segment of this.chunks[c]) {
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

/** Where an entity built by the index keeps which rate fields any of its mentions sets (bit f: RATE_FIELDS[f]). */
const RATE_FIELDS_SET = Symbol.for('newsLens.rateFieldsSet');

/**
 * An entity whose `mentions` (an ordinary enumerable property to every reader, JSON included) is
 * gathered on first read and then kept: a common date spans tens of thousands of mentions, and most
 * readers (highlights, counts, the tree) never need them. Fields keep the order JSON output has.
 */
export function withLazyMentions(fields: Omit<Entity, 'mentions'>, gather: () => EntityMention[]): Entity {
  let built: EntityMention[] | undefined;
  // The getter is written in the literal: redefining a data property as one costs far more (an edit builds hundreds of entities).
  return {
    id: fields.id,
    kind: fields.kind,
    name: fields.name,
    aliases: fields.aliases,
    get mentions(): readonly EntityMention[] {
      return (built ??= gather());
    },
    possibleMatches: fields.possibleMatches,
    ambiguousWith: fields.ambiguousWith,
    ...(fields.note !== undefined ? { note: fields.note } : {}),
  };
}

/**
 * An index-built entity: its mentions come from `refs`. `rateFieldsSet`, when known, lets
 * `firstRateFields` skip looking for fields no mention sets.
 */
export function lazyEntity(fields: Omit<Entity, 'mentions'>, refs: MentionRefs, rateFieldsSet?: number): Entity {
  const entity = withLazyMentions(fields, () => {
    const list: EntityMention[] = [];
    refs.forEach((record, i) => {
      list.push(mentionAt(record, i));
    });
    return list;
  });
  Object.defineProperty(entity, REFS, { value: refs, enumerable: false });
  if (rateFieldsSet !== undefined) Object.defineProperty(entity, RATE_FIELDS_SET, { value: rateFieldsSet, enumerable: false });
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
 * Visits every mention's place and text in bundle order without building mention objects:
 * `index --json` lists about a million of them.
 */
export function forEachMentionSpan(
  entity: Entity,
  visit: (file: string, start: number, end: number, line: number, text: string) => void,
): void {
  const refs = refsOf(entity);
  if (!refs) {
    for (const m of entity.mentions) visit(m.file, m.start, m.end, m.line, m.text);
    return;
  }
  refs.forEach((record, i) => {
    visit(record.file, record.starts[i], record.ends[i], record.lines[i], formAt(record, i));
  });
}

/**
 * The text of the entity's first mention (in bundle order) that has one, without building
 * mention objects: INDEX.yaml prints it for each of thousands of dates.
 */
export function firstMentionText(entity: Entity): string | undefined {
  let text: string | undefined;
  const refs = refsOf(entity);
  if (!refs) for (const m of entity.mentions) if ((text = m.text)) return text;
  refs?.forEach((record, i) => !!(text = formAt(record, i)));
  return text || undefined;
}

/** The first non-empty `field` of the rate detail among an entity's mentions, in bundle order. */
export function firstRateField(entity: Entity, field: RateField): string | undefined {
  return firstRateFields(entity)[field];
}

/**
 * For each rate field, the first non-empty value among an entity's mentions, in bundle order, in
 * one pass that stops once all are found. Per file it reads the first mention of each key that
 * sets a field (noted when the file was indexed), not every mention: a rate can have thousands
 * of mentions without one of the fields.
 */
export function firstRateFields(entity: Entity): Partial<Record<RateField, string>> {
  const found: Partial<Record<RateField, string>> = {};
  const set = (entity as unknown as Record<symbol, number | undefined>)[RATE_FIELDS_SET] ?? 0b111;
  let missing = 0;
  for (let f = 0; f < RATE_FIELDS.length; f++) if (set & (1 << f)) missing++;
  if (missing === 0) return found;
  const note = (rate: RateDetail | undefined, f: number) => {
    const value = rate?.[RATE_FIELDS[f]];
    if (value && found[RATE_FIELDS[f]] === undefined) {
      found[RATE_FIELDS[f]] = value;
      missing--;
    }
  };
  const refs = refsOf(entity);
  if (!refs) {
    for (const m of entity.mentions) for (let f = 0; f < RATE_FIELDS.length && missing > 0; f++) note(m.mention.rate, f);
    return found;
  }
  refs.forEachSegment((segment) => {
    const { record } = segment;
    for (let f = 0; f < RATE_FIELDS.length; f++) {
      if (found[RATE_FIELDS[f]] !== undefined || !(set & (1 << f))) continue;
      // Mention indices follow offsets: the smallest of the keys' first mentions comes first
      // (`record.size` when a key has none).
      let first = segment.key >= 0 ? record.rateFieldFirst[segment.key * 3 + f] : record.size;
      for (const j of segment.keys ?? []) first = Math.min(first, record.rateFieldFirst[j * 3 + f]);
      if (first < record.size) note(record.details[record.detailIds[first] - 1] as RateDetail | undefined, f);
    }
    return missing === 0;
  });
  return found;
}

/** The first `limit` files an entity is mentioned in, in bundle order, without building its mentions. */
export function mentionFiles(entity: Entity, limit = Infinity): string[] {
  const refs = refsOf(entity);
  if (refs) return refs.files(limit);
  return distinctFiles(entity.mentions).slice(0, limit);
}

/** How many files an entity is mentioned in, without building its mentions. */
export function mentionFileCount(entity: Entity): number {
  return refsOf(entity)?.fileCount ?? distinctFiles(entity.mentions).length;
}

function distinctFiles(mentions: readonly EntityMention[]): string[] {
  const files: string[] = [];
  for (const m of mentions) if (files[files.length - 1] !== m.file) files.push(m.file);
  return files;
}

/** The entity's mention that starts at `start` in `file` (the same object as in `entity.mentions`). */
export function findMention(entity: Entity, file: string, start: number): EntityMention | undefined {
  const refs = refsOf(entity);
  if (!refs) return entity.mentions.find((m) => m.file === file && m.start === start);
  const k = refs.find(file, start);
  return k < 0 ? undefined : entity.mentions[k];
}
