import * as vscode from 'vscode';
import type { BundleSnapshot } from '../../core/bundle/api';
import { BundleIndex } from '../../core/bundle/bundleIndex';
import { compareFiles, INDEX_FILE } from '../../core/bundle/discovery';
import type { PreparedFile } from '../../core/bundle/fileRecord';
import { type IndexOverrides, NO_OVERRIDES } from '../../core/bundle/overrides';
import type { Bundle } from '../services';
import { Disposable } from '../util/dispose';
import { type ProgressSink, withDelayedProgress } from './delayedProgress';
import { EditOverlay, snapshotOfOneFile } from './editOverlay';
import { IndexYamlOverrides } from './indexYamlOverrides';
import { aheadInOrder, type BatchLimits, batchesOf } from './orderedBatches';
import type { ExtractionJob } from '../../core/bundle/preparedBatch';
import { readSource, type SourceRead } from './readSource';
import type { SourceExtractor } from './sourceExtractor';
import { readSourceRules, type SourceRules } from './sourceRules';
import { detachedPreparedFile, SourceTexts } from './sourceTexts';
import { createYielder, runInSlices } from './yieldingLoop';
import { hostSteps } from '../util/hostSteps';

/** Reads ahead of the extractor so disk latency overlaps extraction, without holding many texts. */
const READ_AHEAD = 8;
/**
 * One batch for the extraction thread is a few milliseconds of its work (~64 KB of text): small
 * enough that a cancelled run stops soon and the host files each batch away in one short step,
 * large enough that messages cost little and `extractMany` runs each finder over several texts.
 */
const BATCH_LIMITS: BatchLimits = { items: 32, size: 64_000 };
/** Batches out at once: the thread extracts the next ones while the host files one away. */
const BATCHES_AHEAD = 3;
/**
 * An edited file this long goes to the extraction thread too: the host extracts ~100 KB in a few
 * milliseconds, less than the round trip costs a typing pause, but a 20 MB file would freeze it.
 */
const THREAD_MIN_CHARS = 256_000;
/** Above this many files the progress notification shows at once rather than after a delay. */
const MANY_FILES = 500;
/**
 * While a rebuild runs, the indexing loop refreshes the snapshot views see at most every two
 * seconds, and at most once per 25 times its own cost: a fresh snapshot relinks the bundle
 * (0.1–0.2 s of work for 6,000 files, taken in slices of a few milliseconds so hovers and typing
 * are served in between), so refreshing it for every hover, edit or decoration pass would spend
 * the run's time on snapshots nobody needed yet; at 25× they take at most 4% of the run. When
 * snapshots get cheap, the two seconds decide. Edits in between are laid over it (`EditOverlay`).
 */
const RUN_SNAPSHOT_MIN_AGE_MS = 2000;
const RUN_SNAPSHOT_COST_FACTOR = 25;
// A refresh also waits until some view has read the last one: with nobody looking (no hover,
// INDEX view hidden), relinking the bundle every few seconds would be work for no one. A view
// that reads the stale one (it is told of the next change, or opens) brings refreshes back.

/** What a bundle needs from the service that owns it. */
export interface BundleHost {
  /** The text of an open editor buffer for `uri` (unsaved edits included), if any. */
  openDocumentText(uri: vscode.Uri): string | undefined;
  readonly log: vscode.LogOutputChannel;
  /** Extracts texts off the extension host's thread (shared by every bundle). */
  readonly extractor: SourceExtractor;
}

/** A file read during a rebuild, with the version it was read at. */
interface VersionedRead {
  readonly file: string;
  readonly version: number;
  readonly read: SourceRead;
}

/** A text extracted away from the host, and the published date it was extracted with. */
interface Extracted {
  readonly prepared: PreparedFile;
  readonly published: string | undefined;
}

/**
 * One workspace folder's index, kept in step with its files and open editors. Every update
 * goes through `reindex`/`remove*`; a per-file version counter drops reads that a newer read
 * of the same file overtook (a watcher event racing an edit, a rebuild racing a save).
 */
export class WorkspaceBundle extends Disposable implements Bundle {
  readonly root: vscode.Uri;
  readonly name: string;
  /** What each indexed file held when indexed (the index keeps no texts: see SourceTexts). */
  private readonly texts = new SourceTexts();
  private readonly index = new BundleIndex({ loadText: (file) => this.texts.get(file), expectsEdits: true });
  private readonly overrides: IndexYamlOverrides;
  private rules: SourceRules;
  /** What INDEX.yaml decides now (one-file snapshots of edits need it too). */
  private overridesInForce: IndexOverrides = NO_OVERRIDES;
  private readonly versions = new Map<string, number>();
  private currentRun: vscode.CancellationTokenSource | undefined;
  private latestRun: Promise<void> = Promise.resolve();
  /** During a rebuild: the last full snapshot views get. */
  private runSnapshot: BundleSnapshot | undefined;
  /** How long the last snapshot during a rebuild took to build (its slices' time). */
  private runSnapshotCost = 0;
  /** While the indexing loop takes a snapshot in slices: the index must not change until it is done. */
  private slicedRefresh: Promise<void> | undefined;
  /** Whether a view read `runSnapshot` since it was taken. */
  private runSnapshotRead = false;
  /** During a rebuild: files edited since `runSnapshot`, each as a one-file snapshot. */
  private readonly runEdits = new Map<string, BundleSnapshot>();
  /** `runSnapshot` with `runEdits` over it, until either changes. */
  private runView: BundleSnapshot | undefined;

  private readonly _onDidChange = this._register(new vscode.EventEmitter<readonly string[]>());
  /** Fires with the files whose index changed; an empty list means "possibly everything". */
  readonly onDidChange = this._onDidChange.event;

  constructor(
    readonly folder: vscode.WorkspaceFolder,
    private readonly host: BundleHost,
  ) {
    super();
    this.root = folder.uri;
    this.name = folder.name;
    this.rules = readSourceRules(folder);
    this.overrides = this._register(new IndexYamlOverrides(this.uriOf(INDEX_FILE), host.log));
  }

  /**
   * Cached by the index until the next change. During a rebuild: the snapshot the indexing loop
   * last took, with the files edited since laid over it, so a view never waits for a relink.
   */
  snapshot(): BundleSnapshot {
    if (!this.currentRun) return this.index.snapshot();
    const base = this.runSnapshot ?? this.refreshRunSnapshot();
    this.runSnapshotRead = true;
    if (this.runEdits.size === 0) return base;
    this.runView ??= new EditOverlay(base, new Map(this.runEdits));
    return this.runView;
  }

  /** Takes the full snapshot views see during a rebuild, at once (a view waits for it); it holds every edit so far. */
  private refreshRunSnapshot(): BundleSnapshot {
    const started = performance.now();
    const snapshot = hostSteps.time('snapshot at once', () => this.index.snapshot());
    return this.takeRunSnapshot(snapshot, performance.now() - started);
  }

  /**
   * The indexing loop's refresh: the same snapshot, taken in slices of a few milliseconds so
   * hovers and typing are served while the bundle relinks. Edits wait for it (see `reindex`).
   * False when the run was cancelled first (the steps left are finished by the next change or snapshot).
   */
  private async refreshRunSnapshotInSlices(cancelled: () => boolean): Promise<boolean> {
    let cost = 0;
    const timeSlice = (slice: () => void) => {
      const start = performance.now();
      hostSteps.time('snapshot slice', slice);
      cost += performance.now() - start;
    };
    const snapshot = runInSlices(this.index.snapshotSteps(), timeSlice, undefined, () => cancelled() || this.isDisposed);
    // Only a signal for waiting edits: a failure reaches the caller through `snapshot` itself.
    this.slicedRefresh = snapshot.then(
      () => undefined,
      () => undefined,
    );
    try {
      const taken = await snapshot;
      if (taken === undefined) return false;
      this.takeRunSnapshot(taken, cost);
      return true;
    } finally {
      this.slicedRefresh = undefined;
    }
  }

  private takeRunSnapshot(snapshot: BundleSnapshot, cost: number): BundleSnapshot {
    this.runSnapshotCost = cost;
    this.runSnapshot = snapshot;
    this.runSnapshotRead = false;
    this.runEdits.clear();
    this.runView = undefined;
    return snapshot;
  }

  /** Back to serving the index itself (no rebuild runs, or one starts afresh). */
  private dropRunSnapshot(): void {
    this.runSnapshot = undefined;
    this.runEdits.clear();
    this.runView = undefined;
  }

  uriOf(file: string): vscode.Uri {
    return vscode.Uri.joinPath(this.root, ...file.split('/'));
  }

  /** The bundle-relative path of `uri` when it lies inside this folder (whether or not a source). */
  relativePath(uri: vscode.Uri): string | undefined {
    if (uri.scheme !== this.root.scheme || uri.authority !== this.root.authority) return undefined;
    const rootPath = this.root.path.endsWith('/') ? this.root.path : this.root.path + '/';
    if (!uri.path.startsWith(rootPath) || uri.path.length === rootPath.length) return undefined;
    return uri.path.slice(rootPath.length);
  }

  isSource(file: string): boolean {
    return this.rules.isSource(file);
  }

  isExcluded(file: string): boolean {
    return this.rules.isExcluded(file);
  }

  /** Whether the file is in the index now (indexed or listed as skipped). */
  has(file: string): boolean {
    return this.index.has(file);
  }

  /** How many files the index holds (indexed or skipped). */
  get fileCount(): number {
    return this.index.files().length;
  }

  /** Re-reads the settings that decide what a source is (`rebuild` applies them). */
  private reloadRules(): void {
    this.rules = readSourceRules(this.folder);
  }

  /** Re-reads INDEX.yaml; applies its overrides if it parses (else its errors go to Problems). */
  async reloadOverrides(): Promise<void> {
    const changed = await this.overrides.reload();
    if (changed === undefined) return;
    this.overridesInForce = changed;
    this.index.setOverrides(changed);
    if (this.currentRun) this.dropRunSnapshot(); // every entity may change: views need a full snapshot
    this.changed([]);
  }

  /**
   * Rebuilds the whole bundle: re-reads its settings and INDEX.yaml, discovers sources, drops
   * files that are no longer sources and re-reads every one. Runs in the background under a
   * progress notification when it takes a while. A newer rebuild cancels an older one, and
   * both callers resolve when the newer is done; resolves early only if the person cancels.
   */
  async rebuild(): Promise<void> {
    this.currentRun?.cancel();
    const run = new vscode.CancellationTokenSource();
    this.currentRun = run;
    let running = this.runOnce(run);
    this.latestRun = running;
    await running;
    while (this.latestRun !== running) {
      running = this.latestRun;
      await running;
    }
  }

  private async runOnce(run: vscode.CancellationTokenSource): Promise<void> {
    try {
      this.reloadRules();
      await this.reloadOverrides();
      const asked = performance.now();
      const files = await this.discover(run.token);
      hostSteps.record('discover (async)', asked);
      if (run.token.isCancellationRequested) return;
      const wanted = new Set(files);
      for (const file of [...this.index.files()]) if (!wanted.has(file)) this.forget(file);
      const title = `News Lens: indexing ${this.name}`;
      const started = Date.now();
      const finished = await withDelayedProgress(title, files.length > MANY_FILES, (sink) => this.indexFiles(files, sink, run.token));
      if (finished) this.host.log.info(`${this.name}: ${files.length} sources read in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } catch (err) {
      this.host.log.error(`${this.name}: indexing failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    } finally {
      if (this.currentRun === run) {
        this.currentRun = undefined;
        this.dropRunSnapshot();
      }
      run.dispose();
      this.changed([]);
    }
  }

  /** Re-reads one file (its open editor buffer wins over the disk) and updates the index. */
  async reindex(file: string): Promise<void> {
    const version = this.bump(file);
    const read = await this.readCurrent(file);
    if (this.versions.get(file) !== version) return;
    let extracted: Extracted | undefined;
    if (read.kind === 'text' && read.text.length >= THREAD_MIN_CHARS) {
      const batch = await this.extractAway([{ file, version, read }]);
      if (batch === undefined || this.versions.get(file) !== version) return; // disposed, or typed over
      extracted = batch[0];
    }
    if (this.slicedRefresh) {
      extracted = await this.layOverUntilSliced(file, read, extracted);
      if (this.versions.get(file) !== version) return;
    }
    const started = performance.now();
    const cpu = hostSteps.cpuNow();
    const { changed, prepared } = this.apply(file, read, extracted);
    if (!changed) return;
    // An edit shows at once even during a rebuild (hovers wait for the text on screen), over the
    // last full snapshot rather than by relinking the whole bundle for every pause in typing.
    if (this.currentRun && this.runSnapshot) {
      if (read.kind === 'text') this.layOver(file, read.text, prepared);
      else this.dropRunSnapshot(); // rare (a file skipped or gone): the next view takes a full snapshot
    }
    hostSteps.record('edit filed', started, cpu);
    this.changed([file]);
  }

  /**
   * An edit made while the indexing loop takes a snapshot in slices: changing the index now would
   * take the rest of that snapshot in one go, so the edit is laid over the last snapshot at once
   * (hovers wait for it) and filed after the last slice. Returns its extraction, for filing.
   */
  private async layOverUntilSliced(file: string, read: SourceRead, extracted: Extracted | undefined): Promise<Extracted | undefined> {
    if (read.kind === 'text' && this.runSnapshot && !this.texts.holds(file, read.text)) {
      const text = read.text;
      const shown = hostSteps.time('edit laid over', () => {
        const prepared = extracted?.prepared ?? detachedPreparedFile(file, text, this.overridesInForce);
        this.layOver(file, text, prepared);
        return { prepared, published: this.publishedOf(file) };
      });
      extracted ??= shown;
      this.changed([file]);
    }
    while (this.slicedRefresh) await this.slicedRefresh;
    return extracted;
  }

  /** Drops a deleted file, or every file under a deleted folder (reads in flight included). */
  removePath(path: string): void {
    const prefix = path + '/';
    const under = (file: string) => file === path || file.startsWith(prefix);
    const gone = new Set([...this.index.files(), ...this.versions.keys()].filter(under));
    const removed = [...gone].filter((file) => this.forget(file));
    if (removed.length && this.currentRun) this.dropRunSnapshot();
    if (removed.length) this.changed(removed);
  }

  /** A rename seen by VS Code: moves the entry without re-extracting it. */
  rename(from: string, to: string): void {
    if (!this.index.has(from) || !this.isSource(to)) {
      this.removePath(from);
      if (this.isSource(to)) void this.reindex(to);
      return;
    }
    this.index.renameFile(from, to);
    this.texts.rename(from, to);
    this.versions.delete(from);
    this.bump(to);
    if (this.currentRun) this.dropRunSnapshot();
    this.changed([from, to]);
  }

  /** Finds the sources under a folder that appeared (created, or renamed into place). */
  async discoverUnder(folder: string): Promise<void> {
    const found = await vscode.workspace.findFiles(new vscode.RelativePattern(this.uriOf(folder), '**/*.txt'));
    for (const uri of found) {
      const file = this.relativePath(uri);
      if (file !== undefined && this.isSource(file)) await this.reindex(file);
    }
  }

  override dispose(): void {
    this.currentRun?.cancel();
    super.dispose();
  }

  private async discover(token: vscode.CancellationToken): Promise<string[]> {
    // `undefined` excludes apply files.exclude; our own rules filter the rest the same way the
    // watcher and the command line do, so every path agrees on what a source is.
    const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(this.folder, '**/*.txt'), undefined, undefined, token);
    const files: string[] = [];
    // Matching 6,000 paths against the exclusion globs takes tens of milliseconds: in slices.
    const yieldToEditor = createYielder();
    for (const uri of uris) {
      const file = this.relativePath(uri);
      if (file !== undefined && this.isSource(file)) files.push(file);
      await yieldToEditor();
    }
    return files.sort(compareFiles);
  }

  /**
   * Reads and indexes `files` in order; false when cancelled before the end. The extraction
   * thread extracts batches ahead while this loop files the records away between editor turns.
   */
  private async indexFiles(files: readonly string[], sink: ProgressSink, runToken: vscode.CancellationToken): Promise<boolean> {
    const yieldToEditor = createYielder();
    const batches = batchesOf(this.readAll(files), ({ read }) => (read.kind === 'text' ? read.text.length : 0), BATCH_LIMITS);
    let done = 0;
    let pending: string[] = [];
    let lastPartial = Date.now();
    const cancelled = () => runToken.isCancellationRequested || sink.token.isCancellationRequested;
    for await (const { batch, result } of aheadInOrder(batches, (batch) => this.extractAway(batch), BATCHES_AHEAD)) {
      if (result === undefined) return false; // disposed
      for (let k = 0; k < batch.length; k++) {
        if (cancelled()) {
          this.host.log.info(`${this.name}: indexing cancelled after ${done} of ${files.length} files`);
          return false;
        }
        if (hostSteps.time('file', () => this.applyRunRead(batch[k], result[k]))) pending.push(batch[k].file);
        sink.report(++done, files.length);
        if (pending.length && (this.runSnapshotRead || !this.runSnapshot) && Date.now() - lastPartial >= this.runRefreshInterval()) {
          // Views see the files indexed so far. Taken here, on the loop's time, not in a hover.
          await this.refreshRunSnapshotInSlices(cancelled);
          this.changed(pending);
          pending = [];
          lastPartial = Date.now();
        }
        await yieldToEditor();
      }
    }
    // The views' first look at the finished index would relink it in one go: take it in slices here.
    return this.refreshRunSnapshotInSlices(cancelled);
  }

  /** Puts one read of a rebuild into the index unless a newer read overtook it; whether the index changed. */
  private applyRunRead({ file, version, read }: VersionedRead, extracted: Extracted | undefined): boolean {
    if (this.versions.get(file) !== version) return false;
    const { changed, prepared } = this.apply(file, read, extracted);
    // A file open in an editor shows at once, not at the next full snapshot: hovers there wait
    // for the index to hold the text on screen.
    if (changed && read.kind === 'text' && this.runSnapshot && this.host.openDocumentText(this.uriOf(file)) !== undefined) {
      this.layOver(file, read.text, prepared);
      this.changed([file]);
    }
    return changed;
  }

  /** Reads `files` in order, a few ahead so disk latency overlaps the rest, each at a new version. */
  private async *readAll(files: readonly string[]): AsyncGenerator<VersionedRead> {
    const reads: Promise<VersionedRead>[] = [];
    const startRead = (file: string) => {
      const version = this.bump(file);
      reads.push(this.readCurrent(file).then((read) => ({ file, version, read })));
    };
    let next = 0;
    while (next < Math.min(READ_AHEAD, files.length)) startRead(files[next++]);
    while (reads.length > 0) {
      const read = await reads.shift()!;
      if (next < files.length) startRead(files[next++]);
      yield read;
    }
  }

  /**
   * The batch's texts that changed, extracted by the extraction thread (other entries are
   * undefined: `apply` has nothing to extract there, or finds them overtaken); undefined once disposed.
   */
  private async extractAway(batch: readonly VersionedRead[]): Promise<(Extracted | undefined)[] | undefined> {
    const jobs: ExtractionJob[] = [];
    const at: number[] = [];
    batch.forEach(({ file, version, read }, k) => {
      if (read.kind !== 'text' || this.versions.get(file) !== version || this.texts.holds(file, read.text)) return;
      const published = this.publishedOf(file);
      jobs.push(published ? { file, text: read.text, published } : { file, text: read.text });
      at.push(k);
    });
    const result: (Extracted | undefined)[] = new Array(batch.length).fill(undefined);
    if (jobs.length === 0) return result;
    const prepared = await this.host.extractor.prepare(jobs);
    if (prepared === undefined) return undefined;
    at.forEach((k, j) => (result[k] = { prepared: prepared[j], published: jobs[j].published }));
    return result;
  }

  /** The published date INDEX.yaml gives `file`, which the extractor falls back on. */
  private publishedOf(file: string): string | undefined {
    return this.overridesInForce.sources.get(file)?.published;
  }

  /** During a rebuild: shows `file` as `text` (extracted as `prepared`) over the last full snapshot. */
  private layOver(file: string, text: string, prepared?: PreparedFile): void {
    this.runEdits.set(file, snapshotOfOneFile(file, text, this.overridesInForce, prepared));
    this.runView = undefined;
  }

  private runRefreshInterval(): number {
    return Math.max(RUN_SNAPSHOT_MIN_AGE_MS, RUN_SNAPSHOT_COST_FACTOR * this.runSnapshotCost);
  }

  private async readCurrent(file: string): Promise<SourceRead> {
    const uri = this.uriOf(file);
    const buffer = this.host.openDocumentText(uri);
    if (buffer !== undefined) return { kind: 'text', text: buffer };
    return readSource(uri, this.rules.maxFileBytes);
  }

  /**
   * Puts one read into the index: whether it changed, and a text's extraction (an overlay of the
   * file reuses it). A text comes `extracted` already unless it is short; extracted with a
   * published date INDEX.yaml no longer gives (it changed meanwhile), it is extracted again here.
   */
  private apply(file: string, read: SourceRead, extracted?: Extracted): { changed: boolean; prepared?: PreparedFile } {
    switch (read.kind) {
      case 'text': {
        if (!this.texts.set(file, read.text)) return { changed: false };
        const prepared =
          extracted && extracted.published === this.publishedOf(file) ? extracted.prepared : detachedPreparedFile(file, read.text, this.overridesInForce);
        this.index.setPrepared(prepared);
        return { changed: true, prepared };
      }
      case 'skipped':
        this.host.log.info(`${this.name}: skipped ${file}: ${read.reason}`);
        return { changed: this.skip(file, read.reason) };
      case 'failed':
        this.host.log.warn(`${this.name}: could not read ${file}: ${read.reason}`);
        return { changed: this.skip(file, `unreadable: ${read.reason}`) };
      case 'folder':
        // A folder named *.txt: not a source, though sources may lie inside it.
        void this.discoverUnder(file);
        return { changed: this.forget(file) };
      case 'missing':
        if (this.has(file)) this.host.log.info(`${this.name}: ${file} vanished while indexing`);
        return { changed: this.forget(file) };
    }
  }

  private skip(file: string, reason: string): boolean {
    this.index.setSkipped(file, reason);
    this.texts.delete(file);
    return true;
  }

  /** Drops a file and any read of it in flight; true when it was in the index. */
  private forget(file: string): boolean {
    const known = this.index.has(file);
    this.versions.delete(file);
    this.texts.delete(file);
    if (known) this.index.removeFile(file);
    return known;
  }

  private bump(file: string): number {
    const version = (this.versions.get(file) ?? 0) + 1;
    this.versions.set(file, version);
    return version;
  }

  private changed(files: readonly string[]): void {
    hostSteps.time(files.length === 0 ? 'change listeners (all)' : 'change listeners', () => this._onDidChange.fire(files));
  }
}
