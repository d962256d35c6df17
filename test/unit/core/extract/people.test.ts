import * as assert from 'node:assert/strict';
import type { RawMention } from '../../../../src/core/model';
import { findPeople } from '../../../../src/core/extract/people';

/** Runs the finder on invented text and checks the offset contract on every mention. */
function people(text: string): RawMention[] {
  const found = findPeople(text, { zones: [{ start: 0, end: text.length, zone: 'body' }] });
  for (const m of found) {
    assert.equal(text.slice(m.start, m.end), m.text, `offsets of ${JSON.stringify(m.text)}`);
    assert.equal(m.kind, 'person');
  }
  return found;
}

const texts = (text: string): string[] => people(text).map((m) => m.text);
const values = (text: string): string[] => people(text).map((m) => m.value);

describe('findPeople', () => {
  describe('spans are the name only', () => {
    it('keeps honorifics outside the span', () => {
      assert.deepEqual(texts('Talks resumed after Mr Halvorsen arrived. Ms. Okafor declined to comment.'), ['Halvorsen', 'Okafor']);
    });

    it('keeps titles outside the span and records them as the role', () => {
      const [m] = people('The plan was backed by U.S. Commerce Secretary Linda Marsh on Monday.');
      assert.equal(m.text, 'Linda Marsh');
      assert.equal(m.person?.role, 'U.S. Commerce Secretary');
    });

    it('drops a possessive, straight or curly', () => {
      assert.deepEqual(texts("Linda Marsh arrived. Marsh's team and Marsh’s aides stayed."), ['Linda Marsh', 'Marsh', 'Marsh']);
    });

    it('keeps initials, particles, hyphens and suffixes inside the span', () => {
      const text =
        'Former president George W. Bush met author J.K. Rowling, commissioner Ursula von der Leyen, ' +
        'officer Hassan al-Rashid and banker William Clay Ford Jr. in Paris.';
      assert.deepEqual(texts(text), ['George W. Bush', 'J.K. Rowling', 'Ursula von der Leyen', 'Hassan al-Rashid', 'William Clay Ford Jr.']);
    });

    it('keeps an initial written without its full stop', () => {
      assert.deepEqual(texts('External Affairs Minister R Venkataraman spoke.'), ['R Venkataraman']);
    });

    it('reads a line-opening byline', () => {
      assert.deepEqual(texts('Maria Lindqvist, Bloomberg News\nShares rose on Friday.'), ['Maria Lindqvist']);
      assert.deepEqual(texts('By Tom Hughes\nShares rose on Friday.'), ['Tom Hughes']);
    });
  });

  describe('values', () => {
    it('gives a later surname-only mention the full name from the same text', () => {
      const found = people('Negotiator Paula Brennan flew to Ottawa. Brennan said talks would go on. Ms Brennan smiled.');
      assert.deepEqual(found.map((m) => [m.text, m.value]), [
        ['Paula Brennan', 'Paula Brennan'],
        ['Brennan', 'Paula Brennan'],
        ['Brennan', 'Paula Brennan'],
      ]);
    });

    it('keeps the mention text when the text gives no full name', () => {
      assert.deepEqual(values('Mr Okonkwo did not attend.'), ['Okonkwo']);
    });

    it('puts a Japanese given name first when the family name leads', () => {
      const text = 'Trade Minister Takahashi Kenji met envoys on Thursday. Takahashi said a deal was near.';
      assert.deepEqual(people(text).map((m) => [m.text, m.value]), [
        ['Takahashi Kenji', 'Kenji Takahashi'],
        ['Takahashi', 'Kenji Takahashi'],
      ]);
    });

    it('finds the family name alone after a family-name-first full name', () => {
      const text = 'Envoy Takahashi Kenji landed. Takahashi’s aides stayed behind, and Kim Jong-un watched. Kim did not speak.';
      assert.deepEqual(people(text).map((m) => [m.text, m.value]), [
        ['Takahashi Kenji', 'Kenji Takahashi'],
        ['Takahashi', 'Kenji Takahashi'],
        ['Kim Jong-un', 'Kim Jong-un'],
        ['Kim', 'Kim Jong-un'],
      ]);
    });

    it('links both orders of a Japanese name in one text', () => {
      const text = 'Kenji Takahashi spoke first. Later, envoy Takahashi Kenji added details.';
      assert.deepEqual(values(text), ['Kenji Takahashi', 'Kenji Takahashi']);
    });

    it('keeps Chinese, Korean and Vietnamese names in their written order', () => {
      const text = 'Delegates Park Min-jun, Leung Ka-wai and Tran Thi Hoa met President Xi Jinping in Hanoi.';
      assert.deepEqual(values(text), ['Park Min-jun', 'Leung Ka-wai', 'Tran Thi Hoa', 'Xi Jinping']);
    });
  });

  describe('evidence', () => {
    it('takes a speech verb as evidence for an unknown name', () => {
      assert.deepEqual(texts('The deal is fragile, Okonkwo said. "We will see," said Adeyemi.'), ['Okonkwo', 'Adeyemi']);
    });

    it('takes a lower-case role noun before the name as evidence', () => {
      assert.deepEqual(texts('The show featured actor Bram Velsen and sculptor Idris Mbeki.'), ['Bram Velsen', 'Idris Mbeki']);
    });

    it('spreads through a list that holds a person', () => {
      const text = 'Works by photographers Nat Lowell, Ines Karsten and Felix Obi were shown.';
      assert.deepEqual(texts(text), ['Nat Lowell', 'Ines Karsten', 'Felix Obi']);
    });

    it('does not spread through a list to a city', () => {
      const text = '(Reporting by Laura Vance in Oslo and Daniel Obi in Lagos; Editing by Maria Keel)';
      assert.deepEqual(texts(text), ['Laura Vance', 'Daniel Obi', 'Maria Keel']);
    });

    it('spreads a lone surname through a conjunction, then through the text', () => {
      const text = 'A test for Okafor and Ms Brennan comes on Sunday. Okafor’s party may lose.';
      assert.deepEqual(texts(text), ['Okafor', 'Brennan', 'Okafor']);
    });

    it('takes a lone given name the text keeps using as a person', () => {
      assert.deepEqual(texts('Later Marta fell ill. Doctors said Marta needed care.'), ['Marta', 'Marta']);
      assert.deepEqual(texts('The storm named Marta passed.'), []);
    });

    it('keeps a short Cantonese surname that reads as a function word', () => {
      assert.deepEqual(texts('Lawmakers elected include Bobby To and Alan Or.'), ['Bobby To', 'Alan Or']);
    });

    it('reads a role from an apposition', () => {
      const [m] = people('Dana Whitfield, the bank’s chief economist, said rates would stay high.');
      assert.equal(m.text, 'Dana Whitfield');
      assert.equal(m.person?.role, 'the bank’s chief economist');
      const [k] = people('Okafor, who is the country’s trade minister, flew home.');
      assert.equal(k.person?.role, 'the country’s trade minister');
    });

    it('splits a name off an organisation run before it', () => {
      assert.deepEqual(texts('The head of the Harbour Council Elena Vasquez told reporters the plan was dead.'), ['Elena Vasquez']);
    });
  });

  describe('not people', () => {
    it('ignores countries, places, organisations and outlets', () => {
      const text =
        'Japan and the United States met at the White House. The Bank of Japan held rates, and the ' +
        'Tokyo Institute for Policy Studies agreed, Reuters reported from Washington.';
      assert.deepEqual(texts(text), []);
    });

    it('ignores companies named after people', () => {
      assert.deepEqual(texts('Honda said output would fall. Goldman Sachs and Toyota disagreed, and Levi Strauss stayed quiet.'), []);
    });

    it('ignores months, weekdays and sentence-opening words', () => {
      const text = 'Despite the pause, Analysts said on Monday that April would be hard. However, Officials said little.';
      assert.deepEqual(texts(text), []);
    });

    it('ignores an all-capital headline', () => {
      assert.deepEqual(texts('TOKYO (Kyodo) -- TARIFF TALKS STALL AGAIN\nMarkets fell.'), []);
    });

    it('ignores titles and roles with no name', () => {
      assert.deepEqual(texts('The Trade Representative met the Prime Minister and the Chief Cabinet Secretary.'), []);
    });

    it('does not mark a lone username line', () => {
      assert.deepEqual(texts('Good luck with that.\n\nChabbawanga\n\n3 ( +5 / -2 )'), []);
    });
  });

  describe('robustness', function () {
    this.timeout(20_000);

    const cpuMs = (run: () => void): number => {
      const before = process.cpuUsage();
      run();
      const used = process.cpuUsage(before);
      return (used.user + used.system) / 1000;
    };
    // The machine may be shared, so time is judged by growth: five times the text may cost about
    // five times the CPU (a quadratic step would cost 25 times), under an absolute cap.
    for (const [label, unit] of [
      ['capital words', 'AAAA '],
      ['honorifics', 'Mr '],
      ['titles', 'President Minister '],
      ['given names', 'John '],
      ['particles', 'Van de la von der '],
      ['capitals and punctuation', "Bcd, E.F. Ghi-Jk's (Lm) "],
      ['one surname', 'Okafor '],
    ] as const) {
      it(`handles a 5 MB single line of ${label} in linear time`, () => {
        const line = (megabytes: number): string => unit.repeat(Math.ceil((megabytes * 1_000_000) / unit.length));
        const small = line(1);
        const large = line(5);
        people(small); // warm up
        const one = Math.max(cpuMs(() => people(small)), 10);
        const five = cpuMs(() => people(large));
        assert.ok(five < 3000 && five < 10 * one, `5 MB: ${five.toFixed(0)} ms of CPU, 1 MB: ${one.toFixed(0)} ms`);
      });
    }

    it('handles empty text and text without capitals', () => {
      assert.deepEqual(people(''), []);
      assert.deepEqual(people('no capitals here at all.'), []);
    });
  });
});
