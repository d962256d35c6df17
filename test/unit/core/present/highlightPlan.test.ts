import * as assert from 'node:assert/strict';
import { highlightPlan, spansWithin } from '../../../../src/core/present/highlightPlan';
import { fakeSnapshot, moritaBundle } from './fakeSnapshot';

describe('highlightPlan', () => {
  const text = 'Hana Morita cut the 24% levy on May 2; Morita said so on May 2.';
  const snapshot = moritaBundle(text, [{ kind: 'date', text: 'May 2', value: '2025-05-02', nth: 1 }]);

  it('lists every mention of the file per kind, sorted, and none of other files', () => {
    const plan = highlightPlan(snapshot, 'a.txt', text, false);
    const spans = (kind: 'person' | 'rate' | 'date') => plan.mentions[kind].map((s) => text.slice(s.start, s.end));
    assert.deepEqual(spans('person'), ['Hana Morita', 'Morita']);
    assert.deepEqual(spans('rate'), ['24%']);
    assert.deepEqual(spans('date'), ['May 2', 'May 2']);
    assert.ok(plan.mentions.date[0].start < plan.mentions.date[1].start);
    assert.deepEqual(plan.dimmed, []);
  });

  it('dims the zones the index kept that are not article body', () => {
    const zoned = fakeSnapshot({
      'c.txt': {
        text: 'Menu\nBody text.\nComments\nA reader',
        zones: [{ start: 0, end: 5, zone: 'boilerplate' }, { start: 5, end: 16, zone: 'body' }, { start: 16, end: 33, zone: 'comments' }],
        mentions: [],
      },
    });
    assert.deepEqual(highlightPlan(zoned, 'c.txt', 'Menu\nBody text.\nComments\nA reader', true).dimmed.map((z) => [z.start, z.end]), [[0, 5], [16, 33]]);
    assert.deepEqual(highlightPlan(zoned, 'c.txt', '', false).dimmed, []);
  });

  it('picks the spans overlapping a window by binary search', () => {
    const spans = [{ start: 0, end: 5 }, { start: 10, end: 15 }, { start: 20, end: 25 }, { start: 30, end: 35 }];
    assert.deepEqual(spansWithin(spans, 12, 21), [{ start: 10, end: 15 }, { start: 20, end: 25 }]);
    assert.deepEqual(spansWithin(spans, 26, 29), []);
    assert.deepEqual(spansWithin(spans, 0, 100).length, 4);
  });
});
