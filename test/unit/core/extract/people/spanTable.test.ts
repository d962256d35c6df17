import * as assert from 'node:assert/strict';
import { SpanTable, hashSpan, spanSet } from '../../../../../src/core/extract/people/spanTable';

describe('SpanTable', () => {
  const words = ['The', 'Mr.', 'Jong-un', 'Åsa', 'Secretary-General', 'a', 'ab', 'abc'];
  const table = new SpanTable(words.map((word, i): [string, number] => [word, 1 << i]));

  it('finds each word inside a larger text, short or longer than the packed eight characters', () => {
    words.forEach((word, i) => assert.equal(table.get(`(${word})`, 1, word.length + 1), 1 << i, word));
  });

  it('needs the whole span: no prefix, extension or case variant matches', () => {
    for (const miss of ['Th', 'Thee', 'the', 'Secretary-Genera', 'Secretary-Generals', 'Mr', 'abcd', 'Jong-Un']) {
      assert.equal(table.get(miss, 0, miss.length), 0, miss);
    }
    assert.equal(table.get('The', 1, 1), 0, 'an empty span');
  });

  it('gives the same answer from a hash computed by the caller', () => {
    const text = 'said Secretary-General Guterres';
    assert.equal(table.getHashed(text, 5, 22, hashSpan(text, 5, 22)), 1 << 4);
  });

  it('merges the bits of a word listed twice', () => {
    assert.equal(new SpanTable([['Will', 1], ['Will', 4]]).get('Will', 0, 4), 5);
  });

  it('turns away words it does not hold, among many it does', () => {
    const many = spanSet(Array.from({ length: 3000 }, (_, i) => `W${i}x`));
    assert.ok(many.has('W2999x', 0, 6));
    for (let i = 3000; i < 6000; i++) assert.ok(!many.has(`W${i}x`, 0, `W${i}x`.length));
  });
});
