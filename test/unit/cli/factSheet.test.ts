import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCliOnce, runCli } from './runCli';

const run = (...args: string[]) => runCli(['fact-sheet', ...args]);

const ARTICLE = [
  'Ottawa weighs reply to steel levy',
  'By Maria Okafor, The Harbour Ledger',
  'OTTAWA, March 3, 2026 – Trade Minister Elena Moreau said on Monday that the 25% tariff on Canadian steel was "a mistake".',
  '“We will answer with care,” Moreau said.',
].join('\n');

describe('news-lens fact-sheet', function () {
  this.timeout(60_000);
  let dir: string;
  before(buildCliOnce);
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'news-lens-sheet-'));
    mkdirSync(join(dir, 'wire'));
    writeFileSync(join(dir, 'ledger.txt'), ARTICLE);
    writeFileSync(join(dir, 'wire', 'brief.txt'), 'Elena Moreau met Kenji Sato on Tuesday, March 3, 2026.\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes FACTSHEET.md at the folder root, leaving no temporary file', () => {
    const { code, stderr } = run(dir);
    assert.equal(code, 0, stderr);
    const sheet = readFileSync(join(dir, 'FACTSHEET.md'), 'utf8');
    assert.match(sheet, /^# Fact sheet: /);
    assert.match(sheet, /\[ledger\.txt:\d+\]\(ledger\.txt#L\d+\)/);
    assert.deepEqual(readdirSync(dir).sort(), ['FACTSHEET.md', 'ledger.txt', 'wire']);
  });

  it('gives byte-identical output on a rebuild, and never reads its own output as a source', () => {
    run(dir);
    const first = readFileSync(join(dir, 'FACTSHEET.md'), 'utf8');
    writeFileSync(join(dir, 'INDEX.yaml'), 'version: 1\n');
    assert.equal(run(dir).code, 0);
    assert.equal(readFileSync(join(dir, 'FACTSHEET.md'), 'utf8'), first);
    assert.match(first, /^2 sources/m);
  });

  it('links from where -o puts the sheet', () => {
    mkdirSync(join(dir, 'out'));
    assert.equal(run(dir, '-o', join(dir, 'out', 'sheet.md')).code, 0);
    assert.match(readFileSync(join(dir, 'out', 'sheet.md'), 'utf8'), /\]\(\.\.\/ledger\.txt#L\d+\)/);
  });

  it('refuses to replace a hand-edited sheet without --force, and keeps it intact', () => {
    run(dir);
    const path = join(dir, 'FACTSHEET.md');
    const edited = readFileSync(path, 'utf8').replace('## People', '## People (my notes)');
    writeFileSync(path, edited);
    const refused = run(dir);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /edited by hand.*--force/);
    assert.equal(refused.stderr.trim().split('\n').length, 1);
    assert.equal(readFileSync(path, 'utf8'), edited);
    assert.equal(run(dir, '--force').code, 0);
    assert.doesNotMatch(readFileSync(path, 'utf8'), /my notes/);
  });

  it('exits 1 for a missing folder and 2 for bad usage', () => {
    assert.equal(run(join(dir, 'missing')).code, 1);
    assert.equal(run().code, 2);
    assert.equal(run(dir, '--bogus').code, 2);
    assert.equal(run(dir, '-o').code, 2);
  });
});
