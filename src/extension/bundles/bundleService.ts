import * as vscode from 'vscode';
import type { Bundle, BundleChange, BundleService } from '../services';
import { Disposable } from '../util/dispose';
import { log } from '../util/log';
import { initIndexYamlProblems } from './indexYamlProblems';
import { OpenDocuments } from './openDocuments';
import { SourceExtractor } from './sourceExtractor';
import { SOURCE_SETTINGS } from './sourceRules';
import { watchBundle } from './sourceWatcher';
import { WorkspaceBundle } from './workspaceBundle';

/** Set while any bundle has at least one source; the INDEX view's welcome message reads it. */
const HAS_SOURCES_CONTEXT = 'newsLens.hasSources';

/** Builds the service that keeps one bundle index per workspace folder up to date. */
export function createBundleService(context: vscode.ExtensionContext): BundleService {
  initIndexYamlProblems(context);
  const service = new WorkspaceBundleService(log(context));
  context.subscriptions.push(service);
  return service;
}

/**
 * One `WorkspaceBundle` per workspace folder, following folders as they are added and removed,
 * settings that change what a source is, editor buffers, renames and the disk.
 */
class WorkspaceBundleService extends Disposable implements BundleService {
  private readonly byFolder = new Map<string, { bundle: WorkspaceBundle; subscription: vscode.Disposable }>();
  private readonly documents: OpenDocuments;
  private readonly extractor: SourceExtractor;
  private hasSources: boolean | undefined;

  private readonly _onDidChange = this._register(new vscode.EventEmitter<BundleChange>());
  readonly onDidChange = this._onDidChange.event;
  readonly ready: Promise<void>;

  constructor(private readonly log: vscode.LogOutputChannel) {
    super();
    // Registered first, so disposed last: after the bundles that use it.
    this.extractor = this._register(new SourceExtractor(log));
    this.documents = this._register(new OpenDocuments((uri) => this.bufferChanged(uri)));
    const firstRuns = (vscode.workspace.workspaceFolders ?? []).map((folder) => this.add(folder));
    this.ready = Promise.all(firstRuns).then(() => this.updateHasSources());
    this._register(vscode.workspace.onDidChangeWorkspaceFolders((event) => {
      for (const folder of event.removed) this.remove(folder);
      for (const folder of event.added) void this.add(folder);
    }));
    this._register(vscode.workspace.onDidChangeConfiguration((event) => {
      for (const { bundle } of this.byFolder.values()) {
        if (SOURCE_SETTINGS.some((section) => event.affectsConfiguration(section, bundle.folder))) void bundle.rebuild();
      }
    }));
    this._register(vscode.workspace.onDidRenameFiles((event) => {
      for (const { oldUri, newUri } of event.files) this.renamed(oldUri, newUri);
    }));
    this._register({ dispose: () => { for (const folder of [...this.byFolder.keys()]) this.removeKey(folder); } });
  }

  bundles(): readonly Bundle[] {
    return (vscode.workspace.workspaceFolders ?? [])
      .map((folder) => this.byFolder.get(folder.uri.toString())?.bundle)
      .filter((bundle): bundle is WorkspaceBundle => bundle !== undefined);
  }

  locate(uri: vscode.Uri): { bundle: Bundle; file: string } | undefined {
    const found = this.owner(uri);
    return found && found.bundle.isSource(found.file) ? found : undefined;
  }

  async rebuild(bundle?: Bundle): Promise<void> {
    const targets = [...this.byFolder.values()]
      .map((entry) => entry.bundle)
      .filter((candidate) => bundle === undefined || candidate.root.toString() === bundle.root.toString());
    await Promise.all(targets.map((target) => target.rebuild()));
  }

  catchUp(uri: vscode.Uri): void {
    this.documents.flush(uri);
  }

  /** The innermost bundle whose folder holds `uri` (workspace folders may nest), with its path. */
  private owner(uri: vscode.Uri): { bundle: WorkspaceBundle; file: string } | undefined {
    let best: { bundle: WorkspaceBundle; file: string } | undefined;
    for (const { bundle } of this.byFolder.values()) {
      const file = bundle.relativePath(uri);
      if (file !== undefined && (!best || file.length < best.file.length)) best = { bundle, file };
    }
    return best;
  }

  private add(folder: vscode.WorkspaceFolder): Promise<void> {
    const key = folder.uri.toString();
    if (this.byFolder.has(key)) return Promise.resolve();
    const bundle = new WorkspaceBundle(folder, { log: this.log, extractor: this.extractor, openDocumentText: (uri) => this.documents.textOf(uri) });
    const subscription = vscode.Disposable.from(
      bundle,
      watchBundle(bundle),
      bundle.onDidChange((files) => {
        this.updateHasSources();
        this._onDidChange.fire({ bundle, files });
      }),
    );
    this.byFolder.set(key, { bundle, subscription });
    return bundle.rebuild().catch((err) => this.log.error(`${bundle.name}: indexing failed`, err));
  }

  private remove(folder: vscode.WorkspaceFolder): void {
    this.removeKey(folder.uri.toString());
  }

  private removeKey(key: string): void {
    const entry = this.byFolder.get(key);
    if (!entry) return;
    this.byFolder.delete(key);
    entry.subscription.dispose();
    this.updateHasSources();
    // Views drop the bundle: it is no longer in bundles().
    if (!this.isDisposed) this._onDidChange.fire({ bundle: entry.bundle, files: [] });
  }

  private bufferChanged(uri: vscode.Uri): void {
    const found = this.owner(uri);
    if (found && found.bundle.isSource(found.file)) void found.bundle.reindex(found.file);
  }

  private renamed(oldUri: vscode.Uri, newUri: vscode.Uri): void {
    const from = this.owner(oldUri);
    const to = this.owner(newUri);
    if (!from || !from.bundle.has(from.file)) return; // folders and non-sources: the watcher sees them
    if (to && to.bundle === from.bundle) from.bundle.rename(from.file, to.file);
    else {
      from.bundle.removePath(from.file);
      if (to && to.bundle.isSource(to.file)) void to.bundle.reindex(to.file);
    }
  }

  private updateHasSources(): void {
    const hasSources = [...this.byFolder.values()].some(({ bundle }) => bundle.fileCount > 0);
    if (hasSources === this.hasSources) return;
    this.hasSources = hasSources;
    void vscode.commands.executeCommand('setContext', HAS_SOURCES_CONTEXT, hasSources);
  }
}
