import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RebuildSummary } from '../../src/extension/commands/rebuildIndex';
import type { NewsLensApi } from '../../src/extension/extension';
import type { Bundle } from '../../src/extension/services';
import { activateNewsLens } from '../integration/activate';
import { eventually } from '../integration/eventually';

/**
 * Runs in an untrusted folder (the launcher keeps workspace trust on for this suite): News Lens
 * must read, highlight, index and answer hovers, write no file, and say why it wrote nothing.
 */

const FIXTURE_SOURCES = ['harbor-levy.txt', 'minister-visit.txt', 'talks-outcome.txt'];

/** Every path under `root` (files and folders, dotfiles included), sorted. */
async function listing(root: vscode.Uri, prefix = ''): Promise<string[]> {
  const paths: string[] = [];
  for (const [name, type] of await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(root, prefix))) {
    const path = prefix ? `${prefix}/${name}` : name;
    paths.push(path);
    if (type & vscode.FileType.Directory) paths.push(...(await listing(root, path)));
  }
  return paths.sort();
}

type MessageFn = (message: string, ...rest: unknown[]) => Thenable<unknown>;
type MessageKind = 'showInformationMessage' | 'showWarningMessage' | 'showErrorMessage';

/**
 * Records the notifications News Lens shows (the extension and this suite share one `vscode`
 * API object) and answers each with a dismissal, as a person closing it would.
 */
class Notifications {
  readonly messages: string[] = [];
  private readonly originals = new Map<MessageKind, MessageFn>();

  constructor() {
    const window = vscode.window as unknown as Record<MessageKind, MessageFn>;
    for (const kind of ['showInformationMessage', 'showWarningMessage', 'showErrorMessage'] as const) {
      this.originals.set(kind, window[kind]);
      window[kind] = (message: string) => {
        this.messages.push(message);
        return Promise.resolve(undefined);
      };
    }
  }

  restore(): void {
    const window = vscode.window as unknown as Record<MessageKind, MessageFn>;
    for (const [kind, original] of this.originals) window[kind] = original;
  }
}

describe('Restricted Mode (untrusted workspace)', function () {
  this.timeout(60_000);
  let api: NewsLensApi;
  let bundle: Bundle;
  let notifications: Notifications;

  before(async () => {
    api = await activateNewsLens();
    bundle = api.services.bundles.bundles()[0];
    assert.ok(bundle, 'the untrusted folder is a bundle');
    notifications = new Notifications();
  });

  after(() => notifications?.restore());

  it('runs with the workspace untrusted', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });

  it('ignores the workspace value of the restricted setting newsLens.factSheet.path', async () => {
    const settings = new TextDecoder().decode(await vscode.workspace.fs.readFile(bundle.uriOf('.vscode/settings.json')));
    assert.ok(settings.includes('"newsLens.factSheet.path": "elsewhere/FACTSHEET.md"'), 'the launcher set it in .vscode/settings.json');
    const setting = vscode.workspace.getConfiguration('newsLens.factSheet', bundle.root);
    assert.equal(setting.get<string>('path'), 'FACTSHEET.md', 'Restricted Mode falls back to the default');
  });

  it('indexes the sources and shows the INDEX', () => {
    const snapshot = bundle.snapshot();
    assert.deepEqual(snapshot.sources.map((s) => s.file), FIXTURE_SOURCES);
    assert.ok(snapshot.sources.every((s) => !s.skipped));
    assert.ok(snapshot.entities.some((e) => e.kind === 'person' && e.name === 'Oskar Lindqvist'));
    assert.equal(api.indexTree?.getChildren().length, 4, 'the INDEX view has its four groups');
  });

  it('answers hovers on a person', async () => {
    const person = bundle.snapshot().entities.find((e) => e.kind === 'person' && e.name === 'Oskar Lindqvist');
    assert.ok(person);
    const mention = person.mentions[0];
    const uri = bundle.uriOf(mention.file);
    const document = await vscode.workspace.openTextDocument(uri);
    const position = document.positionAt(mention.start + 1);
    const card = await eventually(async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
      return hovers
        .flatMap((hover) => hover.contents)
        .find((c): c is vscode.MarkdownString => typeof c !== 'string' && 'value' in c && c.value.includes('Lindqvist'));
    });
    assert.ok(card, 'a News Lens hover card names the person');
  });

  it('Rebuild INDEX re-indexes but writes no file, and says why', async () => {
    const before = await listing(bundle.root);
    notifications.messages.length = 0;
    const summary = await vscode.commands.executeCommand<RebuildSummary>('newsLens.rebuildIndex');
    assert.equal(summary?.bundles[0].indexYaml, 'untrusted');
    assert.equal(summary.bundles[0].sources, FIXTURE_SOURCES.length);
    assert.deepEqual(await listing(bundle.root), before, 'the folder is unchanged');
    assert.ok(notifications.messages.some((m) => /trusted workspace/i.test(m) && m.includes('INDEX.yaml')), `told why: ${JSON.stringify(notifications.messages)}`);
  });

  it('Build fact sheet writes no file, and says why', async () => {
    const before = await listing(bundle.root);
    notifications.messages.length = 0;
    const written = await vscode.commands.executeCommand('newsLens.buildFactSheet', { preview: false });
    assert.equal(written, undefined);
    assert.deepEqual(await listing(bundle.root), before, 'the folder is unchanged');
    assert.ok(notifications.messages.some((m) => /untrusted|trust/i.test(m) && /fact sheet/i.test(m)), `told why: ${JSON.stringify(notifications.messages)}`);
  });

  it('"Reject entity" from the INDEX writes no file, and says why', async () => {
    const tree = api.indexTree;
    assert.ok(tree);
    const people = tree.getChildren()[1];
    const person = tree.getChildren(people).find((node) => node.type === 'entity');
    assert.ok(person, 'the People group lists someone');
    const before = await listing(bundle.root);
    notifications.messages.length = 0;
    assert.equal(await vscode.commands.executeCommand('newsLens.rejectEntity', person), 'untrusted');
    assert.deepEqual(await listing(bundle.root), before, 'the folder is unchanged');
    assert.ok(notifications.messages.some((m) => /trusted workspace/i.test(m)), `told why: ${JSON.stringify(notifications.messages)}`);
  });
});
