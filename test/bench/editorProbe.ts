import * as inspector from 'node:inspector';
import { writeFileSync } from 'node:fs';
import { type PerformanceEntry, PerformanceObserver } from 'node:perf_hooks';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import * as vscode from 'vscode';
import type { BundleSnapshot } from '../../src/core/bundle/api';
import type { NewsLensApi } from '../../src/extension/extension';
import type { HostStep } from '../../src/extension/util/hostSteps';

/**
 * Loaded by scripts/bench/editor.mjs inside a real VS Code opened on a large generated bundle:
 * measures the first index, then a cold re-index during which it hovers and types every 250 ms,
 * and prints one line per figure (the launcher shows lines logged in the ('%s', line) form). To
 * tell what stalls the host, it also lists the extension's own steps (NewsLensApi.hostSteps) and
 * the garbage collections during the re-index, the longest stalls with what overlapped them, and
 * the slowest hovers split into the way to our provider, its own time and the way back.
 * NEWS_LENS_BENCH_INDEX_VIEW=1 shows the INDEX view during the cold re-index. For digging:
 * NEWS_LENS_CPU_PROFILE=<file.cpuprofile> profiles the extension host during the cold re-index;
 * NEWS_LENS_HEAP_SNAPSHOT=<file.heapsnapshot> writes a heap snapshot once settled.
 */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const say = (line: string) => console.log('%s', `editor: ${line}`);
const mb = (bytes: number) => Math.round(bytes / 1e6);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0;

/** How late a 10 ms timer fired (`ms`), and when it fired (`end`, `performance.now()`). */
interface Gap {
  readonly end: number;
  readonly ms: number;
}

/** Records how late a 10 ms timer fires: the extension host's event-loop stalls. */
function watchEventLoop(): () => Gap[] {
  const gaps: Gap[] = [];
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    gaps.push({ end: now, ms: Math.round(now - last) });
    last = now;
  }, 10);
  return () => {
    clearInterval(timer);
    return gaps;
  };
}

/** A span of the host's time: a step of the extension's own, or a garbage collection. */
type Busy = HostStep;

/** perf_hooks' GC kinds (V8's GCType bits). */
const GC_KINDS: Record<number, string> = { 1: 'GC scavenge', 2: 'GC minor mark-sweep', 4: 'GC major', 8: 'GC incremental marking', 16: 'GC weak callbacks' };

/**
 * Records the extension's own steps (NewsLensApi.hostSteps; absent in builds before it) and the
 * host's garbage collections, until the returned function is called.
 */
function watchHostWork(api: NewsLensApi): () => Busy[] {
  const spans: Busy[] = [];
  const stopSteps = api.hostSteps?.listen((step: HostStep) => spans.push(step));
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { detail?: { kind?: number } })[]) {
      spans.push({ name: GC_KINDS[entry.detail?.kind ?? 0] ?? 'GC', start: entry.startTime, ms: entry.duration });
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  return () => {
    stopSteps?.();
    observer.disconnect();
    return spans;
  };
}

/** Per kind of span: how many, their total, median and longest, longest first. */
function describeSpans(spans: readonly Busy[]): string[] {
  const byName = new Map<string, Busy[]>();
  for (const span of spans) {
    const list = byName.get(span.name);
    if (list) list.push(span);
    else byName.set(span.name, [span]);
  }
  const longest = (list: Busy[]) => Math.max(...list.map((s) => s.ms));
  return [...byName]
    .sort((a, b) => longest(b[1]) - longest(a[1]))
    .map(([name, list]) => {
      const ms = list.map((s) => s.ms);
      const cpu = list.flatMap((s) => (s.cpuMs === undefined ? [] : [s.cpuMs]));
      const cpuPart = cpu.length ? `; thread CPU median ${median(cpu).toFixed(1)} ms, max ${Math.max(...cpu).toFixed(1)} ms` : '';
      return `${name}: ${ms.length}x, total ${Math.round(ms.reduce((a, b) => a + b, 0))} ms, median ${median(ms).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms${cpuPart}`;
    });
}

/**
 * The slowest hovers, each split into the way to our provider (through the workbench), the
 * provider's own time and the way back, with the host work that overlaps it.
 */
function describeHovers(hovers: readonly { start: number; ms: number }[], spans: readonly Busy[], origin: number, count: number): string[] {
  const answered = spans.filter((s) => s.name === 'hover answered (async)');
  return [...hovers]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count)
    .map(({ start, ms }) => {
      const provider = answered.find((s) => s.start >= start && s.start <= start + ms);
      const at = `at +${((start - origin) / 1000).toFixed(2)} s`;
      if (!provider) return `${ms.toFixed(0)} ms ${at}: provider not reached`;
      const to = provider.start - start;
      const back = start + ms - provider.start - provider.ms;
      const inside = spans
        .filter((s) => s.start < start + ms && s.start + s.ms > start && s.ms >= 2 && s.name !== 'hover answered (async)')
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 4)
        .map((s) => `${s.name} ${s.ms.toFixed(0)}`);
      return `${ms.toFixed(0)} ms ${at} = ${to.toFixed(0)} to the provider + ${provider.ms.toFixed(0)} in it + ${back.toFixed(0)} back; host work meanwhile: ${inside.join(', ') || 'none over 2 ms'}`;
    });
}

/** The longest stalls, each with the spans of host work that overlap it. */
function describeStalls(gaps: readonly Gap[], spans: readonly Busy[], origin: number, count: number): string[] {
  return [...gaps]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count)
    .map(({ end, ms }) => {
      const from = end - ms;
      const inside = spans
        .filter((s) => s.start < end && s.start + s.ms > from && s.ms >= 1 && !s.name.endsWith('(async)'))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 4)
        .map((s) => `${s.name} ${s.ms.toFixed(0)}`);
      return `${ms} ms at +${((from - origin) / 1000).toFixed(2)} s: ${inside.join(', ') || 'none of ours'}`;
    });
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
  const stopWatchingWork = watchHostWork(api);
  const coldOrigin = performance.now();
  const coldStart = Date.now();
  const coldCpu = process.cpuUsage();
  let done = false;
  const rebuilding = api.services.bundles.rebuild(bundle).then(() => { done = true; });
  const hoverMs: number[] = [];
  const hoverTimes: { start: number; ms: number }[] = [];
  let cards = 0;
  const editMs: number[] = [];
  while (!done) {
    const h0 = performance.now();
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
    hoverTimes.push({ start: h0, ms: performance.now() - h0 });
    hoverMs.push(Math.round(performance.now() - h0));
    if (hovers.length > 0) cards++;
    const e0 = Date.now();
    const edit = new vscode.WorkspaceEdit();
    // At the end of the file, so the hovered mention stays where it is and every hover finds it.
    edit.insert(uri, document.lineAt(document.lineCount - 1).range.end, 'x');
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
  const spans = stopWatchingWork();
  await stopProfiling();
  say(`cold re-index while hovering and typing: ${bundle.snapshot().sources.length} sources in ${coldSeconds.toFixed(1)} s = ${(chars / 1e6 / coldSeconds).toFixed(1)} M chars/s; extension host CPU ${((user + system) / 1e6).toFixed(1)} s (the machine's load does not inflate it)`);
  const stalls = gaps.map((gap) => gap.ms);
  say(`  event-loop stalls: p50 ${percentile(stalls, 0.5)} ms, p99 ${percentile(stalls, 0.99)} ms, max ${Math.max(...stalls)} ms`);
  say(`  hover: median ${median(hoverMs)} ms, max ${Math.max(...hoverMs)} ms (${hoverMs.length} hovers, ${cards} with a card); edit applied: median ${median(editMs)} ms, max ${Math.max(...editMs)} ms`);
  for (const line of describeSpans(spans)) say(`  host work: ${line}`);
  for (const line of describeStalls(gaps, spans, coldOrigin, 6)) say(`  stall ${line}`);
  for (const line of describeHovers(hoverTimes, spans, coldOrigin, 4)) say(`  slow hover ${line}`);
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
