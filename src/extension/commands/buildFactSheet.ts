import * as vscode from 'vscode';
import { renderFactSheet, isHandEdited } from '../../core/factsheet/render';
import { plain } from '../bundles/indexYamlFile';
import type { Bundle, Feature, Services } from '../services';
import { readTextIfExists, writeFileAtomic } from '../util/atomicWrite';

/** What to do when the existing fact sheet was edited by hand; tests pass it to skip the dialog. */
type HandEditChoice = 'overwrite' | 'beside' | 'cancel';

/** Arguments the command accepts: a file or folder URI (context menus) or options (tests). */
interface BuildOptions {
  readonly bundle?: string;
  readonly onHandEdited?: HandEditChoice;
  readonly preview?: boolean;
}

export const registerBuildFactSheet: Feature = (context, services) => {
  context.subscriptions.push(
    vscode.commands.registerCommand('newsLens.buildFactSheet', (arg?: vscode.Uri | BuildOptions) =>
      buildFactSheet(services, arg),
    ),
  );
};

/** Builds, guards, writes and previews the fact sheet. Returns the written URI, or undefined. */
async function buildFactSheet(services: Services, arg?: vscode.Uri | BuildOptions): Promise<vscode.Uri | undefined> {
  const options: BuildOptions = arg instanceof vscode.Uri ? {} : (arg ?? {});
  if (!vscode.workspace.isTrusted) {
    void vscode.window
      .showWarningMessage('News Lens writes no files in an untrusted workspace. Trust the folder to build a fact sheet.', 'Manage Workspace Trust')
      .then((choice) => choice && vscode.commands.executeCommand('workbench.trust.manage'));
    return undefined;
  }
  await services.bundles.ready;
  const bundle = await pickBundle(services, arg instanceof vscode.Uri ? arg : undefined, options.bundle);
  if (!bundle) return undefined;

  const config = vscode.workspace.getConfiguration('newsLens.factSheet', bundle.root);
  const relativePath = config.get<string>('path', 'FACTSHEET.md').replace(/\\/g, '/').replace(/^\/+/, '') || 'FACTSHEET.md';
  let target = vscode.Uri.joinPath(bundle.root, relativePath);
  const depth = relativePath.split('/').length - 1;
  const text = renderFactSheet(bundle.snapshot(), {
    title: bundle.name,
    includeNonBody: config.get<boolean>('includeComments', false),
    linkBase: '../'.repeat(depth),
  });

  try {
    const existing = await readTextIfExists(target);
    if (existing !== undefined && existing !== text && isHandEdited(existing)) {
      const choice = options.onHandEdited ?? (await askAboutHandEdit(relativePath));
      if (choice === 'cancel') return undefined;
      if (choice === 'beside') target = await freeSibling(target);
    }
    await writeFileAtomic(target, text);
  } catch (err) {
    // A folder where the sheet belongs, a read-only disk: say so; whatever was there stays.
    void vscode.window.showErrorMessage(`Could not write the fact sheet ${plain(relativePath)}: ${plain(err instanceof Error ? err.message : String(err))}`);
    return undefined;
  }
  if (options.preview !== false) await vscode.commands.executeCommand('markdown.showPreviewToSide', target);
  return target;
}

async function pickBundle(services: Services, uri: vscode.Uri | undefined, root: string | undefined): Promise<Bundle | undefined> {
  const bundles = services.bundles.bundles();
  if (root) return bundles.find((b) => b.root.toString() === root || b.root.fsPath === root);
  if (uri) {
    const located = services.bundles.locate(uri);
    if (located) return located.bundle;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const owner = folder && bundles.find((b) => b.root.toString() === folder.uri.toString());
    if (owner) return owner;
  }
  if (bundles.length <= 1) {
    if (bundles.length === 0) void vscode.window.showInformationMessage('News Lens: open a folder of .txt news sources to build a fact sheet.');
    return bundles[0];
  }
  const picked = await vscode.window.showQuickPick(
    bundles.map((bundle) => ({ label: bundle.name, description: bundle.root.fsPath, bundle })),
    { placeHolder: 'Build the fact sheet of which bundle?' },
  );
  return picked?.bundle;
}

async function askAboutHandEdit(relativePath: string): Promise<HandEditChoice> {
  const overwrite = 'Overwrite';
  const beside = 'Write beside it';
  const answer = await vscode.window.showWarningMessage(
    `${relativePath} was edited since News Lens wrote it. Replace it and lose those edits?`,
    { modal: true },
    overwrite,
    beside,
  );
  return answer === overwrite ? 'overwrite' : answer === beside ? 'beside' : 'cancel';
}

/** FACTSHEET-2.md, FACTSHEET-3.md, …: the first name not taken. */
async function freeSibling(target: vscode.Uri): Promise<vscode.Uri> {
  const base = target.path.replace(/(\.[^./]*)?$/, '');
  const ext = /\.[^./]*$/.exec(target.path)?.[0] ?? '';
  for (let n = 2; ; n++) {
    const candidate = target.with({ path: `${base}-${n}${ext}` });
    if ((await readTextIfExists(candidate)) === undefined) return candidate;
  }
}
