#!/usr/bin/env node
// Scores the extractor against gold JSON files (DESIGN.md's gold form).
// Usage: npm run eval -- [--errors] [--kind person|date] [--use-published] [gold.json ...]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCore, repoRoot } from './lib/loadCore.mjs';

const KINDS = ['person', 'date'];

function parse(argv) {
  const opts = { errors: false, usePublished: false, kinds: KINDS, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--errors') opts.errors = true;
    else if (a === '--use-published') opts.usePublished = true;
    else if (a === '--kind') opts.kinds = [argv[++i]];
    else if (a === '--help') {
      console.log('npm run eval -- [--errors] [--kind person|date] [--use-published] [gold.json ...]');
      process.exit(0);
    } else if (a.startsWith('-')) {
      console.error(`eval: unknown option ${a}`);
      process.exit(2);
    } else opts.files.push(a);
  }
  if (opts.files.length === 0) {
    const dir = join(repoRoot, '..', 'shared', 'gold');
    if (!existsSync(dir)) {
      console.error(`eval: no gold files given and ${dir} is absent`);
      process.exit(1);
    }
    opts.files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
  }
  return opts;
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const same = (a, b) => a.start === b.start && a.end === b.end;

/** One-to-one matching: each gold mention takes at most one prediction. */
function match(gold, predicted, test) {
  const used = new Set();
  const pairs = [];
  for (const g of gold) {
    const i = predicted.findIndex((p, k) => !used.has(k) && test(g, p));
    if (i >= 0) {
      used.add(i);
      pairs.push([g, predicted[i]]);
    }
  }
  return { pairs, used };
}

function score(gold, predicted, test) {
  const required = gold.filter((g) => !g.optional);
  const optional = gold.filter((g) => g.optional);
  const { pairs, used } = match(required, predicted, test);
  // A prediction that matches only an optional mention is neither rewarded nor a false alarm.
  const rest = predicted.filter((_, k) => !used.has(k));
  const { used: usedOptional } = match(optional, rest, test);
  const falseAlarms = rest.filter((_, k) => !usedOptional.has(k));
  const matchedGold = new Set(pairs.map(([g]) => g));
  const misses = required.filter((g) => !matchedGold.has(g));
  return { tp: pairs.length, fp: falseAlarms.length, fn: misses.length, pairs, misses, falseAlarms };
}

const sum = (rows, key) => rows.reduce((n, r) => n + r[key], 0);
function prf({ tp, fp, fn }) {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
const fmt = (x) => x.toFixed(3);

function context(text, m) {
  const a = Math.max(0, m.start - 40);
  const b = Math.min(text.length, m.end + 40);
  return (text.slice(a, m.start) + '[[' + text.slice(m.start, m.end) + ']]' + text.slice(m.end, b)).replace(/\s+/g, ' ');
}

async function main() {
  const opts = parse(process.argv.slice(2));
  const { extract } = await loadCore('src/core/extract/index.ts', 'extract');
  console.log('kind    gold file             strict P / R / F1        overlap P / R / F1       value acc (strict matches)');
  const totals = {};
  for (const file of opts.files) {
    const gold = JSON.parse(readFileSync(file, 'utf8'));
    const name = file.split('/').pop();
    const perKind = Object.fromEntries(opts.kinds.map((k) => [k, { strict: [], overlap: [], values: [0, 0], errors: [] }]));
    for (const [doc, entry] of Object.entries(gold.files)) {
      const { mentions } = extract(entry.text, opts.usePublished ? { published: entry.published } : {});
      for (const kind of opts.kinds) {
        const g = entry.mentions.filter((m) => m.kind === kind);
        if (g.length === 0 && kind === 'date' && !entry.mentions.length) continue;
        const p = mentions.filter((m) => m.kind === kind);
        const s = score(g, p, same);
        const o = score(g, p, overlaps);
        const acc = perKind[kind];
        acc.strict.push(s);
        acc.overlap.push(o);
        for (const [gm, pm] of s.pairs) {
          if (gm.value === undefined || gm.value === '') continue;
          acc.values[1]++;
          if (gm.value === pm.value) acc.values[0]++;
          else acc.errors.push(`  value  ${doc}: ${JSON.stringify(gm.text)} gold=${gm.value} got=${pm.value}`);
        }
        for (const m of s.misses) acc.errors.push(`  miss   ${doc}: ${context(entry.text, m)}`);
        for (const m of s.falseAlarms) acc.errors.push(`  false  ${doc}: ${context(entry.text, m)}`);
      }
    }
    for (const kind of opts.kinds) {
      const acc = perKind[kind];
      const st = { tp: sum(acc.strict, 'tp'), fp: sum(acc.strict, 'fp'), fn: sum(acc.strict, 'fn') };
      if (st.tp + st.fn === 0) continue;
      const ov = { tp: sum(acc.overlap, 'tp'), fp: sum(acc.overlap, 'fp'), fn: sum(acc.overlap, 'fn') };
      const s = prf(st);
      const o = prf(ov);
      const t = (totals[kind] ??= { strict: { tp: 0, fp: 0, fn: 0 }, overlap: { tp: 0, fp: 0, fn: 0 }, values: [0, 0] });
      for (const k of ['tp', 'fp', 'fn']) {
        t.strict[k] += st[k];
        t.overlap[k] += ov[k];
      }
      t.values[0] += acc.values[0];
      t.values[1] += acc.values[1];
      const va = acc.values[1] ? fmt(acc.values[0] / acc.values[1]) : '  -  ';
      console.log(
        `${kind.padEnd(7)} ${name.padEnd(20)}  ${fmt(s.p)} / ${fmt(s.r)} / ${fmt(s.f)}    ${fmt(o.p)} / ${fmt(o.r)} / ${fmt(o.f)}    ${va} (${acc.values[0]}/${acc.values[1]})`,
      );
      if (opts.errors) console.log(acc.errors.join('\n'));
    }
  }
  for (const [kind, t] of Object.entries(totals)) {
    const s = prf(t.strict);
    const o = prf(t.overlap);
    const va = t.values[1] ? fmt(t.values[0] / t.values[1]) : '  -  ';
    console.log(`${kind.padEnd(7)} ${'ALL'.padEnd(20)}  ${fmt(s.p)} / ${fmt(s.r)} / ${fmt(s.f)}    ${fmt(o.p)} / ${fmt(o.r)} / ${fmt(o.f)}    ${va}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
