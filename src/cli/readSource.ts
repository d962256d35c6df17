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
