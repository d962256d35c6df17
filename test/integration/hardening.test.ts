import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { Entity, EntityMention } from '../../src/core/bundle/api';
import type { RebuildSummary } from '../../src/extension/commands/rebuildIndex';
import type { NewsLensApi } from '../../src/extension/extension';
import type { Bundle } from '../../src/extension/services';
import type { IndexNode } from '../../src/extension/tree/indexNodes';
import { activateNewsLens } from './activate';
import { eventually } from './eventually';

/**
 * Hostile and unusual files in a real VS Code: encodings, line endings, binary and empty files,
 * folders named *.txt, symlink loops, files that vanish, hostile Markdown, failed writes.
 * Everything is created under one sub-folder at test time and removed afterwards, so the other
 * suites see the fixture bundle unchanged.
 */

const DIR = 'hardening';
const OUR_COMMANDS = ['newsLens.revealMention', 'newsLens.showAllMentions'];
const HOSTILE = '[x](command:workbench.action.terminal.new) <img src=x onerror=alert(1)>';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [first, second] = endian === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    bytes[2 + 2 * i] = first;
    bytes[3 + 2 * i] = second;
  }
  return bytes;
}

function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  const arrays = parts.map((part) => (part instanceof Uint8Array ? part : Uint8Array.from(part)));
  const out = new Uint8Array(arrays.reduce((sum, a) => sum + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Every path under `uri` (dotfiles included), relative to it, sorted. */
async function listing(uri: vscode.Uri, prefix = ''): Promise<string[]> {
  const paths: string[] = [];
  for (const [name, type] of await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(uri, prefix))) {
    const path = prefix ? `${prefix}/${name}` : name;
    paths.push(path);
    if (type & vscode.FileType.Directory && !(type & vscode.FileType.SymbolicLink)) paths.push(...(await listing(uri, path)));
  }
  return paths.sort();
}

/** Link targets that are not backslash-escaped, i.e. links a renderer would make. */
function linkTargets(markdown: string): string[] {
  return [...markdown.matchAll(/(?<!\\)\]\(([^)\s]*)\)/g)].map((m) => m[1]);
}

/** Asserts that hostile source text in `markdown` renders as text: no link, image or HTML from it. */
function assertInert(markdown: vscode.MarkdownString, where: string): void {
  assert.ok(!markdown.supportHtml, `${where}: HTML rendering is off`);
  for (const target of linkTargets(markdown.value)) {
    const command = /^command:([\w.]+)\?/.exec(target)?.[1];
    assert.ok(command && OUR_COMMANDS.includes(command), `${where}: a link that is not ours: ${target}`);
  }
  assert.doesNotMatch(markdown.value, /(?<!\\)<img/, `${where}: raw HTML`);
  assert.doesNotMatch(markdown.value, /(?<!\\)\]\(command:workbench/, `${where}: a command link`);
  const trusted = markdown.isTrusted;
  if (trusted === true) assert.fail(`${where}: isTrusted enables every command`);
  if (typeof trusted === 'object') assert.deepEqual([...trusted.enabledCommands].sort(), [...OUR_COMMANDS].sort(), `${where}: only our commands`);
}

describe('hardening: hostile and unusual files', function () {
  this.timeout(60_000);
  let api: NewsLensApi;
  let bundle: Bundle;
  const file = (name: string) => `${DIR}/${name}`;
  const uri = (name: string) => bundle.uriOf(file(name));
  const write = (name: string, bytes: Uint8Array) => vscode.workspace.fs.writeFile(uri(name), bytes);
  const source = (name: string) => bundle.snapshot().sources.find((s) => s.file === file(name));
  const mentionsIn = (name: string): EntityMention[] =>
    bundle.snapshot().entities.flatMap((e) => e.mentions.filter((m) => m.file === file(name)));
  const personIn = (name: string, person: string): Entity | undefined =>
    bundle.snapshot().entities.find((e) => e.kind === 'person' && e.name === person && e.mentions.some((m) => m.file === file(name)));
  const underDir = () => bundle.snapshot().sources.filter((s) => s.file.startsWith(`${DIR}/`)).map((s) => s.file);

  before(async () => {
    api = await activateNewsLens();
    bundle = api.services.bundles.bundles()[0];
    await vscode.workspace.fs.createDirectory(bundle.uriOf(DIR));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.getConfiguration('newsLens', bundle.root).update('factSheet.path', undefined, vscode.ConfigurationTarget.Workspace);
    // fs.rmSync: a symlink loop must be removed as a link, never followed.
    fs.rmSync(bundle.uriOf(DIR).fsPath, { recursive: true, force: true });
    await api.services.bundles.rebuild(bundle);
    assert.deepEqual(underDir(), [], 'nothing of this suite stays in the index');
  });

  describe('encodings', () => {
    const article = 'Harbor wire\n\nTrade Minister Helga Marstrand said the levy on café chairs rises to 12% on May 4, 2025.\n';
    const cases: [string, Uint8Array][] = [
      ['utf8-bom.txt', concat([0xef, 0xbb, 0xbf], utf8(article))],
      ['utf16le.txt', utf16(article, 'le')],
      ['utf16be.txt', utf16(article, 'be')],
    ];
    for (const [name, bytes] of cases) {
      it(`decodes ${name} to the same text, without the byte-order mark`, async () => {
        await write(name, bytes);
        assert.equal(await eventually(() => bundle.snapshot().text(file(name))), article);
        assert.ok(await eventually(() => personIn(name, 'Helga Marstrand')), 'the person is found');
      });
    }

    it('decodes Windows-1252 (curly quotes, é)', async () => {
      // “Fair trade,” said Economy Minister Tomas Brekke in the café. (0x93, 0x94, 0xE9)
      const bytes = concat(utf8('Valdoria daily\n\n'), [0x93], utf8('Fair trade,'), [0x94], utf8(' said Economy Minister Tomas Brekke in the caf'), [0xe9], utf8('.\n'));
      await write('cp1252.txt', bytes);
      const text = await eventually(() => bundle.snapshot().text(file('cp1252.txt')));
      assert.equal(text, 'Valdoria daily\n\n\u201cFair trade,\u201d said Economy Minister Tomas Brekke in the caf\u00e9.\n');
      assert.ok(await eventually(() => personIn('cp1252.txt', 'Tomas Brekke')), 'the person is found');
    });

    it('follows the document VS Code shows for a Windows-1252 file once it is open (offsets land on the mention)', async () => {
      // VS Code opens it as UTF-8 unless files.autoGuessEncoding is on: the index follows the buffer.
      const document = await vscode.workspace.openTextDocument(uri('cp1252.txt'));
      assert.ok(await eventually(() => bundle.snapshot().text(file('cp1252.txt')) === document.getText()), 'the index holds the document\'s text');
      for (const m of mentionsIn('cp1252.txt')) {
        assert.equal(document.getText(new vscode.Range(document.positionAt(m.start), document.positionAt(m.end))), m.text);
      }
      assert.ok(personIn('cp1252.txt', 'Tomas Brekke'), 'the person is still found');
    });

    it('agrees with VS Code on the text of a file with a BOM, and on UTF-16 (offsets land on the mention)', async () => {
      for (const name of ['utf8-bom.txt', 'utf16le.txt', 'utf16be.txt']) {
        const document = await vscode.workspace.openTextDocument(uri(name));
        assert.equal(document.getText().charCodeAt(0), 'H'.charCodeAt(0), `${name}: VS Code's document has no BOM either`);
        assert.equal(bundle.snapshot().text(file(name)), document.getText(), `${name}: the index holds the document's text`);
        const mentions = mentionsIn(name);
        assert.ok(mentions.length >= 3, `${name}: mentions found`);
        for (const m of mentions) {
          assert.equal(document.getText(new vscode.Range(document.positionAt(m.start), document.positionAt(m.end))), m.text, `${name}:${m.line}`);
        }
      }
    });
  });

  describe('line endings', () => {
    it('CRLF: every mention offset, as a VS Code position, lands exactly on the mention', async () => {
      const text = 'Port Alba wire\r\n\r\nFinance Minister Tomas Brekke said on Friday the duty on vans is 9%.\r\n' +
        'Brekke added that a 4% levy on tyres starts on June 2, 2025.\r\n';
      await write('crlf.txt', utf8(text));
      assert.equal(await eventually(() => bundle.snapshot().text(file('crlf.txt'))), text, 'indexed from disk, CRLF kept');
      const fromDisk = mentionsIn('crlf.txt');
      assert.ok(fromDisk.length >= 4, `mentions found: ${fromDisk.map((m) => m.text).join(', ')}`);

      const document = await vscode.workspace.openTextDocument(uri('crlf.txt'));
      assert.equal(document.eol, vscode.EndOfLine.CRLF);
      for (const m of fromDisk) {
        const range = new vscode.Range(document.positionAt(m.start), document.positionAt(m.end));
        assert.equal(document.getText(range), m.text, `offsets ${m.start}-${m.end}`);
        assert.equal(range.start.line + 1, m.line, `line of "${m.text}"`);
      }
      // Now the open buffer is what the index follows: the same offsets.
      await sleep(500);
      assert.deepEqual(mentionsIn('crlf.txt').map((m) => [m.start, m.end]), fromDisk.map((m) => [m.start, m.end]));
    });
  });

  describe('files that are not text, empty or not files', () => {
    it('skips a binary file named .txt with a note and no entities', async () => {
      await write('scan.txt', concat(utf8('PK'), [0x03, 0x04, 0x00, 0x00], utf8(' Minister Helga Marstrand 25% '), [0x00]));
      const skipped = await eventually(() => source('scan.txt')?.skipped);
      assert.match(skipped ?? '', /binary/);
      assert.deepEqual(mentionsIn('scan.txt'), []);
      assert.equal(api.services.bundles.locate(uri('scan.txt'))?.file, file('scan.txt'), 'still listed as a (skipped) source');
    });

    it('indexes an empty file as a source with nothing in it', async () => {
      await write('empty.txt', new Uint8Array());
      assert.ok(await eventually(() => source('empty.txt')), 'listed');
      assert.equal(source('empty.txt')?.skipped, undefined);
      assert.equal(bundle.snapshot().text(file('empty.txt')), '');
      assert.deepEqual(mentionsIn('empty.txt'), []);
    });

    it('reads a folder named x.txt as a folder: not a source, its files are', async () => {
      await vscode.workspace.fs.createDirectory(uri('x.txt'));
      await write('x.txt/inside.txt', utf8('Trade Minister Helga Marstrand spoke on May 5, 2025.\n'));
      assert.ok(await eventually(() => underDir().includes(file('x.txt/inside.txt'))), `inside.txt indexed: ${underDir().join(', ')}`);
      await api.services.bundles.rebuild(bundle);
      assert.ok(underDir().includes(file('x.txt/inside.txt')), 'and after a full rebuild');
      assert.ok(!underDir().includes(file('x.txt')), 'the folder itself is not a source');
    });

    it('does not hang on a symlink loop, and indexes the rest', async function () {
      const link = uri('loop').fsPath;
      try {
        fs.symlinkSync(bundle.uriOf(DIR).fsPath, link, 'dir');
      } catch {
        this.skip(); // no symlinks here (Windows without the privilege)
      }
      const rebuilt = api.services.bundles.rebuild(bundle).then(() => 'done');
      assert.equal(await Promise.race([rebuilt, sleep(20_000).then(() => 'timeout')]), 'done', 'a rebuild finishes');
      const files = underDir();
      assert.ok(files.includes(file('empty.txt')), 'the rest is indexed');
      assert.ok(!files.some((f) => f.includes('loop/loop/')), `the loop is not followed round: ${files.join(', ')}`);
      fs.unlinkSync(link);
    });

    it('leaves no stale entities for a file deleted right after it was created', async () => {
      const name = 'fleeting.txt';
      await write(name, utf8('Finance Minister Ilse Varga set a 31% duty on June 3, 2025.\n'));
      await vscode.workspace.fs.delete(uri(name));
      await sleep(1500); // the watcher's create and delete events, and any read they started
      assert.equal(source(name), undefined, 'not a source');
      assert.deepEqual(mentionsIn(name), []);
      assert.ok(!bundle.snapshot().entities.some((e) => e.name === 'Ilse Varga'));
    });

    it('leaves no stale entities for files deleted while a rebuild reads them', async () => {
      const names = Array.from({ length: 40 }, (_, i) => `race-${String(i).padStart(2, '0')}.txt`);
      for (const name of names) await write(name, utf8(`Customs chief Nora Quist set a ${dutyOf(name)}% duty on June 4, 2025.\n`));
      assert.ok(await eventually(() => names.every((name) => source(name))), 'all created');
      const rebuilt = api.services.bundles.rebuild(bundle);
      for (const name of names) await vscode.workspace.fs.delete(uri(name));
      await rebuilt;
      assert.ok(await eventually(() => names.every((name) => !source(name))), `all gone: ${underDir().join(', ')}`);
      await sleep(500);
      assert.ok(!bundle.snapshot().entities.some((e) => e.mentions.some((m) => m.file.includes('/race-'))), 'no stale mention');
    });
  });

  describe('hostile Markdown in a source', () => {
    const hostileArticle = `${HOSTILE}\n\nTrade Minister Helga Marstrand said ${HOSTILE} the levy is 12%.\n`;

    it('escapes it in the tooltip of the source\'s tree item', async () => {
      await write('hostile.txt', utf8(hostileArticle));
      const entry = await eventually(() => source('hostile.txt'));
      assert.ok(entry?.metadata.title?.includes('command:'), `the title holds the hostile text: ${entry?.metadata.title}`);
      const tree = api.indexTree;
      assert.ok(tree);
      const sources = tree.getChildren()[0];
      const node = await eventually(() => tree.getChildren(sources).find((n: IndexNode) => n.type === 'source' && n.source.file === file('hostile.txt')));
      assert.ok(node, 'the source is in the tree');
      const item = tree.getTreeItem(node);
      assert.ok(item.tooltip instanceof vscode.MarkdownString, 'a Markdown tooltip');
      assert.notEqual(item.tooltip.isTrusted, true);
      assertInert(item.tooltip, 'source tooltip');
      assert.ok(item.tooltip.value.includes('onerror'), 'the text is shown, escaped');
    });

    it('escapes it in the hover card of a person mentioned beside it', async () => {
      const person = await eventually(() => personIn('hostile.txt', 'Helga Marstrand'));
      assert.ok(person);
      const mention = person.mentions.find((m) => m.file === file('hostile.txt'));
      assert.ok(mention);
      const document = await vscode.workspace.openTextDocument(uri('hostile.txt'));
      const position = document.positionAt(mention.start + 1);
      const cards = await eventually(async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri('hostile.txt'), position);
        const found = hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => typeof c !== 'string' && 'value' in c && c.value.includes('Marstrand'));
        return found.length ? found : undefined;
      });
      assert.ok(cards, 'a hover card');
      for (const card of cards) assertInert(card, 'hover');
      // Cards in the other files list this one with a snippet of the hostile line.
      const shown: string[] = [];
      for (const other of person.mentions.filter((m) => m.file !== file('hostile.txt'))) {
        const otherDoc = await vscode.workspace.openTextDocument(bundle.uriOf(other.file));
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', otherDoc.uri, otherDoc.positionAt(other.start + 1));
        for (const c of hovers.flatMap((h) => h.contents)) {
          if (typeof c === 'string' || !('value' in c)) continue;
          assertInert(c as vscode.MarkdownString, `hover in ${other.file}`);
          shown.push((c as vscode.MarkdownString).value);
        }
      }
      assert.ok(shown.some((value) => value.includes('onerror')), 'some card shows the hostile snippet, escaped');
    });
  });

  describe('data safety of the extension\'s writes', () => {
    it('Rebuild INDEX leaves no temporary file behind', async () => {
      const summary = await vscode.commands.executeCommand<RebuildSummary>('newsLens.rebuildIndex');
      assert.ok(['written', 'unchanged'].includes(summary.bundles[0].indexYaml), JSON.stringify(summary));
      const names = await listing(bundle.root);
      assert.deepEqual(names.filter((n) => /\.tmp$/.test(n)), [], 'no temporary file');
      await vscode.workspace.fs.delete(bundle.uriOf('INDEX.yaml'));
    });

    it('a fact sheet whose path is a folder fails without touching the folder or leaving a temporary file', async () => {
      await vscode.workspace.fs.createDirectory(uri('sheet.md'));
      await write('sheet.md/keep.txt.bak', utf8('a person\'s file\n'));
      await vscode.workspace.getConfiguration('newsLens', bundle.root).update('factSheet.path', file('sheet.md'), vscode.ConfigurationTarget.Workspace);
      await eventually(() => vscode.workspace.getConfiguration('newsLens.factSheet', bundle.root).get('path') === file('sheet.md'));
      const before = await listing(bundle.root);
      const errors: string[] = [];
      const window = vscode.window as unknown as { showErrorMessage: (message: string) => Thenable<unknown> };
      const original = window.showErrorMessage;
      window.showErrorMessage = (message: string) => {
        errors.push(message);
        return Promise.resolve(undefined);
      };
      try {
        assert.equal(await vscode.commands.executeCommand('newsLens.buildFactSheet', { preview: false }), undefined, 'nothing written');
      } finally {
        window.showErrorMessage = original;
      }
      assert.ok(errors.some((m) => m.includes('sheet.md')), `the person is told: ${JSON.stringify(errors)}`);
      assert.deepEqual(await listing(bundle.root), before, 'the folder and its file are intact, no temporary file');
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri('sheet.md/keep.txt.bak'))), 'a person\'s file\n');
    });
  });
});

/** A distinct duty per racing file, from the number in its name. */
function dutyOf(name: string): number {
  return Number(/\d+/.exec(name)?.[0] ?? 0) + 1;
}
