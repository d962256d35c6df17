import { randomBytes } from 'node:crypto';
import { open, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `text` to `path` so that readers see the old file or the new one, never half of it:
 * a temporary file in the same folder (same file system), then a rename over the target.
 * `text` may come in pieces, written as they are produced (a big file never held whole).
 */
export async function writeFileAtomic(path: string, text: string | Iterable<string>): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    if (typeof text === 'string') await writeFile(temp, text, { encoding: 'utf8', flag: 'wx' });
    else await writePieces(temp, text);
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

async function writePieces(path: string, pieces: Iterable<string>): Promise<void> {
  const file = await open(path, 'wx');
  try {
    // writeFile on a handle writes all of a piece at the handle's position, then the next after it.
    for (const piece of pieces) await file.writeFile(piece, 'utf8');
  } finally {
    await file.close();
  }
}
