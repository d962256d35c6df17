import { rename, rm, writeFile } from 'node:fs/promises';

/**
 * Replaces the file at `target` with `data` in one step, through Node's file system: writes
 * `temp` (a new sibling on the same file system), then renames it over `target`. On POSIX the
 * rename is atomic, so a reader finds the old file or the new one, never no file and never half
 * of one; a folder at `target` makes the rename fail (EISDIR) and is left alone. The temporary
 * file is removed when anything fails.
 *
 * Node only: `atomicWrite.ts` loads this module on demand so the browser bundle never runs it.
 */
export async function replaceFile(temp: string, target: string, data: Uint8Array): Promise<void> {
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, target);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}
