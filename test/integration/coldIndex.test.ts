import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension/extension';
import type { Bundle } from '../../src/extension/services';
import { activateNewsLens, EXTENSION_ID } from './activate';

const FOLDER = 'cold-index';
const ARTICLES = 160;

// Invented names, places and figures, combined into many different short articles.
const GIVEN = ['Maria', 'Kenji', 'Ana', 'Tomas', 'Leila', 'Oskar', 'Priya', 'Dmitri', 'Hana', 'Samuel'];
const FAMILY = ['Tanaka', 'Okafor', 'Ruiz', 'Lindqvist', 'Haddad', 'Brennan', 'Sato', 'Moreau', 'Adeyemi', 'Kowalski'];
const GOODS = ['steel', 'cars', 'timber', 'solar panels', 'rice', 'copper'];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];

/** An invented wire article; `i` picks its people, goods, rates and dates. */
function article(i: number): string {
  const person = (k: number) => `${GIVEN[(i + k) % GIVEN.length]} ${FAMILY[(i * 3 + k) % FAMILY.length]}`;
  const rate = 5 + ((i * 7) % 40);
  const day = 1 + (i % 27);
  const month = MONTHS[i % MONTHS.length];
  const lines = [
    `Harbour Ledger`,
    `${month} ${day}, 2025`,
    '',
    `Trade Minister ${person(0)} said on Tuesday that a ${rate}% tariff on ${GOODS[i % GOODS.length]} would take effect on ${month} ${day + 1}, 2025.`,
    `"We have no other choice," ${person(1)}, a spokesperson for the ministry, told reporters.`,
    `Negotiator ${person(2)} met ${person(0)} in the capital and proposed cutting the levy to ${rate / 2} percent by 2026.`,
  ];
  // Some articles are much longer, so batches differ in size.
  const repeats = i % 9 === 0 ? 40 : 1 + (i % 4);
  for (let r = 0; r < repeats; r++) {
    lines.push(`Analyst ${person(3 + r)} expects duties of ${10 + ((i + r) % 30)} percent on ${GOODS[(i + r) % GOODS.length]} from ${MONTHS[(i + r) % MONTHS.length]} ${1 + ((i + r) % 27)}, 2025.`);
  }
  return lines.join('\n') + '\n';
}

/** The `entities` of `news-lens index --json` as the command line prints them. */
interface CliEntity {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly mentions: readonly { readonly file: string; readonly start: number; readonly end: number; readonly line: number }[];
}

/** Runs the extension's own command line (dist/cli.js) on `folder`: the index it prints. */
async function cliIndex(folder: string): Promise<{ sources: { file: string }[]; entities: CliEntity[] }> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension);
  // In VS Code desktop the host's executable is Electron's: this variable makes it plain Node.
  const { stdout } = await promisify(execFile)(process.execPath, [join(extension.extensionPath, 'dist', 'cli.js'), 'index', folder, '--json'], {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(stdout);
}

/** Each entity with its mentions, in one comparable line each. */
function entityLines(entities: readonly CliEntity[]): string[] {
  return entities
    .map((e) => `${e.id} ${e.kind} ${e.name}: ${e.mentions.map((m) => `${m.file}@${m.start}-${m.end}:${m.line}`).join(' ')}`)
    .sort();
}

describe('cold index through the extraction thread', function () {
  this.timeout(120_000);
  let api: NewsLensApi;
  let bundle: Bundle;
  const folderUri = () => vscode.Uri.joinPath(bundle.root, FOLDER);

  before(async () => {
    api = await activateNewsLens();
    bundle = api.services.bundles.bundles()[0];
    const encoder = new TextEncoder();
    for (let i = 0; i < ARTICLES; i++) {
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folderUri(), `article-${String(i).padStart(3, '0')}.txt`), encoder.encode(article(i)));
    }
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folderUri(), { recursive: true }).then(undefined, () => undefined);
    await api.services.bundles.rebuild(bundle);
  });

  it('indexes the same sources, entities and mentions as the command line', async () => {
    await api.services.bundles.rebuild(bundle);
    const snapshot = bundle.snapshot();
    const cli = await cliIndex(bundle.root.fsPath);
    const indexed = snapshot.sources.filter((s) => s.skipped === undefined).map((s) => s.file);
    assert.equal(indexed.filter((file) => file.startsWith(`${FOLDER}/`)).length, ARTICLES);
    assert.deepEqual(indexed, cli.sources.map((s) => s.file));
    assert.ok(snapshot.entities.length > 50, `many entities (${snapshot.entities.length})`);
    assert.deepEqual(entityLines(snapshot.entities), entityLines(cli.entities));
  });

  it('keeps an edit made while the rebuild extracts, not the text the rebuild read', async () => {
    const uri = vscode.Uri.joinPath(folderUri(), 'article-150.txt');
    const editor = await vscode.window.showTextDocument(uri);
    const rebuilt = api.services.bundles.rebuild(bundle);
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Envoy Zofia Quarrington arrived.\n'));
    await rebuilt;
    // The buffer's change reaches the index a typing pause later at most.
    const deadline = Date.now() + 10_000;
    const hasEnvoy = () => bundle.snapshot().entitiesIn(`${FOLDER}/article-150.txt`).some((e) => e.name === 'Zofia Quarrington');
    while (!hasEnvoy() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.ok(hasEnvoy(), 'the edited buffer is what the index holds');
    assert.equal(bundle.snapshot().text(`${FOLDER}/article-150.txt`), editor.document.getText());
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('extracts a big edited file away from the host and indexes it whole', async () => {
    const file = `${FOLDER}/huge.txt`;
    const text = Array.from({ length: 400 }, (_, i) => article(i)).join('\n');
    assert.ok(text.length > 300_000);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(bundle.root, file), new TextEncoder().encode(text));
    const deadline = Date.now() + 30_000;
    const indexed = () => bundle.snapshot().text(file) === text;
    while (!indexed() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    assert.ok(indexed(), 'the big file is indexed');
    const cli = await cliIndex(bundle.root.fsPath);
    assert.deepEqual(entityLines(bundle.snapshot().entities), entityLines(cli.entities));
  });
});
