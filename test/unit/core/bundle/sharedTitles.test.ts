import * as assert from 'node:assert/strict';
import { BundleIndex } from '../../../../src/core/bundle/bundleIndex';
import { SharedTitles } from '../../../../src/core/bundle/sharedTitles';

// All pages are invented for these tests.

const PARAGRAPH = 'Finance ministers from Peru and Chile met in Lima on Monday to discuss tariffs on copper, and both sides said the talks went well.';
/** A masthead no single page tells from a headline: six capitalised words, too many for a kicker, and no verb. */
const MASTHEAD = 'Andes Mining and Metal Evening Edition';

function page(first: string, headline: string): string {
  return `${first}\n${headline}\n${PARAGRAPH}\n`;
}

function titles(index: BundleIndex): Record<string, string | undefined> {
  return Object.fromEntries(index.snapshot().sources.map((s) => [s.file, s.metadata.title]));
}

describe('SharedTitles', () => {
  it('shows the next headline once three files share a title with different headlines under it', () => {
    const shared = new SharedTitles();
    const meta = (next: string) => ({ title: MASTHEAD, nextTitle: next });
    assert.deepEqual(shared.update('a.txt', undefined, meta('Copper rises')), []);
    assert.deepEqual(shared.update('b.txt', undefined, meta('Zinc falls')), []);
    assert.equal(shared.shown(meta('Copper rises')).title, MASTHEAD);
    assert.deepEqual(shared.update('c.txt', undefined, meta('Tin steady')), ['a.txt', 'b.txt']);
    assert.equal(shared.shown(meta('Copper rises')).title, 'Copper rises');
    assert.deepEqual(shared.update('c.txt', meta('Tin steady'), undefined), ['a.txt', 'b.txt']);
    assert.equal(shared.shown(meta('Copper rises')).title, MASTHEAD);
  });

  it('keeps a story copied into several files: the same line under the title is no headline of its own', () => {
    const shared = new SharedTitles();
    const copy = { title: 'Copper exporters brace for new duties', nextTitle: 'Miners in Lima fear a long dispute' };
    for (const file of ['a.txt', 'b.txt', 'c.txt', 'd.txt']) shared.update(file, undefined, copy);
    assert.equal(shared.shown(copy).title, copy.title);
  });
});

describe('BundleIndex titles shared across files', () => {
  it("takes each file's headline when its first line is the same in many files, and follows edits", () => {
    const index = new BundleIndex();
    index.setFile('a.txt', page(MASTHEAD, 'Copper exporters brace for new duties'));
    index.setFile('b.txt', page(MASTHEAD, 'Zinc smelters in Lima cut output'));
    assert.deepEqual(titles(index), { 'a.txt': MASTHEAD, 'b.txt': MASTHEAD });
    index.setFile('c.txt', page(MASTHEAD, 'Peru and Chile sign a copper pact'));
    assert.deepEqual(titles(index), {
      'a.txt': 'Copper exporters brace for new duties',
      'b.txt': 'Zinc smelters in Lima cut output',
      'c.txt': 'Peru and Chile sign a copper pact',
    });
    index.renameFile('c.txt', 'd.txt');
    assert.equal(titles(index)['a.txt'], 'Copper exporters brace for new duties');
    index.setFile('d.txt', page('Tin prices hold steady in Lima', 'Miners wait for the talks'));
    assert.deepEqual(titles(index), { 'a.txt': MASTHEAD, 'b.txt': MASTHEAD, 'd.txt': 'Tin prices hold steady in Lima' });
  });

  it('keeps the headline of a story copied into several files with different sub-headlines: a headline with a verb is no masthead', () => {
    const index = new BundleIndex();
    const headline = 'Peru hit with 30% copper duty as Lima talks stall';
    const subheadlines = ['Miners fear a long dispute', 'Chile watches from the sidelines', 'Exporters look to Asian buyers', 'What the duty means for smelters'];
    subheadlines.forEach((sub, k) => index.setFile(`${k}.txt`, `${headline}\n${sub}\nBy Ana Ruiz\n\n${PARAGRAPH}\n`));
    assert.deepEqual(Object.values(titles(index)), subheadlines.map(() => headline));
  });
});
