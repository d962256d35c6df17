import * as vscode from 'vscode';

/**
 * Writes through `vscode.workspace.fs` (so remote and virtual file systems work) without ever
 * leaving a half-written file: a temporary sibling first, then a rename over the target.
 */
export async function writeFileAtomic(uri: vscode.Uri, text: string): Promise<void> {
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const temp = uri.with({ path: uri.path.replace(/([^/]*)$/, `.$1.${suffix}.tmp`) });
  await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(text));
  try {
    await vscode.workspace.fs.rename(temp, uri, { overwrite: true });
  } catch (err) {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    throw err;
  }
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
