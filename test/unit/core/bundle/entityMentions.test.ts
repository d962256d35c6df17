import * as assert from 'node:assert/strict';
import type { EntityMention } from '../../../../src/core/bundle/api';
import { withLazyMentions } from '../../../../src/core/bundle/entityMentions';

const at = (file: string, start: number): EntityMention => ({
  file,
  start,
  end: start + 3,
  line: 1,
  text: 'May',
  zone: 'body',
  mention: { kind: 'date', start, end: start + 3, text: 'May', value: '2025-05', zone: 'body' },
});

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
