import * as assert from 'node:assert/strict';
import type { BundleSnapshot } from '../../../../src/core/bundle/api';
import { BundleIndex } from '../../../../src/core/bundle/bundleIndex';
import { prepareFile } from '../../../../src/core/bundle/fileRecord';
import { type IndexOverrides, NO_OVERRIDES } from '../../../../src/core/bundle/overrides';
import { article, FakeExtractor } from './fakeExtractor';
import { plain } from './plainSnapshot';

const TEXTS = {
  wire: '{p:Ryosei Akazawa} met {p:Scott Bessent} on {d:April 16=2025-04-16} over the {r:24%=24||Japan} rate.',
  daily: '{p:Akazawa} said the {r:25%=25|cars} tariff hurts; {p:Bessent} disagreed {d:Friday=}.',
  blog: 'Commentators doubt {p:Bessent=Scott Bessent}. The {r:24 percent=24||Japan} rate stays.',
  edited: '{p:Ryosei Akazawa} met {p:Howard Lutnick} on {d:April 17=2025-04-17} instead.',
  other: 'Nothing here.',
};

function setup(overrides: IndexOverrides = NO_OVERRIDES) {
  const fake = new FakeExtractor();
  const texts = Object.fromEntries(Object.entries(TEXTS).map(([k, v]) => [k, fake.add(article(v, { title: `Title ${k}` }))])) as Record<
    keyof typeof TEXTS,
    string
  >;
  const index = new BundleIndex({ extract: fake.extract });
  index.setOverrides(overrides);
  return { fake, texts, index };
}

function cold(files: Record<string, string>, overrides: IndexOverrides = NO_OVERRIDES): BundleSnapshot {
  const { index } = setup(overrides);
  for (const [path, text] of Object.entries(files)) index.setFile(path, text);
  return index.snapshot();
}

describe('BundleIndex', () => {
  it('indexes a file extracted elsewhere like one given by text, and reads its text back on demand', () => {
    const { fake, texts, index } = setup();
    index.setFile('a.txt', texts.wire);
    index.setFile('b.txt', texts.daily);
    const loaded: string[] = [];
    const files: Record<string, string> = { 'a.txt': texts.wire, 'b.txt': texts.daily };
    const prepared = new BundleIndex({ extract: fake.extract, loadText: (file) => (loaded.push(file), files[file]) });
    for (const [file, text] of Object.entries(files)) {
      // Through structured cloning, as from a worker thread.
      prepared.setPrepared(structuredClone(prepareFile(file, text, fake.extract(text))));
    }
    assert.deepEqual(plain(prepared.snapshot()), plain(index.snapshot()));
    assert.deepEqual(loaded, []);
    assert.equal(prepared.snapshot().text('b.txt'), texts.daily);
    assert.deepEqual(loaded, ['b.txt']);
    prepared.setFile('a.txt', texts.edited);
    index.setFile('a.txt', texts.edited);
    assert.deepEqual(plain(prepared.snapshot()), plain(index.snapshot()));
  });

  it('caches the snapshot until something changes', () => {
    const { index, texts } = setup();
    index.setFile('a.txt', texts.wire);
    const first = index.snapshot();
    assert.equal(index.snapshot(), first);
    index.setFile('a.txt', texts.wire); // same text: no change
    assert.equal(index.snapshot(), first);
    index.setFile('b.txt', texts.daily);
    assert.notEqual(index.snapshot(), first);
  });

  it('re-extracts only the edited file and matches a fresh index', () => {
    const { index, texts, fake } = setup();
    index.setFile('a.txt', texts.wire);
    index.setFile('b.txt', texts.daily);
    index.setFile('c.txt', texts.blog);
    const before = index.snapshot();
    const calls = fake.calls;
    index.setFile('b.txt', texts.edited);
    const after = index.snapshot();
    assert.equal(fake.calls, calls + 1);
    assert.deepEqual(plain(after), plain(cold({ 'a.txt': texts.wire, 'b.txt': texts.edited, 'c.txt': texts.blog })));
    // The 24% rate is not in b.txt before or after: its entity is reused as is.
    assert.equal(after.entity('rate:24|japan'), before.entity('rate:24|japan'));
    // An old snapshot still shows the bundle as it was.
    assert.ok(before.entity('rate:25|car'));
    assert.equal(after.entity('rate:25|car'), undefined);
    assert.equal(before.text('b.txt'), texts.daily);
  });

  it('handles remove, rename and skipped files like a fresh index', () => {
    const { index, texts } = setup();
    index.setFile('a.txt', texts.wire);
    index.setFile('b.txt', texts.daily);
    index.setFile('c.txt', texts.blog);
    index.snapshot();
    index.removeFile('c.txt');
    assert.deepEqual(plain(index.snapshot()), plain(cold({ 'a.txt': texts.wire, 'b.txt': texts.daily })));
    index.renameFile('a.txt', 'z/renamed.txt');
    const renamed = index.snapshot();
    assert.deepEqual(plain(renamed), plain(cold({ 'z/renamed.txt': texts.wire, 'b.txt': texts.daily })));
    assert.deepEqual(renamed.entity('person:ryosei-akazawa')?.mentions.map((m) => m.file), ['b.txt', 'z/renamed.txt']);
    index.setSkipped('bin.txt', 'binary file (contains NUL bytes)');
    const skipped = index.snapshot().sources.find((s) => s.file === 'bin.txt');
    assert.equal(skipped?.skipped, 'binary file (contains NUL bytes)');
    assert.deepEqual(skipped?.counts, { person: 0, rate: 0, date: 0 });
    assert.equal(index.snapshot().text('bin.txt'), undefined);
  });

  it('stays equal to a fresh index over a random sequence of changes', () => {
    const { index, texts } = setup();
    const pool = Object.values(texts);
    const paths = ['a.txt', 'b.txt', 'c/d.txt', 'e.txt'];
    const state = new Map<string, string>();
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let step = 0; step < 300; step++) {
      const path = paths[random(paths.length)];
      const op = random(5);
      if (op <= 2) {
        const text = pool[random(pool.length)];
        index.setFile(path, text);
        state.set(path, text);
      } else if (op === 3) {
        index.removeFile(path);
        state.delete(path);
      } else {
        const to = paths[random(paths.length)];
        if (state.has(path) && !state.has(to)) {
          index.renameFile(path, to);
          state.set(to, state.get(path) as string);
          state.delete(path);
        }
      }
      if (random(3) === 0) assert.deepEqual(plain(index.snapshot()), plain(cold(Object.fromEntries(state))), `step ${step}`);
    }
  });

  it('patches entities spanning hundreds of files like a fresh index', function () {
    this.timeout(20_000); // 60 fresh rebuilds of 400 files: seconds on a busy shared machine
    const fake = new FakeExtractor();
    const one = fake.add(article('{p:Scott Bessent} said {r:10%=10|steel} on {d:May 2=2025-05-02}.'));
    const two = fake.add(article('{r:10%=10|steel} and {p:Bessent=Scott Bessent} again, {p:Scott Bessent}.'));
    const index = new BundleIndex({ extract: fake.extract });
    const state = new Map<string, string>();
    for (let i = 0; i < 400; i++) {
      const path = `f${String(i * 7919 % 400).padStart(3, '0')}.txt`;
      index.setFile(path, one);
      state.set(path, one);
    }
    index.snapshot();
    const paths = [...state.keys()];
    for (let step = 0; step < 60; step++) {
      const path = step % 5 === 4 ? `new${step}.txt` : paths[(step * 37) % paths.length];
      if (step % 7 === 3) {
        index.removeFile(path);
        state.delete(path);
      } else {
        const text = step % 2 ? two : one;
        index.setFile(path, text);
        state.set(path, text);
      }
      const fresh = new BundleIndex({ extract: fake.extract });
      for (const [p, t] of state) fresh.setFile(p, t);
      assert.deepEqual(plain(index.snapshot()), plain(fresh.snapshot()), `step ${step}`);
    }
    const bessent = index.snapshot().entity('person:scott-bessent');
    const file = bessent?.mentions[100].file as string;
    const start = bessent?.mentions[100].start as number;
    assert.equal(index.snapshot().entityAt(file, start)?.mention, bessent?.mentions[100]);
  });

  it('counts mentions per source and takes metadata from the page', () => {
    const { index, texts } = setup();
    index.setFile('a.txt', texts.wire);
    const [source] = index.snapshot().sources;
    assert.deepEqual(source.counts, { person: 2, rate: 1, date: 1 });
    assert.deepEqual(source.metadata, { title: 'Title wire' });
  });

  describe('overrides from INDEX.yaml', () => {
    it('merges aliases into the named person, whatever linking decided', () => {
      const fake = new FakeExtractor();
      const overrides: IndexOverrides = { ...NO_OVERRIDES, people: [{ name: 'Ryosei Akazawa', aliases: ['Azakawa'], note: 'Chief negotiator' }] };
      const index = new BundleIndex({ extract: fake.extract });
      index.setFile('a.txt', fake.add(article('{p:Ryosei Akazawa} flew.')));
      index.setFile('b.txt', fake.add(article('{p:Azakawa} said.')));
      assert.equal(index.snapshot().entities.length, 2);
      index.setOverrides(overrides);
      const s = index.snapshot();
      assert.deepEqual(s.entities.map((e) => e.id), ['person:ryosei-akazawa']);
      const e = s.entities[0];
      assert.deepEqual(e.aliases, ['Azakawa']);
      assert.equal(e.note, 'Chief negotiator');
      assert.deepEqual(e.possibleMatches, []);
      assert.equal(s.entityAt('b.txt', 0)?.entity.id, 'person:ryosei-akazawa');
    });

    it('drops rejected people and entity ids', () => {
      const { index, texts } = setup({ ...NO_OVERRIDES, rejected: [{ person: 'scott bessent' }, { id: 'rate:24|japan' }] });
      index.setFile('a.txt', texts.wire);
      index.setFile('c.txt', texts.blog);
      const s = index.snapshot();
      assert.deepEqual(s.entities.map((e) => e.id), ['person:ryosei-akazawa', 'date:2025-04-16']);
      assert.equal(s.entityAt('a.txt', texts.wire.indexOf('Scott')), undefined);
      assert.deepEqual(s.entitiesIn('c.txt'), []);
    });

    it('brings back a rejected entity with every mention once the rejection goes, as a fresh index', () => {
      const rejecting = { ...NO_OVERRIDES, rejected: [{ person: 'scott bessent' }, { id: 'rate:24|japan' }] };
      const { index, texts } = setup();
      const files = { 'a.txt': texts.wire, 'b.txt': texts.daily, 'c.txt': texts.blog };
      for (const [path, text] of Object.entries(files)) index.setFile(path, text);
      index.snapshot();
      index.setOverrides(rejecting);
      index.setFile('b.txt', texts.edited);
      assert.deepEqual(plain(index.snapshot()), plain(cold({ ...files, 'b.txt': texts.edited }, rejecting)));
      index.setOverrides(NO_OVERRIDES);
      assert.deepEqual(plain(index.snapshot()), plain(cold({ ...files, 'b.txt': texts.edited })));
      assert.equal(index.snapshot().entity('rate:24|japan')?.mentions.length, 2);
    });

    it('applies notes to rates and dates by id', () => {
      const notes = new Map([['date:2025-04-16', 'first round']]);
      const { index, texts } = setup({ ...NO_OVERRIDES, notes });
      index.setFile('a.txt', texts.wire);
      assert.equal(index.snapshot().entity('date:2025-04-16')?.note, 'first round');
    });

    it('overrides source metadata and re-extracts a file whose published date a person set', () => {
      const { index, texts, fake } = setup();
      index.setFile('a.txt', texts.wire);
      index.setFile('b.txt', texts.daily);
      const calls = fake.calls;
      index.setOverrides({ ...NO_OVERRIDES, sources: new Map([['b.txt', { title: 'Fixed', published: '2025-04-18' }]]) });
      const s = index.snapshot();
      assert.equal(fake.calls, calls + 1);
      assert.equal(fake.publishedSeen[fake.publishedSeen.length - 1], '2025-04-18');
      assert.deepEqual(s.sources.map((x) => x.metadata), [{ title: 'Title wire' }, { title: 'Fixed', published: '2025-04-18' }]);
    });
  });
});

describe('BundleIndex with the real extractor: names in capitals', () => {
  it('files a name written in capitals under the person written normally, with the text as the page wrote it', () => {
    const index = new BundleIndex();
    const wire = 'HALVORSEN PRESSES OSLO ON SALMON\nBy JANE ROE\n\nHalvorsen said on Monday that the talks would go on.';
    const daily = 'Trade envoy Marta Halvorsen met reporters in Bergen. Jane Roe reported from the harbour.';
    index.setFile('wire.txt', wire);
    index.setFile('daily.txt', daily);
    const people = index.snapshot().entities.filter((e) => e.kind === 'person');
    const mentions = (name: string): string[] => people.find((e) => e.name === name)?.mentions.map((m) => `${m.file}:${m.start}:${m.text}`) ?? [];
    assert.deepEqual(people.map((e) => e.name).sort(), ['Jane Roe', 'Marta Halvorsen']);
    assert.deepEqual(mentions('Marta Halvorsen').sort(), ['daily.txt:12:Marta Halvorsen', 'wire.txt:0:HALVORSEN', `wire.txt:${wire.indexOf('Halvorsen said')}:Halvorsen`]);
    assert.deepEqual(mentions('Jane Roe').sort(), [`daily.txt:${daily.indexOf('Jane Roe')}:Jane Roe`, `wire.txt:${wire.indexOf('JANE ROE')}:JANE ROE`]);
  });
});
