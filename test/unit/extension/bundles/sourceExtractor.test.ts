import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { prepareFile } from '../../../../src/core/bundle/fileRecord';
import { extract } from '../../../../src/core/extract';
import { ExtractionThread } from '../../../../src/extension/bundles/extractionThread';
import { type ExtractionJob, prepareBatch } from '../../../../src/core/bundle/preparedBatch';
import { SourceExtractor, type ThreadLike } from '../../../../src/extension/bundles/sourceExtractor';

// Invented news-style texts.
const LEDGER = 'Harbour Ledger\nMay 2, 2025\n\n“Talks resume,” said Trade Minister Maria Tanaka on Friday. A 25% tariff on cars stays until June 30, 2025.\n';
const WIRE = 'Pacific Wire\n\nKenji Okafor met Maria Tanaka on Monday. Officials doubled the levy on steel to 50 percent.\n';
const UNDATED = 'Nobody here but a 10% duty on timber, said Ana Ruiz.\n';

const JOBS: ExtractionJob[] = [
  { file: 'a.txt', text: LEDGER },
  { file: 'b.txt', text: WIRE, published: '2025-03-04' },
  { file: 'c.txt', text: UNDATED, published: '2024-11-30' },
  // Longer than one extractMany call takes: extracted in a group of its own.
  { file: 'd.txt', text: WIRE.repeat(12_000) },
  { file: 'e.txt', text: LEDGER },
];

/** What the host thread would have extracted, one text at a time. */
function expected(jobs: readonly ExtractionJob[]) {
  return jobs.map((job) => prepareFile(job.file, job.text, extract(job.text, job.published ? { published: job.published } : {})));
}

function recordingLog() {
  const warnings: string[] = [];
  return { warnings, warn: (message: string) => warnings.push(message) };
}

describe('SourceExtractor', () => {
  it('prepareBatch gives what extract and prepareFile give, in job order', () => {
    assert.deepEqual(prepareBatch(JOBS), expected(JOBS));
  });

  it('extracts on a worker thread the same records, in job order, and ends the thread on dispose', async function () {
    this.timeout(30_000); // starts a thread: slow on a loaded machine
    const log = recordingLog();
    let thread: ExtractionThread | undefined;
    const extractor = new SourceExtractor(log, async () => (thread = new ExtractionThread(join(__dirname, '../../../../src/extension/bundles/extractionWorker.js'))));
    try {
      const [first, second] = await Promise.all([extractor.prepare(JOBS), extractor.prepare(JOBS.slice(1, 3))]);
      assert.deepEqual(first, expected(JOBS));
      assert.deepEqual(second, expected(JOBS.slice(1, 3)));
      assert.deepEqual(log.warnings, []);
    } finally {
      extractor.dispose();
    }
    assert.ok(thread);
    await assert.rejects(thread.prepare(JOBS), /disposed/);
    assert.equal(await extractor.prepare(JOBS), undefined);
  });

  it('falls back to this thread when the worker cannot start, and says so once', async () => {
    const log = recordingLog();
    const extractor = new SourceExtractor(log, async () => new ExtractionThread(join(__dirname, 'no-such-worker.js')));
    try {
      assert.deepEqual(await extractor.prepare(JOBS), expected(JOBS));
      assert.deepEqual(await extractor.prepare(JOBS.slice(0, 1)), expected(JOBS.slice(0, 1)));
      assert.equal(log.warnings.length, 1);
      assert.match(log.warnings[0], /extracting on the extension host's thread/);
    } finally {
      extractor.dispose();
    }
  });

  it('falls back when the thread dies with batches out, and when there is no thread at all', async () => {
    let disposed = 0;
    const dying: ThreadLike = { prepare: () => Promise.reject(new Error('the extraction thread stopped (exit code 1)')), dispose: () => disposed++ };
    const log = recordingLog();
    const extractor = new SourceExtractor(log, async () => dying);
    const results = await Promise.all([extractor.prepare(JOBS.slice(0, 2)), extractor.prepare(JOBS.slice(2, 3))]);
    assert.deepEqual(results, [expected(JOBS.slice(0, 2)), expected(JOBS.slice(2, 3))]);
    assert.equal(log.warnings.length, 1);
    extractor.dispose();
    assert.equal(disposed, 1);

    const none = new SourceExtractor(recordingLog(), () => Promise.reject(new Error('no worker threads in this extension host')));
    assert.deepEqual(await none.prepare(JOBS.slice(0, 1)), expected(JOBS.slice(0, 1)));
    none.dispose();
  });

  it('without a thread, extracts a file at a time and gives the event loop a turn in between', async () => {
    // A slice of 0 ms: a turn before every file, so each one shows (the default slice is 8 ms).
    const none = new SourceExtractor(recordingLog(), () => Promise.reject(new Error('no worker threads in this extension host')), 10_000, 0);
    let turns = 0;
    let running = true;
    const tick = () => {
      turns++;
      if (running) setImmediate(tick);
    };
    setImmediate(tick);
    // How many turns the event loop had taken when each file's text was first read (extracted).
    const turnsAtFile: number[] = [];
    const jobs = JOBS.map((job, k) => ({
      ...job,
      get text() {
        turnsAtFile[k] ??= turns;
        return job.text;
      },
    }));
    try {
      assert.deepEqual(await none.prepare(jobs), expected(JOBS));
    } finally {
      running = false;
      none.dispose();
    }
    assert.equal(turnsAtFile.length, JOBS.length);
    for (let k = 1; k < JOBS.length; k++) assert.ok(turnsAtFile[k] > turnsAtFile[k - 1], `no turn between files ${k - 1} and ${k}: ${turnsAtFile}`);
  });

  it('without a thread, stops extracting and gives nothing once disposed mid-way', async () => {
    const none = new SourceExtractor(recordingLog(), () => Promise.reject(new Error('no worker threads in this extension host')), 10_000, 0);
    const read: number[] = [];
    const jobs = JOBS.map((job, k) => ({
      ...job,
      get text() {
        if (!read.includes(k)) read.push(k);
        if (k === 1) none.dispose();
        return job.text;
      },
    }));
    assert.equal(await none.prepare(jobs), undefined);
    assert.deepEqual(read, [0, 1]);
  });
});

describe('SourceExtractor thread lifetime', () => {
  it('ends an idle thread and starts another when work comes again', async () => {
    const started: { disposed: boolean }[] = [];
    const startThread = async (): Promise<ThreadLike> => {
      const state = { disposed: false };
      started.push(state);
      return { prepare: async (jobs) => prepareBatch(jobs), dispose: () => (state.disposed = true) };
    };
    const extractor = new SourceExtractor(recordingLog(), startThread, 20);
    try {
      await extractor.prepare(JOBS.slice(0, 1));
      await extractor.prepare(JOBS.slice(1, 2));
      assert.equal(started.length, 1, 'one thread while busy');
      await new Promise((resolve) => setTimeout(resolve, 60));
      assert.equal(started[0].disposed, true, 'the idle thread ended');
      assert.deepEqual(await extractor.prepare(JOBS.slice(0, 1)), expected(JOBS.slice(0, 1)));
      assert.equal(started.length, 2);
    } finally {
      extractor.dispose();
    }
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(started[1].disposed, true, 'disposing ends the thread');
  });
});
