import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { decodeSource } from '../core/text/decode';
import { InputError } from './usage';

/** Reads one source file as DESIGN.md defines it (decoded, BOM removed), or fails in one line. */
export async function readSourceFile(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new InputError(`cannot read ${path}: ${describeFsError(err)}`);
  }
  const decoded = decodeSource(bytes);
  if (!decoded.ok) throw new InputError(`${path}: ${decoded.reason}`);
  return decoded.text;
}

/** A text file's content (UTF-8), or undefined when it does not exist; other failures are input errors. */
export async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InputError(`cannot read ${path}: ${describeFsError(err)}`);
  }
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ENOTDIR':
      return 'is not a folder';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}

/** A source's text read again (decoded), or undefined when it cannot be read any more. */
export function readTextSync(path: string): string | undefined {
  try {
    const decoded = decodeSource(readFileSync(path));
    return decoded.ok ? decoded.text : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `load` with the last `size` results kept: a whole-bundle writer (the fact sheet) asks for the
 * same file's text again and again, and the index does not keep texts.
 */
export function recentlyLoaded(load: (file: string) => string | undefined, size: number): (file: string) => string | undefined {
  const recent = new Map<string, string | undefined>();
  return (file) => {
    if (recent.has(file)) return recent.get(file);
    const text = load(file);
    if (recent.size >= size) recent.delete(recent.keys().next().value as string);
    recent.set(file, text);
    return text;
  };
}
