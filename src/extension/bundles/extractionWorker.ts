// Entry point of the extraction thread (bundled as dist/extractionWorker.js): see extractionThread.ts.
import { parentPort } from 'node:worker_threads';
import { preparedBuffer } from '../../core/bundle/fileRecord';
import type { ExtractionReply, ExtractionRequest } from './extractionThread';
import { prepareBatch } from '../../core/bundle/preparedBatch';

const port = parentPort;
if (!port) throw new Error('extractionWorker runs in a worker thread');
port.on('message', (request: ExtractionRequest) => {
  // A failure throws here and ends the thread; the extension host then extracts on its own thread.
  const prepared = prepareBatch(request.jobs);
  const reply: ExtractionReply = { id: request.id, prepared };
  // Each record's numbers live in one buffer: moved to the host, not copied.
  port.postMessage(reply, prepared.map((record) => preparedBuffer(record) as ArrayBuffer));
});
