import * as assert from 'node:assert/strict';
import { SpanIds } from '../../../../../src/core/extract/people/spanIds';
import { hashSpan } from '../../../../../src/core/extract/people/spanTable';

describe('SpanIds', () => {
  const idAt = (ids: SpanIds, text: string, start: number, end: number): number => ids.idOf(start, end, hashSpan(text, start, end));

  it('gives equal spans one id and different spans different ids, in order of first use', () => {
    const text = 'Brennan met Okafor; Brennan and Bren and Okafor';
    const ids = new SpanIds();
    ids.reset(text);
    const brennan = idAt(ids, text, 0, 7);
    const okafor = idAt(ids, text, 12, 18);
    assert.deepEqual([brennan, okafor], [0, 1]);
    assert.equal(idAt(ids, text, 20, 27), brennan);
    assert.equal(idAt(ids, text, 41, 47), okafor);
    assert.equal(idAt(ids, text, 32, 36), 2, '"Bren" is a prefix, not the same span');
    assert.equal(ids.count, 3);
  });

  it('keeps ids apart for spans whose hashes collide', () => {
    const text = 'ab cd';
    const ids = new SpanIds();
    ids.reset(text);
    assert.equal(ids.idOf(0, 2, 7), 0);
    assert.equal(ids.idOf(3, 5, 7), 1, 'same hash and length, other characters');
    assert.equal(ids.idOf(0, 2, 7), 0);
  });

  it('grows past its first table and forgets everything on reset', () => {
    const words = Array.from({ length: 1000 }, (_, i) => `W${i}`);
    const text = words.join(' ');
    const ids = new SpanIds();
    ids.reset(text);
    let start = 0;
    const starts = words.map((word) => ((start += word.length + 1), start - word.length - 1));
    words.forEach((word, i) => assert.equal(idAt(ids, text, starts[i], starts[i] + word.length), i, word));
    words.forEach((word, i) => assert.equal(idAt(ids, text, starts[i], starts[i] + word.length), i, `${word} again`));
    ids.reset('W999 W0');
    assert.equal(ids.count, 0);
    assert.equal(idAt(ids, 'W999 W0', 5, 7), 0, 'ids start again from 0 for the next text');
  });
});
