import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  compareFiles,
  createExcludeMatcher,
  DEFAULT_EXCLUDE,
  type ExcludePatterns,
  isSourcePath,
} from '../core/bundle/discovery';
import { decodeSource } from '../core/text/decode';
import { describeFsError, type ReusedBufferReader } from './readSource';
import { InputError } from './usage';

export interface WalkOptions {
  /** Globs relative to the folder (as `newsLens.exclude`); added to DEFAULT_EXCLUDE. */
  readonly exclude?: ExcludePatterns;
  /** Bundle-relative path of a fact sheet that is not FACTSHEET.md, so it is not read as a source. */
  readonly factSheetPath?: string;
  /** Called with the number of sources found so far, as each is found (to start work early). */
  readonly onSourceFound?: (found: number) => void;
}

/** One decoded source: `path` relative to the folder with `/`, `text` without BOM. */
export interface WalkedFile {
  readonly path: string;
  readonly text: string;
}

/** Sources larger than this are skipped with a note, unless the caller sets another limit. */
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/**
 * Every source path under `folder`, recursively, in bundle order (code-unit order of the paths),
 * and one-line notes about folders and links skipped, without reading any source (see
 * `readBundleSource`). Never follows a symlink into a folder already visited (loops), reads a
 * folder named `*.txt` as a folder, and turns permission errors into notes instead of failing.
 * Throws InputError only when `folder` itself is missing or not a folder.
 */
export async function listBundle(folder: string, options: WalkOptions = {}): Promise<{ paths: string[]; notes: string[] }> {
  await checkFolder(folder);
  const excluded = createExcludeMatcher(DEFAULT_EXCLUDE, options.exclude ?? []);
  const notes: string[] = [];
  const paths = await listSources(folder, excluded, options, notes);
  paths.sort(compareFiles);
  return { paths, notes };
}

/** The note for a source skipped (binary, unreadable, vanished…). */
export function skippedNote(skipped: { readonly path: string; readonly reason: string }): string {
  return `${skipped.path}: skipped: ${skipped.reason}`;
}

async function checkFolder(folder: string): Promise<void> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(folder)).isDirectory();
  } catch (err) {
    throw new InputError(`cannot read ${folder}: ${describeFsError(err)}`);
  }
  if (!isDirectory) throw new InputError(`${folder} is not a folder`);
}

/** Relative paths of every source file, depth first, without reading them. */
async function listSources(
  root: string,
  excluded: (path: string) => boolean,
  { factSheetPath, onSourceFound }: WalkOptions,
  notes: string[],
): Promise<string[]> {
  const found: string[] = [];
  const visited = new Set<string>();
  // Folders reached through a symbolic link wait until every folder reached directly is listed,
  // then go one at a time in path order: which path of a folder reached twice gets indexed never
  // depends on which listing finished first.
  let linkedFolders: string[] = [];
  const visit = async (relative: string): Promise<void> => {
    const absolute = relative === '' ? root : join(root, relative);
    let entries: Dirent[];
    try {
      const real = await realpath(absolute);
      if (visited.has(real)) {
        if (relative !== '') notes.push(`${relative}/: skipped: folder already indexed (symlink loop)`);
        return;
      }
      visited.add(real);
      entries = await readdir(absolute, { withFileTypes: true });
    } catch (err) {
      // The folder the user named must be readable; below it, an unreadable folder is a note.
      if (relative === '') throw new InputError(`cannot read ${root}: ${describeFsError(err)}`);
      notes.push(`${relative}/: skipped: ${describeFsError(err)}`);
      return;
    }
    // Subfolders are listed side by side: each listing waits on the disk, not on the processor.
    const subfolders: Promise<void>[] = [];
    for (const entry of entries) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (excluded(path)) continue;
      let kind = entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other';
      if (entry.isSymbolicLink()) {
        kind = await symlinkTarget(join(root, path));
        if (kind === 'folder') {
          linkedFolders.push(path);
          continue;
        }
      }
      if (kind === 'folder') subfolders.push(visit(path));
      else if (kind === 'file' && isSourcePath(path, { factSheetPath })) {
        found.push(path);
        onSourceFound?.(found.length);
      }
      else if (kind === 'broken' && isSourcePath(path, { factSheetPath })) {
        notes.push(`${path}: skipped: broken symbolic link`);
      }
    }
    await Promise.all(subfolders);
  };
  await visit('');
  while (linkedFolders.length > 0) {
    const next = linkedFolders.sort(compareFiles);
    linkedFolders = [];
    for (const path of next) await visit(path);
  }
  // Folders finish in any order: the notes come in path order, like the sources.
  notes.sort();
  return found;
}

async function symlinkTarget(absolute: string): Promise<'folder' | 'file' | 'other' | 'broken'> {
  try {
    const target = await stat(absolute);
    return target.isDirectory() ? 'folder' : target.isFile() ? 'file' : 'other';
  } catch {
    return 'broken';
  }
}

/**
 * One source read and decoded, or why it is skipped. Synchronous: it runs on extraction threads
 * (and the main thread's share of a bundle), where nothing else waits for the event loop.
 */
export function readBundleSource(
  root: string,
  path: string,
  reader: ReusedBufferReader,
  maxBytes = DEFAULT_MAX_BYTES,
): WalkedFile | { path: string; reason: string } {
  try {
    const bytes = reader.read(join(root, path), maxBytes);
    if ('tooLarge' in bytes) return { path, reason: `too large (${Math.round(bytes.tooLarge / 1048576)} MB)` };
    const decoded = decodeSource(bytes);
    return decoded.ok ? { path, text: decoded.text } : { path, reason: decoded.reason };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException | undefined)?.code;
    return { path, reason: code === 'ENOENT' ? 'vanished while indexing' : describeFsError(err) };
  }
}
