import { extract as defaultExtract, type ExtractOptions } from '../extract';
import type { Extraction, MentionKind, SourceMetadata } from '../model';
import type { BundleSnapshot, Entity, SourceEntry } from './api';
import { compareFiles } from './discovery';
import { appendSegments, type FileUpdate, lazyEntity, MentionRefs, refsOf, type Segment, segmentsOf } from './entityMentions';
import {
  adoptPrepared,
  buildFileRecord,
  type FileRecord,
  type Intern,
  type Column,
  type PreparedFile,
  RATE_FIELDS,
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
  relinkDates,
} from './linking';
import { LayeredMap } from './layeredMap';
import { SharedTitles } from './sharedTitles';
import { type IndexOverrides, NO_OVERRIDES } from './overrides';
import { Snapshot } from './snapshot';

/** How often a link key occurs in the bundle, and its entity's number during a rebuild (-1: none). */
interface KeyEntry extends KeyStat {
  number: number;
}

/** Text → extraction; `extract` from src/core/extract unless a test injects another. */
export type Extractor = (text: string, options?: ExtractOptions) => Extraction;

export interface BundleIndexOptions {
  readonly extract?: Extractor;
  /**
   * Reads a file's text back for files given with `setPrepared` (which the index does not keep):
   * what `snapshot.text(file)` returns for them. Without it, their text is undefined.
   */
  readonly loadText?: TextLoader;
  /**
   * Files will be edited after the first build (the editor's index): a large first build then
   * adds its last files the way an edit is applied (see HOLD_BACK_FROM), which costs it 25-50 ms
   * on 6,000 files. A build that is never edited (the command line) leaves this off.
   */
  readonly expectsEdits?: boolean;
}

/** A file's text as indexed, read again on demand; undefined when it cannot be read any more. */
export type TextLoader = (file: string) => string | undefined;

/**
 * With more changed files than the bundle's files divided by this, entities are rebuilt in one
 * pass instead of patched: either way a snapshot costs in proportion to what changed.
 */
const REBUILD_FRACTION = 3;

/** With more files added or removed than this since the last sort, the file list is sorted afresh. */
const MAX_SPLICED_FILES = 64;

/** Files or entities per step of `snapshotSteps`: a millisecond or so of work. */
const SNAPSHOT_STEP = 64;

/**
 * A rebuild of at least this many changed files (a cold build) of an index that `expectsEdits`
 * leaves HELD_BACK_FILES of them out and adds them afterwards the way an edit is applied: the edit
 * path's code is then compiled and its first, slow runs paid during the build, not on the first
 * edits after it (which took 2-3 times a warm edit's time: V8 runs code it has not seen in its
 * interpreter first).
 */
export const HOLD_BACK_FROM = 512;
export const HELD_BACK_FILES = 32;

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
  private readonly expectsEdits: boolean;
  private readonly loadText: TextLoader | undefined;
  private readonly records = new Map<string, FileRecord>();
  private sortedFiles: string[] = [];
  /** Files that were added or removed since `sortedFiles` was last brought up to date. */
  private readonly unsortedFiles = new Set<string>();
  /** Per kind, per link key: how many mentions and files the bundle has (per kind, so linking one kind reads its keys only). */
  private readonly stats: Readonly<Record<MentionKind, Map<string, KeyEntry>>> = { person: new Map(), rate: new Map(), date: new Map() };
  /** Per record, the entry of each of its distinct keys (in `distinctKeys` order). */
  private readonly keyEntries = new WeakMap<FileRecord, KeyEntry[]>();
  /** Surface forms per link key with their counts: an entity's aliases without scanning mentions. */
  private readonly keyForms = new Map<string, Map<string, number>>();
  /** Keys that gained or lost a surface form since the last snapshot (their entities' aliases change). */
  private readonly formsChanged = new Set<string>();
  /** Per rate key: in how many files its mentions set each rate field (RATE_FIELDS order). */
  private readonly rateFieldFiles = new Map<string, Int32Array>();
  /** One shared copy of each link key and surface form (records hold a key per mention). */
  private readonly interned = new Map<string, string>();
  private overrides: IndexOverrides = NO_OVERRIDES;

  private linking: Linking | undefined;
  private readonly kindLinks = new Map<MentionKind, KindLinking>();
  /** Kinds whose linking inputs changed since the last snapshot. */
  private readonly relinkKinds = new Set<MentionKind>(KINDS);
  /** Date keys that came or went since the dates were last linked: enough to relink dates (see `relinkDates`)… */
  private readonly datesAdded = new Set<string>();
  private readonly datesRemoved = new Set<string>();
  /** …unless something else they depend on changed (the overrides). */
  private datesLinkedAfresh = true;
  /** Files changed since the last snapshot, each with its record as that snapshot saw it. */
  private readonly dirtyFiles = new Map<string, FileRecord | undefined>();
  /** Per link key, how many of the changed files hold it now: counted when first needed in a snapshot. */
  private changedFilesPerKey: Map<string, number> | undefined;
  /** Each kind's linking as the last snapshot saw it, for the kinds relinked since. */
  private readonly kindLinksBefore = new Map<MentionKind, KindLinking>();
  /** Entities a relink since the last snapshot changed (a new LinkedEntity) or dropped. */
  private readonly relinkedIds = new Set<string>();
  private built = LayeredMap.empty<string, BuiltEntity>();
  /** Per kind, the last snapshot's entities in linking order (patched while a relink leaves that order). */
  private readonly entityLists = new Map<MentionKind, Entity[]>();
  /** Per kind, entity id → position in its `entityLists` entry, while no relink changes the list. */
  private readonly entityPositions = new Map<MentionKind, Map<string, number>>();
  /** What snapshots see of `records`: updated with the changed files only. */
  private recordsView = LayeredMap.empty<string, FileRecord>();
  private sourceEntries = new Map<string, SourceEntry>();
  /** The last snapshot's sources (in `sortedFiles` order) and the files whose entry changed since. */
  private sourceList: SourceEntry[] | undefined;
  private readonly staleSources = new Set<string>();
  /** Titles shared across files, to tell a site's masthead from a headline. */
  private readonly sharedTitles = new SharedTitles();
  private cached: Snapshot | undefined;
  /** A `snapshotSteps` run not yet at its end: the index must not change before it is. */
  private inSteps: Generator<void, BundleSnapshot> | undefined;

  constructor(options: BundleIndexOptions = {}) {
    this.extractText = options.extract ?? defaultExtract;
    this.loadText = options.loadText;
    this.expectsEdits = options.expectsEdits ?? false;
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
  setPrepared(prepared: PreparedFile, adopted = false): void {
    this.replace(prepared.file, adopted ? prepared : adoptPrepared(prepared, this.intern));
  }

  /**
   * The index's shared copy of a link key or surface form. A prepared file whose strings all
   * come from here and whose details from `sharedDetail` is already adopted (`setPrepared`).
   */
  shared(value: string): string {
    return this.intern(value);
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
    this.finishSteps();
    const record = this.records.get(from);
    if (!record || from === to) return;
    if (this.records.has(to)) this.replace(to, undefined);
    // Same keys and counts under another name: linking needs no rerun, only the entities' file lists change.
    this.records.delete(from);
    const renamed = renamedRecord(record, to);
    this.records.set(to, renamed);
    this.staleSourceEntries(this.sharedTitles.update(from, record.metadata, undefined));
    this.staleSourceEntries(this.sharedTitles.update(to, undefined, renamed.metadata));
    this.keyEntries.set(renamed, this.keyEntries.get(record) as KeyEntry[]);
    this.unsortedFiles.add(from);
    this.unsortedFiles.add(to);
    this.markDirty(from, record);
    this.markDirty(to, undefined);
  }

  /** Applies what people decided in INDEX.yaml; files whose published date changed are re-extracted. */
  setOverrides(overrides: IndexOverrides): void {
    this.finishSteps();
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
    this.datesLinkedAfresh = true;
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
    this.finishSteps();
    return this.cached ?? runToEnd(this.startSteps());
  }

  /**
   * `snapshot()` in steps of about a millisecond, so a caller can give its event loop a turn in
   * between; the generator returns the snapshot. The index must stay as it is meanwhile: a
   * change or a `snapshot()` before the last step first runs every step left at once.
   */
  snapshotSteps(): Generator<void, BundleSnapshot> {
    this.finishSteps();
    if (!this.cached) this.startSteps();
    return this.stepsToSnapshot();
  }

  private *stepsToSnapshot(): Generator<void, BundleSnapshot> {
    while (this.inSteps?.next().done === false) yield;
    // Whoever ran the last step, the snapshot is cached now (unless the index changed since).
    return this.snapshot();
  }

  private startSteps(): Generator<void, BundleSnapshot> {
    this.inSteps = this.buildSnapshot();
    return this.inSteps;
  }

  /** Runs the rest of an unfinished `snapshotSteps`, if any. */
  private finishSteps(): void {
    if (this.inSteps) runToEnd(this.inSteps);
  }

  private *buildSnapshot(): Generator<void, BundleSnapshot> {
    this.sortFiles();
    const { linking, relinkedKinds } = yield* this.relink();
    let changes: Map<string, BuiltEntity | undefined>;
    if (this.entityLists.size === 0 || this.dirtyFiles.size * REBUILD_FRACTION > this.records.size) {
      const heldBack = this.filesToHoldBack();
      const all = yield* this.rebuildAll(linking, heldBack);
      this.built = LayeredMap.of(all);
      changes = all;
      for (const kind of KINDS) relinkedKinds.add(kind);
      if (heldBack.size > 0) changes = yield* this.addHeldBack(linking, heldBack, relinkedKinds, all);
    } else {
      changes = yield* this.update(linking);
      this.built = this.built.with(changes);
    }
    yield;
    this.recordsView = this.recordsView.with([...this.dirtyFiles.keys()].map((file) => [file, this.records.get(file)] as const));
    yield;
    this.dirtyFiles.clear();
    this.changedFilesPerKey = undefined;
    this.relinkedIds.clear();
    this.kindLinksBefore.clear();
    this.formsChanged.clear();

    const built = this.built;
    const entities = this.entities(relinkedKinds, changes);
    const byId = (id: string) => built.get(id)?.entity;
    this.cached = new Snapshot(this.sources(), entities, this.recordsView, linking.entityOfKey, byId, this.loadText);
    this.inSteps = undefined;
    return this.cached;
  }

  /**
   * The snapshot's entity list, kind by kind: the last one with the changed entities swapped in,
   * unless a relink changed that kind's order or members (then built again from its linking).
   */
  private entities(relinkedKinds: ReadonlySet<MentionKind>, changes: ReadonlyMap<string, BuiltEntity | undefined>): Entity[] {
    const changedByKind = new Map<MentionKind, BuiltEntity[]>();
    for (const built of changes.values()) {
      if (!built) continue; // a dropped entity: only a relink drops one, and that kind is rebuilt
      const list = changedByKind.get(built.linked.kind);
      if (list) list.push(built);
      else changedByKind.set(built.linked.kind, [built]);
    }
    const lists = KINDS.map((kind) => {
      const previous = this.entityLists.get(kind);
      const changed = changedByKind.get(kind);
      let list: Entity[];
      if (relinkedKinds.has(kind) || !previous) {
        const linked = this.kindLinks.get(kind)?.entities ?? [];
        list = linked.map((e) => (this.built.get(e.id) as BuiltEntity).entity);
        this.entityPositions.delete(kind);
      } else if (changed) {
        list = previous.slice();
        let positions = this.entityPositions.get(kind);
        if (!positions) this.entityPositions.set(kind, (positions = new Map(previous.map((e, n) => [e.id, n]))));
        for (const built of changed) list[positions.get(built.linked.id) as number] = built.entity;
      } else list = previous;
      this.entityLists.set(kind, list);
      return list;
    });
    return lists[0].concat(lists[1], lists[2]);
  }

  /**
   * Relinks the kinds whose inputs changed. An entity linking decides the same way as before
   * keeps its LinkedEntity object, which tells `update` it can be reused; the others are noted
   * in `relinkedIds`. `relinkedKinds`: the kinds whose list of entities changed.
   */
  private *relink(): Generator<void, { linking: Linking; relinkedKinds: Set<MentionKind> }> {
    const relinkedKinds = new Set<MentionKind>();
    for (const kind of this.relinkKinds) {
      yield;
      const before = this.kindLinks.get(kind);
      const linked = (kind === 'date' && this.relinkDatesOnly(before)) || this.linkAfresh(kind, before);
      if (!linked || linked === before) continue;
      if (before && !this.kindLinksBefore.has(kind)) this.kindLinksBefore.set(kind, before);
      this.kindLinks.set(kind, linked);
      relinkedKinds.add(kind);
    }
    this.relinkKinds.clear();
    this.datesAdded.clear();
    this.datesRemoved.clear();
    this.datesLinkedAfresh = false;
    if (relinkedKinds.size > 0 || !this.linking) this.linking = combineLinking(KINDS.map((kind) => this.kindLinks.get(kind) ?? kindLinking([])));
    return { linking: this.linking, relinkedKinds };
  }

  /**
   * One kind linked from its keys; undefined when linking decides exactly as before (a count
   * changed, not a name), so its tables are kept.
   */
  private linkAfresh(kind: MentionKind, before: KindLinking | undefined): KindLinking | undefined {
    const fresh = linkKind(kind, this.stats[kind], this.overrides).map((e) => {
      const same = before?.byId.get(e.id);
      if (same && sameLinking(same, e)) return same;
      this.relinkedIds.add(e.id);
      return e;
    });
    if (before && sameList(before.entities, fresh)) return undefined;
    const linked = kindLinking(fresh);
    for (const e of before?.entities ?? []) if (!linked.byId.get(e.id)) this.relinkedIds.add(e.id);
    return linked;
  }

  /**
   * The dates relinked from the date keys that came and went alone (`before` itself when none
   * did), unless something else changed since the last linking.
   */
  private relinkDatesOnly(before: KindLinking | undefined): KindLinking | undefined {
    if (!before || this.datesLinkedAfresh) return undefined;
    if (this.datesAdded.size === 0 && this.datesRemoved.size === 0) return before;
    const linked = relinkDates(before, this.datesAdded, this.datesRemoved, this.overrides);
    if (!linked) return undefined;
    for (const key of this.datesAdded) this.relinkedIds.add(linked.entityOfKey.get(key) ?? '');
    for (const key of this.datesRemoved) this.relinkedIds.add(before.entityOfKey.get(key) ?? '');
    this.relinkedIds.delete('');
    return linked;
  }

  /** The last few changed files with mentions, when a rebuild is large enough to hold some back. */
  private filesToHoldBack(): Set<string> {
    const held = new Set<string>();
    if (!this.expectsEdits || this.dirtyFiles.size < HOLD_BACK_FROM) return held;
    for (let f = this.sortedFiles.length - 1; f >= 0 && held.size < HELD_BACK_FILES; f--) {
      const file = this.sortedFiles[f];
      if (this.dirtyFiles.has(file) && (this.records.get(file)?.size ?? 0) > 0) held.add(file);
    }
    return held;
  }

  /**
   * After `rebuildAll` left `heldBack` out: the entity lists as the rebuild made them, then those
   * files added through `update`, as new files. Returns the entities that changed since the
   * lists; `relinkedKinds` is emptied, so that `entities` patches the lists.
   */
  private *addHeldBack(
    linking: Linking,
    heldBack: ReadonlySet<string>,
    relinkedKinds: Set<MentionKind>,
    rebuilt: ReadonlyMap<string, BuiltEntity>,
  ): Generator<void, Map<string, BuiltEntity | undefined>> {
    this.entities(relinkedKinds, rebuilt);
    relinkedKinds.clear();
    this.relinkedIds.clear();
    this.kindLinksBefore.clear();
    this.formsChanged.clear(); // the rebuild's aliases already have every form
    const dirty = new Map(this.dirtyFiles);
    this.dirtyFiles.clear();
    for (const file of heldBack) this.dirtyFiles.set(file, undefined);
    const changes = yield* this.update(linking);
    this.built = this.built.with(changes);
    this.changedFilesPerKey = undefined;
    for (const [file, before] of dirty) this.dirtyFiles.set(file, before);
    return changes;
  }

  /**
   * Every entity from scratch, in one pass over every file of the bundle but `heldBack`; the
   * result replaces every entity built before.
   */
  private *rebuildAll(linking: Linking, heldBack: ReadonlySet<string>): Generator<void, Map<string, BuiltEntity>> {
    // Each key's entry notes its entity's number in `linking.entities`: records reach it
    // through `keyEntries` without a lookup per key of every file.
    for (const stats of Object.values(this.stats)) for (const entry of stats.values()) entry.number = -1;
    linking.entities.forEach((e, n) => {
      for (const key of e.keys) (this.stats[e.kind].get(key) as KeyEntry).number = n;
    });
    const lists: Segment[][] = linking.entities.map(() => []);
    for (let f = 0; f < this.sortedFiles.length; f++) {
      if (f % SNAPSHOT_STEP === SNAPSHOT_STEP - 1) yield;
      if (heldBack.has(this.sortedFiles[f])) continue;
      const record = this.records.get(this.sortedFiles[f]) as FileRecord;
      appendSegments(record, this.keyEntries.get(record) as KeyEntry[], lists);
    }
    const built = new Map<string, BuiltEntity>();
    for (let n = 0; n < linking.entities.length; n++) {
      if (n % SNAPSHOT_STEP === SNAPSHOT_STEP - 1) yield;
      const linked = linking.entities[n];
      built.set(linked.id, this.makeEntity(linked, MentionRefs.of(lists[n])));
    }
    return built;
  }

  /**
   * After some files changed, the entities to change: those untouched by the files (and by a
   * relink) are not looked at; touched ones get the changed files' segments swapped in; only an
   * entity whose set of keys a relink changed is gathered again from the files holding those keys.
   */
  private *update(linking: Linking): Generator<void, Map<string, BuiltEntity | undefined>> {
    const patches = yield* this.patches(linking);
    if (this.relinkedIds.size > 0) yield* this.countChangedFilesPerKey();
    const changes = new Map<string, BuiltEntity | undefined>();
    let n = 0;
    for (const id of new Set([...patches.keys(), ...this.relinkedIds])) {
      if (++n % SNAPSHOT_STEP === 0) yield;
      const linked = linking.byId.get(id);
      const previous = this.built.get(id);
      const patch = patches.get(id);
      if (!linked) {
        if (previous) changes.set(id, undefined);
      } else if (previous && previous.linked === linked && !patch) {
        continue;
      } else if (previous && sameList(previous.linked.keys, linked.keys)) {
        const refs = refsOf(previous.entity) ?? MentionRefs.EMPTY;
        changes.set(id, this.makeEntity(linked, patch ? refs.replaceFiles(patch) : refs, previous));
      } else {
        changes.set(id, this.makeEntity(linked, this.gather(linked, linking, patch), previous));
      }
    }
    return changes;
  }

  /**
   * Per entity the changed files had or have mentions in: its segment in each of those files now
   * (undefined where it has none any more), sorted by file. Linking gives each key to one entity,
   * so the changed files' keys name the entities to touch without scanning every entity.
   */
  private *patches(linking: Linking): Generator<void, Map<string, FileUpdate[]>> {
    const entityOf = (key: string) => linking.entityOfKey.get(key);
    const patches = new Map<string, FileUpdate[]>();
    const add = (id: string, file: string, segment: Segment | undefined) => {
      const list = patches.get(id);
      if (list) list.push({ file, segment });
      else patches.set(id, [{ file, segment }]);
    };
    // In bundle order, so each entity's updates come out sorted.
    let n = 0;
    for (const file of [...this.dirtyFiles.keys()].sort(compareFiles)) {
      if (++n % SNAPSHOT_STEP === 0) yield;
      const before = this.dirtyFiles.get(file);
      const record = this.records.get(file);
      const now = record ? segmentsOf(record, entityOf) : new Map<string, Segment>();
      for (const [id, segment] of now) add(id, file, segment);
      for (const key of before?.distinctKeys ?? []) {
        const id = entityOf(key);
        if (id === undefined || now.has(id)) continue;
        const list = patches.get(id);
        // An entity with several keys in the old file: one update for the file is enough.
        if (!list || list[list.length - 1].file !== file) add(id, file, undefined);
      }
    }
    return patches;
  }

  /**
   * An entity's mentions across the bundle, from the files that hold its keys: the files of the
   * entities that held them before the relink, and the changed files (`patch`: its segments in
   * them). (No key → files table is kept: it would cost a set entry per key of every file.) Only
   * a key no entity held before that also occurs in unchanged files (an entity no longer
   * rejected) makes it read every file.
   */
  private gather(linked: LinkedEntity, linking: Linking, patch: readonly FileUpdate[] | undefined): MentionRefs {
    const wanted = new Set(linked.keys);
    const entityOf = (key: string) => (wanted.has(key) ? linked.id : undefined);
    const files = new Set<string>();
    let everyFile = false;
    for (const key of linked.keys) {
      const owner = this.ownerBeforeRelink(key, linking);
      const refs = owner === undefined ? undefined : refsOf((this.built.get(owner) as BuiltEntity).entity);
      if (refs) for (const file of refs.files()) files.add(file);
      else if (!this.onlyInChangedFiles(key)) everyFile = true;
    }
    const changed = new Map<string, Segment | undefined>();
    for (const { file, segment } of patch ?? []) changed.set(file, segment);
    const segments: Segment[] = [];
    const unchanged = everyFile ? this.sortedFiles : [...files].sort(compareFiles);
    let c = 0;
    const sortedChanged = [...changed.keys()];
    for (const file of unchanged) {
      if (this.dirtyFiles.has(file) || !this.records.has(file)) continue;
      // The changed files' segments go in bundle order among the others'.
      for (; c < sortedChanged.length && compareFiles(sortedChanged[c], file) < 0; c++) {
        const segment = changed.get(sortedChanged[c]);
        if (segment) segments.push(segment);
      }
      const segment = segmentsOf(this.records.get(file) as FileRecord, entityOf).get(linked.id);
      if (segment) segments.push(segment);
    }
    for (; c < sortedChanged.length; c++) {
      const segment = changed.get(sortedChanged[c]);
      if (segment) segments.push(segment);
    }
    return MentionRefs.of(segments);
  }

  /** The id of the built entity that held `key` before this snapshot's relink, if any. */
  private ownerBeforeRelink(key: string, linking: Linking): string | undefined {
    const before = this.kindLinksBefore.get(kindOfKey(key));
    const id = before ? before.entityOfKey.get(key) : linking.entityOfKey.get(key);
    return id !== undefined && this.built.get(id) ? id : undefined;
  }

  /** Whether every file holding `key` is one changed since the last snapshot. */
  private onlyInChangedFiles(key: string): boolean {
    const counts = this.changedFilesPerKey ?? runToEnd(this.countChangedFilesPerKey());
    return (counts.get(key) ?? 0) === (this.stats[kindOfKey(key)].get(key)?.files ?? 0);
  }

  /** Counts `changedFilesPerKey`, once per snapshot that relinks (only then may `gather` need it). */
  private *countChangedFilesPerKey(): Generator<void, Map<string, number>> {
    const counts = new Map<string, number>();
    let n = 0;
    for (const file of this.dirtyFiles.keys()) {
      if (++n % SNAPSHOT_STEP === 0) yield;
      for (const k of this.records.get(file)?.distinctKeys ?? []) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    this.changedFilesPerKey = counts;
    return counts;
  }

  /** `previous`: the entity as the last snapshot built it, when only a few files changed since. */
  private makeEntity(linked: LinkedEntity, refs: MentionRefs, previous?: BuiltEntity): BuiltEntity {
    let rateFieldsSet: number | undefined;
    if (linked.kind === 'rate') {
      rateFieldsSet = 0;
      for (const key of linked.keys) {
        const files = this.rateFieldFiles.get(key);
        for (let f = 0; f < RATE_FIELDS.length; f++) if (files && files[f] > 0) rateFieldsSet |= 1 << f;
      }
    }
    const entity = lazyEntity(
      {
        id: linked.id,
        kind: linked.kind,
        name: linked.name,
        aliases: this.aliasesOf(linked, previous),
        possibleMatches: linked.possibleMatches,
        ambiguousWith: linked.ambiguousWith,
        ...(linked.note !== undefined ? { note: linked.note } : {}),
      },
      refs,
      rateFieldsSet,
    );
    return { entity, linked };
  }

  private aliasesOf(linked: LinkedEntity, previous: BuiltEntity | undefined): readonly string[] {
    // An edit rarely adds or drops a surface form: then the entity's aliases stay as they were.
    if (previous && this.sameForms(previous.linked, linked)) return previous.entity.aliases;
    const forms = new Set<string>(linked.aliases);
    for (const key of linked.keys) for (const form of this.keyForms.get(key)?.keys() ?? []) forms.add(form);
    forms.delete(linked.name);
    return [...forms].sort(compareFiles);
  }

  /** Whether an entity's aliases are as `before`'s: same name, keys and added aliases, and no form of its keys came or went. */
  private sameForms(before: LinkedEntity, linked: LinkedEntity): boolean {
    return (
      before.name === linked.name &&
      sameList(before.keys, linked.keys) &&
      sameList(before.aliases, linked.aliases) &&
      !linked.keys.some((key) => this.formsChanged.has(key))
    );
  }

  private replace(file: string, record: FileRecord | undefined): void {
    this.finishSteps();
    const old = this.records.get(file);
    if (record) this.countForms(record, +1);
    if (old) this.countForms(old, -1);
    if (record) this.countRateFields(record, +1);
    if (old) this.countRateFields(old, -1);
    this.countKeys(file, old, record);
    if (record) this.records.set(file, record);
    else this.records.delete(file);
    if (!old !== !record) this.unsortedFiles.add(file);
    if (personCountsDiffer(old, record)) this.relinkKinds.add('person');
    this.staleSourceEntries(this.sharedTitles.update(file, old?.metadata, record?.metadata));
    this.markDirty(file, old);
  }

  /** Other files whose source entry changed (their title turned out a masthead, or stopped being one). */
  private staleSourceEntries(files: readonly string[]): void {
    for (const file of files) {
      this.sourceEntries.delete(file);
      this.staleSources.add(file);
    }
  }

  /** Notes that `file` changed; `before` is its record until now. */
  private markDirty(file: string, before: FileRecord | undefined): void {
    if (!this.dirtyFiles.has(file)) this.dirtyFiles.set(file, before);
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
    const entries: KeyEntry[] = new Array(b.length);
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
      const order = i >= a.length ? 1 : j >= b.length ? -1 : a[i] < b[j] ? -1 : a[i] > b[j] ? 1 : 0;
      if (order === 0) {
        const entry = this.stats[kindOfKey(a[i])].get(a[i]) as KeyEntry;
        entry.mentions += (record as FileRecord).keyCounts[j] - (old as FileRecord).keyCounts[i];
        entries[j] = entry;
        i++;
        j++;
      } else if (order < 0) {
        const key = a[i];
        const stats = this.stats[kindOfKey(key)];
        const stat = stats.get(key) as KeyEntry;
        stat.mentions -= (old as FileRecord).keyCounts[i];
        stat.files--;
        if (stat.files === 0) {
          stats.delete(key);
          this.keyForms.delete(key);
          this.interned.delete(key);
          this.relinkKinds.add(kindOfKey(key));
          if (stats === this.stats.date) noteChange(key, this.datesRemoved, this.datesAdded);
        }
        i++;
      } else {
        const key = b[j];
        const stats = this.stats[kindOfKey(key)];
        let stat = stats.get(key);
        if (!stat) {
          stat = { mentions: 0, files: 0, number: -1 };
          stats.set(key, stat);
          this.relinkKinds.add(kindOfKey(key));
          if (stats === this.stats.date) noteChange(key, this.datesAdded, this.datesRemoved);
        }
        stat.mentions += (record as FileRecord).keyCounts[j];
        stat.files++;
        entries[j] = stat;
        j++;
      }
    }
    if (record) this.keyEntries.set(record, entries);
  }

  /** Adds (`sign` 1) or removes (-1) the files in which each rate key has each rate field set. */
  private countRateFields(record: FileRecord, sign: 1 | -1): void {
    const { distinctKeys, rateFieldFirst, size } = record;
    for (let j = 0; j < distinctKeys.length; j++) {
      const key = distinctKeys[j];
      if (key[0] !== 'r') continue;
      let files = this.rateFieldFiles.get(key);
      if (!files) this.rateFieldFiles.set(key, (files = new Int32Array(RATE_FIELDS.length)));
      let total = 0;
      for (let f = 0; f < RATE_FIELDS.length; f++) {
        if (rateFieldFirst[j * 3 + f] < size) files[f] += sign;
        total += files[f];
      }
      if (total === 0) this.rateFieldFiles.delete(key);
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
      const before = forms.get(text) ?? 0;
      const total = before + sign * formCounts[f];
      if ((before > 0) !== (total > 0)) this.formsChanged.add(key);
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
      const override = this.overrides.sources.get(file);
      // Records are immutable: without an override, the page's metadata is shared, not copied.
      const shown = this.sharedTitles.shown(record.metadata);
      const metadata: SourceMetadata = override ? { ...shown, ...override } : shown;
      entry =
        record.skipped === undefined
          ? { file, metadata, counts: record.counts }
          : { file, metadata, counts: record.counts, skipped: record.skipped };
      this.sourceEntries.set(file, entry);
    }
    return entry;
  }

  /** Brings `sortedFiles` up to date: a few files added or removed are spliced in or out, more sorted afresh. */
  private sortFiles(): void {
    if (this.unsortedFiles.size === 0) return;
    if (this.unsortedFiles.size > MAX_SPLICED_FILES) this.sortedFiles = [...this.records.keys()].sort(compareFiles);
    else {
      const files = this.sortedFiles.slice(); // the last snapshot's sources may still be read in this order
      for (const file of this.unsortedFiles) {
        const at = lowerBound(files, file);
        const listed = files[at] === file;
        if (listed && !this.records.has(file)) files.splice(at, 1);
        else if (!listed && this.records.has(file)) files.splice(at, 0, file);
      }
      this.sortedFiles = files;
    }
    this.unsortedFiles.clear();
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

/** The value `steps` returns, running every step left. */
function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Notes that `key` came (or went): in `into`, unless it just went (came) and is merely back. */
function noteChange(key: string, into: Set<string>, opposite: Set<string>): void {
  if (!opposite.delete(key)) into.add(key);
}

/** Whether linking decided the same for an entity (same id assumed): compared field by field, no allocation. */
function sameLinking(a: LinkedEntity, b: LinkedEntity): boolean {
  return (
    a.name === b.name &&
    a.note === b.note &&
    sameList(a.keys, b.keys) &&
    sameList(a.aliases, b.aliases) &&
    sameList(a.possibleMatches, b.possibleMatches) &&
    sameList(a.ambiguousWith, b.ambiguousWith)
  );
}

/** Where `file` is or would go in `files` (sorted with compareFiles). */
function lowerBound(files: readonly string[], file: string): number {
  let lo = 0;
  let hi = files.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareFiles(files[mid], file) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of `file` in `files` (sorted with compareFiles, i.e. code-unit order), or -1. */
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

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}


/**
 * Person linking weighs names by how often they occur, so a change in any person name's count
 * relinks people; new or vanished keys of any kind relink that kind (see `countKeys`).
 */
function personCountsDiffer(old: FileRecord | undefined, record: FileRecord | undefined): boolean {
  const a = personKeys(old);
  const b = personKeys(record);
  if (a.to - a.from !== b.to - b.from) return true;
  for (let i = a.from, j = b.from; i < a.to; i++, j++) {
    if (a.keys[i] !== b.keys[j] || a.counts[i] !== b.counts[j]) return true;
  }
  return false;
}

/** The run of person keys ("p…") in a record's sorted distinct keys. */
function personKeys(record: FileRecord | undefined): { keys: readonly string[]; counts: Column; from: number; to: number } {
  const keys = record?.distinctKeys ?? [];
  let from = 0;
  while (from < keys.length && keys[from] < 'p') from++;
  let to = from;
  while (to < keys.length && keys[to][0] === 'p') to++;
  return { keys, counts: record?.keyCounts ?? new Uint32Array(0), from, to };
}
