import * as vscode from 'vscode';
import { decodeSource, stripBom } from '../../core/text/decode';

export type SourceRead =
  | { readonly kind: 'text'; readonly text: string }
  /** Not indexed on purpose (binary, too large): shown as a skipped source. */
  | { readonly kind: 'skipped'; readonly reason: string }
  /** The file is gone (deleted or renamed while we looked). */
  | { readonly kind: 'missing' }
  /** A folder whose name ends in .txt. */
  | { readonly kind: 'folder' }
  /** Could not be read (permissions, I/O). */
  | { readonly kind: 'failed'; readonly reason: string };

/**
 * Reads a source through `workspace.fs` (so virtual file systems work too) and decodes it as
 * every front end does. Never throws: each outcome is a value the caller reports.
 */
export async function readSource(uri: vscode.Uri, maxFileBytes: number): Promise<SourceRead> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) return { kind: 'folder' };
    if (stat.size > maxFileBytes) {
      return { kind: 'skipped', reason: `larger than ${formatMB(maxFileBytes)} (newsLens.maxFileSizeMB)` };
    }
    const decoded = decodeSource(await vscode.workspace.fs.readFile(uri));
    return decoded.ok ? { kind: 'text', text: stripBom(decoded.text) } : { kind: 'skipped', reason: decoded.reason };
  } catch (err) {
    if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return { kind: 'missing' };
    return { kind: 'failed', reason: err instanceof Error ? err.message : String(err) };
  }
}

function formatMB(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}
