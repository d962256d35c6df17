import * as inspector from 'node:inspector';
import { writeFileSync } from 'node:fs';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import * as vscode from 'vscode';
import type { BundleSnapshot } from '../../src/core/bundle/api';
import type { NewsLensApi } from '../../src/extension/extension';

/**
 * Loaded by scripts/bench/editor.mjs inside a real VS Code opened on a large generated bundle:
 * measures the first index, then a cold re-index during which it hovers and types every 250 ms,
 * and prints one line per figure (the launcher shows lines logged in the ('%s', line) form).
 * NEWS_LENS_BENCH_INDEX_VIEW=1 shows the INDEX view during the cold re-index. For digging:
 * NEWS_LENS_CPU_PROFILE=<file.cpuprofile> profiles the extension host during the cold re-index;
 * NEWS_LENS_HEAP_SNAPSHOT=<file.heapsnapshot> writes a heap snapshot once settled.
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

/**
 * The JS heap, the ArrayBuffers outside it (typed arrays of the index, texts kept as bytes: memory
 * the heap figure does not show) and the process's resident size.
 */
function describeMemory(memory: NodeJS.MemoryUsage): string {
  return `heap ${mb(memory.heapUsed)} MB + array buffers ${mb(memory.arrayBuffers)} MB, RSS ${mb(memory.rss)} MB`;
}

/** How many sources and characters the snapshot holds, and its first file. */
function measureSources(snapshot: BundleSnapshot): { count: number; chars: number; first: string } {
  const { sources } = snapshot;
  const chars = sources.reduce((sum, s) => sum + (snapshot.text(s.file)?.length ?? 0), 0);
  return { count: sources.length, chars, first: sources[0].file };
}

/** Profiles this extension host's CPU into `file` until the returned function is called (no-op without a file). */
async function startCpuProfile(file: string | undefined): Promise<() => Promise<void>> {
  if (!file) return async () => undefined;
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object) => new Promise<unknown>((resolve, reject) => {
    session.post(method, params, (error, result) => (error ? reject(error) : resolve(result)));
  });
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 500 });
  await post('Profiler.start');
  return async () => {
    const { profile } = (await post('Profiler.stop')) as { profile: object };
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
    say(`CPU profile: ${file}`);
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
  // Read once and let go: a snapshot's sources hold slices of every indexed text, and keeping
  // the first index's alive through the re-index would count its texts in the memory figures.
  const { count: sourceCount, chars, first: file } = measureSources(bundle.snapshot());
  const memory = process.memoryUsage();
  say(`first index: ${sourceCount} sources (${(chars / 1e6).toFixed(1)} M chars) ready ${((Date.now() - started) / 1000).toFixed(1)} s after the probe started; ${describeMemory(memory)}`);

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
  say(`memory with the bundle excluded (after a full GC): ${describeMemory(empty)}: the host and the editor without the index`);
  // With the INDEX view shown, its tree is rebuilt on every index change, as a person watching it sees.
  if (process.env.NEWS_LENS_BENCH_INDEX_VIEW) await vscode.commands.executeCommand('newsLens.index.focus');
  await config.update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
  await sleep(300);

  const stopProfiling = await startCpuProfile(process.env.NEWS_LENS_CPU_PROFILE);
  const stopWatching = watchEventLoop();
  const coldStart = Date.now();
  const coldCpu = process.cpuUsage();
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
  const { user, system } = process.cpuUsage(coldCpu);
  // The views' first look at the finished index (decorations, tree) happens just after: count it.
  await sleep(1000);
  const gaps = stopWatching();
  await stopProfiling();
  say(`cold re-index while hovering and typing: ${bundle.snapshot().sources.length} sources in ${coldSeconds.toFixed(1)} s = ${(chars / 1e6 / coldSeconds).toFixed(1)} M chars/s; extension host CPU ${((user + system) / 1e6).toFixed(1)} s (the machine's load does not inflate it)`);
  say(`  event-loop stalls: p50 ${percentile(gaps, 0.5)} ms, p99 ${percentile(gaps, 0.99)} ms, max ${Math.max(...gaps)} ms`);
  say(`  hover: median ${median(hoverMs)} ms, max ${Math.max(...hoverMs)} ms (${hoverMs.length} hovers); edit applied: median ${median(editMs)} ms, max ${Math.max(...editMs)} ms`);
  const after = process.memoryUsage();
  say(`memory after: ${describeMemory(after)} (the whole extension host, garbage included)`);
  await sleep(3000);
  const settled = collectGarbage();
  // RSS never shrinks back and is mostly VS Code's: the bundle's share is what the GC'd heap and buffers grew by.
  const share = settled.heapUsed + settled.arrayBuffers - empty.heapUsed - empty.arrayBuffers;
  say(`memory settled (3 s later, after a full GC): ${describeMemory(settled)}; the bundle's share of heap and buffers ${mb(share)} MB [target ≤ 300 MB]`);
  if (process.env.NEWS_LENS_HEAP_SNAPSHOT) say(`heap snapshot: ${v8.writeHeapSnapshot(process.env.NEWS_LENS_HEAP_SNAPSHOT)}`);

  const marker = 'Marker line: a 99% levy.';
  const m0 = Date.now();
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(1, 0), `${marker}\n`);
  await vscode.workspace.applyEdit(edit);
  while (!bundle.snapshot().text(file)?.includes(marker)) await sleep(5);
  say(`one edit visible in the index after ${Date.now() - m0} ms (300 ms typing pause included)`);
  await vscode.commands.executeCommand('workbench.action.files.revert');
}
