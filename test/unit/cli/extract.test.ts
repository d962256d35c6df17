import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCliOnce, runCli as run } from './runCli';

describe('news-lens extract', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    buildCliOnce();
    dir = mkdtempSync(join(tmpdir(), 'news-lens-extract-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the JSON contract with exact offsets, the BOM removed', () => {
    const text = 'TOKYO, May 2, 2025 – Trade envoy Kenji Sato said on Friday that the 25% tariff on cars hurts.\n';
    const file = join(dir, 'bom.txt');
    writeFileSync(file, '\ufeff' + text, 'utf8');
    const { code, stdout, stderr } = run(['extract', '--json', file]);
    assert.equal(code, 0, stderr);
    const out = JSON.parse(stdout) as { files: { path: string; mentions: Record<string, unknown>[] }[] };
    assert.equal(out.files.length, 1);
    assert.equal(out.files[0].path, file);
    for (const m of out.files[0].mentions) {
      assert.deepEqual(Object.keys(m), ['kind', 'start', 'end', 'text', 'value', 'zone']);
      assert.equal(text.slice(m.start as number, m.end as number), m.text);
    }
  });

  it('reads UTF-16 LE with a BOM to the same offsets as UTF-8', () => {
    const text = 'Ms Laura Brennan said the 10 per cent levy starts on Aug. 1.\n';
    const utf8 = join(dir, 'a8.txt');
    const utf16 = join(dir, 'a16.txt');
    writeFileSync(utf8, text, 'utf8');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const a = JSON.parse(run(['extract', '--json', utf8]).stdout).files[0].mentions;
    const b = JSON.parse(run(['extract', '--json', utf16]).stdout).files[0].mentions;
    assert.deepEqual(a, b);
  });

  it('exits 1 with one line for a missing or binary file, never a stack trace', () => {
    const binary = join(dir, 'image.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    for (const args of [['extract', join(dir, 'nope.txt')], ['extract', binary], ['extract', dir]]) {
      const { code, stderr } = run(args);
      assert.equal(code, 1, args.join(' '));
      assert.equal(stderr.trim().split('\n').length, 1, stderr);
      assert.doesNotMatch(stderr, /\bat .*\(.*:\d+:\d+\)/);
    }
  });

  it('exits 2 on bad usage', () => {
    assert.equal(run(['extract']).code, 2);
    assert.equal(run(['extract', '--nope', 'x.txt']).code, 2);
    assert.equal(run(['frobnicate']).code, 2);
  });
});
