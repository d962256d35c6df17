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

    it('still finds a surname that is a common word where it stands out: alone, after a title, before a speech verb', () => {
      const text = 'BROWN, OKAFOR CLASH OVER STEEL\nPRESIDENT BUSH VISITS MILLS\nHUNT SAYS LEVY WILL STAY\nSinger Ada Brown, minister Adaeze Okafor, Kofi Bush and Jeremy Hunt spoke.';
      assert.deepEqual(capitals(text), [
        ['BROWN', 'Ada Brown'],
        ['OKAFOR', 'Adaeze Okafor'],
        ['BUSH', 'Kofi Bush'],
        ['HUNT', 'Jeremy Hunt'],
      ]);
    });

    it('finds surnames in a headline of two names and of a name and a verb', () => {
      const text = 'TRUMP, AKAZAWA AGREE 15% DEAL\nISHIBA VOWS TO SHIELD CARMAKERS\nPresident Donald Trump, envoy Ryosei Akazawa and Prime Minister Shigeru Ishiba met in Osaka.';
      assert.deepEqual(capitals(text), [
        ['TRUMP', 'Donald Trump'],
        ['AKAZAWA', 'Ryosei Akazawa'],
        ['ISHIBA', 'Shigeru Ishiba'],
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

  describe('a surname in capitals beside a given name in normal case', () => {
    it('is one mention with the given name before it, and keeps the role', () => {
      const text = 'Prime Minister Shigeru ISHIBA met the delegation on Friday.';
      const found = findPeople(text, { zones: [{ start: 0, end: text.length, zone: 'body' }] });
      assert.deepEqual(
        found.map((m) => [m.text, m.value, m.person?.role]),
        [['Shigeru ISHIBA', 'Shigeru Ishiba', 'Prime Minister']],
      );
    });

    it('is one mention with the given name after it, valued given name first, and names the surname alone later', () => {
      const text = 'Prime Minister ISHIBA Shigeru held talks. Minister AKAZAWA Ryosei attended. Prime Minister ISHIBA thanked the hosts.';
      assert.deepEqual(people(text), [
        ['ISHIBA Shigeru', 'Shigeru Ishiba'],
        ['AKAZAWA Ryosei', 'Ryosei Akazawa'],
        ['ISHIBA', 'Shigeru Ishiba'],
      ]);
    });

    it('values a Chinese name so joined family name first, as the finder values such names', () => {
      assert.deepEqual(people('Vice Premier ZHANG Wei met the envoys.'), [['ZHANG Wei', 'Zhang Wei']]);
    });

    it('joins a known given name to any surname, and no acronym, title or pair of names', () => {
      assert.deepEqual(people('Trade envoy Marta HALVORSEN arrived.'), [['Marta HALVORSEN', 'Marta Halvorsen']]);
      assert.deepEqual(people('Apple CEO Steve Jobs spoke. The GOP Mitt Romney camp waited. ANA Haneda flights resumed.'), [
        ['Steve Jobs', 'Steve Jobs'],
        ['Mitt Romney', 'Mitt Romney'],
      ]);
    });
  });

  describe('not people', () => {
    it('leaves credits, datelines, acronyms and section labels alone', () => {
      const text =
        'POLITICS\nWORLD NEWS\nPHOTO: REUTERS\nBy STAFF WRITER\nBy KYODO NEWS\nBy ASSOCIATED PRESS\nBy AGENCE FRANCE-PRESSE\nBy DEUTSCHE WELLE\n' +
        'By BUSINESS INSIDER\nBy LIVE BLOG\nBy MORNING BRIEF\n' +
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

    it('does not read a common word in a headline as the person whose surname it is', () => {
      const text =
        'MILLS SLAP NEW LEVY ON STEEL AND WOOD\nLEVY ON STEEL, WOOD\nHUNT FOR SURVIVORS GOES ON\nBROWN BEARS RETURN TO THE VALLEY\nPRICE OF RICE DOUBLES\nBUSH FIRES RAGE NEAR THE COAST\n\n' +
        'Analyst Cathie Wood, envoy Jeremy Hunt, singer Ada Brown, broker Lena Rice and ranger Kofi Bush spoke on Monday.';
      assert.deepEqual(capitals(text), []);
    });

    it('does not read a surname in capitals as the person when the file writes the words as a place', () => {
      const text = 'JACKSON HOLE SYMPOSIUM OPENS\nBankers met at the Jackson Hole retreat. A portrait of Andrew Jackson hung in the lodge.';
      assert.deepEqual(capitals(text), []);
    });

    it('does not read an ambiguous given name or a month in capitals as the person it names', () => {
      const text = 'WILL TARIFFS BITE IN MAY?\nColumnist George Will and former prime minister Theresa May disagreed.';
      assert.deepEqual(capitals(text), []);
    });
  });
});
