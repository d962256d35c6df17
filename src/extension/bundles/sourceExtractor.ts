import type { PreparedFile } from '../../core/bundle/fileRecord';
import { Disposable } from '../util/dispose';
import { type ExtractionJob, prepareBatch } from '../../core/bundle/preparedBatch';
import { createYielder } from './yieldingLoop';

/** What the extractor needs of a thread (ExtractionThread; a stand-in in tests). */
export interface ThreadLike {
  prepare(jobs: readonly ExtractionJob[]): Promise<PreparedFile[]>;
  dispose(): void;
}

/**
 * A thread idle this long ends (a rebuild or a big file's edit starts it again): its heap and
 * compiled code cost tens of megabytes, for work that comes in bursts.
 */
const IDLE_MS = 10_000;

/**
 * Extracts batches of texts off the extension host's thread, so hovers and typing stay
 * responsive while a bundle indexes: one worker thread for the whole extension, started when
 * needed. Where there is none (the browser extension host), or it fails to start or dies,
 * extracts on the host's thread as before, and says so once in the log.
 */
export class SourceExtractor extends Disposable {
  private thread: Promise<ThreadLike | undefined> | undefined;
  private fellBack = false;
  /** Calls to `prepare` not yet answered. */
  private busy = 0;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly log: { warn(message: string): void },
    private readonly startThread: () => Promise<ThreadLike> = startNodeThread,
    private readonly idleMs = IDLE_MS,
    /** Without a thread: how long the host extracts before it gives the event loop a turn. */
    private readonly sliceMs?: number,
  ) {
    super();
    this._register({
      dispose: () => {
        clearTimeout(this.idleTimer);
        this.stopThread();
      },
    });
  }

  /** The jobs' records, detached from the texts, in job order; undefined once disposed. */
  async prepare(jobs: readonly ExtractionJob[]): Promise<PreparedFile[] | undefined> {
    this.busy++;
    clearTimeout(this.idleTimer);
    try {
      return await this.prepareNow(jobs);
    } finally {
      if (--this.busy === 0 && !this.isDisposed) this.idleTimer = setTimeout(() => this.stopThread(), this.idleMs);
    }
  }

  private async prepareNow(jobs: readonly ExtractionJob[]): Promise<PreparedFile[] | undefined> {
    if (this.isDisposed) return undefined;
    const thread = await this.ensureThread();
    if (this.isDisposed) return undefined;
    if (thread) {
      try {
        return await thread.prepare(jobs);
      } catch (err) {
        if (this.isDisposed) return undefined;
        this.fallBack(err);
      }
    }
    return prepareHereInSlices(jobs, () => this.isDisposed, this.sliceMs);
  }

  private ensureThread(): Promise<ThreadLike | undefined> {
    this.thread ??= this.startThread().then(
      (thread) => {
        if (!this.isDisposed) return thread;
        thread.dispose();
        return undefined;
      },
      (err: unknown) => {
        this.fallBack(err);
        return undefined;
      },
    );
    return this.thread;
  }

  /** Ends the thread, if any; the next `prepare` starts another (unless fallen back). */
  private stopThread(): void {
    if (this.busy > 0 && !this.isDisposed) return;
    const old = this.thread;
    this.thread = this.fellBack ? Promise.resolve(undefined) : undefined;
    void old?.then((thread) => thread?.dispose());
  }

  private fallBack(err: unknown): void {
    if (this.fellBack) return;
    this.fellBack = true;
    const old = this.thread;
    this.thread = Promise.resolve(undefined);
    void old?.then((thread) => thread?.dispose());
    const reason = err instanceof Error ? err.message : String(err);
    this.log.warn(`extraction thread unavailable (${reason}): extracting on the extension host's thread`);
  }
}

/** `prepareBatch` on this thread, each record detached from its text by a structured clone. */
export function prepareHere(jobs: readonly ExtractionJob[]): PreparedFile[] {
  return prepareBatch(jobs).map((record) => structuredClone(record));
}

/**
 * `prepareHere`, a file at a time (undefined once disposed), giving the event loop a turn every few milliseconds: a batch
 * holds up to 64 KB of text, but a big file is a batch of its own, and several batches are out at
 * once; extracted in one go, they would freeze typing and hovers.
 */
async function prepareHereInSlices(jobs: readonly ExtractionJob[], isDisposed: () => boolean, sliceMs?: number): Promise<PreparedFile[] | undefined> {
  const yieldToEditor = createYielder(sliceMs);
  const prepared: PreparedFile[] = [];
  for (const job of jobs) {
    await yieldToEditor();
    if (isDisposed()) return undefined;
    prepared.push(...prepareHere([job]));
  }
  return prepared;
}

/** A worker thread where Node runs the extension host; loaded on demand so the browser build never evaluates it. */
async function startNodeThread(): Promise<ThreadLike> {
  if (typeof process === 'undefined' || typeof process.versions?.node !== 'string') throw new Error('no worker threads in this extension host');
  const { ExtractionThread } = await import('./extractionThread');
  return new ExtractionThread();
}
