import * as assert from 'node:assert/strict';
import type { BundleSnapshot } from '../../../../src/core/bundle/api';
import { fileCountsSummary } from '../../../../src/core/present/fileCounts';
import { fakeSnapshot } from './fakeSnapshot';
import { render } from './renderMarkdown';

describe('fileCounts', () => {
  const snapshot = fakeSnapshot({
    'a.txt': {
      text: 'Hana Morita and Morita. 24% and 10%.',
      metadata: { title: '<img src=x> [t](command:evil)' },
      mentions: [
        { kind: 'person', text: 'Hana Morita', value: 'Hana Morita' },
        { kind: 'person', text: 'Morita', value: 'Hana Morita', nth: 1 },
        { kind: 'rate', text: '24%', value: '24' },
        { kind: 'rate', text: '10%', value: '10' },
      ],
    },
  });

  it('counts mentions and entities per kind', () => {
    const summary = fileCountsSummary(snapshot, 'a.txt');
    assert.deepEqual(summary?.counts, [
      { kind: 'person', mentions: 2, entities: 1 },
      { kind: 'rate', mentions: 2, entities: 2 },
      { kind: 'date', mentions: 0, entities: 0 },
    ]);
    assert.match(summary?.spoken ?? '', /People: 2 mentions of 1 person; Tariff rates: 2 mentions of 2 tariff rates; Dates: 0 mentions of 0 dates/);
  });

  it('escapes the title in its tooltip', () => {
    const rendered = render(fileCountsSummary(snapshot, 'a.txt')?.tooltip ?? '');
    assert.deepEqual(rendered.hrefs, []);
    assert.ok(!rendered.tags.has('img'));
    assert.ok(rendered.text.includes('<img src=x> [t](command:evil)'));
  });

  it('says why a file was skipped, and nothing for a file it does not know', () => {
    const skipped: BundleSnapshot = { ...snapshot, sources: [{ file: 'big.txt', metadata: {}, counts: { person: 0, rate: 0, date: 0 }, skipped: 'larger than 20 MB' }] };
    assert.equal(fileCountsSummary(skipped, 'big.txt')?.skipped, 'larger than 20 MB');
    assert.equal(fileCountsSummary(snapshot, 'other.txt'), undefined);
  });
});
