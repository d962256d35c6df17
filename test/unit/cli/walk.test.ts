import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listBundle } from '../../../src/cli/walk';

describe('listBundle', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'news-lens-walk-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('lists every source of nested folders in bundle order', async () => {
    for (const dir of ['wire/asia', 'wire/europe', 'local']) mkdirSync(join(folder, dir), { recursive: true });
    for (const file of ['wire/europe/b.txt', 'wire/asia/a.txt', 'local/c.txt', 'top.txt', 'wire/asia/notes.md']) {
      writeFileSync(join(folder, file), 'Officials met on Monday.');
    }
    const { paths, notes } = await listBundle(folder);
    assert.deepEqual(paths, ['local/c.txt', 'top.txt', 'wire/asia/a.txt', 'wire/europe/b.txt']);
    assert.deepEqual(notes, []);
  });

  it('indexes a folder reached both directly and through a link under its own path, whichever sorts first', async () => {
    // "a-link" sorts before "z-desk" and is listed first by most file systems: the direct path wins anyway.
    mkdirSync(join(folder, 'z-desk'));
    writeFileSync(join(folder, 'z-desk', 'story.txt'), 'The duty rose to 15% on Friday.');
    symlinkSync(join(folder, 'z-desk'), join(folder, 'a-link'));
    for (let run = 0; run < 3; run++) {
      const { paths, notes } = await listBundle(folder);
      assert.deepEqual(paths, ['z-desk/story.txt']);
      assert.deepEqual(notes, ['a-link/: skipped: folder already indexed (symlink loop)']);
    }
  });

  it('gives its notes in path order', async () => {
    for (const dir of ['b', 'a']) {
      mkdirSync(join(folder, dir));
      symlinkSync(join(folder, dir, 'missing.txt'), join(folder, dir, 'gone.txt'));
    }
    const { notes } = await listBundle(folder);
    assert.deepEqual(notes, ['a/gone.txt: skipped: broken symbolic link', 'b/gone.txt: skipped: broken symbolic link']);
  });
});
