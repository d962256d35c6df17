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

  it('values Chinese, Korean and Vietnamese names family name first, whichever order the file writes', () => {
    const names = ['Jae-in Moon', 'Moon', 'Suk Yeol Yoon', 'Yoon', 'Jinping Xi', 'Xi', 'Kim Jong-un'];
    assert.deepEqual(canonicalNames(names, [1, 1, 1, 1, 1, 1, 1]), ['Moon Jae-in', 'Moon Jae-in', 'Yoon Suk Yeol', 'Yoon Suk Yeol', 'Xi Jinping', 'Xi Jinping', 'Kim Jong-un']);
  });

  it('maps a Vietnamese given name used alone to the full name, in any written order', () => {
    assert.deepEqual(canonicalNames(['Minh Chinh Pham', 'Chinh'], [1, 2]), ['Pham Minh Chinh', 'Pham Minh Chinh']);
    assert.deepEqual(canonicalNames(['Chinh Pham Minh', 'Chinh', 'Pham'], [1, 1, 1]), ['Pham Minh Chinh', 'Pham Minh Chinh', 'Pham Minh Chinh']);
    assert.deepEqual(canonicalNames(['Nguyen Xuan Phuc', 'Phuc'], [1, 1]), ['Nguyen Xuan Phuc', 'Nguyen Xuan Phuc']);
  });

  it('does not take a Western given name that is also a Korean family name for one', () => {
    // "Kim" alone is not Kim Kardashian's family name, nor "Lee" Lee Anderson's; "Oh" is Sandra Oh's.
    const names = ['Kim Kardashian', 'Lee Anderson', 'Sandra Oh', 'Kim', 'Lee', 'Oh', 'Anderson'];
    assert.deepEqual(canonicalNames(names, [1, 1, 1, 1, 1, 1, 1]), ['Kim Kardashian', 'Lee Anderson', 'Sandra Oh', 'Kim', 'Lee', 'Sandra Oh', 'Lee Anderson']);
  });

  it('keeps a one-word name no full name explains', () => {
    assert.deepEqual(canonicalNames(['Marta', 'Jane Roe'], [2, 1]), ['Marta', 'Jane Roe']);
  });
});
