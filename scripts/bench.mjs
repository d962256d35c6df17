#!/usr/bin/env node
// Prints throughput and memory figures. Machines are shared and noisy: compare ratios within one run.
// Usage: npm run bench [-- --files N --no-editor]   (N generated articles, default 6000; 0 skips the corpus,
// index and editor parts; the editor part opens the bundle in a real VS Code, as the integration tests do)
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { corpus } from './bench/corpus.mjs';
import { runFinderBench } from './bench/finders.mjs';
import { benchIndex } from './bench/index.mjs';
import { loadCore, repoRoot } from './lib/loadCore.mjs';

const args = process.argv.slice(2);
const fileCount = Number(args[args.indexOf('--files') + 1]) || (args.includes('--files') ? 0 : 6000);

const mb = (chars) => chars / 1e6;
/** Files per extractMany call: the batch size of the command line's extraction threads. */
const BATCH_FILES = 32;

async function extractionThroughput() {
  const { extract, extractMany } = await loadCore('src/core/extract/index.ts', 'extract');
  const texts = corpus(fileCount).map(([, text]) => text);
  const total = texts.reduce((n, t) => n + t.length, 0);
  // Both ways warm the JIT on the same few articles first, so neither pays for compiling the other's code.
  const warm = texts.slice(0, 300);
  for (const t of warm) extract(t);
  for (let i = 0; i < warm.length; i += BATCH_FILES) extractMany(warm.slice(i, i + BATCH_FILES));
  const measure = (label, run) => {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const mentions = run();
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    // CPU time includes the garbage collector's and the compiler's helper threads; wall time suffers from other load.
    console.log(
      `${label}: ${texts.length} files, ${mb(total).toFixed(1)} MB, ${mentions} mentions in ${seconds.toFixed(2)} s = ${(mb(total) / seconds).toFixed(1)} MB/s wall (one thread), ${(mb(total) / cpuSeconds).toFixed(1)} MB per CPU-second`,
    );
  };
  measure('extract, one file at a time', () => {
    let mentions = 0;
    for (const t of texts) mentions += extract(t).mentions.length;
    return mentions;
  });
  measure(`extractMany, ${BATCH_FILES} files a batch (as \`news-lens\` does)`, () => {
    let mentions = 0;
    for (let i = 0; i < texts.length; i += BATCH_FILES) for (const e of extractMany(texts.slice(i, i + BATCH_FILES))) mentions += e.mentions.length;
    return mentions;
  });

  // compromise is ~1000x slower: compare on a slice of the same texts, in the same run.
  const nlp = (await import('compromise')).default;
  const sample = texts.slice(0, 40);
  const sampleChars = sample.reduce((n, t) => n + t.length, 0);
  const c0 = performance.now();
  for (const t of sample) {
    const doc = nlp(t);
    doc.people().json();
    doc.percentages?.().json();
  }
  const cs = (performance.now() - c0) / 1000;
  const o0 = performance.now();
  for (let i = 0; i < 5; i++) for (const t of sample) extract(t);
  const os = (performance.now() - o0) / 1000 / 5;
  console.log(
    `compromise on the same ${sample.length} files (${mb(sampleChars).toFixed(2)} MB): ${(mb(sampleChars) / cs).toFixed(2)} MB/s; News Lens ${(mb(sampleChars) / os).toFixed(1)} MB/s; ratio ${(cs / os).toFixed(0)}x`,
  );
}

async function pathological() {
  const { extract } = await loadCore('src/core/extract/index.ts', 'extract');
  const news = corpus(800).map(([, t]) => t).join(' ').replace(/\s+/g, ' ');
  const cases = {
    'news text, line breaks removed': news.slice(0, 5e6),
    'capitals, one line': 'Mr AAAA BBBB CCCC '.repeat(280000),
    'percent signs': '1% %% 25 percent '.repeat(300000),
    'digits and months': 'May 2025 12 13 14 April '.repeat(210000),
    'unbalanced quotes': '“He said "no \u2019s '.repeat(300000),
  };
  for (const [name, text] of Object.entries(cases)) {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    extract(text);
    const cpu = process.cpuUsage(cpu0);
    const s = (performance.now() - t0) / 1000;
    console.log(`${(text.length / 1e6).toFixed(1)} MB single line (${name}): ${s.toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU`);
  }
}

await runFinderBench();
if (fileCount > 0) await extractionThroughput();
await pathological();
if (fileCount > 0) await benchIndex({ files: fileCount });
if (fileCount > 0 && !args.includes('--no-editor')) editorFigures();

/** The editor's figures (issue 7: responsiveness and memory while the bundle indexes), in a real VS Code. */
function editorFigures() {
  const run = spawnSync(process.execPath, [join(repoRoot, 'scripts/bench/editor.mjs'), '--files', String(fileCount)], { stdio: 'inherit' });
  if (run.status !== 0) {
    console.log(`editor figures: not measured (scripts/bench/editor.mjs exited with ${run.status ?? run.signal})`);
    process.exitCode = 1;
  }
}
