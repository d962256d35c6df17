import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parentPort, Worker } from 'node:worker_threads';
import type { PreparedFile } from '../core/bundle/fileRecord';
import { CHARS_PER_CALL, type ExtractionJob, prepareBatch } from '../core/bundle/preparedBatch';
import { ReusedBufferReader } from './readSource';
import { readBundleSource } from './walk';
import { WireDecoder, WireEncoder, type WireFile, type WireTables } from './wireTables';

/** One source to read and extract; `published` as INDEX.yaml sets it for the file, if it does. */
export interface ExtractJob {
  readonly path: string;
  readonly published?: string;
}

/**
 * A source extracted (plain data, without its text), or why it was skipped. `adopted` when its
 * strings came through the `share` option and its details are shared (see `BundleIndex.setPrepared`).
 */
export type ExtractedSource =
  | { readonly path: string; readonly prepared: PreparedFile; readonly adopted?: boolean }
  | { readonly path: string; readonly reason: string };

/** What `extractSources` may be given besides the jobs. */
export interface ExtractOptions {
  /** Threads from `prestartExtractionThreads`, used first; those not needed are stopped. */
  readonly threads?: readonly Worker[];
  /** The index's shared copy of a string (`BundleIndex.shared`): every file then comes adopted. */
  readonly share?: (value: string) => string;
}

/** A batch as a thread sends it back: records numbered against its tables (see wireTables.ts). */
type WireSource = { readonly path: string; readonly wire: WireFile } | { readonly path: string; readonly reason: string };

interface BatchReply {
  readonly id: number;
  readonly tables: WireTables;
  readonly sources: WireSource[];
}

/**
 * Everything a thread needs to extract: it claims batches itself, by number, from `claimed`
 * (shared with the main thread), so it never waits for the main thread to hand it work.
 */
interface ExtractRequest {
  readonly folder: string;
  readonly maxBytes: number | undefined;
  readonly batches: readonly (readonly ExtractJob[])[];
  /** One Int32: the number of the next batch nobody has claimed yet. */
  readonly claimed: SharedArrayBuffer;
}

/** The threads' script (src/cli/cliWorker.ts), built beside this one: dist/cliWorker.js next to dist/cli.js. */
const THREAD_SCRIPT = join(__dirname, 'cliWorker.js');
/** Cores beyond the main thread's that threads may use: none when the script is missing (a partial build), so the main thread extracts alone. */
function spareCores(): number {
  return existsSync(THREAD_SCRIPT) ? availableParallelism() - 1 : 0;
}
/** Files per message: large enough that messaging is cheap, small enough to spread the work evenly. */
const BATCH_FILES = 32;
/**
 * The last files go in batches this small: whichever thread finishes first then waits for the
 * other's last batch (the main thread cannot link before it has every file) a quarter as long.
 */
const LAST_BATCH_FILES = 8;
const LAST_FILES = 8 * LAST_BATCH_FILES;
/** Below this many files, starting threads (tens of ms each) costs more than it saves. */
const MIN_FILES_FOR_THREADS = 64;
/** Each thread costs tens of MB (its own heap and compiled code): a few cores' worth pays. */
const MAX_THREADS = 4;
/**
 * A thread's garbage lives for one file's extraction. A 4 MB young generation made a scavenge
 * every ~1.5 MB of allocation, each copying the live part of the file being extracted: 256
 * scavenges on 6,000 files instead of 62 at 16 MB, for the same peak RSS (~225 MB).
 */
const THREAD_LIMITS = { maxYoungGenerationSizeMb: 16 };

/**
 * Extraction threads started ahead of `extractSources`, while the folder is still being listed:
 * each takes 100-150 ms to load its script and start, time the listing then hides. Unreferenced
 * until `extractSources` adopts them, so a command that fails before that still exits.
 */
export function prestartExtractionThreads(): Worker[] {
  return Array.from({ length: Math.min(spareCores(), MAX_THREADS) }, () => {
    const worker = startThread();
    worker.unref();
    // One that fails before it is adopted is replaced then (its error would otherwise go unheard).
    worker.on('error', () => undefined);
    worker.once('exit', () => stoppedEarly.add(worker));
    return worker;
  });
}

const stoppedEarly = new WeakSet<Worker>();

/** Whether a bundle of `files` sources is worth extraction threads (see MIN_FILES_FOR_THREADS). */
export function wantsExtractionThreads(files: number): boolean {
  return files >= MIN_FILES_FOR_THREADS && spareCores() > 0;
}

function startThread(): Worker {
  return new Worker(THREAD_SCRIPT, { resourceLimits: THREAD_LIMITS });
}

/**
 * Reads and extracts `jobs` under `folder` on the main thread and worker threads (one per other
 * core; the main thread alone for small bundles) and hands each result to `accept` in the order
 * of `jobs`, whatever order the threads finish in, so the index comes out the same. Texts stay
 * where they were extracted: only the prepared records come back.
 *
 * The main thread takes batches too, between adding records to the index: every thread that
 * extracts first runs the extractor unoptimised for a few hundred files and compiles it again,
 * so one thread fewer on the machine's cores is one warm-up fewer (2 cores, 6,000 files: 3.5 s
 * instead of 3.9-4.5 s with two threads beside the main one). Its own records skip the wire.
 */
export async function extractSources(
  folder: string,
  jobs: readonly ExtractJob[],
  maxBytes: number | undefined,
  accept: (source: ExtractedSource) => void,
  { threads: prestarted = [], share }: ExtractOptions = {},
): Promise<void> {
  const fullBatches = Math.ceil(jobs.length / BATCH_FILES);
  const threads = jobs.length < MIN_FILES_FOR_THREADS ? 0 : Math.min(spareCores(), MAX_THREADS, fullBatches - 1);
  for (const worker of prestarted.slice(Math.max(threads, 0))) stop(worker);
  const reader = new ReusedBufferReader();
  const batches = batchesOf(jobs, threads > 0);
  if (threads <= 0) {
    for (const jobsOfBatch of batches) for (const source of extractBatch(folder, jobsOfBatch, maxBytes, reader, share)) accept(source);
    return;
  }

  const finished: (ExtractedSource[] | undefined)[] = new Array(batches.length);
  let accepted = 0;
  let allAccepted = () => {};
  const acceptInOrder = () => {
    while (accepted < batches.length && finished[accepted] !== undefined) {
      for (const source of finished[accepted] as ExtractedSource[]) accept(source);
      finished[accepted++] = undefined;
    }
    if (accepted === batches.length) allAccepted();
  };
  // Batches are claimed by number, the main thread's as the threads' (Atomics.add: each once).
  // When the main thread held the queue, a thread that finished its batches waited for the main
  // thread to finish its own one: up to 0.5 s in all while the extractor warms up.
  const claimed = new Int32Array(new SharedArrayBuffer(4));
  const claim = () => Atomics.add(claimed, 0, 1);
  const workers = Array.from({ length: threads }, (_, i) => (prestarted[i] && !stoppedEarly.has(prestarted[i]) ? prestarted[i] : startThread()));
  const done = new Promise<void>((resolve, reject) => {
    allAccepted = resolve;
    for (const worker of workers) {
      worker.ref();
      // Decoded as replies arrive (each may use what the thread's earlier replies defined).
      const decoder = new WireDecoder(share);
      worker.on('message', (reply: BatchReply) => {
        decoder.receive(reply.tables);
        finished[reply.id] = reply.sources.map((source) =>
          'wire' in source ? { path: source.path, prepared: decoder.decode(source.wire), adopted: share !== undefined } : source,
        );
        try {
          acceptInOrder();
        } catch (err) {
          reject(err);
        }
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`an extraction thread stopped early (exit code ${code})`)));
      const request: ExtractRequest = { folder, maxBytes, batches, claimed: claimed.buffer as SharedArrayBuffer };
      worker.postMessage(request);
    }
  });
  let failed = false;
  try {
    // The main thread's share: a batch at a time, letting the threads' replies in between.
    const mainDone = (async () => {
      for (let id = claim(); id < batches.length && !failed; id = claim()) {
        finished[id] = extractBatch(folder, batches[id], maxBytes, reader, share);
        acceptInOrder();
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await Promise.all([mainDone, done]);
  } catch (err) {
    failed = true;
    throw err;
  } finally {
    // Not awaited: a thread takes 15-60 ms to stop and free its heap, on its own core, while
    // this one goes on (unreferenced, it cannot hold the process open).
    for (const worker of workers) stop(worker);
  }
}

/** `jobs` in batches of BATCH_FILES; `tapered`: the last LAST_FILES in batches of LAST_BATCH_FILES. */
function batchesOf(jobs: readonly ExtractJob[], tapered: boolean): ExtractJob[][] {
  const batches: ExtractJob[][] = [];
  for (let i = 0; i < jobs.length; ) {
    const size = tapered && jobs.length - i <= LAST_FILES ? LAST_BATCH_FILES : BATCH_FILES;
    batches.push(jobs.slice(i, (i += size)));
  }
  return batches;
}

function stop(worker: Worker): void {
  worker.unref();
  void worker.terminate();
}

/** The worker side of `extractSources`: claims and extracts batches until none is left. */
export function serveExtraction(): void {
  const port = parentPort;
  if (!port) throw new Error('serveExtraction runs in a worker thread');
  const encoder = new WireEncoder();
  const reader = new ReusedBufferReader();
  // A listener, not `once`: it keeps the thread alive (and its exit meaningful) until it is stopped.
  port.on('message', ({ folder, maxBytes, batches, claimed }: ExtractRequest) => {
    const next = new Int32Array(claimed);
    for (let id = Atomics.add(next, 0, 1); id < batches.length; id = Atomics.add(next, 0, 1)) {
      // A failure throws here, which ends the thread with an error the main thread reports.
      const extracted = extractBatch(folder, batches[id], maxBytes, reader);
      const sources = extracted.map((source) => ('prepared' in source ? { path: source.path, wire: encoder.encode(source.prepared) } : source));
      const reply: BatchReply = { id, tables: encoder.takeFresh(), sources };
      // Copied, not transferred: moving a buffer detaches it, and the first detached buffer of a
      // thread makes V8 throw away every optimised function that reads typed arrays (the people
      // and rates scanners among them) and compile them again. A record is a few KB.
      port.postMessage(reply);
    }
  });
}

/**
 * Reads the batch's files and extracts them in groups of up to CHARS_PER_CALL characters, results
 * in job order; with `share` (on the main thread), adopted as they are prepared.
 */
function extractBatch(
  folder: string,
  jobs: readonly ExtractJob[],
  maxBytes: number | undefined,
  reader: ReusedBufferReader,
  share?: (value: string) => string,
): ExtractedSource[] {
  const results: ExtractedSource[] = [];
  let group: ExtractionJob[] = [];
  let chars = 0;
  const adopted = share !== undefined;
  const flush = () => {
    prepareBatch(group, share).forEach((prepared, i) => results.push({ path: group[i].file, prepared, adopted }));
    group = [];
    chars = 0;
  };
  for (const job of jobs) {
    const source = readBundleSource(folder, job.path, reader, maxBytes);
    if (!('text' in source)) {
      if (group.length > 0) flush(); // keeps the results in job order
      results.push(source);
      continue;
    }
    group.push({ file: source.path, text: source.text, published: job.published });
    chars += source.text.length;
    if (chars >= CHARS_PER_CALL) flush();
  }
  if (group.length > 0) flush();
  return results;
}
