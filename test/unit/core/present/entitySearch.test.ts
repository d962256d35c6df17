import * as assert from 'node:assert/strict';
import { searchEntities } from '../../../../src/core/present/entitySearch';
import { fakeSnapshot } from './fakeSnapshot';

describe('entitySearch', () => {
  const { entities } = fakeSnapshot({
    'a.txt': {
      text: 'Hana Morita met Mr Ferrànte. Morita Hana said the 24% rate stays.',
      mentions: [
        { kind: 'person', text: 'Hana Morita', value: 'Hana Morita' },
        { kind: 'person', text: 'Mr Ferrànte', value: 'Giulia Ferrànte' },
        { kind: 'person', text: 'Morita Hana', value: 'Hana Morita' },
        { kind: 'rate', text: '24%', value: '24' },
      ],
    },
  }, { 'person:Hana Morita': { aliases: ['the envoy'] } });
  const names = (query: string) => searchEntities(entities, query).map((m) => m.matchedName);

  it('finds an entity by its canonical name, loosely and in any word order', () => {
    assert.deepEqual(names('morita'), ['Hana Morita']);
    assert.deepEqual(names('hmor'), ['Hana Morita']);
    assert.deepEqual(names('Morita Hana'), ['Hana Morita']);
  });

  it('finds an entity by a variant or an INDEX alias, named by what matched', () => {
    assert.deepEqual(names('envoy'), ['the envoy']);
    assert.deepEqual(names('Mr Fer'), ['Mr Ferrànte']);
  });

  it('ignores accents and case', () => {
    assert.deepEqual(names('FERRANTE'), ['Giulia Ferrànte']);
  });

  it('names rates as percentages and returns everything for an empty query', () => {
    assert.deepEqual(names('24'), ['24%']);
    assert.equal(searchEntities(entities, '').length, entities.length);
    assert.deepEqual(names('zzz'), []);
  });
});
