import * as assert from 'node:assert/strict';
import { isListGap } from '../../../../../src/core/extract/people/listGap';

// The patterns isListGap reads by character codes: the reference it must agree with exactly.
const LIST_GAP_RE = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:(?:Mr|Mrs|Ms|Dr)\.?\s)?$/;
const CONJUNCTION_GAP_RE = /^,?\s+(?:and|or|&)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s)?$/;

/** Checks `gap` inside a longer text, so that reads past its ends would show. */
function agrees(gap: string): void {
  const text = `Okafor${gap}Brennan`;
  const from = 6;
  const to = from + gap.length;
  assert.equal(isListGap(text, from, to, false), LIST_GAP_RE.test(gap), `list ${JSON.stringify(gap)}`);
  assert.equal(isListGap(text, from, to, true), CONJUNCTION_GAP_RE.test(gap), `conjunction ${JSON.stringify(gap)}`);
}

describe('isListGap', () => {
  it('accepts list separators, with an honorific opening the second name', () => {
    const text = 'Okafor and Ms. Brennan';
    assert.equal(isListGap(text, 6, 15, true), true);
    assert.equal(isListGap('Okafor, Brennan', 6, 8, false), true);
    assert.equal(isListGap('Okafor, Brennan', 6, 8, true), false);
    assert.equal(isListGap('Okafor & Brennan', 6, 9, false), true);
    assert.equal(isListGap('Okafor, & Brennan', 6, 10, false), false);
  });

  it('agrees with the patterns on every short gap of list characters', () => {
    const alphabet = [',', ' ', '\t', '\u00a0', 'a', 'n', 'd', 'o', 'r', '&', 'M', 's', 'D', '.', 'x'];
    let gaps = [''];
    for (let length = 1; length <= 4; length++) {
      gaps = gaps.flatMap((gap) => alphabet.map((c) => gap + c));
      gaps.forEach(agrees);
    }
  });

  it('agrees with the patterns on longer gaps built of list words', () => {
    const parts = [',', ' ', '  ', '\n', 'and', 'or', '&', 'Mr', 'Mrs', 'Ms', 'Dr', '.', 'an', 's', 'x'];
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let k = 0; k < 20000; k++) {
      let gap = '';
      const count = 1 + next(6);
      for (let j = 0; j < count; j++) gap += parts[next(parts.length)];
      agrees(gap);
    }
  });
});
