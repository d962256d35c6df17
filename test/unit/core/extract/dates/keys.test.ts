import * as assert from 'node:assert/strict';
import { matchAt } from '../../../../../src/core/extract/dates/grammar';
import { INNER_WORD, mayStartAtKey, nextKey, START_WORD, tokenEnd, wordBeforeKey } from '../../../../../src/core/extract/dates/keys';
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

  it('crosses text between keys exactly as a candidate-by-candidate scan would', () => {
    const cases: [string, number[]][] = [
      // A glued "Today" counts, unless it hides in a rejected opening ("fort" of "forToday").
      ['for Today', [4]], ['forToday', []], ['xforToday', [4]], ['sixToday', []], ['fortoday it', []],
      // Numbers after marks and letters are never keys; "12:30" gives one key, its minutes none.
      ['in A380 and 1.5 and 2,000 and 12:30 and 25% and 3) now', [30]],
      ['at 5 pm', [3]], ['12 May', [0]], ['12\nMay', []], ["since '123", [6]], ['x_2025', [2]], ['2025-26', [0]],
      // After digits only "today" may follow, in any case.
      ['2025Jan', [0]], ['09:52today', [0, 5]], ['52TODAY', [0, 2]],
      // Word starts after marks and quotes; "Q1"–"Q4"; "Mar" only as the abbreviation.
      ['(March 2025', [1, 7]], ['mid-May', [0, 4]], ['“Today', [1]], ['so Q3 ends', [3]], ['Q3s', []], ['Mar. 3', [0]], ['Marco', []],
    ];
    for (const [text, keys] of cases) assert.deepEqual(allKeys(text), keys, JSON.stringify(text));
  });
});

describe('dates that may start at a key', () => {
  it('rules out units, parts of the day and small counts that no rule can open', () => {
    for (const text of ['years of talks', 'day trip', 'Week two', 'quarter', 'weekend', 'night', 'Morning', '30 percent', '15 cars', '7\nMay', '12 people'])
      assert.equal(mayStartAtKey(text, 0), false, text);
  });

  it('never rules out a key at which the grammar matches (kept in step with the rules)', () => {
    const heads = ['day', 'Day', 'week', 'weeks', 'weekend', 'month', 'months', 'year', 'Year', 'years', 'decade', 'decades', 'century',
      'centuries', 'quarter', 'morning', 'afternoon', 'evening', 'night', 'Night', '1', '5', '9', '12', '15', '21', '30', '50', '07'];
    const tails = ['', ' ago', '  ago', '\u00a0ago', ' ago.', '-end', ' end', ' pm', 'pm', ' p.m.', ' PM', '\tam', ' May', ' of May', ' Sept. 3',
      ' June 2025', 's', 'st century', 'th', ' years ago', ' days ago', ' minutes ago', ':30', '/4/2025', ' percent', ' of the', ' UTC', ' 2025'];
    for (const head of heads) {
      for (const tail of tails) {
        const text = head + tail;
        if (!mayStartAtKey(text, 0)) assert.equal(matchAt(text, 0), undefined, JSON.stringify(text));
      }
    }
  });

  it('lets through every key at which the grammar matches', () => {
    const texts = [
      'years ago', 'day  ago', 'year-end', 'Year end', '5 pm', '5pm', '5 p.m.', '7\tPM', '15 May', '15 of June', '1st quarter', '21st century',
      '50s', '3 days ago', '12:30', '4/5/2025', '2025', 'Today', "'82", 'the year', 'Friday',
    ];
    for (const text of texts) {
      assert.equal(mayStartAtKey(text, 0), true, text);
      if (/^(?:years|day|year|Year|5|7|15|1st|21st|50s|3|12:30|4\/5)/.test(text)) assert.ok(matchAt(text, 0), `the grammar matches ${text}`);
    }
  });
});

describe('words before a date key', () => {
  const kindOf = (word: string): number => wordBeforeKey(`(${word})`, 1, 1 + word.length);

  it('tells start words from inner words, in any case', () => {
    for (const word of ['the', 'The', 'EARLY', 'just', 'two', 'last', 'first']) assert.equal(kindOf(word), START_WORD, word);
    for (const word of ['of', 'same', 'period', 'Weeks', 'consecutive']) assert.equal(kindOf(word), INNER_WORD, word);
  });

  it('knows no other word, nor a listed word inside a longer run', () => {
    for (const word of ['said', 'there', 'them', 'often', 'x', 'thee']) assert.equal(kindOf(word), 0, word);
    assert.equal(wordBeforeKey('theater', 0, 3), START_WORD, 'the run end is the caller\'s to give');
    assert.equal(wordBeforeKey('theater', 0, 7), 0);
  });
});

function allKeys(text: string): number[] {
  const keys: number[] = [];
  for (let key = nextKey(text, 0); key >= 0; key = nextKey(text, tokenEnd(text, key))) keys.push(key);
  return keys;
}
