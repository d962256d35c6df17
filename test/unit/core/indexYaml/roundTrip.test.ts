import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { BundleIndex } from '../../../../src/core/bundle/bundleIndex';
import type { SourceMetadata } from '../../../../src/core/model';
import { readIndexYaml } from '../../../../src/core/indexYaml/read';
import { IndexYamlError } from '../../../../src/core/indexYaml/schema';
import { writeIndexYaml } from '../../../../src/core/indexYaml/write';
import { article, FakeExtractor } from '../bundle/fakeExtractor';

interface FakeFile {
  readonly marked: string;
  readonly metadata?: SourceMetadata;
}

/** Rebuilds INDEX.yaml as the CLI and the extension do: read overrides, index, merge, write. */
function rebuild(current: string | undefined, files: Record<string, FakeFile>): string {
  const fake = new FakeExtractor();
  const index = new BundleIndex({ extract: fake.extract });
  if (current !== undefined) {
    const read = readIndexYaml(current);
    assert.deepEqual(read.errors, []);
    index.setOverrides(read.overrides);
  }
  for (const [path, f] of Object.entries(files)) index.setFile(path, fake.add(article(f.marked, f.metadata)));
  return writeIndexYaml(current, index.snapshot());
}

const WIRE: FakeFile = {
  marked: '{p:Ryosei Akazawa} met {p:Scott Bessent} on {d:April 16=2025-04-16}; the {r:24%=24||Japan} rate.',
  metadata: { title: 'Envoy heads to Washington', outlet: 'Example Wire', published: '2025-04-15' },
};
const DAILY: FakeFile = { marked: '{p:Azakawa} said the {r:25%=25|cars} tariff hurts.', metadata: { title: 'Tariff pain' } };
const BLOG: FakeFile = { marked: 'A post about {p:Scott Bessent}.', metadata: { outlet: 'Some Blog' } };

describe('INDEX.yaml', () => {
  it('writes sources and entities, and a second rebuild changes nothing', () => {
    const first = rebuild(undefined, { 'wire.txt': WIRE, 'daily.txt': DAILY });
    const data = parse(first);
    assert.equal(data.version, 1);
    assert.deepEqual(
      data.sources.map((s: Record<string, unknown>) => [s.file, s.title]),
      [
        ['daily.txt', 'Tariff pain'],
        ['wire.txt', 'Envoy heads to Washington'],
      ],
    );
    assert.deepEqual(data.sources[1].mentions, { people: 2, rates: 1, dates: 1 });
    const akazawa = data.entities.people.find((p: { name: string }) => p.name === 'Ryosei Akazawa');
    assert.deepEqual(akazawa.possibleMatches, ['Azakawa']);
    assert.deepEqual(akazawa.files, ['wire.txt']);
    assert.deepEqual(data.entities.rates.map((r: { id: string }) => r.id), ['rate:24|japan', 'rate:25|car']);
    assert.deepEqual(data.entities.rejected, []);
    assert.match(first, /^# News Lens INDEX/);
    assert.equal(rebuild(first, { 'wire.txt': WIRE, 'daily.txt': DAILY }), first);
  });

  it('keeps edits, comments, notes and unknown keys through a rebuild with changed sources', () => {
    const first = rebuild(undefined, { 'wire.txt': WIRE, 'daily.txt': DAILY });
    const edited = first
      .replace('title: Envoy heads to Washington', 'title: Akazawa heads to Washington # fixed by hand')
      .replace('  - file: wire.txt\n', '  # the main wire story\n  - file: wire.txt\n    note: check the date\n    reviewer: kim\n')
      .replace('version: 1\n', 'version: 1\nproject: tariffs 2025 # ours\n')
      .replace(/( {4}- name: Ryosei Akazawa\n)/, '$1      note: Japan\'s negotiator\n');
    assert.notEqual(edited, first);

    const second = rebuild(edited, {
      'wire.txt': { ...WIRE, metadata: { ...WIRE.metadata, outlet: 'Example Wire Service' } },
      'blog.txt': BLOG,
    });
    const data = parse(second);
    const wire = data.sources.find((s: { file: string }) => s.file === 'wire.txt');
    assert.equal(wire.title, 'Akazawa heads to Washington', 'the person’s title wins');
    assert.equal(wire.outlet, 'Example Wire Service', 'an unedited field follows the page');
    assert.equal(wire.note, 'check the date');
    assert.equal(wire.reviewer, 'kim');
    assert.equal(data.project, 'tariffs 2025');
    assert.match(second, /# fixed by hand/);
    assert.match(second, /# the main wire story\n {2}- file: wire.txt/);
    assert.match(second, /project: tariffs 2025 # ours/);
    assert.deepEqual(data.sources.map((s: { file: string }) => s.file), ['blog.txt', 'wire.txt'], 'daily.txt, unedited, is gone');
    const akazawa = data.entities.people.find((p: { name: string }) => p.name === 'Ryosei Akazawa');
    assert.equal(akazawa.note, "Japan's negotiator");
    assert.equal(akazawa.possibleMatches, undefined, 'Azakawa left with daily.txt');
    // Stable: rebuilding again changes nothing.
    assert.equal(rebuild(second, { 'wire.txt': { ...WIRE, metadata: { ...WIRE.metadata, outlet: 'Example Wire Service' } }, 'blog.txt': BLOG }), second);
  });

  it('applies a person-edited title and published date to the index, and gives the page value back when the line is deleted', () => {
    const first = rebuild(undefined, { 'wire.txt': WIRE });
    const edited = first.replace('published: 2025-04-15', 'published: 2025-04-14');
    const read = readIndexYaml(edited);
    assert.deepEqual(read.overrides.sources.get('wire.txt'), { published: '2025-04-14' });
    const restored = rebuild(edited.replace(/ *published: 2025-04-14\n/, ''), { 'wire.txt': WIRE });
    assert.equal(parse(restored).sources[0].published, '2025-04-15');
    assert.equal(readIndexYaml(restored).overrides.sources.size, 0);
  });

  it('keeps entries that carry a person’s edits after their source or entity is gone', () => {
    const first = rebuild(undefined, { 'wire.txt': WIRE, 'daily.txt': DAILY });
    const edited = first
      .replace('title: Tariff pain', 'title: Tariff pain for carmakers')
      .replace(/( {4}- id: rate:25\|car\n)/, '$1      note: watch this one\n');
    const data = parse(rebuild(edited, { 'wire.txt': WIRE }));
    const daily = data.sources.find((s: { file: string }) => s.file === 'daily.txt');
    assert.deepEqual(daily, { file: 'daily.txt', title: 'Tariff pain for carmakers', missing: true });
    const rate = data.entities.rates.find((r: { id: string }) => r.id === 'rate:25|car');
    assert.deepEqual(rate, { id: 'rate:25|car', note: 'watch this one', missing: true });
  });

  it('merges names listed as aliases and drops rejected entities', () => {
    const first = rebuild(undefined, { 'wire.txt': WIRE, 'daily.txt': DAILY });
    const edited = first
      .replace(/( {4}- name: Ryosei Akazawa\n)/, '$1      aliases: [Azakawa]\n')
      .replace('rejected: []', 'rejected:\n    - person: Scott Bessent\n    - id: rate:25|car');
    const read = readIndexYaml(edited);
    assert.deepEqual(read.overrides.people, [{ name: 'Ryosei Akazawa', aliases: ['Azakawa'] }]);
    assert.deepEqual(read.overrides.rejected, [{ person: 'Scott Bessent' }, { id: 'rate:25|car' }]);
    const data = parse(rebuild(edited, { 'wire.txt': WIRE, 'daily.txt': DAILY }));
    assert.deepEqual(data.entities.people.map((p: { name: string }) => p.name), ['Ryosei Akazawa']);
    const akazawa = data.entities.people[0];
    assert.deepEqual(akazawa.aliases, ['Azakawa']);
    assert.equal(akazawa.mentions, 2);
    assert.deepEqual(akazawa.files, ['daily.txt', 'wire.txt']);
    assert.deepEqual(data.entities.rates.map((r: { id: string }) => r.id), ['rate:24|japan']);
    assert.deepEqual(data.entities.rejected, [{ person: 'Scott Bessent' }, { id: 'rate:25|car' }]);
  });

  it('reports a syntax error with its line and column, and the writer refuses the file', () => {
    const broken = 'version: 1\nsources:\n  - file: a.txt\n    title: Tokyo: talks resume\n  - file: b.txt\n';
    const read = readIndexYaml(broken);
    assert.equal(read.errors.length > 0, true);
    assert.equal(read.errors[0].line, 4);
    assert.equal(read.errors[0].col, 12);
    assert.doesNotMatch(read.errors[0].message, /\n/);
    assert.throws(() => writeIndexYaml(broken, new BundleIndex().snapshot()), IndexYamlError);
  });

  it('reports a wrong shape at the offending line', () => {
    const read = readIndexYaml('version: 1\nentities:\n  people:\n    - note: no name here\n');
    assert.deepEqual(read.errors.map((e) => [e.line, e.message]), [[4, 'each entry of `people` needs a `name`']]);
    assert.equal(readIndexYaml('sources: 5\n').errors[0].message, '`sources` must be a list');
    assert.equal(readIndexYaml('- a\n- b\n').errors[0].line, 1);
    assert.deepEqual(readIndexYaml('# only a comment\n').errors, []);
    assert.deepEqual(readIndexYaml('version: 1\nversion: 2\n').errors.map((e) => e.line), [2]);
  });

  it('writes into a file that only holds comments, keeping them', () => {
    const text = rebuild('# my notes on this folder\n', { 'wire.txt': WIRE });
    assert.match(text, /^# my notes on this folder\n/);
    assert.equal(parse(text).sources.length, 1);
  });
});
