import * as vscode from 'vscode';
import type { RebuildSummary } from '../../src/extension/commands/rebuildIndex';
import type { NewsLensApi } from '../../src/extension/extension';
import type { Bundle } from '../../src/extension/services';
import type { IndexNode } from '../../src/extension/tree/indexNodes';
import { eventually } from '../integration/eventually';
import { equal, ok } from './check';

const EXTENSION_ID = 'newslens.news-lens';

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

describe('News Lens in the web worker extension host', function () {
  this.timeout(60_000);
  let api: NewsLensApi;
  let bundle: Bundle;

  it('runs in a web worker, without Node, and activates from the `browser` entry', async () => {
    const scope = globalThis as { importScripts?: unknown; process?: { versions?: { node?: unknown } } };
    ok(typeof scope.importScripts === 'function', 'this host is a web worker (importScripts exists)');
    ok(typeof scope.process?.versions?.node !== 'string', 'this host is not Node');
    const extension = vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID);
    ok(extension, `extension ${EXTENSION_ID} is installed`);
    equal(extension.packageJSON.browser, './dist/web/extension.js', 'package.json declares the web bundle');
    api = await extension.activate();
    // A host other than this one would not hand over the extension's exports.
    ok(api?.services?.bundles, 'activate() returned the NewsLensApi in this host');
    await api.services.bundles.ready;
    equal(api.services.bundles.bundles().length, 1, 'one bundle (the workspace folder)');
    bundle = api.services.bundles.bundles()[0];
  });

  it('indexes the .txt sources without a worker thread', () => {
    const snapshot = bundle.snapshot();
    const files = snapshot.sources.map((source) => source.file).sort();
    equal(files.join(','), 'harbor-levy.txt,minister-visit.txt,talks-outcome.txt', 'the sources');
    const person = snapshot.entities.find((e) => e.kind === 'person' && e.name === 'Oskar Lindqvist');
    ok(person, `Oskar Lindqvist is a person entity (${snapshot.entities.map((e) => e.name).join(', ')})`);
    equal(new Set(person.mentions.map((m) => m.file)).size, 3, 'linked across the three files');
    ok(snapshot.entities.some((e) => e.kind === 'rate' && e.name === '18'), 'the 18% rate');
    ok(snapshot.entities.some((e) => e.kind === 'date' && e.name === '2025-04-01'), 'April 1 resolves against the article date');
  });

  it('highlights an open source and shows a hover card linking the other files', async () => {
    const uri = bundle.uriOf('harbor-levy.txt');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const languageId = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId;
    ok(await eventually(() => languageId() === 'news-source'), `the news-source language (got ${languageId()})`);

    const mention = bundle.snapshot().entities.find((e) => e.name === 'Oskar Lindqvist')?.mentions.find((m) => m.file === 'harbor-levy.txt');
    ok(mention, 'a mention of Oskar Lindqvist in harbor-levy.txt');
    const position = document.positionAt(mention.start + 2);
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', uri, position);
    equal(highlights.length, 2, 'both mentions of him in this file are highlighted');

    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
    const card = hovers.flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
      .find((value) => value.includes('· person'));
    ok(card, 'a News Lens person card');
    const unescaped = card.replace(/\\/g, '');
    ok(unescaped.includes('Oskar Lindqvist') && unescaped.includes('minister-visit.txt') && unescaped.includes('talks-outcome.txt'), card);
  });

  it('follows an unsaved edit of the buffer', async () => {
    const uri = bundle.uriOf('talks-outcome.txt');
    const document = await vscode.window.showTextDocument(uri).then((editor) => editor.document);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, document.positionAt(document.getText().length), '\nTrade Minister Ingrid Solberg is expected in Cisano on May 2, 2025.\n');
    ok(await vscode.workspace.applyEdit(edit), 'the edit applies');
    try {
      const found = await eventually(() => bundle.snapshot().entities.find((e) => e.name === 'Ingrid Solberg'));
      ok(found, 'the typed name is indexed');
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert', uri);
    }
  });

  it('builds the INDEX view\'s data', () => {
    const tree = api.indexTree;
    ok(tree, 'the INDEX view is registered');
    const labelOf = (node: IndexNode) => {
      const label = tree.getTreeItem(node).label;
      return typeof label === 'string' ? label : label?.label ?? '';
    };
    const groups = tree.getChildren();
    equal(groups.map(labelOf).join(','), 'Sources,People,Tariff rates,Dates', 'the groups');
    equal(tree.getChildren(groups[0]).length, 3, 'three sources');
    const people = tree.getChildren(groups[1]).map(labelOf);
    ok(people.includes('Oskar Lindqvist') && people.includes('Giulia Ferrante'), `people: ${people.join(', ')}`);
  });

  it('writes INDEX.yaml through workspace.fs, and rewrites it keeping a person\'s comment', async () => {
    const indexUri = bundle.uriOf('INDEX.yaml');
    const first = await vscode.commands.executeCommand<RebuildSummary>('newsLens.rebuildIndex');
    ok(['written', 'unchanged'].includes(first.bundles[0].indexYaml), `first write: ${JSON.stringify(first)}`);
    const written = await readText(indexUri);
    ok(written.includes('harbor-levy.txt'), 'INDEX.yaml lists the sources');

    // A person's comment and title fix, plus a changed source, make the rebuild replace the
    // existing file (workspace.fs.rename with overwrite) rather than find it unchanged.
    const title = 'title: Lindqvist to meet Ferrante over levy dispute';
    ok(written.includes(title), `INDEX.yaml has the page title (${written})`);
    const edited = `# Checked by the desk.\n${written.replace(title, 'title: Lindqvist meets Ferrante on the levy')}`;
    await vscode.workspace.fs.writeFile(indexUri, new TextEncoder().encode(edited));
    const sourceUri = bundle.uriOf('minister-visit.txt');
    const source = await readText(sourceUri);
    await vscode.workspace.fs.writeFile(sourceUri, new TextEncoder().encode(`${source}\nTrade Minister Ingrid Solberg is expected in Cisano on May 2, 2025.\n`));
    try {
      // The index learns of the changed source from the file watcher, a moment after the write.
      const results: string[] = [];
      let rewritten = '';
      for (let tries = 0; !rewritten.includes('Ingrid Solberg') && tries < 40; tries++) {
        if (tries > 0) await new Promise((resolve) => setTimeout(resolve, 250));
        const again = await vscode.commands.executeCommand<RebuildSummary>('newsLens.rebuildIndex');
        results.push(again.bundles[0].indexYaml);
        rewritten = await readText(indexUri);
      }
      equal(results.at(-1), 'written', `the rebuilds: ${results.join(', ')}`);
      ok(rewritten.startsWith('# Checked by the desk.\n'), 'the comment survives');
      ok(rewritten.includes('title: Lindqvist meets Ferrante on the levy') && !rewritten.includes(title), 'the title fix survives');
      ok(rewritten.includes('Ingrid Solberg'), 'the changed source is indexed');
      const leftovers = (await vscode.workspace.fs.readDirectory(bundle.root)).map(([name]) => name).filter((name) => name.endsWith('.tmp'));
      equal(leftovers.join(','), '', 'no temporary file is left behind');
    } finally {
      await vscode.workspace.fs.writeFile(sourceUri, new TextEncoder().encode(source));
    }
  });

  it('writes the fact sheet through workspace.fs', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('newsLens.buildFactSheet', { preview: false });
    ok(uri, 'the command returns the written file');
    const sheet = await readText(uri);
    ok(sheet.includes('Oskar Lindqvist') && sheet.includes('harbor-levy.txt'), 'the sheet cites its people and files');
  });
});
