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

/** CPU time of `work` in ms: less sensitive than wall time to other load on a shared machine. */
function cpuMs(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

describe('extract: properties over hostile text', function () {
  // Thousands of extractions per test: allow for a slow, shared machine (the bounds below are relative).
  this.timeout(120_000);

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

  it('stays linear: mutated pathological inputs cost CPU in proportion to their size', () => {
    const unit = fc.constantFrom('Mr AAAA ', '% ', '25 percent ', 'May ', '“He ', 'Akazawa Ryosei ', '1,000,000 ', 'A. ', '-');
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 4 }), (units) => {
        const piece = units.join('');
        const small = piece.repeat(Math.ceil(100_000 / piece.length));
        const large = piece.repeat(Math.ceil(500_000 / piece.length));
        const smallMs = cpuMs(() => checkInvariants(small, extract(small)));
        const largeMs = cpuMs(() => checkInvariants(large, extract(large)));
        // Five times the text may cost at most ~15 times the CPU (linear is 5; noise and GC need room),
        // and never more than 4 s per MB: this catches blow-ups, not slowness (that is `npm run bench`).
        const label = JSON.stringify(units);
        assert.ok(largeMs < 15 * Math.max(smallMs, 20), `${label}: 100 KB ${smallMs.toFixed(0)} ms, 500 KB ${largeMs.toFixed(0)} ms`);
        assert.ok(largeMs / (large.length / 1e6) < 4000, `${label}: ${largeMs.toFixed(0)} ms for 500 KB`);
      }),
      { numRuns: 20 },
    );
  });
});
