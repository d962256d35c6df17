import * as assert from 'node:assert/strict';
import { dateMentionAt as at } from './dateMentionAt';
import { withLazyMentions } from '../../../../src/core/bundle/entityMentions';

describe('withLazyMentions', () => {
  it('gathers mentions on first read only, then keeps them, and serialises like an index entity', () => {
    let gathered = 0;
    const entity = withLazyMentions({ id: 'date:2025-05', kind: 'date', name: '2025-05', aliases: ['May'], possibleMatches: [], ambiguousWith: [] }, () => {
      gathered++;
      return [at('a.txt', 1)];
    });
    assert.equal(gathered, 0);
    assert.equal(entity.mentions, entity.mentions);
    assert.equal(gathered, 1);
    assert.deepEqual(Object.keys(entity), ['id', 'kind', 'name', 'aliases', 'mentions', 'possibleMatches', 'ambiguousWith']);
  });
});
