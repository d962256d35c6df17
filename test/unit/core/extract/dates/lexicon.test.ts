import * as assert from 'node:assert/strict';
import { monthNumber, weekdayNumber } from '../../../../../src/core/extract/dates/lexicon';

describe('date lexicon', () => {
  it('numbers months by full name or abbreviation, in any case, with or without a period', () => {
    assert.equal(monthNumber('January'), 1);
    assert.equal(monthNumber('Sept.'), 9);
    assert.equal(monthNumber('sep'), 9);
    assert.equal(monthNumber('DECEMBER'), 12);
  });

  it('numbers weekdays from Monday', () => {
    assert.equal(weekdayNumber('Monday'), 1);
    assert.equal(weekdayNumber('sunday'), 7);
    assert.equal(weekdayNumber('WED'), 3);
  });

  it('knows no other word, however short or foreign', () => {
    for (const word of ['', 'Ma', 'Today', 'Décembre', 'Ｊａｎ', 'Q1']) {
      assert.equal(monthNumber(word), undefined, word);
      assert.equal(weekdayNumber(word), undefined, word);
    }
  });
});
