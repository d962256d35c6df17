import * as assert from 'node:assert/strict';
import type { BundleSnapshot } from '../../../../src/core/bundle/api';
import { BundleIndex } from '../../../../src/core/bundle/bundleIndex';
import { firstRateFields, mentionCount, mentionFileCount, mentionFiles } from '../../../../src/core/bundle/entityMentions';
import { prepareFile } from '../../../../src/core/bundle/fileRecord';
import { type IndexOverrides, NO_OVERRIDES } from '../../../../src/core/bundle/overrides';
import { article, FakeExtractor } from './fakeExtractor';
import { plain } from './plainSnapshot';

/**
 * Articles chosen so that random changes keep relinking: bare surnames that join one full name
 * or become ambiguous when a second one appears, a surname-first spelling, a likely misspelling,
 * unscoped rates that join the one scoped rate of their value or become ambiguous, resolved and
 * unresolved dates, and dates shared by most files (as real bundles have).
 */
const ARTICLES = [
  '{p:Ryosei Akazawa} met {p:Scott Bessent} on {d:April 16=2025-04-16} over the {r:24%=24||Japan} rate.',
  '{p:Akazawa} said the {r:25%=25|cars} tariff hurts; {p:Bessent} disagreed {d:Friday=}.',
  'Commentators doubt {p:Bessent=Scott Bessent}. The {r:24 percent=24||Japan} rate stays {d:April 16=2025-04-16}.',
  '{p:Ryosei Akazawa} met {p:Howard Lutnick} on {d:April 17=2025-04-17} instead; {r:25%=25} on {d:2025=2025}.',
  '{p:Akazawa Ryosei} and {p:Azakawa} spoke {d:Friday=} about {r:10%=10|steel|China} and {r:10%=10}.',
  '{p:Kenji Akazawa} is no relation; {p:Akazawa} left {d:April 16=2025-04-16}. {r:10%=10|rice}.',
  '{p:Lutnick} and {p:Mr Lutnick=Lutnick} on {d:next week=}: {r:25 per cent=25|automobiles} {d:2025=2025}.',
  'A quiet day {d:2025=2025}.',
  'Nothing here.',
];

/** Everything a view can read from a snapshot about its files, as plain data. */
function views(s: BundleSnapshot): unknown {
  const files = s.sources.map((source) => source.file);
  return {
    byFile: files.map((file) => ({
      file,
      text: s.text(file),
      zones: s.zones?.(file),
      entitiesIn: s.entitiesIn(file).map((e) => e.id),
      mentionsIn: s.mentionsIn?.(file).map(({ entity, mention }) => [entity.id, mention]),
      at: (s.mentionsIn?.(file) ?? []).map(({ mention }) => {
        const hit = s.entityAt(file, mention.start);
        return hit && [hit.entity.id, hit.mention === hit.entity.mentions.find((m) => m.file === file && m.start === mention.start)];
      }),
    })),
    entities: s.entities.map((e) => ({
      same: s.entity(e.id) === e,
      count: mentionCount(e),
      fileCount: mentionFileCount(e),
      files: mentionFiles(e),
      firstTwo: mentionFiles(e, 2),
      rate: e.kind === 'rate' ? firstRateFields(e) : undefined,
    })),
  };
}

function random(seed: number): (n: number) => number {
  return (n) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return (seed >>> 8) % n; // the low bits of this generator repeat with a short period
  };
}

describe('BundleIndex kept incrementally', () => {
  const fake = new FakeExtractor();
  const texts = ARTICLES.map((marked, i) => fake.add(article(marked, { title: `T${i}` })));

  function fresh(state: ReadonlyMap<string, string | { skipped: string }>, overrides: IndexOverrides): BundleSnapshot {
    const index = new BundleIndex({ extract: fake.extract, loadText: (file) => (typeof state.get(file) === 'string' ? (state.get(file) as string) : undefined) });
    index.setOverrides(overrides);
    for (const [file, value] of state) {
      if (typeof value === 'string') index.setFile(file, value);
      else index.setSkipped(file, value.skipped);
    }
    return index.snapshot();
  }

  /**
   * Random edits, creations, deletions, renames and skips, in batches of one to many files
   * between snapshots (patched, or rebuilt past a share of the bundle): each snapshot equals a
   * fresh index of the same files, and a snapshot taken earlier still shows the bundle as it was.
   */
  for (const [seed, paths, overrides] of [
    [1, 12, NO_OVERRIDES],
    [2, 40, NO_OVERRIDES],
    [3, 25, { ...NO_OVERRIDES, rejected: [{ person: 'howard lutnick' }, { id: 'date:2025' }], notes: new Map([['date:2025-04-16', 'first round']]) }],
    [4, 80, { ...NO_OVERRIDES, people: [{ name: 'Ryosei Akazawa', aliases: ['Azakawa'] }] }],
    // Entities in hundreds of files: their mention lists span several chunks.
    [5, 700, NO_OVERRIDES],
  ] as const) {
    it(`equals a fresh index after random changes (seed ${seed}, ${paths} paths)`, function () {
      this.timeout(60_000);
      const next = random(seed);
      const names = Array.from({ length: paths }, (_, i) => `${'abcdefgh'[i % 8]}/${String(i).padStart(3, '0')}.txt`);
      const state = new Map<string, string | { skipped: string }>();
      const current = () => new Map([...state].filter(([, v]) => typeof v === 'string') as [string, string][]);
      const index = new BundleIndex({ extract: fake.extract, loadText: (file) => current().get(file) });
      index.setOverrides(overrides);
      let old: { snapshot: BundleSnapshot; json: string } | undefined;
      for (let round = 0; round < 40; round++) {
        // Sometimes most of the bundle at once (rebuilt), mostly a few files (patched).
        const size = next(4);
        const batch = round === 0 ? paths : size === 0 ? 1 + next(paths >> 1) : size === 1 ? 1 + next(60) : 1 + next(3);
        for (let k = 0; k < batch; k++) {
          const path = names[next(paths)];
          const op = next(10);
          if (op < 6) {
            const text = texts[next(texts.length)];
            if (next(3) === 0) index.setPrepared(structuredClone(prepareFile(path, text, fake.extract(text))));
            else index.setFile(path, text);
            state.set(path, text);
          } else if (op < 8) {
            index.removeFile(path);
            state.delete(path);
          } else if (op < 9) {
            const to = names[next(paths)];
            if (state.has(path) && to !== path) {
              index.renameFile(path, to);
              state.set(to, state.get(path) as string);
              state.delete(path);
            }
          } else {
            index.setSkipped(path, 'binary file');
            state.set(path, { skipped: 'binary file' });
          }
        }
        const snapshot = index.snapshot();
        const expected = fresh(state, overrides);
        assert.deepEqual(plain(snapshot), plain(expected), `round ${round}`);
        assert.deepEqual(views(snapshot), views(expected), `round ${round}`);
        if (old) assert.equal(JSON.stringify(plain(old.snapshot)), old.json, `an earlier snapshot changed (round ${round})`);
        if (next(3) === 0) old = { snapshot, json: JSON.stringify(plain(snapshot)) };
      }
    });
  }

  it('reuses the entities an edit leaves alone, and keeps earlier snapshots as they were', () => {
    const files = new Map(Array.from({ length: 30 }, (_, i) => [`f${String(i).padStart(2, '0')}.txt`, texts[i % 3]] as const));
    const index = new BundleIndex({ extract: fake.extract });
    for (const [file, text] of files) index.setFile(file, text);
    const before = index.snapshot();
    index.setFile('f05.txt', texts[7]); // was Bessent, 24% and April 16; now only "2025"
    const after = index.snapshot();
    assert.deepEqual(plain(after), plain(fresh(new Map([...files, ['f05.txt', texts[7]]]), NO_OVERRIDES)));
    assert.equal(after.entity('person:ryosei-akazawa'), before.entity('person:ryosei-akazawa'));
    assert.equal(after.entity('rate:25|car'), before.entity('rate:25|car'));
    assert.notEqual(after.entity('date:2025-04-16'), before.entity('date:2025-04-16'));
    assert.equal(before.entity('date:2025'), undefined);
    assert.equal(before.entity('date:2025-04-16')?.mentions.filter((m) => m.file === 'f05.txt').length, 1);
    assert.equal(after.entity('date:2025-04-16')?.mentions.filter((m) => m.file === 'f05.txt').length, 0);
  });
});
