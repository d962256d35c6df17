import * as assert from 'node:assert/strict';
import type { BundleSnapshot } from '../../../../src/core/bundle/api';
import { BundleIndex } from '../../../../src/core/bundle/bundleIndex';
import { article, FakeExtractor } from './fakeExtractor';
import { plain } from './plainSnapshot';

// Invented articles: people, rates and dates shared across files, so snapshots relink and patch.
const ARTICLES = [
  '{p:Maria Tanaka} met {p:Kenji Okafor} on {d:May 2=2025-05-02} over the {r:24%=24||Vietnam} rate.',
  '{p:Tanaka} said the {r:25%=25|cars} tariff hurts; {p:Okafor} disagreed {d:Friday=}.',
  '{p:Laura Moreau} and {p:Moreau} on {d:June 30=2025-06-30}: {r:10%=10|steel}.',
  'Nothing here.',
];

/** The generator's value, and how many times it stopped before it. */
function runSteps(steps: Generator<void, BundleSnapshot>): { snapshot: BundleSnapshot; stops: number } {
  let stops = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { snapshot: step.value, stops };
    stops++;
  }
}

describe('BundleIndex.snapshotSteps', () => {
  const fake = new FakeExtractor();
  const texts = ARTICLES.map((marked, i) => fake.add(article(marked, { title: `T${i}` })));
  const name = (i: number) => `part-${i % 3}/${String(i).padStart(4, '0')}.txt`;
  const indexOf = (files: number) => {
    const index = new BundleIndex({ extract: fake.extract });
    for (let i = 0; i < files; i++) index.setFile(name(i), texts[i % texts.length]);
    return index;
  };

  it('gives what snapshot() gives, in many steps for a large bundle, whether rebuilt or patched', () => {
    const stepped = indexOf(2000);
    const direct = indexOf(2000);
    const first = runSteps(stepped.snapshotSteps());
    assert.ok(first.stops > 10, `${first.stops} stops`);
    assert.deepEqual(plain(first.snapshot), plain(direct.snapshot()));
    // A few hundred files changed: the entities are patched, not rebuilt.
    for (const index of [stepped, direct]) for (let i = 0; i < 300; i++) index.setFile(name(i * 5), texts[(i + 1) % texts.length]);
    const second = runSteps(stepped.snapshotSteps());
    assert.ok(second.stops > 3, `${second.stops} stops`);
    assert.deepEqual(plain(second.snapshot), plain(direct.snapshot()));
    assert.equal(stepped.snapshot(), second.snapshot, 'the stepped snapshot is cached');
    assert.equal(runSteps(stepped.snapshotSteps()).stops, 0, 'nothing to do once cached');
  });

  it('finishes its steps before a change, and then returns a snapshot with the change', () => {
    const index = indexOf(600);
    const steps = index.snapshotSteps();
    steps.next();
    steps.next();
    index.setFile(name(7), texts[2]);
    index.removeFile(name(8));
    const { snapshot } = runSteps(steps);
    const expected = indexOf(600);
    expected.setFile(name(7), texts[2]);
    expected.removeFile(name(8));
    assert.deepEqual(plain(snapshot), plain(expected.snapshot()));
    assert.equal(index.snapshot(), snapshot);
  });

  it('gives a whole snapshot to snapshot() before its last step, and the same one at its end', () => {
    const index = indexOf(600);
    const steps = index.snapshotSteps();
    steps.next();
    const now = index.snapshot();
    assert.deepEqual(plain(now), plain(indexOf(600).snapshot()));
    assert.equal(runSteps(steps).snapshot, now);
  });
});
