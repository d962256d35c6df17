import * as assert from 'node:assert/strict';
import { BundleIndex } from '../../../../src/core/bundle/bundleIndex';
import { addPersonAlias, addRejection } from '../../../../src/core/indexYaml/edit';
import { readIndexYaml } from '../../../../src/core/indexYaml/read';
import { IndexYamlError } from '../../../../src/core/indexYaml/schema';
import { writeIndexYaml } from '../../../../src/core/indexYaml/write';
import { article, FakeExtractor } from '../bundle/fakeExtractor';

/** A two-file bundle with a likely misspelling ("Lindkvist") and a rate, indexed with `current`'s overrides. */
function snapshotOf(current?: string) {
  const fake = new FakeExtractor();
  const index = new BundleIndex({ extract: fake.extract });
  if (current !== undefined) index.setOverrides(readIndexYaml(current).overrides);
  index.setFile('a.txt', fake.add(article('{p:Oskar Lindqvist} set a {r:18%=18|bicycles} levy.')));
  index.setFile('b.txt', fake.add(article('{p:Oskar Lindkvist} met {p:Giulia Ferrante}.')));
  return index.snapshot();
}

describe('INDEX.yaml edits from the INDEX view', () => {
  it('merges a name into a person as an alias, and the next index applies it', () => {
    const text = addPersonAlias(undefined, snapshotOf(), 'Oskar Lindqvist', 'Oskar Lindkvist');
    const read = readIndexYaml(text);
    assert.deepEqual(read.errors, []);
    assert.deepEqual(read.overrides.people, [{ name: 'Oskar Lindqvist', aliases: ['Oskar Lindkvist'] }]);
    const merged = snapshotOf(text).entities.filter((e) => e.kind === 'person' && e.name === 'Oskar Lindqvist');
    assert.equal(merged.length, 1);
    assert.deepEqual([...new Set(merged[0].mentions.map((m) => m.file))], ['a.txt', 'b.txt']);
  });

  it('keeps comments and earlier aliases, and adds an alias once', () => {
    const base = writeIndexYaml(undefined, snapshotOf()).replace('entities:', '# checked by the desk\nentities:');
    const once = addPersonAlias(base, snapshotOf(), 'Oskar Lindqvist', 'O. Lindqvist');
    const twice = addPersonAlias(once, snapshotOf(once), 'Oskar Lindqvist', 'Oskar Lindkvist');
    const again = addPersonAlias(twice, snapshotOf(twice), 'Oskar Lindqvist', 'oskar lindkvist');
    assert.ok(again.includes('# checked by the desk\nentities:'));
    const person = readIndexYaml(again).overrides.people.find((p) => p.name === 'Oskar Lindqvist');
    assert.deepEqual(person?.aliases, ['O. Lindqvist', 'Oskar Lindkvist']);
  });

  it('rejects a person by name and another entity by id, each once', () => {
    let text = addRejection(undefined, snapshotOf(), { person: 'Giulia Ferrante' });
    text = addRejection(text, snapshotOf(text), { id: 'rate:18|bicycles' });
    text = addRejection(text, snapshotOf(text), { person: 'Giulia Ferrante' });
    assert.deepEqual(readIndexYaml(text).overrides.rejected, [{ person: 'Giulia Ferrante' }, { id: 'rate:18|bicycles' }]);
    assert.ok(!snapshotOf(text).entities.some((e) => e.name === 'Giulia Ferrante'), 'the rejected person is gone');
  });

  it('refuses a broken INDEX.yaml', () => {
    assert.throws(() => addPersonAlias('entities: [unclosed\n', snapshotOf(), 'A', 'B'), IndexYamlError);
  });
});
