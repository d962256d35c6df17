import * as assert from 'node:assert/strict';
import { canonicalNames } from '../../../../../src/core/extract/people/canonical';

describe('canonicalNames', () => {
  it('maps a surname to the full name the file gives most often, the first one on a tie', () => {
    const names = ['Paula Brennan', 'Brennan', 'Tom Brennan', 'Okafor', 'Ada Okafor', 'Ken Okafor'];
    const mentions = [1, 4, 2, 3, 1, 1];
    assert.deepEqual(canonicalNames(names, mentions), ['Paula Brennan', 'Tom Brennan', 'Tom Brennan', 'Ada Okafor', 'Ada Okafor', 'Ken Okafor']);
  });

  it('adds up the counts of a full name written both ways', () => {
    const names = ['Kenji Takahashi', 'Takahashi', 'Aiko Takahashi', 'Takahashi Kenji'];
    const mentions = [1, 2, 2, 2];
    assert.deepEqual(canonicalNames(names, mentions), ['Kenji Takahashi', 'Kenji Takahashi', 'Aiko Takahashi', 'Kenji Takahashi']);
  });

  it('keeps a one-word name no full name explains', () => {
    assert.deepEqual(canonicalNames(['Marta', 'Jane Roe'], [2, 1]), ['Marta', 'Jane Roe']);
  });
});
