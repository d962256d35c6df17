import * as assert from 'node:assert/strict';
import { findDates } from '../../../../src/core/extract/dates';

/** A Thursday. */
const THURSDAY = '2025-06-12';

/** [text, value] of every date in `text`, after checking each span against the text. */
function dates(text: string, published?: string): [string, string][] {
  return findDates(text, { zones: [], published }).map((m) => {
    assert.equal(text.slice(m.start, m.end), m.text, 'span text');
    assert.equal(m.kind, 'date');
    return [m.text, m.value];
  });
}

function only(text: string, published?: string): [string, string] {
  const found = dates(text, published);
  assert.equal(found.length, 1, `expected one date in ${JSON.stringify(text)}, got ${JSON.stringify(found)}`);
  return found[0];
}

describe('findDates', () => {
  describe('absolute dates', () => {
    it('month and day, resolved against the article year', () => {
      assert.deepEqual(only('The levy takes effect on March 3, officials said.', '2026-02-10'), ['March 3', '2026-03-03']);
    });

    it('keeps the year unknown without an article date', () => {
      assert.deepEqual(only('Talks must end before Aug. 1, the envoy warned.'), ['Aug. 1', 'XXXX-08-01']);
    });

    it('day before month, with a year', () => {
      assert.deepEqual(only('The pact was signed on 1 August 2024 in Lisbon.'), ['1 August 2024', '2024-08-01']);
    });

    it('month and year, and a bare year', () => {
      assert.deepEqual(dates('The budget runs to March 2027 and was drafted in 2024.'), [['March 2027', '2027-03'], ['2024', '2024']]);
    });

    it('a full dateline with its weekday is one span', () => {
      assert.deepEqual(only('Harbour strike ends\nThursday, June 5, 2025\nDockers returned.'), ['Thursday, June 5, 2025', '2025-06-05']);
    });

    it('ISO dates and timestamps', () => {
      assert.deepEqual(only('Filed 2025-06-05 by the clerk.'), ['2025-06-05', '2025-06-05']);
      assert.deepEqual(only('Posted 2025-06-05T09:30:00Z online.'), ['2025-06-05T09:30:00Z', '2025-06-05T09:30Z']);
    });

    it('a slashed date whose day is over 12', () => {
      assert.deepEqual(only('The notice is dated 16/04/2025.'), ['16/04/2025', '2025-04-16']);
    });

    it('a past month later in the year than the article belongs to the year before', () => {
      assert.deepEqual(only('Exports have fallen since November.', '2025-03-02'), ['November', '2024-11']);
    });

    it('a future month earlier in the year than the article belongs to the next year', () => {
      assert.deepEqual(only('The new duty will start on Jan. 1.', '2025-11-20'), ['Jan. 1', '2026-01-01']);
    });
  });

  describe('relative dates', () => {
    it('a past weekday is the one before the article date, without the preposition', () => {
      assert.deepEqual(only('The minister said on Tuesday that talks would go on.', THURSDAY), ['Tuesday', '2025-06-10']);
    });

    it('a future weekday is the coming one', () => {
      assert.deepEqual(only('She will fly to Ottawa on Monday.', THURSDAY), ['Monday', '2025-06-16']);
    });

    it('the article weekday itself is the article day', () => {
      assert.deepEqual(only('The bank held rates on Thursday.', THURSDAY), ['Thursday', '2025-06-12']);
    });

    it('weeks, months and years around the article date', () => {
      assert.deepEqual(dates('Sales rose last week, will slow next week, beat last year and may peak this month.', THURSDAY), [
        ['last week', '2025-W23'],
        ['next week', '2025-W25'],
        ['last year', '2024'],
        ['this month', '2025-06'],
      ]);
    });

    it('today, yesterday and tomorrow, with parts of the day', () => {
      assert.deepEqual(dates('Prices jumped yesterday afternoon, fell today and may rise tomorrow.', THURSDAY), [
        ['yesterday afternoon', '2025-06-11TAF'],
        ['today', '2025-06-12'],
        ['tomorrow', '2025-06-13'],
      ]);
    });

    it('the current fiscal year', () => {
      assert.deepEqual(only('Growth slows in the current fiscal year.', THURSDAY), ['the current fiscal year', 'FY2025']);
    });

    it('"ago" belongs to the span', () => {
      assert.deepEqual(dates('The plant opened two years ago and closed three weeks ago.', THURSDAY), [
        ['two years ago', '2023'],
        ['three weeks ago', '2025-05-22'],
      ]);
    });

    it('relative dates stay unresolved without an article date', () => {
      assert.deepEqual(dates('He resigned on Friday, a week after the vote last month.'), [['Friday', ''], ['last month', '']]);
    });

    it('fills the anchor only when the value used it', () => {
      const [relative, absolute] = findDates('He left on Friday and returns on May 4, 2026.', { zones: [], published: THURSDAY });
      assert.deepEqual(relative.date, { anchor: THURSDAY });
      assert.equal(absolute.date, undefined);
    });
  });

  describe('fuzzy dates, seasons and quarters', () => {
    it('early, mid and late', () => {
      assert.deepEqual(dates('Talks resume in mid-July, results in early September, a deal by late 2026.', THURSDAY), [
        ['mid-July', '2025-07'],
        ['early September', '2025-09'],
        ['late 2026', '2026'],
      ]);
    });

    it('the end of the year', () => {
      assert.deepEqual(only('The fund closes at the end of the year.', THURSDAY), ['the end of the year', '2025']);
    });

    it('quarters by ordinal and by code', () => {
      assert.deepEqual(dates('Output fell in the first quarter and in Q3 2024.', THURSDAY), [
        ['the first quarter', '2025-Q1'],
        ['Q3 2024', '2024-Q3'],
      ]);
    });

    it('an adjectival quarter leaves out the article of its noun', () => {
      assert.deepEqual(only('Analysts expect the third-quarter loss to narrow.', THURSDAY), ['third-quarter', '2025-Q3']);
    });

    it('a later quarter in a past clause is last year\'s', () => {
      assert.deepEqual(only('Imports surged in the fourth quarter, the agency said.', THURSDAY), ['the fourth quarter', '2024-Q4']);
    });

    it('seasons after a preposition or with a year', () => {
      assert.deepEqual(dates('Construction starts in the spring; floods in the summer of 2024 delayed it.', THURSDAY), [
        ['the spring', '2025-SP'],
        ['the summer of 2024', '2024-SU'],
      ]);
      assert.deepEqual(dates('Prices fall in the fall of the yen.', THURSDAY), []);
    });

    it('decades and centuries', () => {
      assert.deepEqual(dates('Car plants boomed in the 1990s, as in the 20th century.'), [['the 1990s', '199'], ['the 20th century', '19']]);
      assert.deepEqual(dates('Tariffs were higher in the seventies, when sixties cars sold.'), [['the seventies', '197']]);
    });
  });

  describe('times', () => {
    it('a clock time with a place-name zone takes the article day', () => {
      assert.deepEqual(only('The rule applies from 13:00 Tokyo time.', THURSDAY), ['13:00 Tokyo time', '2025-06-12T13:00']);
    });

    it('a time after a day word takes that day', () => {
      assert.deepEqual(dates('Shares halted yesterday at 9:30 am.', THURSDAY), [['yesterday', '2025-06-11'], ['9:30 am', '2025-06-11T09:30']]);
    });

    it('UTC marks the value as Zulu time', () => {
      assert.deepEqual(only('Trading resumed at 18:00 GMT.', THURSDAY), ['18:00 GMT', '2025-06-12T18:00Z']);
    });

    it('a comment stamp glued to a user name, with no-break spaces', () => {
      assert.deepEqual(only('reader42Today\u00a0\u00a010:15 am JST\nGreat piece.', THURSDAY), ['Today\u00a0\u00a010:15 am JST', '2025-06-12T10:15']);
    });
  });

  describe('not dates', () => {
    it('durations', () => {
      assert.deepEqual(dates('Washington agreed a 90-day pause and talks for three months.', THURSDAY), []);
    });

    it('"may" and "march" as words, and May as a name', () => {
      assert.deepEqual(dates('Officials may march on the capital. May I ask? Theresa May spoke.', THURSDAY), []);
    });

    it('counts, prices, sections, percentages and round-the-clock', () => {
      assert.deepEqual(dates('About 2,000 cars, $2025 fees, Section 232, 25% tariffs and 24/7 service; 1998 workers.', THURSDAY), []);
    });

    it('a newspaper title is not today', () => {
      assert.deepEqual(dates('USA Today reported the cut.', THURSDAY), []);
    });

    it('a year inside a URL or a model name is not a date', () => {
      assert.deepEqual(dates('See https://example.com/best-cars-2024/ and the Airbus A380.'), []);
    });

    it('a month name needs a date slot', () => {
      assert.deepEqual(only('The vote is in May, not in the May Day parade.', THURSDAY), ['May', '2025-05']);
    });
  });

  describe('robustness', () => {
    it('scans long runs of date-like tokens in linear time', () => {
      for (const unit of ['May ', '12:', 'mid-', '1', '2025 ']) {
        const text = unit.repeat(Math.ceil(200_000 / unit.length));
        const started = Date.now();
        findDates(text, { zones: [], published: THURSDAY });
        assert.ok(Date.now() - started < 2000, `${JSON.stringify(unit)} run too slow`);
      }
    });

    it('survives lone surrogates and odd characters', () => {
      assert.deepEqual(dates('\ud800 on Friday \udc00 2025\u2028', THURSDAY), [['Friday', '2025-06-06'], ['2025', '2025']]);
    });
  });
});
