import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCliOnce, runCli } from './runCli';

const run = (...args: string[]) => runCli(args);

// Invented articles, written for these tests.
const ARTICLES: Record<string, string> = {
  'wire/talks.txt':
    'Envoy returns to Washington for tariff talks\n\nTOKYO, May 2, 2025 - Trade envoy Marta Kovalenko will travel to Washington on Friday, ' +
    'officials said. The United States imposed a 25% tariff on cars, and Kovalenko said Tokyo wants it lifted.\n',
  'daily/reaction.txt':
    'Exporters fret over car duties\r\n\r\nMay 3, 2025\r\n\r\nCarmakers said the 25% tariff on cars would cut profits. ' +
    'Kovalenko is due to meet Commerce Secretary Daniel Oyelaran next week.\r\n',
  'notes.txt': '',
};

describe('news-lens index', function () {
  this.timeout(60_000);
  let folder: string;

  before(buildCliOnce);

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'news-lens-index-'));
    for (const [path, text] of Object.entries(ARTICLES)) {
      mkdirSync(join(folder, path, '..'), { recursive: true });
      writeFileSync(join(folder, path), text);
    }
  });

  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('prints the --json contract exactly and writes nothing', () => {
    const { code, stdout, stderr } = run('index', folder, '--json');
    assert.equal(code, 0, stderr);
    assert.equal(existsSync(join(folder, 'INDEX.yaml')), false);
    const data = JSON.parse(stdout);
    assert.deepEqual(Object.keys(data), ['sources', 'entities']);
    assert.deepEqual(data.sources.map((s: { file: string }) => s.file), ['daily/reaction.txt', 'notes.txt', 'wire/talks.txt']);
    for (const source of data.sources) assert.deepEqual(Object.keys(source), ['file', 'title', 'outlet', 'published', 'url']);
    assert.ok(data.entities.length > 0);
    for (const entity of data.entities) {
      assert.deepEqual(Object.keys(entity), ['id', 'kind', 'name', 'aliases', 'mentions']);
      assert.match(entity.id, /^(person|rate|date):/);
      assert.ok(Array.isArray(entity.aliases));
      for (const m of entity.mentions) {
        assert.deepEqual(Object.keys(m), ['file', 'start', 'end', 'line', 'text']);
        const content = ARTICLES[m.file];
        assert.equal(content.slice(m.start, m.end), m.text);
        assert.equal(m.line, content.slice(0, m.start).split(/\r\n|\n/).length);
      }
    }
  });

  it('writes INDEX.yaml atomically, prints one summary line, and keeps edits on the next run', () => {
    const first = run('index', folder);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /^Indexed 3 sources: \d+ (person|people), \d+ tariff rates?, \d+ dates? → .*INDEX\.yaml\n$/);
    assert.deepEqual(readdirSync(folder).sort(), ['INDEX.yaml', 'daily', 'notes.txt', 'wire']);
    const written = readFileSync(join(folder, 'INDEX.yaml'), 'utf8');
    const edited = written.replace('  - file: notes.txt\n', '  # empty on purpose\n  - file: notes.txt\n    title: My own notes\n');
    assert.notEqual(edited, written);
    writeFileSync(join(folder, 'INDEX.yaml'), edited);
    writeFileSync(join(folder, 'wire/more.txt'), 'A second story from May 4, 2025 about a 10% levy on steel.\n');
    const second = run('index', folder);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, /^Indexed 4 sources/);
    const after = readFileSync(join(folder, 'INDEX.yaml'), 'utf8');
    assert.match(after, /# empty on purpose\n {2}- file: notes.txt\n {4}title: My own notes\n/);
    assert.match(after, /- file: wire\/more.txt/);
  });

  it('refuses a broken INDEX.yaml: exit 1, its line and column, file untouched', () => {
    const broken = 'version: 1\nsources:\n  - file: a.txt\n    title: Tokyo: talks resume\n';
    writeFileSync(join(folder, 'INDEX.yaml'), broken);
    const { code, stderr } = run('index', folder);
    assert.equal(code, 1);
    assert.match(stderr, /^news-lens: .*INDEX\.yaml:4:12: .+\n$/);
    assert.equal(readFileSync(join(folder, 'INDEX.yaml'), 'utf8'), broken);
  });

  it('reports bad input with exit 1 and bad usage with exit 2, in one line', () => {
    const missing = run('index', join(folder, 'nope'));
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /^news-lens: cannot read .*nope: no such file or folder\n$/);
    const file = run('index', join(folder, 'notes.txt'));
    assert.equal(file.code, 1);
    assert.equal(file.stderr.split('\n').length, 2);
    assert.equal(run('index', folder, '--bogus').code, 2);
    assert.equal(run('index').code, 2);
    assert.equal(run('index', folder, folder).code, 2);
  });

  it('extracts a larger bundle on worker threads with the same results, in bundle order', () => {
    mkdirSync(join(folder, 'many'));
    for (let i = 0; i < 80; i++) {
      const [path, text] = Object.entries(ARTICLES)[i % 3];
      writeFileSync(join(folder, 'many', `${String(79 - i).padStart(2, '0')}-${path.replace('/', '-')}`), text);
    }
    const { code, stdout, stderr } = run('index', folder, '--json');
    assert.equal(code, 0, stderr);
    const data = JSON.parse(stdout);
    const files = data.sources.map((s: { file: string }) => s.file);
    assert.deepEqual(files, [...files].sort());
    assert.equal(files.filter((f: string) => f.startsWith('many/')).length, 80);
    const kovalenko = data.entities.find((e: { id: string }) => e.id === 'person:marta-kovalenko');
    const withFullName = files.filter((f: string) => readFileSync(join(folder, f), 'utf8').includes('Marta Kovalenko'));
    assert.deepEqual([...new Set(kovalenko.mentions.map((m: { file: string }) => m.file))], withFullName);
    assert.equal(withFullName.length, 1 + 27);
    for (const entity of data.entities) {
      for (const m of entity.mentions) {
        const content = readFileSync(join(folder, m.file), 'utf8');
        assert.equal(content.slice(m.start, m.end), m.text);
        assert.equal(m.line, content.slice(0, m.start).split(/\r\n|\n/).length);
      }
    }
  });

  it('skips binary files, folders named *.txt and symlink loops with a note, and indexes the rest', () => {
    writeFileSync(join(folder, 'image.txt'), Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01]));
    mkdirSync(join(folder, 'odd.txt'));
    writeFileSync(join(folder, 'odd.txt/inside.txt'), 'Tariffs rose 5% on May 5, 2025.\n');
    symlinkSync(folder, join(folder, 'wire/loop'));
    writeFileSync(join(folder, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('A 15% duty.\n')]));
    const { code, stdout, stderr } = run('index', folder, '--json');
    assert.equal(code, 0, stderr);
    assert.match(stderr, /image\.txt: skipped: binary file/);
    assert.match(stderr, /wire\/loop\/: skipped: folder already indexed/);
    const files = JSON.parse(stdout).sources.map((s: { file: string }) => s.file);
    assert.deepEqual(files, ['bom.txt', 'daily/reaction.txt', 'notes.txt', 'odd.txt/inside.txt', 'wire/talks.txt']);
  });
});
