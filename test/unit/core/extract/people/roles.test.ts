import * as assert from 'node:assert/strict';
import { roleAfter } from '../../../../../src/core/extract/people/roles';

/** The role in the apposition after `name` in `text`. */
function after(text: string, name: string): string | undefined {
  return roleAfter(text, text.indexOf(name) + name.length);
}

describe('roleAfter', () => {
  it('reads a role apposition up to the comma, full stop or bracket that ends it', () => {
    assert.equal(after('Jane Roe, the bank’s chief economist, said.', 'Jane Roe'), 'the bank’s chief economist');
    assert.equal(after('Jane Roe, who is the trade minister.', 'Jane Roe'), 'the trade minister');
  });

  it('lets the white space after the comma run over a line break', () => {
    assert.equal(after('Jane Roe,\n  the trade minister, spoke.', 'Jane Roe'), 'the trade minister');
    assert.equal(after('Jane Roe, who\nis the trade minister; she spoke.', 'Jane Roe'), 'the trade minister');
  });

  it('collapses white space inside the role', () => {
    assert.equal(after('Jane Roe, the  trade\tminister, spoke.', 'Jane Roe'), 'the trade minister');
  });

  it('finds no role when the phrase is cut by a question, quotation or bracket, or never ends', () => {
    assert.equal(after('Jane Roe, the trade minister? No.', 'Jane Roe'), undefined);
    assert.equal(after('Jane Roe, the “trade minister”, spoke.', 'Jane Roe'), undefined);
    assert.equal(after('Jane Roe, the trade minister (acting), spoke.', 'Jane Roe'), undefined);
    assert.equal(after('Jane Roe, the trade minister', 'Jane Roe'), undefined);
    assert.equal(after('Jane Roe,the trade minister, spoke.', 'Jane Roe'), undefined);
  });
});
