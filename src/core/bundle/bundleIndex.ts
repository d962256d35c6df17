import { extract as defaultExtract, type ExtractOptions } from '../extract';
import type { Extraction, MentionKind, SourceMetadata } from '../model';
import type { BundleSnapshot, Entity, SourceEntry } from './api';
import { compareFiles } from './discovery';
import { lazyEntity, MentionRefs, refsOf, type Segment, segmentsOf } from './entityMentions';
import {
  adoptPrepared,
  buildFileRecord,
  type FileRecord,
  type Intern,
  type PreparedFile,
  renamedRecord,
  skippedRecord,
} from './fileRecord';
import {
  combineLinking,
  KINDS,
  type KindLinking,
  kindLinking,
  kindOfKey,
  type KeyStat,
  type LinkedEntity,
  type Linking,
  linkKind,
} from './linking';
import { type IndexOverrides, NO_OVERRIDES } from './overrides';
import { Snapshot } from './snapshot';

/** Text → extraction; `extract` from src/core/extract unless a test injects another. */
export type Extractor = (text: string, options?: ExtractOptions) => Extraction;

export interface BundleIndexOptions {
  readonly extract?: Extractor;
  /**
   * Reads a file's text back for files given with `setPrepared` (which the index does not keep):
   * what `snapshot.text(file)` returns for them. Without it, their text is undefined.
   */
  readonly loadText?: TextLoader;
}

/** A file's text as indexed, read again on demand; undefined when it cannot be read any more. */
export type TextLoader = (file: string) => string | undefined;

/** With more changed files than this, entities are rebuilt in one pass instead of patched. */
const MAX_PATCHED_FILES = 16;

interface BuiltEntity {
  readonly entity: Entity;
  /** What linking decided; the same object as long as a relink left the entity alone. */
  readonly linked: LinkedEntity;
}

/**
 * The bundle index: one record per file, entities across files, kept up to date one file at a
 * time. A change costs the re-extraction of that file plus work proportional to the entities it
 * touches; linking runs over the bundle's distinct keys and only when they (or person-name
 * counts) change; the snapshot is built on demand and cached until the next change.
 *
 * Files are bundle-relative paths with `/`.
 */
export class BundleIndex {
  private readonly extractText: Extractor;
  private readonly loadText: TextLoader | undefined;
  private readonly records = new Map<string, FileRecord>();
  private sortedFiles: string[] = [];
  private sortedFilesStale = false;
  /** Per link key: how many mentions and files the bundle has. */
  private readonly stats = new Map<string, KeyStat>();
  private readonly keyFiles = new Map<string, Set<string>>();
  /** Surface forms per link key with their counts: an entity's aliases without scanning mentions. */
  private readonly keyForms = new Map<string, Map<string, number>>();
  /** One shared copy of each link key and surface form (records hold a key per mention). */
  private readonly interned = new Map<string, string>();
  private overrides: IndexOverrides = NO_OVERRIDES;

  private linking: Linking | undefined;
  private readonly kindLinks = new Map<MentionKind, KindLinking>();
  /** Kinds whose linking inputs changed since the last snapshot. */
  private readonly relinkKinds = new Set<MentionKind>(KINDS);
  /** Files changed since the last snapshot, and every link key they had or have (until too many). */
  private readonly dirtyFiles = new Set<string>();
  private readonly dirtyKeys = new Set<string>();
  private built = new Map<string, BuiltEntity>();
  private sourceEntries = new Map<string, SourceEntry>();
  /** The last snapshot's sources (in `sortedFiles` order) and the files whose entry changed since. */
  private sourceList: SourceEntry[] | undefined;
  private readonly staleSources = new Set<string>();
  private cached: Snapshot | undefined;

  constructor(options: BundleIndexOptions = {}) {
    this.extractText = options.extract ?? defaultExtract;
    this.loadText = options.loadText;
  }

  /** Indexes (or re-indexes) one file from its text. Nothing happens when the text is unchanged. */
  setFile(file: string, text: string): void {
    const current = this.records.get(file);
    if (current && current.skipped === undefined && current.text === text) return;
    const published = this.overrides.sources.get(file)?.published;
    const extraction = this.extractText(text, published ? { published } : {});
    this.replace(file, buildFileRecord(file, text, extraction, this.intern));
  }

  /**
   * Indexes a file extracted elsewhere (`prepareFile`, e.g. in a worker thread) without keeping
   * its text: `snapshot.text` reads it through the `loadText` option. The extraction must have
   * used the published date that the overrides give the file, as `setFile` would.
   */
  setPrepared(prepared: PreparedFile): void {
    this.replace(prepared.file, adoptPrepared(prepared, this.intern));
  }

  /** Lists a file as a source that could not be indexed (binary, unreadable, too large). */
  setSkipped(file: string, reason: string): void {
    const current = this.records.get(file);
    if (current && current.skipped === reason) return;
    this.replace(file, skippedRecord(file, reason));
  }

  removeFile(file: string): void {
    if (this.records.has(file)) this.replace(file, undefined);
  }

  /** Moves a file's record to a new path without re-extracting it. */
  renameFile(from: string, to: string): void {
    const record = this.records.get(from);
    if (!record || from === to) return;
    if (this.records.has(to)) this.replace(to, undefined);
    // Same keys and counts under another name: linking needs no rerun, only the key → files table moves.
    this.records.delete(from);
    this.records.set(to, renamedRecord(record, to));
    for (const key of record.distinctKeys) {
      const files = this.keyFiles.get(key) as Set<string>;
      files.delete(from);
      files.add(to);
    }
    this.sortedFilesStale = true;
    this.markDirty(from, record, undefined);
    this.markDirty(to, record, undefined);
  }

  /** Applies what people decided in INDEX.yaml; files whose published date changed are re-extracted. */
  setOverrides(overrides: IndexOverrides): void {
    const previous = this.overrides;
    this.overrides = overrides;
    for (const [file, record] of this.records) {
      const before = previous.sources.get(file)?.published;
      const after = overrides.sources.get(file)?.published;
      if (before === after || record.skipped !== undefined) continue;
      const text = record.text ?? this.loadText?.(file);
      if (text === undefined) continue; // gone since: the next setFile or removeFile updates it
      const extraction = this.extractText(text, after ? { published: after } : {});
      this.replace(file, buildFileRecord(file, text, extraction, this.intern));
    }
    this.sourceEntries.clear();
    this.sourceList = undefined;
    for (const kind of KINDS) this.relinkKinds.add(kind);
    this.cached = undefined;
  }

  has(file: string): boolean {
    return this.records.has(file);
  }

  /** Indexed files (skipped ones included), in bundle order. */
  files(): readonly string[] {
    this.sortFiles();
    return this.sortedFiles;
  }

  /** The index now. Cached: calling it again without a change in between costs nothing. */
  snapshot(): BundleSnapshot {
    if (this.cached) return this.cached;
    this.sortFiles();
    const linking = this.relink();
    this.built = this.dirtyFiles.size > MAX_PATCHED_FILES ? this.rebuildAll(linking) : this.update(linking);
    this.dirtyFiles.clear();
    this.dirtyKeys.clear();

    const sources = this.sources();
    const entities = linking.entities.map((e) => (this.built.get(e.id) as BuiltEntity).entity);
    this.cached = new Snapshot(sources, entities, new Map(this.records), linking.entityOfKey, this.loadText);
    return this.cached;
  }

  /**
   * Relinks the kinds whose inputs changed. An entity linking decides the same way as before
   * keeps its LinkedEntity object, which tells `update` it can be reused.
   */
  private relink(): Linking {
    if (this.linking && this.relinkKinds.size === 0) return this.linking;
    for (const kind of this.relinkKinds) {
      const previous = new Map((this.kindLinks.get(kind)?.entities ?? []).map((e) => [e.id, e]));
      const fresh = linkKind(kind, this.stats, this.overrides).map((e) => {
        const before = previous.get(e.id);
        return before && signatureOf(before) === signatureOf(e) ? before : e;
      });
      this.kindLinks.set(kind, kindLinking(fresh));
    }
    this.relinkKinds.clear();
    this.linking = combineLinking(KINDS.map((kind) => this.kindLinks.get(kind) ?? kindLinking([])));
    return this.linking;
  }

  /** Every entity from scratch, in one pass over every file of the bundle. */
  private rebuildAll(linking: Linking): Map<string, BuiltEntity> {
    const lists = new Map<string, Segment[]>();
    for (const e of linking.entities) lists.set(e.id, []);
    const entityOf = (key: string) => linking.entityOfKey.get(key);
    for (const file of this.sortedFiles) {
      for (const [id, segment] of segmentsOf(this.records.get(file) as FileRecord, entityOf)) {
        (lists.get(id) as Segment[]).push(segment);
      }
    }
    const built = new Map<string, BuiltEntity>();
    for (const linked of linking.entities) {
      built.set(linked.id, this.makeEntity(linked, MentionRefs.of(lists.get(linked.id) as Segment[])));
    }
    return built;
  }

  /**
   * After a few files changed: entities untouched by them (and by a relink) are reused as they
   * are; touched ones get the changed files' segments swapped in; only an entity whose set of
   * keys a relink changed is gathered again from the files holding those keys.
   */
  private update(linking: Linking): Map<string, BuiltEntity> {
    const entityOf = (key: string) => linking.entityOfKey.get(key);
    const pieces = new Map<string, Map<string, Segment>>(); // file → entity id → its segment there
    for (const file of this.dirtyFiles) {
      const record = this.records.get(file);
      pieces.set(file, record ? segmentsOf(record, entityOf) : new Map());
    }
    // Linking gives each key to one entity: the entities the changed files touch, without
    // scanning every entity's keys.
    const touchedIds = new Set<string>();
    for (const key of this.dirtyKeys) {
      const id = entityOf(key);
      if (id !== undefined) touchedIds.add(id);
    }
    const next = new Map<string, BuiltEntity>();
    for (const linked of linking.entities) {
      const previous = this.built.get(linked.id);
      const touched = touchedIds.has(linked.id);
      if (previous && previous.linked === linked && !touched) {
        next.set(linked.id, previous);
      } else if (previous && sameKeys(previous.linked.keys, linked.keys)) {
        let refs = refsOf(previous.entity) ?? MentionRefs.EMPTY;
        if (touched) for (const [file, byEntity] of pieces) refs = refs.replaceFile(file, byEntity.get(linked.id));
        next.set(linked.id, this.makeEntity(linked, refs));
      } else {
        next.set(linked.id, this.makeEntity(linked, this.gather(linked)));
      }
    }
    return next;
  }

  /** An entity's mentions across the bundle, from the files that hold its keys. */
  private gather(linked: LinkedEntity): MentionRefs {
    const wanted = new Set(linked.keys);
    const entityOf = (key: string) => (wanted.has(key) ? linked.id : undefined);
    const files = new Set<string>();
    for (const key of linked.keys) for (const file of this.keyFiles.get(key) ?? []) files.add(file);
    const segments: Segment[] = [];
    for (const file of [...files].sort(compareFiles)) {
      const segment = segmentsOf(this.records.get(file) as FileRecord, entityOf).get(linked.id);
      if (segment) segments.push(segment);
    }
    return MentionRefs.of(segments);
  }

  private makeEntity(linked: LinkedEntity, refs: MentionRefs): BuiltEntity {
    const entity = lazyEntity(
      {
        id: linked.id,
        kind: linked.kind,
        name: linked.name,
        aliases: this.aliasesOf(linked),
        possibleMatches: linked.possibleMatches,
        ambiguousWith: linked.ambiguousWith,
        ...(linked.note !== undefined ? { note: linked.note } : {}),
      },
      refs,
    );
    return { entity, linked };
  }

  private aliasesOf(linked: LinkedEntity): string[] {
    const forms = new Set<string>(linked.aliases);
    for (const key of linked.keys) for (const form of this.keyForms.get(key)?.keys() ?? []) forms.add(form);
    forms.delete(linked.name);
    return [...forms].sort(compareFiles);
  }

  private replace(file: string, record: FileRecord | undefined): void {
    const old = this.records.get(file);
    if (record) this.countForms(record, +1);
    if (old) this.countForms(old, -1);
    this.countKeys(file, old, record);
    if (record) this.records.set(file, record);
    else this.records.delete(file);
    if (!old !== !record) this.sortedFilesStale = true;
    if (personCountsDiffer(old, record)) this.relinkKinds.add('person');
    this.markDirty(file, old, record);
  }

  private markDirty(file: string, old: FileRecord | undefined, record: FileRecord | undefined): void {
    this.dirtyFiles.add(file);
    if (this.dirtyFiles.size <= MAX_PATCHED_FILES) {
      for (const key of old?.distinctKeys ?? []) this.dirtyKeys.add(key);
      for (const key of record?.distinctKeys ?? []) this.dirtyKeys.add(key);
    }
    this.sourceEntries.delete(file);
    this.staleSources.add(file);
    this.cached = undefined;
  }

  /**
   * Moves the bundle-wide key tables from `old` to `record` (the same file) by walking their sorted
   * key lists together: a key both have only changes its count, so re-indexing an edited file
   * relinks nothing unless a key truly appeared or vanished.
   */
  private countKeys(file: string, old: FileRecord | undefined, record: FileRecord | undefined): void {
    const a = old?.distinctKeys ?? [];
    const b = record?.distinctKeys ?? [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
      const order = i >= a.length ? 1 : j >= b.length ? -1 : a[i] < b[j] ? -1 : a[i] > b[j] ? 1 : 0;
      if (order === 0) {
        (this.stats.get(a[i]) as KeyStat).mentions += (record as FileRecord).keyCounts[j] - (old as FileRecord).keyCounts[i];
        i++;
        j++;
      } else if (order < 0) {
        const key = a[i];
        const stat = this.stats.get(key) as KeyStat;
        stat.mentions -= (old as FileRecord).keyCounts[i];
        stat.files--;
        (this.keyFiles.get(key) as Set<string>).delete(file);
        if (stat.files === 0) {
          this.stats.delete(key);
          this.keyFiles.delete(key);
          this.keyForms.delete(key);
          this.interned.delete(key);
          this.relinkKinds.add(kindOfKey(key));
        }
        i++;
      } else {
        const key = b[j];
        let stat = this.stats.get(key);
        if (!stat) {
          stat = { mentions: 0, files: 0 };
          this.stats.set(key, stat);
          this.keyFiles.set(key, new Set());
          this.relinkKinds.add(kindOfKey(key));
        }
        stat.mentions += (record as FileRecord).keyCounts[j];
        stat.files++;
        (this.keyFiles.get(key) as Set<string>).add(file);
        j++;
      }
    }
  }

  /** Adds (`sign` 1) or removes (-1) a record's surface forms per key. */
  private countForms(record: FileRecord, sign: 1 | -1): void {
    const { distinctKeys, formKeys, formTexts, formCounts } = record;
    for (let f = 0; f < formKeys.length; f++) {
      const key = distinctKeys[formKeys[f]];
      let forms = this.keyForms.get(key);
      if (!forms) {
        if (sign < 0) continue;
        this.keyForms.set(key, (forms = new Map()));
      }
      const text = formTexts[f];
      const total = (forms.get(text) ?? 0) + sign * formCounts[f];
      if (total > 0) forms.set(text, total);
      else {
        forms.delete(text);
        if (forms.size === 0) this.keyForms.delete(key);
      }
    }
  }

  private readonly intern: Intern = (value) => {
    const known = this.interned.get(value);
    if (known !== undefined) return known;
    this.interned.set(value, value);
    return value;
  };

  private sourceEntry(file: string): SourceEntry {
    let entry = this.sourceEntries.get(file);
    if (!entry) {
      const record = this.records.get(file) as FileRecord;
      const metadata: SourceMetadata = { ...record.metadata, ...this.overrides.sources.get(file) };
      entry = {
        file,
        metadata,
        counts: record.counts,
        ...(record.skipped !== undefined ? { skipped: record.skipped } : {}),
      };
      this.sourceEntries.set(file, entry);
    }
    return entry;
  }

  private sortFiles(): void {
    if (!this.sortedFilesStale) return;
    this.sortedFiles = [...this.records.keys()].sort(compareFiles);
    this.sortedFilesStale = false;
    this.sourceList = undefined;
  }

  /** The sources in bundle order: the last list with the changed files' entries swapped in. */
  private sources(): SourceEntry[] {
    let list = this.sourceList;
    if (!list) list = this.sortedFiles.map((file) => this.sourceEntry(file));
    else if (this.staleSources.size > 0) {
      list = list.slice();
      for (const file of this.staleSources) {
        const at = binarySearch(this.sortedFiles, file);
        if (at >= 0) list[at] = this.sourceEntry(file);
      }
    }
    this.staleSources.clear();
    this.sourceList = list;
    return list;
  }
}

const signatures = new WeakMap<LinkedEntity, string>();

function signatureOf(e: LinkedEntity): string {
  let signature = signatures.get(e);
  if (signature === undefined) {
    signature = JSON.stringify([e.name, e.keys, e.aliases, e.possibleMatches, e.ambiguousWith, e.note ?? null]);
    signatures.set(e, signature);
  }
  return signature;
}

/** Index of `file` in `files` (sorted with compareFiles), or -1. */
function binarySearch(files: readonly string[], file: string): number {
  let lo = 0;
  let hi = files.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const order = compareFiles(files[mid], file);
    if (order === 0) return mid;
    if (order < 0) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}

/**
 * Person linking weighs names by how often they occur, so a change in any person name's count
 * relinks people; new or vanished keys of any kind relink that kind (see `countKeys`).
 */
function personCountsDiffer(old: FileRecord | undefined, record: FileRecord | undefined): boolean {
  const a = personCounts(old);
  const b = personCounts(record);
  if (a.size !== b.size) return true;
  for (const [key, n] of a) if (b.get(key) !== n) return true;
  return false;
}

function personCounts(record: FileRecord | undefined): Map<string, number> {
  const out = new Map<string, number>();
  if (!record) return out;
  record.distinctKeys.forEach((key, i) => {
    if (key[0] === 'p') out.set(key, record.keyCounts[i]);
  });
  return out;
}
