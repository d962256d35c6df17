import * as assert from 'node:assert/strict';
import { sentenceAround } from '../../../../src/core/factsheet/sentence';

describe('sentenceAround', () => {
  it('returns the sentence holding the span, not its neighbours', () => {
    const text = 'Talks ended. Mr. Sato said the U.S. duty rises on May 1. Markets fell.';
    const at = text.indexOf('May 1');
    assert.equal(sentenceAround(text, at, at + 5), 'Mr. Sato said the U.S. duty rises on May 1.');
  });

  it('shortens a long sentence around the span, on word boundaries', () => {
    const text = `${'word '.repeat(80)}on June 9 ${'more '.repeat(80)}`;
    const at = text.indexOf('June 9');
    const s = sentenceAround(text, at, at + 6, 60);
    assert.ok(s.includes('June 9'));
    assert.ok(s.startsWith('… ') && s.endsWith(' …'));
    assert.ok(s.length <= 66, s);
  });
});
