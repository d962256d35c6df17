import * as assert from 'node:assert/strict';
import { endsSentence, tokenizeInto, type Token } from '../../../../../src/core/extract/rates/clause';

// All sentences are invented for these tests.

function tokens(text: string): Token[] {
  const out: Token[] = [];
  tokenizeInto(out, text, 0, text.length);
  return out;
}

describe('tokenizeInto', () => {
  it('gives each word its text, lower case and base, the same wherever and however often it recurs', () => {
    const text = 'Tariffs hit Japan’s cars. TARIFFS rose; tariffs fell, and Japan’s U.S. deal held.';
    const found = tokens(text);
    for (const t of found) {
      assert.equal(t.text, text.slice(t.start, t.end));
      assert.equal(t.lower, t.text.toLowerCase());
    }
    assert.deepEqual(found.filter((t) => t.lower === 'tariffs').map((t) => t.text), ['Tariffs', 'TARIFFS', 'tariffs']);
    assert.deepEqual(found.filter((t) => t.text === 'Japan’s').map((t) => t.base), ['japan', 'japan']);
    assert.ok(found.some((t) => t.text === 'U.S.'), 'the dots of "U.S." stay');
    assert.ok(found.some((t) => t.text === 'cars'), 'a sentence-final period does not');
  });

  it('keeps words apart whatever their number (far more than the table of known words holds)', () => {
    const words = Array.from({ length: 40000 }, (_, i) => `w${i.toString(36)}`);
    const text = words.join(' ');
    assert.deepEqual(tokens(text).map((t) => t.text), words);
    assert.deepEqual(tokens(text).map((t) => t.lower), words);
  });
});

describe('endsSentence', () => {
  it('ends sentences at periods, except after abbreviations and initials', () => {
    const ends = (text: string) => [...text].map((_, i) => i).filter((i) => endsSentence(text, i));
    const text = 'It rose. Mr. Lee and Gen. Kim met J. Doe on Sept. 3. Done';
    assert.deepEqual(ends(text), [text.indexOf('.'), text.lastIndexOf('.')]);
    const marks = 'Up 5% in the U.S. Then; more? Yes!';
    assert.deepEqual(ends(marks), [marks.indexOf(';'), marks.indexOf('?'), marks.indexOf('!')]);
  });
});
