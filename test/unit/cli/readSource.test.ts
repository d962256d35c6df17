import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sourceTextReader } from '../../../src/cli/readSource';

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
