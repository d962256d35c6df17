import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { extract } from '../../../../src/core/extract';
import type { Extraction } from '../../../../src/core/model';

/** Pieces of news text the finders react to, so random texts reach deep into every rule. */
const TRIGGERS = [
  'Mr ', 'Ms. ', 'President ', 'Akazawa', 'Ryosei ', 'Trump’s ', "O'Neil", 'von der ', 'Kim Jong-un', 'J.K. ',
  '24%', ' 25 percent', '10 per cent', '20 pct', ' tariffs', ' duty on cars', ' from 10% to 25%', '%%%', '1e308%',
  'April 16', 'Aug. 1', '1 August 2025', ' mid-June', ' next week', ' Tuesday', '13:00', ' 2025', ' ago', '90-day',
  '“', '”', '"', '’s', '\u2028', '\r\n', '\n', '\t', '\ud83d\ude00', '\ud800', '\udc00', '\u0000', '\ufeff',
  'Comments', 'Login to comment', '14 ( +20 / -6 )', 'Related Articles', '©2025 ', 'WASHINGTON – ', 'By Jane Doe',
  '99999999999999999999999', 'AAAA BBBB CCCC ', '. ', ', ', '(', ')',
];

const newsish = fc
  .array(fc.oneof(fc.constantFrom(...TRIGGERS), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 6 })), {
    maxLength: 200,
  })
  .map((parts) => parts.join(''));

function checkInvariants(text: string, result: Extraction): void {
  let previousStart = -1;
  for (const m of result.mentions) {
    assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end, `bad span ${m.start}-${m.end}`);
    assert.equal(text.slice(m.start, m.end), m.text);
    assert.ok(['person', 'rate', 'date'].includes(m.kind));
    assert.ok(['body', 'comments', 'boilerplate'].includes(m.zone));
    assert.equal(typeof m.value, 'string');
    assert.ok(m.start >= previousStart, 'mentions sorted by start');
    previousStart = m.start;
  }
  let covered = 0;
  for (const z of result.zones) {
    assert.equal(z.start, covered, 'zones are contiguous');
    assert.ok(z.end >= z.start);
    covered = z.end;
  }
  assert.equal(covered, text.length, 'zones cover the text');
}

describe('extract: properties over hostile text', () => {
  it('never throws and keeps every span exact on random news-like text', () => {
    fc.assert(
      fc.property(newsish, (text) => checkInvariants(text, extract(text))),
      { numRuns: 1500 },
    );
  });

  it('never throws on arbitrary Unicode, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => checkInvariants(text, extract(text))),
      { numRuns: 800 },
    );
  });

  it('stays linear: mutated pathological inputs take a bounded time per MB', () => {
    const unit = fc.constantFrom('Mr AAAA ', '% ', '25 percent ', 'May ', '“He ', 'Akazawa Ryosei ', '1,000,000 ', 'A. ', '-');
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 4 }), (units) => {
        const text = units.join('').repeat(Math.ceil(200_000 / units.join('').length));
        const t0 = performance.now();
        checkInvariants(text, extract(text));
        const msPerMb = (performance.now() - t0) / (text.length / 1e6);
        // Generous: ≥ 30 MB/s is the target; this only catches super-linear blow-ups (≤ 2 s/MB).
        assert.ok(msPerMb < 2000, `${msPerMb.toFixed(0)} ms per MB on ${JSON.stringify(units)}`);
      }),
      { numRuns: 25 },
    );
  });
});
