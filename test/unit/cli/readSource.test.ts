import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReusedBufferReader, sourceTextReader } from '../../../src/cli/readSource';
import { readBundleSource } from '../../../src/cli/walk';

describe('sourceTextReader', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'news-lens-read-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('decodes each file fully, through a buffer reused across files of any size', () => {
    const long = 'The levy rose to 25% on Monday. '.repeat(4000); // larger than the first buffer
    writeFileSync(join(folder, 'long.txt'), long);
    writeFileSync(join(folder, 'short.txt'), '\uFEFFShort note from Ottawa.');
    writeFileSync(join(folder, 'latin.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94])); // Windows-1252
    const read = sourceTextReader(folder);
    assert.equal(read('short.txt'), 'Short note from Ottawa.');
    assert.equal(read('long.txt'), long);
    assert.equal(read('short.txt'), 'Short note from Ottawa.', 'no bytes left over from the longer file');
    assert.equal(read('latin.txt'), 'Café “ok”');
  });

  it('gives undefined for a file that vanished or is binary', () => {
    writeFileSync(join(folder, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x00, 0x01]));
    const read = sourceTextReader(folder);
    assert.equal(read('gone.txt'), undefined);
    assert.equal(read('binary.txt'), undefined);
  });
});

describe('readBundleSource', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'news-lens-read-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('reads and decodes sources one after another through one reader', () => {
    writeFileSync(join(folder, 'a.txt'), 'The duty rose to 10% in March. '.repeat(3000));
    writeFileSync(join(folder, 'b.txt'), '\uFEFFShort.');
    const reader = new ReusedBufferReader();
    assert.deepEqual(readBundleSource(folder, 'a.txt', reader), { path: 'a.txt', text: 'The duty rose to 10% in March. '.repeat(3000) });
    assert.deepEqual(readBundleSource(folder, 'b.txt', reader), { path: 'b.txt', text: 'Short.' });
  });

  it('says why a source is skipped: too large (not read), vanished, binary, a folder', () => {
    writeFileSync(join(folder, 'big.txt'), 'x'.repeat(3 * 1048576));
    writeFileSync(join(folder, 'scan.txt'), Buffer.from([0x47, 0x00, 0x01]));
    mkdirSync(join(folder, 'dir.txt'));
    const reader = new ReusedBufferReader();
    assert.deepEqual(readBundleSource(folder, 'big.txt', reader, 1048576), { path: 'big.txt', reason: 'too large (3 MB)' });
    assert.deepEqual(reader.read(join(folder, 'big.txt'), 1048576), { tooLarge: 3 * 1048576 });
    assert.deepEqual(readBundleSource(folder, 'gone.txt', reader), { path: 'gone.txt', reason: 'vanished while indexing' });
    assert.deepEqual(readBundleSource(folder, 'scan.txt', reader), { path: 'scan.txt', reason: 'binary file (contains NUL bytes)' });
    assert.deepEqual(readBundleSource(folder, 'dir.txt', reader), { path: 'dir.txt', reason: 'is a folder, not a file' });
  });
});
