import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension/extension';
import { EXTENSION_ID } from './activate';

const decoder = new TextDecoder();

async function api(): Promise<NewsLensApi> {
  const extension = vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID);
  assert.ok(extension);
  return extension.activate();
}

async function read(uri: vscode.Uri): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

describe('Build fact sheet', () => {
  const root = () => vscode.workspace.workspaceFolders![0].uri;
  const sheet = () => vscode.Uri.joinPath(root(), 'FACTSHEET.md');
  const written: vscode.Uri[] = [];

  after(async () => {
    for (const uri of [sheet(), ...written]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('writes FACTSHEET.md at the bundle root with every section and file:line citations', async () => {
    await (await api()).services.bundles.ready;
    const uri = await vscode.commands.executeCommand<vscode.Uri>('newsLens.buildFactSheet', { preview: false });
    assert.ok(uri, 'the command returns the written file');
    assert.equal(uri.toString(), sheet().toString());
    const text = await read(uri);
    for (const heading of ['# Fact sheet: ', '## Sources', '## Tariff rates', '## People', '## Timeline', '## Quotes']) {
      assert.ok(text.includes(heading), `has ${heading}`);
    }
    assert.match(text, /\[harbor-levy\.txt:\d+\]\(harbor-levy\.txt#L\d+\)/, 'cites file:line with a link');
    assert.match(text, /<!-- news-lens:generated hash=[0-9a-f]+ /);
  });

  it('builds byte-identical output twice, and the sheet is never a source', async () => {
    const first = await read(sheet());
    await vscode.commands.executeCommand('newsLens.buildFactSheet', { preview: false });
    assert.equal(await read(sheet()), first);
    assert.equal((await api()).services.bundles.locate(sheet()), undefined);
  });

  it('never replaces a hand-edited sheet without asking: cancel keeps it, "beside" writes a sibling', async () => {
    const edited = (await read(sheet())).replace('## People', '## People (checked by hand)');
    await vscode.workspace.fs.writeFile(sheet(), new TextEncoder().encode(edited));

    const cancelled = await vscode.commands.executeCommand('newsLens.buildFactSheet', { preview: false, onHandEdited: 'cancel' });
    assert.equal(cancelled, undefined);
    assert.equal(await read(sheet()), edited);

    const beside = await vscode.commands.executeCommand<vscode.Uri>('newsLens.buildFactSheet', { preview: false, onHandEdited: 'beside' });
    assert.ok(beside);
    written.push(beside);
    assert.match(beside.path, /FACTSHEET-2\.md$/);
    assert.equal(await read(sheet()), edited, 'the hand-edited file is untouched');
    assert.match(await read(beside), /## People\n/);
  });
});
