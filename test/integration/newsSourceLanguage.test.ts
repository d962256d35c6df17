import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './activate';

function bundleFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration run opens the fixture bundle as a workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** The live language of an open document (a language change keeps the document object). */
function languageOf(uri: vscode.Uri): string | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId;
}

async function waitForLanguage(uri: vscode.Uri, expected: string, timeoutMs = 5000): Promise<string | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (languageOf(uri) !== expected && Date.now() < deadline) await sleep(50);
  return languageOf(uri);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function setLanguageSetting(value: boolean | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('newsLens').update('setLanguage', value, vscode.ConfigurationTarget.Workspace);
}

describe('news-source language assignment', () => {
  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  });

  after(async () => {
    // Back to the default; turning the setting over also forgets per-file choices.
    await setLanguageSetting(false);
    await setLanguageSetting(undefined);
  });

  it('switches bundle files back to Plain Text when newsLens.setLanguage is off, and again when on', async () => {
    const uri = bundleFile('minister-visit.txt');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    assert.equal(await waitForLanguage(uri, 'news-source'), 'news-source');

    await setLanguageSetting(false);
    assert.equal(await waitForLanguage(uri, 'plaintext'), 'plaintext');

    await setLanguageSetting(undefined);
    assert.equal(await waitForLanguage(uri, 'news-source'), 'news-source');
  });

  it('leaves a file alone once someone picks another language for it', async () => {
    const uri = bundleFile('talks-outcome.txt');
    const document = await vscode.workspace.openTextDocument(uri);
    assert.equal(await waitForLanguage(uri, 'news-source'), 'news-source');

    await vscode.languages.setTextDocumentLanguage(document, 'markdown');
    await sleep(500);
    assert.equal(languageOf(uri), 'markdown');

    await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
    await sleep(500);
    assert.equal(languageOf(uri), 'plaintext', 'Plain Text chosen by hand stays Plain Text');
  });

  it('does not touch .txt files outside the workspace', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-outside-'));
    try {
      const file = path.join(dir, 'elsewhere.txt');
      fs.writeFileSync(file, 'WASHINGTON – A note outside any bundle.\n');
      const uri = vscode.Uri.file(file);
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      await sleep(500);
      assert.equal(languageOf(uri), 'plaintext');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
