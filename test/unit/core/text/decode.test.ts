import * as assert from 'node:assert/strict';
import { decodeSource } from '../../../../src/core/text/decode';

const decoded = (bytes: number[]) => decodeSource(Uint8Array.from(bytes));

describe('decodeSource', () => {
  it('reads UTF-8 with or without a BOM, and UTF-16 with a BOM, BOM removed', () => {
    const word = [...Buffer.from('Levy – 25%', 'utf8')];
    assert.deepEqual(decoded(word), { ok: true, text: 'Levy – 25%', encoding: 'utf-8' });
    assert.deepEqual(decoded([0xef, 0xbb, 0xbf, ...word]), { ok: true, text: 'Levy – 25%', encoding: 'utf-8-bom' });
    assert.deepEqual(decoded([0xff, 0xfe, ...Buffer.from('Ōta', 'utf16le')]), { ok: true, text: 'Ōta', encoding: 'utf-16le' });
    assert.deepEqual(decoded([0xfe, 0xff, 0x01, 0x4c, 0x00, 0x74, 0x00, 0x61]), { ok: true, text: 'Ōta', encoding: 'utf-16be' });
  });

  it('reads Windows-1252 bytes as that code page, curly quotes, dashes and the euro included', () => {
    // "Café “levy” – €5…" as an old Western editor saves it: not valid UTF-8.
    const bytes = [0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6c, 0x65, 0x76, 0x79, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x85];
    assert.deepEqual(decoded(bytes), { ok: true, text: 'Café “levy” – €5…', encoding: 'windows-1252' });
    assert.equal((decoded([0xe9, 0x81]) as { text: string }).text, 'é\x81', 'an undefined byte stays as it is');
  });

  it('refuses a binary file', () => {
    assert.equal(decoded([0x50, 0x4b, 0x00, 0x03]).ok, false);
    const late = new Uint8Array(9000).fill(0x61);
    late[8191] = 0;
    assert.equal(decodeSource(late).ok, false, 'a NUL within the first 8 KB');
    late[8191] = 0x61;
    late[8192] = 0;
    assert.equal(decodeSource(late).ok, true, 'a NUL past the first 8 KB is not looked for');
  });

  it('decodes each file afresh after one that was not UTF-8 (the decoder is reused)', () => {
    assert.equal(decoded([0x61, 0xe2, 0x82]).ok, true); // cut-off UTF-8: read as Windows-1252
    assert.deepEqual(decoded([0xe2, 0x82, 0xac, 0x35]), { ok: true, text: '€5', encoding: 'utf-8' });
  });
});
