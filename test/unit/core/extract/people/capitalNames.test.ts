import * as assert from 'node:assert/strict';
import type { RawMention } from '../../../../../src/core/model';
import { findPeople } from '../../../../../src/core/extract/people';

/** The finder's mentions as [text, value] pairs, after checking each one's offsets. */
function people(text: string): [string, string][] {
  const found: RawMention[] = findPeople(text, { zones: [{ start: 0, end: text.length, zone: 'body' }] });
  for (const m of found) assert.equal(text.slice(m.start, m.end), m.text, `offsets of ${JSON.stringify(m.text)}`);
  return found.map((m) => [m.text, m.value]);
}

/** Only the mentions written in capitals. */
function capitals(text: string): [string, string][] {
  return people(text).filter(([name]) => name === name.toUpperCase());
}

describe('findPeople: names written in capitals', () => {
  describe('found, valued by the normal-case form', () => {
    it('finds a surname in a headline that the body names in full', () => {
      const text = 'OKAFOR VOWS TO SHIELD STEEL MAKERS\n\nLAGOS (WIRE) -- Trade minister Adaeze Okafor said on Monday that mills would be spared.';
      assert.deepEqual(people(text), [
        ['OKAFOR', 'Adaeze Okafor'],
        ['Adaeze Okafor', 'Adaeze Okafor'],
      ]);
    });

    it('finds several names in one headline, split by commas', () => {
      const text = 'HALVORSEN, OKAFOR AGREE 12% DEAL\nEnvoy Marta Halvorsen and minister Adaeze Okafor signed the text.';
      assert.deepEqual(capitals(text), [
        ['HALVORSEN', 'Marta Halvorsen'],
        ['OKAFOR', 'Adaeze Okafor'],
      ]);
    });

    it('finds a full name in capitals as one mention, and keeps a possessive out of the span', () => {
      const text = "MARTA HALVORSEN'S LAST STAND\nHALVORSEN'S GAMBLE\nEnvoy Marta Halvorsen left Oslo on Sunday.";
      assert.deepEqual(capitals(text), [
        ['MARTA HALVORSEN', 'Marta Halvorsen'],
        ['HALVORSEN', 'Marta Halvorsen'],
      ]);
    });

    it('joins a known given name to a surname the file names alone', () => {
      const text = 'PAULA BRENNAN WINS SEAT\nBrennan said the count was fair.';
      assert.deepEqual(people(text), [
        ['PAULA BRENNAN', 'Paula Brennan'],
        ['Brennan', 'Paula Brennan'],
      ]);
    });

    it('turns a Japanese name written family name first to given-name order', () => {
      const text = 'TANAKA HARUKI TO LEAD TALKS\nTrade envoy Tanaka said talks would resume.';
      assert.deepEqual(capitals(text), [['TANAKA HARUKI', 'Haruki Tanaka']]);
    });

    it('finds a byline in capitals, and a credit with a known given name in a mixed-case line', () => {
      assert.deepEqual(people('Mills brace for tariffs\nBy JANE ROE\nBY PETER HOLM\n\nThe mills waited.'), [
        ['JANE ROE', 'Jane Roe'],
        ['PETER HOLM', 'Peter Holm'],
      ]);
      assert.deepEqual(people('The harbour at dawn. Photo: HELEN VOSS/Reuters'), [['HELEN VOSS', 'Helen Voss']]);
    });
  });

  describe('not people', () => {
    it('leaves credits, datelines, acronyms and section labels alone', () => {
      const text =
        'POLITICS\nWORLD NEWS\nPHOTO: REUTERS\nBy STAFF WRITER\nBy KYODO NEWS\nBy ASSOCIATED PRESS\n' +
        'WASHINGTON – The US, the EU, the WTO and the LDP reacted; GDP fell, AP and NHK said, citing KYODO.';
      assert.deepEqual(people(text), []);
    });

    it('leaves a capital word alone without evidence, even a known given name in a headline', () => {
      assert.deepEqual(people('HALVORSEN SPEAKS\nThe envoy spoke for an hour.'), []);
      assert.deepEqual(people('PAUL WINS VOTE\nTARIFFS: HELEN VOSS WINS\nThe count ended late.'), []);
    });

    it('does not take a place, an organisation or an acronym for the person who shares its word', () => {
      const text =
        'WASHINGTON – A portrait of George Washington was sold. WHITE HOUSE SAYS NO, Jack White wrote. AI BOOM: artist Ai Weiwei spoke.\n' +
        'MARTA HALVORSEN FOUNDATION OPENS; Envoy Marta Halvorsen cut the ribbon.';
      assert.deepEqual(capitals(text), []);
    });

    it('does not read an ambiguous given name or a month in capitals as the person it names', () => {
      const text = 'WILL TARIFFS BITE IN MAY?\nColumnist George Will and former prime minister Theresa May disagreed.';
      assert.deepEqual(capitals(text), []);
    });
  });
});
