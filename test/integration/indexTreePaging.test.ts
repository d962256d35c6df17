import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension/extension';
import type { Bundle } from '../../src/extension/services';
import type { IndexNode } from '../../src/extension/tree/indexNodes';
import { activateNewsLens } from './activate';
import { eventually } from './eventually';
import { indexTreeReader } from './indexTree';

/**
 * A big INDEX in a real VS Code: lists longer than a page end in a "N more…" item, and clicking
 * it shows the next page. The extra sources live in one sub-folder made at test time and removed
 * afterwards, so the other suites see the fixture bundle unchanged.
 */

const DIR = 'zz-many-briefs';
const EXTRA = 230;
/** What the view shows of a list before its "more" item (PAGE_SIZE in indexNodes.ts). */
const PAGE = 200;

function brief(n: number): string {
  return `Port brief ${n}\n\nHarbour director Marta Velkova said on Tuesday that the dock levy on crates stays at ${n % 40}%.\n`;
}

describe('INDEX tree paging', function () {
  this.timeout(120_000);
  let api: NewsLensApi;
  let bundle: Bundle;
  const folder = () => bundle.uriOf(DIR);

  const { tree, labelOf, group } = indexTreeReader(() => api);
  const clickMore = async (more: IndexNode) => {
    const command = tree().getTreeItem(more).command;
    assert.equal(command?.command, 'newsLens.showMoreInIndex');
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
  };

  before(async () => {
    api = await activateNewsLens();
    bundle = api.services.bundles.bundles()[0];
    await vscode.workspace.fs.createDirectory(folder());
    const encoder = new TextEncoder();
    for (let n = 0; n < EXTRA; n++) {
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder(), `brief-${String(n).padStart(3, '0')}.txt`), encoder.encode(brief(n)));
    }
    await api.services.bundles.rebuild(bundle);
    const indexed = () => bundle.snapshot().sources.filter((s) => s.file.startsWith(`${DIR}/`)).length === EXTRA;
    assert.ok(await eventually(indexed, 60_000), `the ${EXTRA} briefs are indexed`);
  });

  after(async () => {
    await vscode.workspace.fs.delete(folder(), { recursive: true }).then(undefined, () => undefined);
    await api.services.bundles.rebuild(bundle);
    await vscode.commands.executeCommand('newsLens.refreshIndex');
  });

  it('shows a page of sources, then "N more…", which shows the rest when clicked', async () => {
    await vscode.commands.executeCommand('newsLens.refreshIndex'); // a fresh view: first pages only
    const total = bundle.snapshot().sources.length;
    assert.ok(total > PAGE, `more sources (${total}) than a page`);
    const sources = group('Sources');
    assert.equal(tree().getTreeItem(sources).description, String(total), 'the group counts every source, shown or not');

    const firstPage = tree().getChildren(sources);
    assert.equal(firstPage.length, PAGE + 1);
    const more = firstPage[PAGE];
    assert.equal(more.type, 'more');
    assert.equal(labelOf(more), `${total - PAGE} more…`);
    assert.equal(tree().getTreeItem(more).collapsibleState, vscode.TreeItemCollapsibleState.None);
    assert.ok(firstPage.slice(0, PAGE).every((node) => node.type === 'source'));

    await clickMore(more);
    const all = tree().getChildren(sources);
    assert.deepEqual(
      all.map((node) => (node.type === 'source' ? node.source.file : node.type)),
      bundle.snapshot().sources.map((source) => source.file),
      'every source, in bundle order, and no "more" item left',
    );
  });

  it('pages the files of a person mentioned in every brief', async () => {
    const person = tree().getChildren(group('People')).find((node) => labelOf(node) === 'Marta Velkova');
    assert.ok(person, 'the People group lists Marta Velkova');
    const files = tree().getChildren(person);
    assert.equal(files.length, PAGE + 1);
    assert.equal(labelOf(files[PAGE]), `${EXTRA - PAGE} more…`);
    await clickMore(files[PAGE]);
    assert.equal(tree().getChildren(person).length, EXTRA, 'all her files once "more" was clicked');
    assert.ok(tree().getChildren(person).every((node) => node.type === 'file'));
  });
});
