import * as vscode from 'vscode';

/**
 * Writes without ever leaving a half-written file, and without a moment when the target is
 * missing: a temporary sibling first, then a rename over the target.
 *
 * Why two routes: `workspace.fs.rename(temp, target, { overwrite: true })` goes through VS Code's
 * FileService, which deletes the target before renaming (so readers can find no INDEX.yaml for
 * a moment, and a folder at the target would be deleted). For `file:` URIs in a Node extension
 * host (desktop and remote) we therefore rename with Node's `fs.promises.rename`, which replaces
 * the target atomically. Every other case (virtual file systems, the browser extension host)
 * goes through `workspace.fs`, the only file system there. The Node module is loaded with a
 * dynamic import so that the browser bundle (scripts/build.mjs marks `node:fs/promises` external
 * there) never evaluates it.
 */
export async function writeFileAtomic(uri: vscode.Uri, text: string): Promise<void> {
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const temp = uri.with({ path: uri.path.replace(/([^/]*)$/, `.$1.${suffix}.tmp`) });
  const data = new TextEncoder().encode(text);
  if (uri.scheme === 'file' && runsInNode()) {
    const { replaceFile } = await import('./nodeFileReplace');
    await replaceFile(temp.fsPath, uri.fsPath, data);
    return;
  }
  await vscode.workspace.fs.writeFile(temp, data);
  try {
    await vscode.workspace.fs.rename(temp, uri, { overwrite: true });
  } catch (err) {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    throw err;
  }
}

/** True in a Node extension host; false in the browser one (no `process`, or a shim without Node's version). */
function runsInNode(): boolean {
  return typeof process !== 'undefined' && typeof process.versions?.node === 'string';
}

/** The file's text, or undefined when it does not exist. Other errors propagate. */
export async function readTextIfExists(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch (err) {
    if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return undefined;
    throw err;
  }
}
