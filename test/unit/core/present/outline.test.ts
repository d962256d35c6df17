import * as assert from 'node:assert/strict';
import { fileOutline } from '../../../../src/core/present/outline';
import { fakeSnapshot } from './fakeSnapshot';

describe('outline', () => {
  const snapshot = fakeSnapshot({
    'a.txt': {
      text: 'On May 2 Hana Morita said the 24% levy on cars stays. Morita left on May 2.',
      mentions: [
        { kind: 'date', text: 'May 2', value: '2025-05-02' },
        { kind: 'person', text: 'Hana Morita', value: 'Hana Morita' },
        { kind: 'rate', text: '24%', value: '24', rate: { appliesTo: 'cars' } },
        { kind: 'person', text: 'Morita', value: 'Hana Morita', nth: 1 },
        { kind: 'date', text: 'May 2', value: '2025-05-02', nth: 1 },
      ],
    },
    'b.txt': { text: 'Ken Ito spoke.', mentions: [{ kind: 'person', text: 'Ken Ito', value: 'Ken Ito' }] },
  });

  it('groups the file\'s entities by kind, people first, with their mentions in this file', () => {
    const groups = fileOutline(snapshot, 'a.txt');
    assert.deepEqual(groups.map((g) => g.label), ['People', 'Tariff rates', 'Dates']);
    assert.deepEqual(groups.map((g) => g.entities.map((e) => e.label)), [['Hana Morita'], ['24%'], ['2025-05-02']]);
    assert.equal(groups[0].entities[0].mentions.length, 2);
    assert.equal(groups[0].entities[0].detail, '×2');
    assert.equal(groups[1].entities[0].detail, 'cars');
  });

  it('leaves out kinds the file does not mention and entities of other files', () => {
    const groups = fileOutline(snapshot, 'b.txt');
    assert.deepEqual(groups.map((g) => [g.label, g.entities.map((e) => e.label)]), [['People', ['Ken Ito']]]);
    assert.deepEqual(fileOutline(snapshot, 'missing.txt'), []);
  });
});
