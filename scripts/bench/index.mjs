// Bundle-index figures (issue 4): cold `news-lens index` end to end on a generated bundle, the
// re-index of one edited 100 KB file, and memory. Called by scripts/bench.mjs, or run alone:
//   node scripts/bench/index.mjs [--files 6000]        (builds dist/cli.js first)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { article, corpus } from './corpus.mjs';
import { loadCore, repoRoot } from '../lib/loadCore.mjs';

const EDITED_FILE = 'outlet-big/long-read.txt';
const WARM_UP_EDITS = 5;
const AFTER_GC_ROUNDS = 5;
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/**
 * Generates `files` invented articles (~6.7 KB each: 6,000 make ~40 MB) plus one 100 KB article,
 * and returns the figures, also printed through `log`.
 */
export async function benchIndex({ files = 6000, log = console.log } = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'news-lens-bench-'));
  try {
    const sources = corpus(files);
    sources.push([EDITED_FILE, article(424242, 100_000)]);
    let bytes = 0;
    for (const [path, text] of sources) {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), text);
      bytes += Buffer.byteLength(text);
    }
    const mb = bytes / 1e6;
    const cold = coldIndexThroughCli(folder);
    log(
      `index (CLI, cold): ${sources.length} files, ${mb.toFixed(1)} MB in ${cold.seconds.toFixed(2)} s = ${(mb / cold.seconds).toFixed(1)} MB/s` +
        ` end to end (walk, decode, extract, link, write INDEX.yaml of ${(cold.indexBytes / 1e6).toFixed(1)} MB);` +
        ` CPU ${cold.cpuSeconds.toFixed(2)} s = ${(mb / cold.cpuSeconds).toFixed(1)} MB per CPU-second; peak RSS ${cold.maxRssMB.toFixed(0)} MB` +
        ` [targets: ≥ 20 MB/s, ≤ 300 MB]`,
    );
    for (const phase of cold.phases) log(`  ${phase}`);
    const json = coldIndexThroughCli(folder, ['--json']);
    log(`index --json (CLI, cold): ${(mb / json.seconds).toFixed(1)} MB/s wall, ${(mb / json.cpuSeconds).toFixed(1)} MB per CPU-second, peak RSS ${json.maxRssMB.toFixed(0)} MB`);

    const incremental = await reindexOneFile(folder, sources);
    log(
      `index in memory: ${sources.length} files in ${incremental.buildSeconds.toFixed(2)} s, ${incremental.entities} entities,` +
        ` heap ${incremental.heapMB.toFixed(0)} MB, RSS ${incremental.rssMB.toFixed(0)} MB`,
    );
    for (const [name, t] of Object.entries(incremental.edits)) {
      log(
        `re-index one edited 100 KB file (${name}, after ${WARM_UP_EDITS} untimed edits of each kind): median ${t.median.toFixed(2)} ms, max ${t.max.toFixed(2)} ms [target ≤ 10 ms];` +
          ` of which extracting the file ${t.extractMedian.toFixed(2)} ms, index update ${t.indexMedian.toFixed(2)} ms` +
          ` (of which snapshot() ${t.snapshotMedian.toFixed(2)} ms) (medians)`,
      );
    }
    log(
      `re-index, the ${WARM_UP_EDITS * Object.keys(incremental.edits).length} untimed edits right after the build: median ${incremental.firstEdits.median.toFixed(2)} ms,` +
        ` max ${incremental.firstEdits.max.toFixed(2)} ms` +
        ` (of which extracting the file ${incremental.firstEdits.extractMedian.toFixed(2)} ms, index update ${incremental.firstEdits.indexMedian.toFixed(2)} ms; the very first edit ${incremental.firstEdits.first.toFixed(2)} ms)`,
    );
    log(
      `re-index, the first edit 0.1 s after a full garbage collection (as after the editor's idle collections), ${AFTER_GC_ROUNDS} rounds: median ${incremental.afterGc.median.toFixed(2)} ms,` +
        ` max ${incremental.afterGc.max.toFixed(2)} ms (of which extracting the file ${incremental.afterGc.extractMedian.toFixed(2)} ms)`,
    );
    const named = incremental.nameTyped;
    log(
      `re-index one edited 100 KB file (a name typed: a new person on every edit, so people are linked again each time): median ${named.median.toFixed(2)} ms, max ${named.max.toFixed(2)} ms;` +
        ` of which extracting the file ${named.extractMedian.toFixed(2)} ms, index update ${named.indexMedian.toFixed(2)} ms (of which snapshot() ${named.snapshotMedian.toFixed(2)} ms) (medians)`,
    );
    log(`snapshot() after the in-memory build (links and builds every entity): ${incremental.fullSnapshotMs.toFixed(0)} ms`);
    log(`hover lookups on a cached snapshot: ${incremental.lookupMicros.toFixed(2)} µs each`);
    return { files: sources.length, mb, cold, json, incremental };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Runs the CLI in a child with a preload that reports its peak RSS on exit. */
function coldIndexThroughCli(folder, extra = []) {
  rmSync(join(folder, 'INDEX.yaml'), { force: true });
  const preload = join(folder, '..', `news-lens-bench-rss-${process.pid}.cjs`);
  writeFileSync(
    preload,
    "process.on('exit', () => { const u = process.resourceUsage(); require('fs').writeSync(2, '\\nBENCH_MAXRSS_KB=' + u.maxRSS + ' BENCH_CPU_US=' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });\n",
  );
  const t0 = performance.now();
  const child = spawnSync(process.execPath, ['--require', preload, join(repoRoot, 'dist/cli.js'), 'index', folder, ...extra], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    // The CLI then reports the wall and CPU time of each phase on stderr (src/cli/phases.ts).
    env: { ...process.env, NEWS_LENS_PHASES: '1' },
  });
  const seconds = (performance.now() - t0) / 1000;
  rmSync(preload, { force: true });
  if (child.status !== 0) throw new Error(`news-lens index failed (${child.status}): ${child.stderr}`);
  const kb = Number(/BENCH_MAXRSS_KB=(\d+)/.exec(child.stderr)?.[1] ?? NaN);
  const cpuSeconds = Number(/BENCH_CPU_US=(\d+)/.exec(child.stderr)?.[1] ?? NaN) / 1e6;
  let indexBytes = 0;
  try {
    indexBytes = readFileSync(join(folder, 'INDEX.yaml')).length;
  } catch {
    // --json writes nothing
  }
  const phases = [...child.stderr.matchAll(/^news-lens: phase (.*)$/gm)].map((m) => m[1]);
  return { seconds, cpuSeconds, maxRssMB: kb / 1024, indexBytes, phases };
}

/** Builds the index in this process, then times setFile + snapshot for edits of the 100 KB file. */
async function reindexOneFile(folder, sources) {
  const { BundleIndex } = await loadCore('src/core/bundle/bundleIndex.ts', 'bundleIndex');
  const { extract } = await loadCore('src/core/extract/index.ts', 'extract');
  // Times extraction apart from the index's own work, with the same extractor.
  let extractMs = 0;
  const timedExtract = (text, options) => {
    const e0 = performance.now();
    const result = extract(text, options);
    extractMs = performance.now() - e0;
    return result;
  };
  const index = new BundleIndex({ extract: timedExtract, expectsEdits: true });
  const t0 = performance.now();
  for (const [path, text] of sources) index.setFile(path, text);
  const full0 = performance.now();
  const snapshot = index.snapshot();
  // The first snapshot links and builds every entity: what a cold index's views wait for.
  const fullSnapshotMs = performance.now() - full0;
  const buildSeconds = (performance.now() - t0) / 1000;
  globalThis.gc?.();
  const memory = process.memoryUsage();

  const original = sources.find(([path]) => path === EDITED_FILE)[1];
  const middle = original.indexOf('\n', original.length >> 1) + 1;
  const variants = {
    'a word typed in the body': (i) => original.slice(0, middle) + `Analysts were${' very'.repeat(i % 3)} cautious.\n` + original.slice(middle),
    'a rate changed': (i) => original.replace(/(\d+(?:\.\d+)?)%/, `${31 + (i % 7)}%`),
    'a new person named': (i) => original.slice(0, middle) + `Spokesperson Odile Vantongeren${i} declined to comment.\n` + original.slice(middle),
  };
  // Five untimed edits of each kind first, reported apart: the first edits after a cold build still
  // run code that V8 has not optimised yet (relinking, mostly: the build holds a few files back to
  // run the rest of the edit path, see HOLD_BACK_FROM in src/core/bundle/bundleIndex.ts), which is
  // not what a person typing meets after the first few keystrokes.
  const firstEdits = [];
  const firstExtracting = [];
  for (const make of Object.values(variants)) {
    for (let i = 0; i < WARM_UP_EDITS; i++) {
      const w0 = performance.now();
      index.setFile(EDITED_FILE, make(1000 + i));
      index.snapshot();
      firstEdits.push(performance.now() - w0);
      firstExtracting.push(extractMs);
    }
  }
  index.setFile(EDITED_FILE, original);
  index.snapshot();
  const timeEdits = (make) => {
    const times = [];
    const extracting = [];
    const updating = [];
    const snapshotting = [];
    for (let i = 0; i < 30; i++) {
      const text = make(i);
      const s0 = performance.now();
      index.setFile(EDITED_FILE, text);
      const s1 = performance.now();
      index.snapshot();
      const total = performance.now() - s0;
      times.push(total);
      extracting.push(extractMs);
      updating.push(total - extractMs);
      snapshotting.push(performance.now() - s1);
    }
    index.setFile(EDITED_FILE, original);
    index.snapshot();
    return {
      median: median(times),
      max: Math.max(...times),
      extractMedian: median(extracting),
      indexMedian: median(updating),
      snapshotMedian: median(snapshotting),
    };
  };
  const edits = {};
  for (const [name, make] of Object.entries(variants)) edits[name] = timeEdits(make);
  // Typing a new name makes a new person key on every keystroke: people are linked again each time.
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const nameTyped = timeEdits((i) => original.slice(0, middle) + `Spokesperson Odile Van${letters[i % 26]}${letters[(i >> 3) % 26]}ongeren declined to comment.\n` + original.slice(middle));
  // A full collection frees what only short-lived objects held; the edit after it must not pay for
  // that. The editor collects when idle, so its sweeping is over by the next keystroke: a pause here.
  const afterGc = [];
  const afterGcExtracting = [];
  for (let round = 0; round < AFTER_GC_ROUNDS && globalThis.gc; round++) {
    globalThis.gc();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const g0 = performance.now();
    index.setFile(EDITED_FILE, variants['a word typed in the body'](round));
    index.snapshot();
    afterGc.push(performance.now() - g0);
    afterGcExtracting.push(extractMs);
  }
  index.setFile(EDITED_FILE, original);
  index.snapshot();

  const current = index.snapshot();
  const files = current.sources.map((s) => s.file);
  const l0 = performance.now();
  let found = 0;
  for (let i = 0; i < 100_000; i++) if (current.entityAt(files[i % files.length], (i * 37) % 4000)) found++;
  const lookupMicros = ((performance.now() - l0) * 1000) / 100_000;
  return {
    buildSeconds,
    fullSnapshotMs,
    entities: snapshot.entities.length,
    heapMB: memory.heapUsed / 1048576,
    rssMB: memory.rss / 1048576,
    edits,
    firstEdits: {
      median: median(firstEdits),
      max: Math.max(...firstEdits),
      first: firstEdits[0],
      extractMedian: median(firstExtracting),
      indexMedian: median(firstEdits.map((t, i) => t - firstExtracting[i])),
    },
    nameTyped,
    afterGc: afterGc.length > 0 ? { median: median(afterGc), max: Math.max(...afterGc), extractMedian: median(afterGcExtracting) } : { median: NaN, max: NaN, extractMedian: NaN },
    lookupMicros,
    found,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const files = args.includes('--files') ? Number(args[args.indexOf('--files') + 1]) : 6000;
  const build = spawnSync(process.execPath, [join(repoRoot, 'scripts/build.mjs')], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
  await benchIndex({ files });
}
