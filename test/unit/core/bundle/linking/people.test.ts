import * as assert from 'node:assert/strict';
import type { BundleSnapshot, Entity } from '../../../../../src/core/bundle/api';
import { BundleIndex } from '../../../../../src/core/bundle/bundleIndex';
import { extract } from '../../../../../src/core/extract/index';
import { article, FakeExtractor } from '../fakeExtractor';

/** A bundle from `{ path: marked text }` (marks as in fakeExtractor.ts: values as the extractor gives them). */
function marked(files: Record<string, string>): BundleSnapshot {
  const fake = new FakeExtractor();
  const index = new BundleIndex({ extract: fake.extract });
  for (const [path, text] of Object.entries(files)) index.setFile(path, fake.add(article(text)));
  return index.snapshot();
}

/** A bundle from plain texts, through the real extractor. */
function extracted(files: Record<string, string>): BundleSnapshot {
  const index = new BundleIndex({ extract });
  for (const [path, text] of Object.entries(files)) index.setFile(path, text);
  return index.snapshot();
}

/** Each person as "name: file:text, …", mentions in bundle order. */
function people(s: BundleSnapshot): string[] {
  return s.entities.filter((e) => e.kind === 'person').map((e: Entity) => `${e.name}: ${e.mentions.map((m) => `${m.file}:${m.text}`).join(', ')}`);
}

function person(s: BundleSnapshot, name: string): Entity {
  const e = s.entities.find((x) => x.kind === 'person' && x.name === name);
  assert.ok(e, `no person ${name}; have ${people(s).join(' / ')}`);
  return e;
}

describe('bundle linking: Chinese, Korean and Vietnamese names', () => {
  it('makes one person of a name written in either order, named family name first, with "Mr Moon" from a third file', () => {
    const s = extracted({
      'a.txt': 'SEOUL - South Korean President Jae-in Moon said on Monday that the tariff talks would resume.',
      'b.txt': 'President Moon Jae-in met business leaders in Seoul on Tuesday to discuss export quotas.',
      'c.txt': 'Officials close to Mr Moon said the government would not retaliate.',
    });
    assert.deepEqual(people(s), ['Moon Jae-in: a.txt:Jae-in Moon, b.txt:Moon Jae-in, c.txt:Moon']);
  });

  it('links a three-word Korean name written given name first, with and without hyphen', () => {
    const s = extracted({
      'a.txt': 'President Suk Yeol Yoon told reporters the levy was unfair. Yoon said talks would go on.',
      'b.txt': 'President Yoon Suk-yeol left for Washington on Friday.',
      'c.txt': '"We will wait," Yoon said on Friday.',
    });
    assert.deepEqual(people(s), ['Yoon Suk Yeol: a.txt:Suk Yeol Yoon, a.txt:Yoon, b.txt:Yoon Suk-yeol, c.txt:Yoon']);
  });

  it('calls a Vietnamese person by the last word of the name, in any written order', () => {
    const s = extracted({
      'a.txt': 'Prime Minister Pham Minh Chinh arrived in Tokyo on Sunday. Mr Chinh said exports would grow.',
      'b.txt': 'Vietnamese premier Minh Chinh Pham spoke at the summit.',
      'c.txt': 'Prime Minister Chinh Pham Minh was also present, the agency said.',
      'd.txt': 'Trade officials said Mr Chinh would visit Seoul next.',
    });
    assert.deepEqual(people(s), ['Pham Minh Chinh: a.txt:Pham Minh Chinh, a.txt:Chinh, b.txt:Minh Chinh Pham, c.txt:Chinh Pham Minh, d.txt:Chinh']);
  });

  it('makes one person of the spellings "Kim Jong-un", "Kim Jong Un" and "Kim Jongun", and "Mr Kim"', () => {
    const s = marked({
      'a.txt': 'Leader {p:Kim Jong-un} inspected a factory. {p:Kim=Kim Jong-un} spoke.',
      'b.txt': 'Leader {p:Kim Jong Un} and {p:Kim Jong Un} again.',
      'c.txt': '{p:Kim Jongun} watched.',
      'd.txt': 'A statement from {p:Kim} followed.',
    });
    assert.deepEqual(people(s), ['Kim Jong Un: a.txt:Kim Jong-un, a.txt:Kim, b.txt:Kim Jong Un, b.txt:Kim Jong Un, c.txt:Kim Jongun, d.txt:Kim']);
  });

  it('shows the family-first order when both orders are in the bundle, though the family name is used alone', () => {
    const s = marked({ 'a.txt': '{p:Zemin Jiang} and {p:Jiang=Zemin Jiang}.', 'b.txt': '{p:Jiang Zemin} once.' });
    assert.deepEqual(people(s), ['Jiang Zemin: a.txt:Zemin Jiang, a.txt:Jiang, b.txt:Jiang Zemin']);
  });

  it('keeps two people who share the family name and the last syllable apart', () => {
    const s = marked({ 'a.txt': '{p:Kim Jong Un} met {p:Kim Song Un}.', 'b.txt': 'Later {p:Kim} spoke.' });
    assert.deepEqual(people(s), ['Kim: b.txt:Kim', 'Kim Jong Un: a.txt:Kim Jong Un', 'Kim Song Un: a.txt:Kim Song Un']);
    assert.equal(person(s, 'Kim').ambiguousWith.length, 2);
  });

  it('does not join a lone "Kim" or "Lee" to Western names that start with it', () => {
    const s = marked({
      'a.txt': 'Reality star {p:Kim Kardashian} posted, and MP {p:Lee Anderson} replied.',
      'b.txt': 'North Korea said {p:Kim} would attend; {p:Lee} did not.',
    });
    assert.deepEqual(people(s), ['Kim: b.txt:Kim', 'Kim Kardashian: a.txt:Kim Kardashian', 'Lee: b.txt:Lee', 'Lee Anderson: a.txt:Lee Anderson']);
  });

  it('keeps Western names with a CJKV surname as they are, and a shared surname ambiguous', () => {
    const s = extracted({
      'a.txt': 'Actor Sandra Oh and chip executive Lisa Su attended, as did economist Andrew Wang.',
      'b.txt': 'Foreign Minister Wang Yi said Beijing would respond. Bruce Lee films were shown.',
      'c.txt': 'Asked about the tariffs, Wang said he had no comment.',
    });
    const names = s.entities.filter((e) => e.kind === 'person').map((e) => e.name);
    for (const name of ['Sandra Oh', 'Lisa Su', 'Andrew Wang', 'Wang Yi', 'Bruce Lee']) assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
    assert.deepEqual([...person(s, 'Wang').ambiguousWith].sort(), [person(s, 'Andrew Wang').id, person(s, 'Wang Yi').id].sort());
  });

  it('makes a likely misspelt given name a possible match, not a merge', () => {
    const s = marked({ 'a.txt': '{p:Xi Jinping} spoke.', 'b.txt': '{p:Xi Jingping} replied.' });
    assert.deepEqual(person(s, 'Xi Jinping').possibleMatches, [person(s, 'Xi Jingping').id]);
    assert.deepEqual(person(s, 'Xi Jingping').possibleMatches, [person(s, 'Xi Jinping').id]);
  });
});
