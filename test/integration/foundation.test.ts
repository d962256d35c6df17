import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension/extension';
import { EXTENSION_ID } from './activate';
import { eventually } from './eventually';

function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration run opens the fixture bundle as a workspace folder');
  return folder.uri;
}

describe('foundation', () => {
  it('activates on a folder of .txt files and exports its API', async () => {
    const extension = vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is installed`);
    const api = await extension.activate();
    assert.ok(extension.isActive);
    assert.ok(api, 'activate() returns the NewsLensApi');
    assert.ok(api.services.bundles, 'the API exposes the bundle service');
  });

  it('registers its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['newsLens.buildFactSheet', 'newsLens.rebuildIndex']) {
      assert.ok(commands.includes(id), `command ${id} is registered`);
    }
  });

  it('contributes the News Lens view container and its INDEX view', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('workbench.view.extension.newsLens'), 'the activity-bar container newsLens exists');
    assert.ok(commands.includes('newsLens.index.focus'), 'the view newsLens.index exists');
    await vscode.commands.executeCommand('newsLens.index.focus');
  });

  it('gives bundle .txt files the news-source language', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'harbor-levy.txt');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    // The language may be assigned after opening: read the live document each time.
    const current = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const languageId = () => current()?.languageId ?? document.languageId;
    await eventually(() => languageId() === 'news-source', 5000);
    assert.equal(languageId(), 'news-source');
  });
});
