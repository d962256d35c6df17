import * as assert from 'node:assert/strict';
import { findArticleDate } from '../../../../src/core/extract/articleDate';

function articleDate(text: string): string | undefined {
  const found = findArticleDate(text);
  if (found) assert.match(text.slice(found.start, found.end), /\d/, 'span covers the date');
  return found?.value;
}

describe('findArticleDate', () => {
  it('reads an agency dateline', () => {
    assert.equal(articleDate('Port talks stall\nOTTAWA, March 4, 2026 (Reuters) – Negotiators left without a deal.'), '2026-03-04');
  });

  it('reads a "Published" line', () => {
    assert.equal(articleDate('Steel quota extended\nBy Ana Ruiz\nPublished March 4, 2026\nThe ministry said…'), '2026-03-04');
  });

  it('reads an "Updated:" stamp with day-first month abbreviation and a time', () => {
    assert.equal(articleDate('Updated: 5 Mar 2026 10:02\nFerry fares rise'), '2026-03-05');
  });

  it('reads a date alone under the title, even when the body follows on the same line', () => {
    assert.equal(articleDate('Harbour strike ends\nThursday, June 5, 2025\nDockers returned.'), '2025-06-05');
    assert.equal(articleDate('Harbour strike ends\nThursday, June 5, 2025 On Wednesday dockers voted.'), '2025-06-05');
  });

  it('reads an ISO timestamp after a label', () => {
    assert.equal(articleDate('Rice exports climb\nPosted 2026-03-04T08:15:00Z\nText'), '2026-03-04');
  });

  it('prefers the first date in the head', () => {
    assert.equal(articleDate('Title\nMarch 4, 2026\nUpdated March 5, 2026\nBody'), '2026-03-04');
  });

  it('ignores a relative stamp that gives no day', () => {
    assert.equal(articleDate('Comments\nreader42Today 09:52 am JST\nNice.'), undefined);
  });

  it('ignores dates inside body sentences', () => {
    assert.equal(articleDate('Port talks stall\nThe duty imposed on April 2, 2025 was doubled later.'), undefined);
  });

  it('returns nothing for a page without dates', () => {
    assert.equal(articleDate('Just a headline\nAnd some text.'), undefined);
  });

  it('reads a date alone on its line with its exact span, and not an impossible one', () => {
    assert.deepEqual(findArticleDate('Title\nSunday, May 3, 2009\nBody'), { value: '2009-05-03', start: 6, end: 25 });
    assert.equal(articleDate('Title\nMonday, February 29, 2021\nBody'), undefined);
  });

  it('reads a labelled date that is the whole line with its exact span, and not an impossible one', () => {
    const text = 'Title\nPublished: July 21, 2017\nBody';
    assert.deepEqual(findArticleDate(text), { value: '2017-07-21', start: text.indexOf('July'), end: text.indexOf('\nBody') });
    assert.equal(articleDate('Title\nUpdated May 1, 2025\nBody'), '2025-05-01');
    assert.equal(articleDate('Title\nPublished February 29, 2021\nBody'), undefined);
  });

  it('passes over body lines that hold a year but no label or dateline opening', () => {
    assert.equal(articleDate('Title\nThe budget was set in a meeting on Friday, May 8, 2009.\nBody'), undefined);
    assert.equal(articleDate('Title\nThe talks stalled.\nLONDON, Friday, May 8, 2009 - Body'), '2009-05-08');
  });
});

