import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { replaceFile } from '../../../../src/extension/util/nodeFileReplace';

/**
 * Reads the target in a tight loop on another thread (so it runs while a rename is in flight)
 * until told to stop; posts how many reads found no file and how many found neither full version.
 */
const POLLER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const shared = new Int32Array(workerData.shared); // [stop, reads so far]
let reads = 0, missing = 0, torn = 0;
while (Atomics.load(shared, 0) === 0) {
  Atomics.store(shared, 1, ++reads);
  try {
    const text = readFileSync(workerData.target, 'utf8');
    if (!workerData.versions.includes(text)) torn++;
  } catch (err) {
    if (err.code === 'ENOENT') missing++; else throw err;
  }
}
parentPort.postMessage({ reads, missing, torn });
`;

describe('replaceFile (the Node route of writeFileAtomic)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'news-lens-replace-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('never leaves the target absent or half-written while rewriting it many times', async function () {
    this.timeout(30_000);
    const target = join(dir, 'INDEX.yaml');
    // Big enough that a write takes several system calls: a torn read would show.
    const versions = ['a', 'b'].map((letter) => `sources:\n${`  - file: ${letter}.txt\n`.repeat(5_000)}`);
    writeFileSync(target, versions[0]);
    const shared = new Int32Array(new SharedArrayBuffer(8));
    const poller = new Worker(POLLER, { eval: true, workerData: { target, versions, shared: shared.buffer } });
    const result = new Promise<{ reads: number; missing: number; torn: number }>((resolve, reject) => {
      poller.once('message', resolve);
      poller.once('error', reject);
    });
    while (Atomics.load(shared, 1) === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    // An even number of rewrites, and enough that the reads overlap many renames.
    let i = 0;
    while (i < 200 || Atomics.load(shared, 1) < 2000 || i % 2 === 1) {
      await replaceFile(join(dir, `.INDEX.yaml.${i}.tmp`), target, new TextEncoder().encode(versions[(i + 1) % 2]));
      i++;
    }
    Atomics.store(shared, 0, 1);
    const { reads, missing, torn } = await result;
    assert.equal(missing, 0, `INDEX.yaml was absent in ${missing} of ${reads} reads`);
    assert.equal(torn, 0, `INDEX.yaml was half-written in ${torn} of ${reads} reads`);
    assert.equal(readFileSync(target, 'utf8'), versions[0]);
    assert.deepEqual(readdirSync(dir), ['INDEX.yaml'], 'no temporary file is left behind');
  });

  it('leaves a folder at the target alone and removes its temporary file', async () => {
    const target = join(dir, 'FACTSHEET.md');
    mkdirSync(target);
    writeFileSync(join(target, 'keep.txt'), 'kept');
    await assert.rejects(replaceFile(join(dir, '.FACTSHEET.md.1.tmp'), target, new TextEncoder().encode('# Facts\n')));
    assert.equal(readFileSync(join(target, 'keep.txt'), 'utf8'), 'kept');
    assert.deepEqual(readdirSync(dir), ['FACTSHEET.md']);
  });
});
