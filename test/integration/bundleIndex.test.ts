import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RebuildSummary } from '../../src/extension/commands/rebuildIndex';
import type { NewsLensApi } from '../../src/extension/extension';
import type { Bundle } from '../../src/extension/services';
import type { IndexNode } from '../../src/extension/tree/indexNodes';
import { activateNewsLens } from './activate';
import { eventually } from './eventually';
import { indexTreeReader } from './indexTree';

const FIXTURE_SOURCES = ['harbor-levy.txt', 'minister-visit.txt', 'talks-outcome.txt'];

const encoder = new TextEncoder();
const decoder = new TextDecoder();

async function readText(uri: vscode.Uri): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function sourceFiles(bundle: Bundle): string[] {
  return bundle.snapshot().sources.map((source) => source.file);
}

describe('bundle index', function () {
  this.timeout(60_000);
  let api: NewsLensApi;
  let bundle: Bundle;

  before(async () => {
    api = await activateNewsLens();
    const bundles = api.services.bundles.bundles();
    assert.equal(bundles.length, 1, 'the fixture workspace has one folder, hence one bundle');
    bundle = bundles[0];
  });

  describe('discovery', () => {
    const created: vscode.Uri[] = [];
    after(async () => {
      await vscode.workspace.getConfiguration('newsLens', bundle.root).update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
      for (const uri of created) await vscode.workspace.fs.delete(uri, { recursive: true }).then(undefined, () => undefined);
      await api.services.bundles.rebuild(bundle);
    });

    it('indexes every .txt file of the folder', () => {
      const files = sourceFiles(bundle);
      for (const file of FIXTURE_SOURCES) assert.ok(files.includes(file), `${file} is a source (got ${files.join(', ')})`);
      for (const file of FIXTURE_SOURCES) assert.ok(api.services.bundles.locate(bundle.uriOf(file)), `${file} is located`);
    });

    it('leaves out INDEX.yaml, the fact sheet, newsLens.exclude matches and files outside .txt', async () => {
      const draft = bundle.uriOf('drafts/private-notes.txt');
      const factSheet = bundle.uriOf('FACTSHEET.md');
      const other = bundle.uriOf('notes.md');
      created.push(bundle.uriOf('drafts'), other);
      if (!(await exists(factSheet))) created.push(factSheet);
      await vscode.workspace.fs.createDirectory(bundle.uriOf('drafts'));
      await writeText(draft, 'Draft: Trade Minister Oskar Lindqvist may raise the levy to 30%.\n');
      await writeText(factSheet, '# Fact sheet\n');
      await writeText(other, 'Not a source.\n');
      await vscode.workspace.getConfiguration('newsLens', bundle.root).update('exclude', ['drafts/**'], vscode.ConfigurationTarget.Workspace);
      // The setting reaches the extension host a moment after update() resolves; then it rebuilds.
      await eventually(() => !sourceFiles(bundle).includes('drafts/private-notes.txt'));
      await api.services.bundles.rebuild(bundle);

      const files = sourceFiles(bundle);
      for (const file of ['drafts/private-notes.txt', 'FACTSHEET.md', 'INDEX.yaml', 'notes.md']) {
        assert.ok(!files.includes(file), `${file} is not a source (got ${files.join(', ')})`);
      }
      assert.equal(api.services.bundles.locate(draft), undefined, 'an excluded file is not located as a source');
      for (const file of FIXTURE_SOURCES) assert.ok(files.includes(file), `${file} is still a source`);
    });

    it('picks up a created source and drops a deleted one (file watcher)', async () => {
      const uri = bundle.uriOf('late-report.txt');
      created.push(uri);
      await writeText(uri, 'Late report\n\nThe levy on scooters rose to 21% on March 20, 2025.\n');
      assert.ok(await eventually(() => sourceFiles(bundle).includes('late-report.txt')), 'a new .txt file becomes a source');
      await vscode.workspace.fs.delete(uri);
      assert.ok(await eventually(() => !sourceFiles(bundle).includes('late-report.txt')), 'a deleted file leaves the index');
    });

    it('lists binary and oversized files as skipped, with the reason, and indexes the rest', async () => {
      const binary = bundle.uriOf('scan.txt');
      const big = bundle.uriOf('dump.txt');
      created.push(binary, big);
      await vscode.workspace.fs.writeFile(binary, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]));
      await writeText(big, 'The levy is 5%. '.repeat(8000)); // 128 KB
      await vscode.workspace.getConfiguration('newsLens', bundle.root).update('maxFileSizeMB', 0.1, vscode.ConfigurationTarget.Workspace);
      try {
        await api.services.bundles.rebuild(bundle);
        const skipped = (file: string) => bundle.snapshot().sources.find((s) => s.file === file)?.skipped ?? '';
        assert.match(await eventually(() => skipped('scan.txt')), /binary/);
        assert.match(await eventually(() => skipped('dump.txt')), /larger than 0\.1 MB/);
        assert.ok(!bundle.snapshot().entities.some((e) => e.mentions.some((m) => m.file === 'scan.txt' || m.file === 'dump.txt')));
        for (const file of FIXTURE_SOURCES) assert.equal(skipped(file), '', `${file} is indexed`);
      } finally {
        await vscode.workspace.getConfiguration('newsLens', bundle.root).update('maxFileSizeMB', undefined, vscode.ConfigurationTarget.Workspace);
        await vscode.workspace.fs.delete(binary);
        await vscode.workspace.fs.delete(big);
      }
    });

    it('follows a rename made in VS Code', async () => {
      const from = bundle.uriOf('renamed-before.txt');
      const to = bundle.uriOf('renamed-after.txt');
      created.push(from, to);
      await writeText(from, 'Renamed report\n\nThe levy on tyres is 7% from May 2, 2025.\n');
      assert.ok(await eventually(() => sourceFiles(bundle).includes('renamed-before.txt')));
      const edit = new vscode.WorkspaceEdit();
      edit.renameFile(from, to);
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.ok(
        await eventually(() => sourceFiles(bundle).includes('renamed-after.txt') && !sourceFiles(bundle).includes('renamed-before.txt')),
        `the source moved: ${sourceFiles(bundle).join(', ')}`,
      );
      assert.ok(bundle.snapshot().entities.some((e) => e.kind === 'rate' && e.mentions.some((m) => m.file === 'renamed-after.txt')));
    });
  });

  describe('live update', () => {
    const file = 'harbor-levy.txt';
    const added = 'Late news: the levy on scooters will reach 23% in June.\n';

    afterEach(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    it('follows unsaved edits of an open document, and the disk again once they are reverted', async () => {
      const uri = bundle.uriOf(file);
      const onDisk = await readText(uri);
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, new vscode.Position(document.lineCount - 1, 0), added);
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.ok(document.isDirty, 'the edit is not saved');

      const seen = await eventually(() => bundle.snapshot().text(file)?.includes(added));
      assert.ok(seen, 'the snapshot holds the unsaved text');
      const rate = bundle.snapshot().entities.find((e) => e.kind === 'rate' && e.name === '23');
      assert.ok(rate?.mentions.some((m) => m.file === file), 'the new rate is indexed from the buffer');
      assert.equal(await readText(uri), onDisk, 'nothing was written to disk');

      await vscode.commands.executeCommand('workbench.action.files.revert');
      assert.ok(await eventually(() => bundle.snapshot().text(file) === onDisk), 'after revert the index matches the disk');
    });
  });

  describe('INDEX tree', () => {
    const { tree, labelOf, group } = indexTreeReader(() => api);
    const descriptionOf = (node: IndexNode) => String(tree().getTreeItem(node).description ?? '');

    afterEach(async () => {
      await vscode.commands.executeCommand('newsLens.clearIndexFilter');
    });

    it('has the four groups with counts, and one node per source', () => {
      const labels = tree().getChildren().map(labelOf);
      assert.deepEqual(labels, ['Sources', 'People', 'Tariff rates', 'Dates']);
      const sources = tree().getChildren(group('Sources'));
      assert.equal(sources.length, bundle.snapshot().sources.length);
      assert.equal(descriptionOf(group('Sources')), String(sources.length));
      for (const source of sources) {
        assert.match(descriptionOf(source), /\d+ (person|people) · \d+ rates? · \d+ dates?/);
        assert.equal(tree().getTreeItem(source).contextValue, 'newsLens.source');
      }
    });

    it('lists a person across files down to each mention, which reveals it in the editor', async () => {
      const person = bundle.snapshot().entities.find((e) => e.kind === 'person' && e.name === 'Oskar Lindqvist');
      assert.ok(person, 'Oskar Lindqvist is one person entity');
      const node = tree().getChildren(group('People')).find((n) => labelOf(n) === 'Oskar Lindqvist');
      assert.ok(node, 'the People group lists him');
      const item = tree().getTreeItem(node);
      assert.equal(item.contextValue, 'newsLens.entity.person');
      const fileCount = new Set(person.mentions.map((m) => m.file)).size;
      assert.equal(item.description, `${person.mentions.length} mentions · ${fileCount} files`);
      assert.ok(item.tooltip instanceof vscode.MarkdownString && item.tooltip.isTrusted === false, 'tooltip is untrusted Markdown');
      assert.equal(tree().getParent(node)?.id, group('People').id, 'getParent walks back up (reveal needs it)');

      const files = tree().getChildren(node);
      assert.deepEqual(files.map(labelOf), [...new Set(person.mentions.map((m) => m.file))]);
      const mentions = tree().getChildren(files[0]);
      const first = person.mentions[0];
      assert.equal(labelOf(mentions[0]), `line ${first.line}`);
      const mentionItem = tree().getTreeItem(mentions[0]);
      assert.equal(mentionItem.contextValue, 'newsLens.mention');
      assert.ok(String(mentionItem.description).includes(first.text), 'the snippet shows the mention');
      assert.equal(mentionItem.command?.command, 'newsLens.revealMention');

      await vscode.commands.executeCommand(mentionItem.command.command, ...(mentionItem.command.arguments ?? []));
      const editor = vscode.window.activeTextEditor;
      assert.ok(editor, 'an editor opened');
      assert.equal(editor.document.uri.toString(), bundle.uriOf(first.file).toString());
      assert.equal(editor.document.getText(editor.selection), first.text);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    it('sorts dates as a timeline with unresolved dates last', () => {
      const names = tree().getChildren(group('Dates')).map(labelOf);
      const resolved = names.filter((n) => /^\d{4}/.test(n));
      assert.deepEqual(resolved, [...resolved].sort(), 'resolved dates in order');
      const firstUnresolved = names.findIndex((n) => n.startsWith('unresolved'));
      if (firstUnresolved >= 0) assert.ok(names.slice(firstUnresolved).every((n) => n.startsWith('unresolved')));
    });

    it('filters by name and clears the filter', async () => {
      await vscode.commands.executeCommand('newsLens.filterIndex', 'FERRANTE');
      assert.equal(tree().filter, 'ferrante');
      const people = tree().getChildren(group('People')).map(labelOf);
      assert.ok(people.length > 0 && people.every((name) => name.toLowerCase().includes('ferrante')), `only Ferrante: ${people.join(', ')}`);
      await vscode.commands.executeCommand('newsLens.clearIndexFilter');
      assert.equal(tree().filter, undefined);
      assert.ok(tree().getChildren(group('People')).length > people.length);
    });

    it('copies a citation of a mention', async () => {
      const person = tree().getChildren(group('People'))[0];
      const file = tree().getChildren(person)[0];
      const mention = tree().getChildren(file)[0];
      const copied = await vscode.commands.executeCommand<string>('newsLens.copyCitation', mention);
      assert.match(copied, /^[\w./-]+\.txt:\d+ ".+"$/);
      assert.equal(await vscode.env.clipboard.readText(), copied);
    });
  });

  describe('INDEX.yaml', () => {
    const indexUri = () => bundle.uriOf('INDEX.yaml');

    it('is written by newsLens.rebuildIndex, keeps a person\'s comment and applies their alias', async () => {
      const first = await vscode.commands.executeCommand<RebuildSummary>('newsLens.rebuildIndex');
      assert.ok(first.bundles[0].indexYaml === 'written' || first.bundles[0].indexYaml === 'unchanged', JSON.stringify(first));
      const written = await readText(indexUri());
      assert.ok(written.includes('harbor-levy.txt'), 'INDEX.yaml lists the sources');

      const edited = addAliasByHand(written, 'Oskar Lindqvist', 'O. Lindqvist');
      const withComment = `# Checked by the desk on Monday: keep this line.\n${edited}`;
      await writeText(indexUri(), withComment);

      const second = await vscode.commands.executeCommand<RebuildSummary>('newsLens.rebuildIndex');
      assert.ok(['written', 'unchanged'].includes(second.bundles[0].indexYaml), JSON.stringify(second));
      const rebuilt = await readText(indexUri());
      assert.ok(rebuilt.startsWith('# Checked by the desk on Monday: keep this line.\n'), 'the comment survives');
      assert.ok(rebuilt.includes('O. Lindqvist'), 'the alias survives');
      const person = bundle.snapshot().entities.find((e) => e.kind === 'person' && e.name === 'Oskar Lindqvist');
      assert.ok(person?.aliases.includes('O. Lindqvist'), `the alias is applied: ${JSON.stringify(person?.aliases)}`);
    });

    it('takes "Merge with…" and "Reject" from the tree, and the index follows', async () => {
      const late = bundle.uriOf('late-wire.txt');
      await writeText(late, 'Late wire\n\nTrade Minister Oskar Lindkvist met the analyst Petra Novak in Port Alba on March 20, 2025.\n');
      try {
        const personNode = async (name: string) => {
          const node = await eventually(() => api.indexTree?.getChildren(api.indexTree.getChildren()[1]).find((n) => n.type === 'entity' && n.entity.name === name));
          assert.ok(node, `${name} is listed under People (${bundle.snapshot().entities.filter((e) => e.kind === 'person').map((e) => e.name).join(', ')})`);
          return node;
        };
        const target = bundle.snapshot().entities.find((e) => e.name === 'Oskar Lindqvist');
        assert.ok(target);
        const misspelt = await personNode('Oskar Lindkvist');
        assert.equal(await vscode.commands.executeCommand('newsLens.mergeEntity', misspelt, target.id), 'written');
        assert.ok((await readText(indexUri())).includes('Oskar Lindkvist'), 'the alias is in INDEX.yaml');
        const merged = await eventually(() => {
          const person = bundle.snapshot().entities.find((e) => e.name === 'Oskar Lindqvist');
          return person?.mentions.some((m) => m.file === 'late-wire.txt') ? person : undefined;
        });
        assert.ok(merged, 'the misspelt mention now belongs to Oskar Lindqvist');
        assert.ok(!bundle.snapshot().entities.some((e) => e.name === 'Oskar Lindkvist'));

        const analyst = await personNode('Petra Novak');
        assert.equal(await vscode.commands.executeCommand('newsLens.rejectEntity', analyst), 'written');
        assert.ok(await eventually(() => !bundle.snapshot().entities.some((e) => e.name === 'Petra Novak')), 'a rejected person leaves the index');
        assert.ok((await readText(indexUri())).startsWith('# Checked by the desk on Monday: keep this line.\n'), 'comments survive tree actions');
      } finally {
        await vscode.workspace.fs.delete(late);
      }
    });

    it('is never overwritten when broken, and its error shows at its line', async () => {
      const broken = '# A person\'s INDEX, mid-edit\nsources:\n  - file: harbor-levy.txt\n    title: one: two\n';
      await writeText(indexUri(), broken);
      const errors = () => vscode.languages.getDiagnostics(indexUri()).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
      const diagnostics = await eventually(() => (errors().length > 0 ? errors() : undefined));
      assert.ok(diagnostics, 'the broken file has an error in Problems (the watcher saw the edit)');
      assert.equal(diagnostics[0].range.start.line, 3, 'at the broken line (0-based 3)');

      const summary = await vscode.commands.executeCommand<RebuildSummary>('newsLens.rebuildIndex');
      assert.equal(summary.bundles[0].indexYaml, 'broken');
      assert.equal(await readText(indexUri()), broken, 'the bytes are unchanged');
      assert.ok(vscode.languages.getDiagnostics(indexUri()).length > 0, 'the error is still shown');

      await vscode.workspace.fs.delete(indexUri());
      assert.ok(await eventually(() => vscode.languages.getDiagnostics(indexUri()).length === 0), 'deleting the file clears its problem');
    });
  });
});

/**
 * What a person would type in INDEX.yaml to merge a name into a person: under the entry whose
 * `name` is `person`, an `aliases` list holding `alias`. Plain text editing, as a person would.
 */
function addAliasByHand(yaml: string, person: string, alias: string): string {
  const lines = yaml.split('\n');
  const at = lines.findIndex((line) => /^\s*-?\s*name:\s*/.test(line) && line.includes(person));
  assert.ok(at >= 0, `INDEX.yaml has an entry named ${person}`);
  const indent = (lines[at].match(/^(\s*)(-\s*)?/)?.[0] ?? '').replace('-', ' ');
  const aliasesAt = lines.findIndex((line, i) => i > at && line.startsWith(`${indent}aliases:`));
  const nextEntry = lines.findIndex((line, i) => i > at && /^\s*-\s*name:/.test(line));
  if (aliasesAt > at && (nextEntry < 0 || aliasesAt < nextEntry)) {
    const line = lines[aliasesAt];
    if (/\[\s*\]\s*$/.test(line)) lines[aliasesAt] = `${indent}aliases: [${alias}]`;
    else if (/\]\s*$/.test(line)) lines[aliasesAt] = line.replace(/\]\s*$/, `, ${alias}]`);
    else lines.splice(aliasesAt + 1, 0, `${indent}  - ${alias}`);
  } else {
    lines.splice(at + 1, 0, `${indent}aliases: [${alias}]`);
  }
  return lines.join('\n');
}
