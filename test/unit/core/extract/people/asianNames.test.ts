import * as assert from 'node:assert/strict';
import { isJapaneseSounding } from '../../../../../src/core/extract/people/asianNames';

// The Hepburn-syllable test the early last-letter check must agree with.
const SYLLABLES_RE = /^(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|[jfwy])?[aiueo]n?)+$/;

describe('isJapaneseSounding', () => {
  it('accepts words written in Hepburn syllables, in any case', () => {
    for (const word of ['Tanaka', 'Kenji', 'Shinzo', 'Ken', 'KATO', 'Ryo']) assert.equal(isJapaneseSounding(word), true, word);
  });

  it('rejects other words, whatever their last letter', () => {
    for (const word of ['Smith', 'Brennan', 'Okafor', 'Müller', 'Koç', 'Tokyō', 'I', 'Abcdefghijklmno']) assert.equal(isJapaneseSounding(word), false, word);
  });

  it('agrees with the syllable pattern on every last character', () => {
    for (let c = 0; c < 0x3000; c++) {
      const word = `Kana${String.fromCharCode(c)}`;
      assert.equal(isJapaneseSounding(word), SYLLABLES_RE.test(word.toLowerCase()), `U+${c.toString(16)}`);
    }
  });
});
