// Entry point of the extraction thread (bundled as dist/extractionWorker.js): see extractionThread.ts.
import { parentPort } from 'node:worker_threads';
import type { ExtractionReply, ExtractionRequest } from './extractionThread';
import { prepareBatch } from '../../core/bundle/preparedBatch';

const port = parentPort;
if (!port) throw new Error('extractionWorker runs in a worker thread');
port.on('message', (request: ExtractionRequest) => {
  // A failure throws here and ends the thread; the extension host then extracts on its own thread.
  const prepared = prepareBatch(request.jobs);
  const reply: ExtractionReply = { id: request.id, prepared };
  // Copied, not transferred: moving a buffer detaches it, and the first detached buffer of a
  // thread makes V8 throw away every optimised function that reads typed arrays (the people and
  // rates scanners among them) and compile them again. A record is a few KB.
  port.postMessage(reply);
});
