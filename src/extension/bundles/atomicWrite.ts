import * as vscode from 'vscode';

/**
 * Writes `text` to `uri` so that readers see either the old file or the whole new one, never a
 * half-written file: a temporary file next to it, then a rename over it (atomic on one file
 * system). Goes through `workspace.fs`, so it works wherever the workspace is writable.
 */
export async function writeFileAtomically(uri: vscode.Uri, text: string): Promise<void> {
  const dir = vscode.Uri.joinPath(uri, '..');
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const temp = vscode.Uri.joinPath(dir, `.${name}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(text));
  try {
    await vscode.workspace.fs.rename(temp, uri, { overwrite: true });
  } catch (err) {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    throw err;
  }
}
