import * as assert from 'node:assert/strict';
import { BundleIndex } from '../../../../src/core/bundle/bundleIndex';
import { NO_OVERRIDES, type IndexOverrides } from '../../../../src/core/bundle/overrides';
import { detachedPreparedFile, SourceTexts } from '../../../../src/extension/bundles/sourceTexts';

// Invented text, with curly quotes and an accent as real articles have.
const A = 'Harbour Ledger\n\n“Talks resume,” said Trade Minister Maria Tanaka on May 2, 2025. José Okafor agreed: a 25% tariff on cars stays.\n';
const B = 'Pacific Wire\n\nKenji Okafor met Maria Tanaka on Monday.\n';

describe('SourceTexts', () => {
  it('gives back each text as stored, and says when a text is unchanged', () => {
    const texts = new SourceTexts();
    assert.equal(texts.set('a.txt', A), true);
    assert.equal(texts.set('a.txt', A.slice(0)), false);
    assert.equal(texts.get('a.txt'), A);
    assert.equal(texts.set('a.txt', B), true);
    assert.equal(texts.get('a.txt'), B);
    assert.equal(texts.get('missing.txt'), undefined);
  });

  it('keeps a text with a lone surrogate exactly (UTF-8 cannot carry it)', () => {
    const odd = 'A broken pair \uD83D here and \uDE00 there, 10% on steel.';
    const texts = new SourceTexts();
    texts.set('odd.txt', odd);
    assert.equal(texts.get('odd.txt'), odd);
    assert.equal(texts.set('odd.txt', odd), false);
    assert.equal(texts.set('odd.txt', odd.replace('\uD83D', '\uFFFD')), true);
  });

  it('renames and forgets', () => {
    const texts = new SourceTexts();
    texts.set('a.txt', A);
    texts.get('a.txt');
    texts.rename('a.txt', 'b/a.txt');
    assert.equal(texts.get('a.txt'), undefined);
    assert.equal(texts.get('b/a.txt'), A);
    texts.delete('b/a.txt');
    assert.equal(texts.get('b/a.txt'), undefined);
  });
});

describe('detachedPreparedFile', () => {
  const overrides: IndexOverrides = { ...NO_OVERRIDES, sources: new Map([['b.txt', { published: '2025-04-14' }]]) };

  it('indexes a file as setFile does, the text read back through the store', () => {
    const texts = new SourceTexts();
    const prepared = new BundleIndex({ loadText: (file) => texts.get(file) });
    const plain = new BundleIndex();
    prepared.setOverrides(overrides);
    plain.setOverrides(overrides);
    for (const [file, text] of [['a.txt', A], ['b.txt', B]] as const) {
      texts.set(file, text);
      prepared.setPrepared(detachedPreparedFile(file, text, overrides));
      plain.setFile(file, text);
    }
    const [got, want] = [prepared.snapshot(), plain.snapshot()];
    assert.deepEqual(JSON.parse(JSON.stringify(got.entities)), JSON.parse(JSON.stringify(want.entities)));
    assert.deepEqual(got.sources, want.sources);
    assert.equal(got.text('a.txt'), A);
    assert.deepEqual(got.zones?.('b.txt'), want.zones?.('b.txt'));
    assert.ok(got.entity('date:2025-04-14'), 'the published date from the overrides anchors "Monday"');
  });
});
