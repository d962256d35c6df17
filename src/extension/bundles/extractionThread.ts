import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PreparedFile } from '../../core/bundle/fileRecord';
import type { ExtractionJob } from '../../core/bundle/preparedBatch';

/** What the host posts to the thread. */
export interface ExtractionRequest {
  readonly id: number;
  readonly jobs: readonly ExtractionJob[];
}

/** What the thread answers: the jobs' records, in job order. */
export interface ExtractionReply {
  readonly id: number;
  readonly prepared: PreparedFile[];
}

/**
 * The thread's garbage lives for one batch: a young generation of 16 MB collects it in a few
 * scavenges per megabyte of text instead of many (as the CLI's threads, src/cli/parallelExtract.ts).
 */
const THREAD_LIMITS = { maxYoungGenerationSizeMb: 16 };

/**
 * A worker thread (extractionWorker.ts, bundled next to the extension) that extracts batches of
 * texts, so the extension host's own thread only files the records away. Node only: loaded on
 * demand (see SourceExtractor), never in the browser extension host.
 */
export class ExtractionThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve(prepared: PreparedFile[]): void; reject(err: Error): void }>();
  private nextId = 0;
  private failure: Error | undefined;

  /** `workerFile` defaults to the one beside this module (dist/ when bundled, out/ in tests). */
  constructor(workerFile = join(__dirname, 'extractionWorker.js')) {
    this.worker = new Worker(workerFile, { resourceLimits: THREAD_LIMITS });
    this.worker.on('message', (reply: ExtractionReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      waiting?.resolve(reply.prepared);
    });
    this.worker.on('error', (err) => this.fail(err));
    this.worker.on('exit', (code) => this.fail(new Error(`the extraction thread stopped (exit code ${code})`)));
  }

  /** The jobs' records in job order; rejects once the thread has failed or was disposed. */
  prepare(jobs: readonly ExtractionJob[]): Promise<PreparedFile[]> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const request: ExtractionRequest = { id, jobs };
      this.worker.postMessage(request);
    });
  }

  dispose(): void {
    this.fail(new Error('the extraction thread was disposed'));
    void this.worker.terminate();
  }

  private fail(err: Error): void {
    if (this.failure) return;
    this.failure = err;
    for (const waiting of this.pending.values()) waiting.reject(err);
    this.pending.clear();
  }
}
