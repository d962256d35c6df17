import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension/extension';

/**
 * Loaded by scripts/bench/editor.mjs inside a real VS Code opened on a large generated bundle:
 * measures the first index, then a cold re-index during which it hovers and types every 250 ms,
 * and prints one line per figure (the launcher shows lines logged in the ('%s', line) form).
 */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const say = (line: string) => console.log('%s', `editor: ${line}`);
const mb = (bytes: number) => Math.round(bytes / 1e6);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0;

/** Records how late a 10 ms timer fires: the extension host's event-loop stalls. */
function watchEventLoop(): () => number[] {
  const gaps: number[] = [];
  let last = Date.now();
  const timer = setInterval(() => {
    const now = Date.now();
    gaps.push(now - last);
    last = now;
  }, 10);
  return () => {
    clearInterval(timer);
    return gaps;
  };
}

/** Memory after a full collection: what the host retains, not garbage it has not collected yet. */
function collectGarbage(): NodeJS.MemoryUsage {
  // The extension host runs without --expose-gc; the flag still makes `gc` for new contexts.
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  gc();
  return process.memoryUsage();
}

export async function run(): Promise<void> {
  const started = Date.now();
  const extension = vscode.extensions.getExtension<NewsLensApi>('newslens.news-lens');
  if (!extension) throw new Error('News Lens is not installed');
  const api = await extension.activate();
  await api.services.bundles.ready;
  const bundle = api.services.bundles.bundles()[0];
  const sources = bundle.snapshot().sources;
  const chars = sources.reduce((sum, s) => sum + (bundle.snapshot().text(s.file)?.length ?? 0), 0);
  const memory = process.memoryUsage();
  say(`first index: ${sources.length} sources (${(chars / 1e6).toFixed(1)} M chars) ready ${((Date.now() - started) / 1000).toFixed(1)} s after the probe started; heap ${mb(memory.heapUsed)} MB, RSS ${mb(memory.rss)} MB`);

  const file = sources[0].file;
  const uri = bundle.uriOf(file);
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  const mention = bundle.snapshot().entitiesIn(file)[0]?.mentions.find((m) => m.file === file);
  if (!mention) throw new Error(`no mention in ${file}`);
  const position = document.positionAt(mention.start + 1);

  // A cold re-index inside the running host: exclude every file, then bring them back.
  const config = vscode.workspace.getConfiguration('newsLens', bundle.root);
  await config.update('exclude', ['**'], vscode.ConfigurationTarget.Workspace);
  while (bundle.snapshot().sources.length > 0) await sleep(50);
  await sleep(1000);
  const empty = collectGarbage();
  say(`memory with the bundle excluded (after a full GC): heap ${mb(empty.heapUsed)} MB, RSS ${mb(empty.rss)} MB: the host and the editor without the index`);
  await config.update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
  await sleep(300);

  const stopWatching = watchEventLoop();
  const coldStart = Date.now();
  let done = false;
  const rebuilding = api.services.bundles.rebuild(bundle).then(() => { done = true; });
  const hoverMs: number[] = [];
  const editMs: number[] = [];
  while (!done) {
    const h0 = Date.now();
    await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, position);
    hoverMs.push(Date.now() - h0);
    const e0 = Date.now();
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(0, 0), 'x');
    await vscode.workspace.applyEdit(edit);
    editMs.push(Date.now() - e0);
    await sleep(250);
  }
  await rebuilding;
  const coldSeconds = (Date.now() - coldStart) / 1000;
  const gaps = stopWatching();
  say(`cold re-index while hovering and typing: ${bundle.snapshot().sources.length} sources in ${coldSeconds.toFixed(1)} s = ${(chars / 1e6 / coldSeconds).toFixed(1)} M chars/s`);
  say(`  event-loop stalls: p50 ${percentile(gaps, 0.5)} ms, p99 ${percentile(gaps, 0.99)} ms, max ${Math.max(...gaps)} ms`);
  say(`  hover: median ${median(hoverMs)} ms, max ${Math.max(...hoverMs)} ms (${hoverMs.length} hovers); edit applied: median ${median(editMs)} ms, max ${Math.max(...editMs)} ms`);
  const after = process.memoryUsage();
  say(`memory after: heap ${mb(after.heapUsed)} MB, RSS ${mb(after.rss)} MB (the whole extension host, garbage included)`);
  await sleep(3000);
  const settled = collectGarbage();
  say(`memory settled (3 s later, after a full GC): heap ${mb(settled.heapUsed)} MB, RSS ${mb(settled.rss)} MB [target ≤ 300 MB]`);

  const marker = 'Marker line: a 99% levy.';
  const m0 = Date.now();
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(1, 0), `${marker}\n`);
  await vscode.workspace.applyEdit(edit);
  while (!bundle.snapshot().text(file)?.includes(marker)) await sleep(5);
  say(`one edit visible in the index after ${Date.now() - m0} ms (300 ms typing pause included)`);
  await vscode.commands.executeCommand('workbench.action.files.revert');
}
