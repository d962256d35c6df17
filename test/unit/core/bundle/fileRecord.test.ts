import * as assert from 'node:assert/strict';
import { adoptPrepared, formAt, keyAt, prepareFile, RATE_FIELDS, sharedDetail } from '../../../../src/core/bundle/fileRecord';
import type { Extraction, Mention } from '../../../../src/core/model';

/** An extraction of invented mentions at the given offsets (no text needed beyond their length). */
function extraction(mentions: Mention[]): Extraction {
  return { mentions, zones: [], metadata: {} };
}

const person = (start: number, text: string): Mention => ({ kind: 'person', start, end: start + text.length, text, value: text, zone: 'body' });
const rate = (start: number, value: string, appliesTo?: string): Mention => ({
  kind: 'rate',
  start,
  end: start + value.length + 1,
  text: `${value}%`,
  value,
  zone: 'comments',
  ...(appliesTo ? { rate: { appliesTo } } : {}),
});

describe('prepareFile', () => {
  it('narrows each column to the width its values need, all in one buffer', () => {
    const long = 'x'.repeat(70_000);
    const prepared = prepareFile('a.txt', long, extraction([person(10, 'Ana Ortiz'), person(300, 'Ben Okafor'), rate(69_000, '25', 'steel')]));
    assert.ok(prepared.starts instanceof Uint32Array, 'offsets past 65,535 need four bytes');
    assert.deepEqual([...prepared.starts], [10, 300, 69_000]);
    assert.deepEqual([...prepared.ends], [19, 310, 69_003]);
    assert.ok(prepared.kinds instanceof Uint8Array);
    assert.deepEqual([...prepared.kinds], [0, 0, 1]);
    assert.deepEqual([...prepared.zoneCodes], [0, 0, 1]);
    for (const column of [prepared.ends, prepared.lines, prepared.keyIds, prepared.keyOrder, prepared.keyStart, prepared.rateFieldFirst]) {
      assert.equal(column.buffer, prepared.starts.buffer);
    }
  });

  it('gives every file its own values when one lays out after another (reused scratch space)', () => {
    const text = 'y'.repeat(400);
    const big = prepareFile('big.txt', text, extraction([person(5, 'Ana Ortiz'), rate(40, '10', 'cars'), person(90, 'Ben Okafor'), rate(200, '15'), person(300, 'Ana Ortiz')]));
    const small = prepareFile('small.txt', 'Cy Diaz', extraction([person(0, 'Cy Diaz')]));
    assert.equal(small.size, 1);
    assert.deepEqual([...small.starts], [0]);
    assert.deepEqual([...small.keyCounts], [1]);
    assert.deepEqual([...small.keyStart], [0, 1]);
    assert.deepEqual([...small.rateFieldFirst], [1, 1, 1], 'no rate field set: "none" is the size');
    assert.deepEqual(small.distinctKeys, ['pCy Diaz']);
    assert.equal(formAt(small, 0), 'Cy Diaz');

    // The earlier file's record is untouched by the later one.
    assert.deepEqual([...big.starts], [5, 40, 90, 200, 300]);
    assert.deepEqual(big.distinctKeys, ['pAna Ortiz', 'pBen Okafor', 'r10\u0001car\u0001', 'r15\u0001\u0001']);
    assert.deepEqual([...big.keyCounts], [2, 1, 1, 1]);
    assert.deepEqual([...big.keyStart], [0, 2, 3, 4, 5]);
    assert.deepEqual([...big.keyOrder], [0, 4, 2, 1, 3], 'mentions grouped by key, in offset order');
    assert.equal(keyAt(big, 4), 'pAna Ortiz');
    const carsKey = big.distinctKeys.indexOf('r10\u0001car\u0001');
    const appliesTo = RATE_FIELDS.indexOf('appliesTo');
    assert.equal(big.rateFieldFirst[carsKey * 3 + appliesTo], 1, 'the first mention of the key that says what it applies to');
    assert.equal(big.rateFieldFirst[big.distinctKeys.indexOf('r15\u0001\u0001') * 3 + appliesTo], big.size);
  });

  it('with an intern function, gives what adoptPrepared gives, its strings and details the shared ones', () => {
    const mentions = () => extraction([person(0, 'Ana Ortiz'), rate(20, '10', 'cars'), person(40, 'Ana Ortiz'), rate(60, '10', 'cars')]);
    const table = new Map<string, string>();
    const intern = (value: string) => table.get(value) ?? (table.set(value, value), value);
    const adopted = adoptPrepared(prepareFile('a.txt', 'z'.repeat(80), mentions()), intern);
    const direct = prepareFile('a.txt', 'z'.repeat(80), mentions(), intern);
    assert.deepEqual(direct, adopted);
    for (const key of direct.distinctKeys) assert.equal(table.get(key), key);
    for (const form of direct.formTexts) assert.equal(table.get(form), form);
    assert.equal(direct.details.length, 1, 'equal details once per file');
    assert.equal(direct.details[0], adopted.details[0], 'the one shared copy');
    assert.equal(sharedDetail({ appliesTo: 'cars' }), direct.details[0]);
  });
});
