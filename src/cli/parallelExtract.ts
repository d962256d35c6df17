import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { type PreparedFile, prepareFile, preparedBuffer } from '../core/bundle/fileRecord';
import { extract } from '../core/extract';
import { readBundleSource } from './walk';
import { WireDecoder, WireEncoder, type WireFile, type WireTables } from './wireTables';

/** One source to read and extract; `published` as INDEX.yaml sets it for the file, if it does. */
export interface ExtractJob {
  readonly path: string;
  readonly published?: string;
}

/** A source extracted (plain data, without its text), or why it was skipped. */
export type ExtractedSource = { readonly path: string; readonly prepared: PreparedFile } | { readonly path: string; readonly reason: string };

/** A batch as a thread sends it back: records numbered against its tables (see wireTables.ts). */
type WireSource = { readonly path: string; readonly wire: WireFile } | { readonly path: string; readonly reason: string };

interface BatchReply {
  readonly id: number;
  readonly tables: WireTables;
  readonly sources: WireSource[];
}

interface BatchRequest {
  readonly id: number;
  readonly folder: string;
  readonly maxBytes: number | undefined;
  readonly jobs: readonly ExtractJob[];
}

const WORKER_ROLE = 'news-lens-extract';
/** Files per message: large enough that messaging is cheap, small enough to spread the work evenly. */
const BATCH_FILES = 32;
/** Batches each thread holds, so it never waits for the main thread to hand it the next one. */
const BATCHES_IN_FLIGHT = 2;
/** Below this many files, starting threads (tens of ms each) costs more than it saves. */
const MIN_FILES_FOR_THREADS = 64;
/** Each thread costs tens of MB (its own heap and compiled code): a few cores' worth pays. */
const MAX_THREADS = 4;
/**
 * A thread's garbage is short-lived (one file's extraction): a small young generation keeps its
 * memory low (6,000 files on 2 threads: 287 MB peak RSS instead of 375 MB) at no visible cost.
 */
const THREAD_LIMITS = { maxYoungGenerationSizeMb: 4 };

/**
 * Reads and extracts `jobs` under `folder` on worker threads (one per core, in the main thread
 * for small bundles) and hands each result to `accept` in the order of `jobs`, whatever order the
 * threads finish in, so the index comes out the same. Texts stay in the threads: only the
 * prepared records come back.
 */
export async function extractSources(
  folder: string,
  jobs: readonly ExtractJob[],
  maxBytes: number | undefined,
  accept: (source: ExtractedSource) => void,
): Promise<void> {
  const batches: ExtractJob[][] = [];
  for (let i = 0; i < jobs.length; i += BATCH_FILES) batches.push(jobs.slice(i, i + BATCH_FILES));
  const threads = jobs.length < MIN_FILES_FOR_THREADS ? 0 : Math.min(availableParallelism(), MAX_THREADS, batches.length);
  if (threads === 0) {
    for (const jobsOfBatch of batches) for (const source of await extractBatch(folder, jobsOfBatch, maxBytes)) accept(source);
    return;
  }

  const finished: (ExtractedSource[] | undefined)[] = new Array(batches.length);
  let accepted = 0;
  let sent = 0;
  const acceptInOrder = () => {
    while (accepted < batches.length && finished[accepted] !== undefined) {
      for (const source of finished[accepted] as ExtractedSource[]) accept(source);
      finished[accepted++] = undefined;
    }
  };
  const workers = Array.from({ length: threads }, () => new Worker(__filename, { workerData: { role: WORKER_ROLE }, resourceLimits: THREAD_LIMITS }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            // Decoded as replies arrive (each may use what the thread's earlier replies defined).
            const decoder = new WireDecoder();
            let inFlight = 0;
            const send = () => {
              while (inFlight < BATCHES_IN_FLIGHT && sent < batches.length) {
                const request: BatchRequest = { id: sent, folder, maxBytes, jobs: batches[sent] };
                sent++;
                inFlight++;
                worker.postMessage(request);
              }
              if (inFlight === 0) resolve();
            };
            worker.on('message', (reply: BatchReply) => {
              inFlight--;
              decoder.receive(reply.tables);
              finished[reply.id] = reply.sources.map((source) =>
                'wire' in source ? { path: source.path, prepared: decoder.decode(source.wire) } : source,
              );
              try {
                acceptInOrder();
              } catch (err) {
                reject(err);
                return;
              }
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => reject(new Error(`an extraction thread stopped early (exit code ${code})`)));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** Whether this thread was started by `extractSources`; then `serveExtraction` is all it should run. */
export function isExtractionThread(): boolean {
  return !isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE;
}

/** The worker side of `extractSources`: answers batch requests until terminated. */
export function serveExtraction(): void {
  const port = parentPort;
  if (!port) throw new Error('serveExtraction runs in a worker thread');
  const encoder = new WireEncoder();
  port.on('message', (request: BatchRequest) => {
    // A failure rejects unhandled, which ends the thread with an error the main thread reports.
    void extractBatch(request.folder, request.jobs, request.maxBytes).then((extracted) => {
      const sources = extracted.map((source) => ('prepared' in source ? { path: source.path, wire: encoder.encode(source.prepared) } : source));
      const reply: BatchReply = { id: request.id, tables: encoder.takeFresh(), sources };
      // Each record's numbers live in one buffer: moved to the main thread, not copied.
      const buffers = extracted.flatMap((source) => ('prepared' in source ? [preparedBuffer(source.prepared)] : []));
      port.postMessage(reply, buffers as ArrayBuffer[]);
    });
  });
}

async function extractBatch(folder: string, jobs: readonly ExtractJob[], maxBytes: number | undefined): Promise<ExtractedSource[]> {
  // Read the batch at once (hides disk latency), then extract one file after another.
  const read = await Promise.all(jobs.map((job) => readBundleSource(folder, job.path, maxBytes)));
  return read.map((source, i) => {
    if (!('text' in source)) return source;
    const published = jobs[i].published;
    const extraction = extract(source.text, published ? { published } : {});
    return { path: source.path, prepared: prepareFile(source.path, source.text, extraction) };
  });
}
