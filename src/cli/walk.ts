import type { Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  compareFiles,
  createExcludeMatcher,
  DEFAULT_EXCLUDE,
  type ExcludePatterns,
  isSourcePath,
} from '../core/bundle/discovery';
import { decodeSource } from '../core/text/decode';
import { describeFsError } from './readSource';
import { InputError } from './usage';

export interface WalkOptions {
  /** Globs relative to the folder (as `newsLens.exclude`); added to DEFAULT_EXCLUDE. */
  readonly exclude?: ExcludePatterns;
  /** Bundle-relative path of a fact sheet that is not FACTSHEET.md, so it is not read as a source. */
  readonly factSheetPath?: string;
  /** Files larger than this are skipped with a note (default 64 MB). */
  readonly maxBytes?: number;
}

/** One decoded source: `path` relative to the folder with `/`, `text` without BOM. */
export interface WalkedFile {
  readonly path: string;
  readonly text: string;
}

export interface WalkResult {
  /** Sources in bundle order (code-unit order of their paths). */
  readonly files: WalkedFile[];
  /** Sources found but not readable as text, with the reason (binary, unreadable, vanished…). */
  readonly skipped: { readonly path: string; readonly reason: string }[];
  /** One-line notes for stderr: every skipped file and folder, each once. */
  readonly notes: string[];
}

const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
/** Reads in flight at once: enough to hide disk latency, few enough to keep memory flat. */
const READ_CONCURRENCY = 16;

/**
 * Finds and decodes every source under `folder`, recursively. Never follows a symlink into a
 * folder already visited (loops), reads a folder named `*.txt` as a folder, and turns permission
 * errors, vanished files and binary files into notes instead of failing.
 * Throws InputError only when `folder` itself is missing or not a folder.
 */
export async function walkBundle(folder: string, options: WalkOptions = {}): Promise<WalkResult> {
  const { paths: candidates, notes } = await listBundle(folder, options);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const read: (WalkedFile | { path: string; reason: string })[] = new Array(candidates.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < candidates.length) {
      const index = next++;
      read[index] = await readBundleSource(folder, candidates[index], maxBytes);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, candidates.length) }, worker));

  const files: WalkedFile[] = [];
  const skipped: { path: string; reason: string }[] = [];
  for (const entry of read) {
    if ('text' in entry) files.push(entry);
    else {
      skipped.push(entry);
      notes.push(skippedNote(entry));
    }
  }
  return { files, skipped, notes };
}

/**
 * The first half of `walkBundle`: every source path under `folder` in bundle order, and the notes
 * about folders and links skipped, without reading any source (see `readBundleSource`).
 */
export async function listBundle(folder: string, options: WalkOptions = {}): Promise<{ paths: string[]; notes: string[] }> {
  await checkFolder(folder);
  const excluded = createExcludeMatcher(DEFAULT_EXCLUDE, options.exclude ?? []);
  const notes: string[] = [];
  const paths = await listSources(folder, excluded, options.factSheetPath, notes);
  paths.sort(compareFiles);
  return { paths, notes };
}

/** The note `walkBundle` gives a source it skipped. */
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
  factSheetPath: string | undefined,
  notes: string[],
): Promise<string[]> {
  const found: string[] = [];
  const visited = new Set<string>();
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
    for (const entry of entries) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (excluded(path)) continue;
      let kind = entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other';
      if (entry.isSymbolicLink()) kind = await symlinkTarget(join(root, path));
      if (kind === 'folder') await visit(path);
      else if (kind === 'file' && isSourcePath(path, { factSheetPath })) found.push(path);
      else if (kind === 'broken' && isSourcePath(path, { factSheetPath })) {
        notes.push(`${path}: skipped: broken symbolic link`);
      }
    }
  };
  await visit('');
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

/** The second half of `walkBundle`: one source read and decoded, or why it is skipped. */
export async function readBundleSource(
  root: string,
  path: string,
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<WalkedFile | { path: string; reason: string }> {
  try {
    const absolute = join(root, path);
    const size = (await stat(absolute)).size;
    if (size > maxBytes) return { path, reason: `too large (${Math.round(size / 1048576)} MB)` };
    const decoded = decodeSource(await readFile(absolute));
    return decoded.ok ? { path, text: decoded.text } : { path, reason: decoded.reason };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException | undefined)?.code;
    return { path, reason: code === 'ENOENT' ? 'vanished while indexing' : describeFsError(err) };
  }
}
