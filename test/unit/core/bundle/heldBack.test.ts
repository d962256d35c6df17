import * as assert from 'node:assert/strict';
import type { BundleSnapshot } from '../../../../src/core/bundle/api';
import { BundleIndex, HELD_BACK_FILES, HOLD_BACK_FROM } from '../../../../src/core/bundle/bundleIndex';
import { article, FakeExtractor } from './fakeExtractor';
import { plain } from './plainSnapshot';

/**
 * A cold build of HOLD_BACK_FROM files or more rebuilds every entity but leaves the last
 * HELD_BACK_FILES changed files out, then adds them as edits (see `BundleIndex.filesToHoldBack`).
 * Whatever that split, the snapshot must be the one a build too small to hold anything back gives.
 */
const SHARED = [
  '{p:Ryosei Akazawa} met {p:Scott Bessent} on {d:April 16=2025-04-16} over the {r:24%=24||Japan} rate.',
  '{p:Akazawa} said the {r:25%=25|cars} tariff hurts; {p:Bessent} disagreed {d:Friday=}.',
  'A quiet day {d:2025=2025}.',
];

/** Last in bundle order, so held back: an entity of its own, and mentions of shared ones. */
function heldBackArticle(n: number): string {
  return `{p:Odile Vantongeren${n}=Odile Vantongeren${n}} and {p:Akazawa} on {d:May ${n}=2025-05-${String(n).padStart(2, '0')}}, {r:24%=24||Japan} and {r:${n}%=${n}|steel}.`;
}

function bundle(fake: FakeExtractor): [string, string][] {
  const files: [string, string][] = [];
  const shared = SHARED.map((text) => fake.add(article(text)));
  for (let i = 0; i < HOLD_BACK_FROM; i++) files.push([`a/${String(i).padStart(4, '0')}.txt`, shared[i % shared.length]]);
  files.push(['a/empty.txt', fake.add(article('Nothing here.'))]);
  for (let n = 1; n <= HELD_BACK_FILES + 4; n++) files.push([`z/${String(n).padStart(2, '0')}.txt`, fake.add(article(heldBackArticle(n)))]);
  return files;
}

/** Each source's entities and their mentions, through the lookups the views use. */
function lookups(s: BundleSnapshot): unknown {
  return s.sources.map(({ file }) =>
    (s.mentionsIn?.(file) ?? []).map(({ entity, mention }) => {
      const hit = s.entityAt(file, mention.start);
      return [entity.id, mention.start, hit?.entity.id, hit?.mention === entity.mentions.find((m) => m.file === file && m.start === mention.start)];
    }),
  );
}

describe('BundleIndex: the files a cold build holds back', () => {
  it('gives the snapshot of builds too small to hold any file back', function () {
    this.timeout(20_000);
    const fake = new FakeExtractor();
    const files = bundle(fake);
    assert.ok(files.length >= HOLD_BACK_FROM + HELD_BACK_FILES);

    const cold = new BundleIndex({ extract: fake.extract, expectsEdits: true });
    for (const [path, text] of files) cold.setFile(path, text);
    const whole = cold.snapshot();

    // In batches below HOLD_BACK_FROM: a plain rebuild, then files added as edits.
    const batched = new BundleIndex({ extract: fake.extract, expectsEdits: true });
    for (let start = 0; start < files.length; start += HOLD_BACK_FROM - 1) {
      for (const [path, text] of files.slice(start, start + HOLD_BACK_FROM - 1)) batched.setFile(path, text);
      batched.snapshot();
    }
    assert.deepEqual(plain(whole), plain(batched.snapshot()));
    assert.deepEqual(lookups(whole), lookups(batched.snapshot()));

    // An index that will not be edited (the command line's) holds nothing back, to the same result.
    const once = new BundleIndex({ extract: fake.extract });
    for (const [path, text] of files) once.setFile(path, text);
    assert.deepEqual(plain(once.snapshot()), plain(whole));
    assert.deepEqual(lookups(once.snapshot()), lookups(whole));

    // The same in steps (what the editor runs, giving its event loop a turn between them).
    const stepped = new BundleIndex({ extract: fake.extract, expectsEdits: true });
    for (const [path, text] of files) stepped.setFile(path, text);
    const steps = stepped.snapshotSteps();
    let step = steps.next();
    let count = 0;
    for (; !step.done; step = steps.next()) count++;
    assert.ok(count > 1);
    assert.deepEqual(plain(step.value), plain(whole));
    assert.deepEqual(lookups(step.value), lookups(whole));

    const own = whole.entity('person:odile-vantongeren1');
    assert.deepEqual(own?.mentions.map((m) => m.file), ['z/01.txt']);
    const akazawa = whole.entity('person:ryosei-akazawa');
    assert.equal(akazawa?.mentions.at(-1)?.file, `z/${HELD_BACK_FILES + 4}.txt`);
  });

  it('keeps the index right for the edits after it', function () {
    this.timeout(20_000);
    const fake = new FakeExtractor();
    const files = bundle(fake);
    const index = new BundleIndex({ extract: fake.extract, expectsEdits: true });
    for (const [path, text] of files) index.setFile(path, text);
    index.snapshot();
    const edited = fake.add(article('{p:Scott Bessent} alone {d:April 16=2025-04-16}.'));
    index.setFile('z/03.txt', edited);
    index.removeFile('z/04.txt');
    index.setFile('a/0001.txt', edited);

    const fresh = new BundleIndex({ extract: fake.extract, expectsEdits: true });
    for (const [path, text] of files) if (path !== 'z/04.txt') fresh.setFile(path, path === 'z/03.txt' || path === 'a/0001.txt' ? edited : text);
    assert.deepEqual(plain(index.snapshot()), plain(fresh.snapshot()));
    assert.deepEqual(lookups(index.snapshot()), lookups(fresh.snapshot()));
  });
});
