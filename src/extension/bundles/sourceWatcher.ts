import * as vscode from 'vscode';
import { INDEX_FILE } from '../../core/bundle/discovery';
import type { WorkspaceBundle } from './workspaceBundle';

/**
 * Watches a bundle's folder for sources created, changed and deleted outside the editor, and
 * for INDEX.yaml edits. The whole folder is watched, not only `*.txt`: a deleted or renamed
 * folder reports the folder alone, and its sources must go (or come) with it. A rename arrives
 * as delete + create.
 */
export function watchBundle(bundle: WorkspaceBundle): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(bundle.folder, '**'));
  const created = (uri: vscode.Uri) => {
    const file = bundle.relativePath(uri);
    if (file === undefined) return;
    if (file === INDEX_FILE) void bundle.reloadOverrides();
    else if (bundle.isSource(file)) void bundle.reindex(file);
    else if (!bundle.isExcluded(file)) void discoverIfFolder(bundle, uri, file);
  };
  const changed = (uri: vscode.Uri) => {
    const file = bundle.relativePath(uri);
    if (file === INDEX_FILE) void bundle.reloadOverrides();
    else if (file !== undefined && bundle.isSource(file)) void bundle.reindex(file);
  };
  const deleted = (uri: vscode.Uri) => {
    const file = bundle.relativePath(uri);
    if (file === INDEX_FILE) void bundle.reloadOverrides();
    else if (file !== undefined) bundle.removePath(file);
  };
  return vscode.Disposable.from(
    watcher,
    watcher.onDidCreate(created),
    watcher.onDidChange(changed),
    watcher.onDidDelete(deleted),
  );
}

async function discoverIfFolder(bundle: WorkspaceBundle, uri: vscode.Uri, file: string): Promise<void> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) await bundle.discoverUnder(file);
  } catch {
    // Gone again before we looked: nothing to index.
  }
}
