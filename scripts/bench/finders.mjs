// CPU throughput of each finder and of the whole pipeline on real-looking text: the seed pages and
// gold texts when ../shared is present (read, never copied), otherwise the generated corpus.
import { performance } from 'node:perf_hooks';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { corpus } from './corpus.mjs';
import { loadCore, repoRoot } from '../lib/loadCore.mjs';

const FINDERS = [
  ['zones', 'findZones'],
  ['articleDate', 'findArticleDate'],
  ['people', 'findPeople'],
  ['rates', 'findRates'],
  ['dates', 'findDates'],
  ['metadata', 'findSourceMetadata'],
];

function realTexts() {
  const shared = join(repoRoot, '..', 'shared');
  const texts = [];
  const seeds = join(shared, 'seeds');
  if (existsSync(seeds)) for (const f of readdirSync(seeds)) texts.push(readFileSync(join(seeds, f), 'utf8'));
  const gum = join(shared, 'gold', 'gum-news.json');
  if (existsSync(gum)) texts.push(...Object.values(JSON.parse(readFileSync(gum, 'utf8')).files).map((f) => f.text));
  return texts.length ? { label: 'seed pages and GUM texts', texts } : { label: 'generated articles', texts: corpus(200).map(([, t]) => t) };
}

const cpuSeconds = (work) => {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
};

/** metadata takes the zones; the other finders a FinderContext with an article date to resolve against. */
function runFinder(finder, text, zones) {
  return finder.name === 'metadata' ? finder.run(text, zones) : finder.run(text, { zones, published: '2025-04-16' });
}

/** Prints MB per CPU-second for each finder and for extract(), repeating texts to ~10 MB. */
export async function runFinderBench() {
  const { label, texts } = realTexts();
  const size = texts.reduce((n, t) => n + t.length, 0);
  const set = Array(Math.max(1, Math.round(10e6 / size))).fill(texts).flat();
  const mb = (size * set.length) / texts.length / 1e6;
  const finders = [];
  for (const [name, fn] of FINDERS) finders.push({ name, run: (await loadCore(`src/core/extract/${name}.ts`, `finder-${name}`))[fn] });
  const { extract } = await loadCore('src/core/extract/index.ts', 'extract');
  // Warm every bundle up on the texts first: V8 optimises each copy of a finder separately.
  for (const text of texts) {
    extract(text);
    const zones = finders[0].run(text);
    for (const f of finders) runFinder(f, text, zones);
  }
  const seconds = Object.fromEntries(finders.map((f) => [f.name, 0]));
  let whole = 0;
  for (const text of set) {
    const zones = finders[0].run(text);
    for (const f of finders) seconds[f.name] += cpuSeconds(() => runFinder(f, text, zones));
    whole += cpuSeconds(() => extract(text));
  }
  const parts = finders.map((f) => `${f.name} ${(mb / seconds[f.name]).toFixed(0)}`).join(', ');
  console.log(`extract() on ${label}: ${(mb / whole).toFixed(1)} MB per CPU-second (${mb.toFixed(1)} MB); per finder, MB/s: ${parts}`);

  // The loop above times each finder apart, text by text, which keeps no finder's code in the
  // caches; the batch form is how bundles are extracted, timed on its own.
  const { extractMany } = await loadCore('src/core/extract/index.ts', 'extract');
  const inBatches = () => {
    for (let i = 0; i < set.length; i += 32) extractMany(set.slice(i, i + 32));
  };
  inBatches();
  const t0 = performance.now();
  const batchSeconds = cpuSeconds(inBatches);
  const wall = (performance.now() - t0) / 1000;
  console.log(`extractMany on ${label}, 32 texts a batch: ${(mb / wall).toFixed(1)} MB/s wall, ${(mb / batchSeconds).toFixed(1)} MB per CPU-second`);
}
