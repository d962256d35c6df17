import * as assert from 'node:assert/strict';
import type { BundleSnapshot, Entity } from '../../../../src/core/bundle/api';
import { BundleIndex } from '../../../../src/core/bundle/bundleIndex';
import { likelyMisspelling } from '../../../../src/core/bundle/linking/names';
import { normalizeScope } from '../../../../src/core/bundle/linking/scope';
import { article, FakeExtractor } from './fakeExtractor';

/** Builds a bundle from `{ path: marked text }` (see fakeExtractor.ts for the marks). */
function bundle(files: Record<string, string>): BundleSnapshot {
  const fake = new FakeExtractor();
  const index = new BundleIndex({ extract: fake.extract });
  for (const [path, marked] of Object.entries(files)) index.setFile(path, fake.add(article(marked)));
  return index.snapshot();
}

function people(s: BundleSnapshot): Entity[] {
  return s.entities.filter((e) => e.kind === 'person');
}

function byId(s: BundleSnapshot, id: string): Entity {
  const e = s.entity(id);
  assert.ok(e, `no entity ${id}; have ${s.entities.map((x) => x.id).join(', ')}`);
  return e;
}

describe('bundle linking', () => {
  describe('people', () => {
    it('links full name, bare surname and reversed order across files into one person', () => {
      const s = bundle({
        'b/tokyo.txt': 'Trade envoy {p:Akazawa} said talks went well.',
        'a/wire.txt': 'Economy minister {p:Ryosei Akazawa} flew to Washington. {p:Akazawa=Ryosei Akazawa} met officials.',
        'c/daily.txt': 'Minister {p:Akazawa Ryosei} spoke on Friday.',
      });
      assert.deepEqual(people(s).map((e) => e.id), ['person:ryosei-akazawa']);
      const akazawa = byId(s, 'person:ryosei-akazawa');
      assert.equal(akazawa.name, 'Ryosei Akazawa');
      assert.deepEqual(akazawa.aliases, ['Akazawa', 'Akazawa Ryosei']);
      assert.deepEqual(
        akazawa.mentions.map((m) => `${m.file}:${m.text}`),
        ['a/wire.txt:Ryosei Akazawa', 'a/wire.txt:Akazawa', 'b/tokyo.txt:Akazawa', 'c/daily.txt:Akazawa Ryosei'],
      );
    });

    it('picks the given-first order when the surname is also used alone', () => {
      const s = bundle({
        'a.txt': '{p:Akazawa Ryosei} and {p:Akazawa Ryosei} again.',
        'b.txt': '{p:Ryosei Akazawa} once.',
        'c.txt': '{p:Akazawa} alone.',
      });
      assert.deepEqual(people(s).map((e) => e.name), ['Ryosei Akazawa']);
    });

    it('links a bare surname to the only name written surname first', () => {
      const s = bundle({ 'a.txt': 'Minister {p:Akazawa Ryosei} arrived.', 'b.txt': '{p:Akazawa} said.' });
      assert.deepEqual(people(s).map((e) => [e.name, e.mentions.length]), [['Akazawa Ryosei', 2]]);
    });

    it('links a middle initial to the same given name and surname', () => {
      const s = bundle({ 'a.txt': '{p:Donald J. Trump} spoke.', 'b.txt': '{p:Donald Trump} and {p:Trump} again, {p:Donald Trump}.' });
      assert.deepEqual(people(s).map((e) => [e.name, e.mentions.length]), [['Donald Trump', 4]]);
    });

    it('keeps a bare surname apart when two people share it, marking it ambiguous', () => {
      const s = bundle({
        'a.txt': 'Prime Minister {p:Shigeru Ishiba} said.',
        'b.txt': 'His cousin {p:Kenji Ishiba} disagreed.',
        'c.txt': '{p:Ishiba} will decide.',
      });
      assert.deepEqual(people(s).map((e) => e.id), ['person:ishiba', 'person:kenji-ishiba', 'person:shigeru-ishiba']);
      assert.deepEqual(byId(s, 'person:ishiba').ambiguousWith, ['person:kenji-ishiba', 'person:shigeru-ishiba']);
      assert.deepEqual(byId(s, 'person:shigeru-ishiba').ambiguousWith, []);
      assert.equal(byId(s, 'person:ishiba').mentions.length, 1);
    });

    it('makes a likely misspelling a possible match on both sides, never a merge', () => {
      const s = bundle({ 'a.txt': '{p:Ryosei Akazawa} arrived.', 'b.txt': 'Negotiator {p:Azakawa} said.' });
      assert.deepEqual(people(s).map((e) => e.id), ['person:azakawa', 'person:ryosei-akazawa']);
      assert.deepEqual(byId(s, 'person:azakawa').possibleMatches, ['person:ryosei-akazawa']);
      assert.deepEqual(byId(s, 'person:ryosei-akazawa').possibleMatches, ['person:azakawa']);
    });

    it('does not call different given names or short surnames misspellings', () => {
      const s = bundle({ 'a.txt': '{p:Ryosei Akazawa} {p:Kenji Azakawa} {p:Kurt Tong} {p:Kurt Tang}' });
      for (const e of people(s)) assert.deepEqual(e.possibleMatches, [], e.id);
    });

    it('recognises misspellings by one edit or a swap of two letters, on long surnames only', () => {
      assert.ok(likelyMisspelling('akazawa', 'azakawa'));
      assert.ok(likelyMisspelling('bessent', 'besent'));
      assert.ok(likelyMisspelling('lutnick', 'lutnik'));
      assert.ok(likelyMisspelling('hayashi', 'hayahsi'));
      assert.ok(!likelyMisspelling('tong', 'tang'));
      assert.ok(!likelyMisspelling('akazawa', 'okazawa'));
      assert.ok(!likelyMisspelling('akazawa', 'akazawa'));
      assert.ok(!likelyMisspelling('johnson', 'jansson'));
    });
  });

  describe('rates', () => {
    it('links by value and what the rate applies to, normalising the wording lightly', () => {
      const s = bundle({
        'a.txt': 'A {r:25%=25|cars} levy and {r:25 percent=25|automobiles}.',
        'b.txt': 'The {r:25 pct=25|the car} duty; {r:25%=25|steel} on metal.',
      });
      const rates = s.entities.filter((e) => e.kind === 'rate');
      assert.deepEqual(rates.map((e) => [e.id, e.mentions.length]), [['rate:25|car', 3], ['rate:25|steel', 1]]);
      assert.equal(rates[0].name, '25');
      assert.deepEqual(rates[0].aliases, ['25 pct', '25 percent', '25%']);
    });

    it('keeps the party a rate is imposed on in its identity', () => {
      const s = bundle({ 'a.txt': '{r:24%=24||Japan} and {r:25%=25||South Korea}', 'b.txt': '{r:24 percent=24||the Japan}' });
      assert.deepEqual(
        s.entities.filter((e) => e.kind === 'rate').map((e) => [e.id, e.mentions.length]),
        [['rate:24|japan', 2], ['rate:25|south korea', 1]],
      );
    });

    it('joins a rate given without scope to the only scoped rate of that value, else marks it ambiguous', () => {
      const s = bundle({
        'a.txt': '{r:24%=24||Japan} then {r:24%=24} again; {r:10%=10|steel} and {r:10%=10|wine}; later {r:10%=10}.',
      });
      assert.deepEqual(
        s.entities.filter((e) => e.kind === 'rate').map((e) => e.id),
        ['rate:10', 'rate:10|steel', 'rate:10|wine', 'rate:24|japan'],
      );
      assert.equal(byId(s, 'rate:24|japan').mentions.length, 2);
      assert.deepEqual(byId(s, 'rate:10').ambiguousWith, ['rate:10|steel', 'rate:10|wine']);
    });

    it('normalises scopes: case, articles, synonyms, plurals', () => {
      assert.equal(normalizeScope('Automobiles'), 'car');
      assert.equal(normalizeScope('the cars'), 'car');
      assert.equal(normalizeScope('Steel & Aluminium'), 'steel and aluminum');
      assert.equal(normalizeScope('all goods'), 'all goods');
      assert.equal(normalizeScope('semiconductors'), 'semiconductor');
      assert.equal(normalizeScope('commodities'), 'commodity');
      assert.equal(normalizeScope(undefined), '');
    });
  });

  describe('dates', () => {
    it('links by resolved value; unresolved dates by their text, named ""', () => {
      const s = bundle({
        'a.txt': 'On {d:April 16=2025-04-16} and {d:Friday=}.',
        'b.txt': 'By {d:16 April=2025-04-16}, not {d:friday=} nor {d:May=2025-05}.',
      });
      const dates = s.entities.filter((e) => e.kind === 'date');
      assert.deepEqual(
        dates.map((e) => [e.id, e.name, e.mentions.length]),
        [
          ['date:2025-04-16', '2025-04-16', 2],
          ['date:2025-05', '2025-05', 1],
          ['date:unresolved|friday', '', 2],
        ],
      );
    });
  });

  it('orders entities by kind then name, and mentions by file then offset', () => {
    const s = bundle({
      'z.txt': '{d:May 1=2025-05-01} {p:Zoe Adams} {r:5%=5}',
      'a.txt': '{r:5%=5} {p:Adam Zed} {d:May 1=2025-05-01} {p:Zoe Adams}',
    });
    assert.deepEqual(s.entities.map((e) => e.id), ['person:adam-zed', 'person:zoe-adams', 'rate:5', 'date:2025-05-01']);
    assert.deepEqual(byId(s, 'person:zoe-adams').mentions.map((m) => m.file), ['a.txt', 'z.txt']);
    assert.deepEqual(byId(s, 'date:2025-05-01').mentions.map((m) => [m.file, m.line]), [['a.txt', 1], ['z.txt', 1]]);
  });

  it('answers entityAt, entitiesIn and text from the snapshot', () => {
    const s = bundle({ 'a.txt': 'Intro\r\n{p:Scott Bessent} said {r:10%=10} on\n{d:Monday=2025-04-14}.' });
    const at = s.entityAt('a.txt', 8);
    assert.equal(at?.entity.id, 'person:scott-bessent');
    assert.equal(at?.mention.line, 2);
    assert.equal(s.entityAt('a.txt', 6), undefined);
    assert.equal(s.entityAt('missing.txt', 0), undefined);
    assert.deepEqual(s.entitiesIn('a.txt').map((e) => e.kind), ['person', 'rate', 'date']);
    const date = byId(s, 'date:2025-04-14').mentions[0];
    assert.equal(date.line, 3);
    assert.equal(s.text('a.txt')?.slice(date.start, date.end), 'Monday');
  });
});
