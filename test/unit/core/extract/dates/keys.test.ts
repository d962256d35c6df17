import * as assert from 'node:assert/strict';
import { nextKey } from '../../../../../src/core/extract/dates/keys';
import { KEY_WORDS } from '../../../../../src/core/extract/dates/lexicon';

describe('date keys', () => {
  it('finds every key word, in lower case and capitalised', () => {
    for (const word of KEY_WORDS) {
      assert.match(word, /^[a-z0-9]+$/i, `unexpanded key ${word}`);
      // "May", "March" and "mid" are keys only in a date slot: see the next tests.
      if (/^(?:may|march|mid)$/i.test(word)) continue;
      for (const form of [word.toLowerCase(), word[0].toUpperCase() + word.slice(1).toLowerCase()]) {
        assert.equal(nextKey(`so ${form} it`, 0), 3, form);
      }
    }
  });

  it('finds numbers that can open a date and skips the rest', () => {
    assert.equal(nextKey('in 2025 now', 0), 3);
    assert.equal(nextKey('at 9:30', 0), 3);
    assert.equal(nextKey('on 5 May', 0), 3);
    assert.equal(nextKey("since '82", 0), 6);
    assert.equal(nextKey('25% of 1,000 and 12345 and A380 and 3.5', 0), -1);
  });

  it('skips words that only share a prefix with a key', () => {
    assert.equal(nextKey('the market and more money after every event', 0), -1);
  });

  it('takes "May" and "mid" only in a date slot', () => {
    assert.equal(nextKey('you may go. May I? mid-air, mid-term', 0), -1);
    assert.equal(nextKey('in May', 0), 3);
    assert.equal(nextKey('on May 5', 0), 3);
    assert.equal(nextKey('mid-May', 0), 0);
    assert.equal(nextKey('by March 2027', 0), 3);
    assert.equal(nextKey('in mid 2026', 0), 3);
  });

  it('finds "Today" glued to a user name, and only capitalised', () => {
    assert.equal(nextKey('kurisupisuToday 09:52 am', 0), 10);
    assert.equal(nextKey('kurisupisutoday 09:52 am', 0), 16);
    assert.equal(nextKey('kurisupisuToday 09:52', 10), 10);
  });
});
