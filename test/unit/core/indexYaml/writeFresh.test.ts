import * as assert from 'node:assert/strict';
import { BundleIndex } from '../../../../src/core/bundle/bundleIndex';
import type { SourceMetadata } from '../../../../src/core/model';
import { mergeIndexYaml, writeIndexYaml } from '../../../../src/core/indexYaml/write';
import { writeFreshIndexYaml } from '../../../../src/core/indexYaml/writeFresh';
import { article, FakeExtractor } from '../bundle/fakeExtractor';

/** Values the `yaml` library prints plain, quoted one way or another, or not on one line. */
const AWKWARD = [
  'Plain title',
  'Trade: the week ahead',
  'A #hashtag title',
  '10',
  '27.5',
  '007',
  '0.50',
  '2025-04-16',
  '2025-04',
  '2025',
  '2025-04-16T09:39',
  '2025-04-16T09:39:05',
  '2025-04-16T9:39',
  '2025-04-16TMO',
  '2025-W16',
  '2025-04-16T09:39 ',
  '2025-04-16T09:39: x',
  'true',
  'TRUE',
  'False',
  'Null',
  'nULL',
  'yes',
  'NaN',
  'Sato',
  'A',
  '-5 points',
  '[draft] Tariffs',
  'Tariffs, again',
  "It's a deal",
  '"Quoted" headline',
  'Ends with colon:',
  'Ends with space ',
  ' Leading space',
  'Café déjà vu',
  'rate:10|all import',
  '@handle',
  '&anchor',
  '*alias',
  '!tag',
  '%percent',
  '? question',
  '1e3',
  '.inf',
  '0x1F',
  '~',
  'x: y, z',
  'Back\\slash',
  'Tab\there',
  'a (b) c+d & e|f/g_h.i',
];

function snapshotWith(values: readonly string[]) {
  const fake = new FakeExtractor();
  const index = new BundleIndex({ extract: fake.extract });
  values.forEach((value, i) => {
    const metadata: SourceMetadata = { title: value, outlet: value, byline: value, url: value };
    const surname = value.replace(/[^A-Za-z]/g, '') || 'Nobody';
    const scope = value.replace(/[{}=|]/g, '');
    const marked = `{p:${surname}=Person ${surname}} spoke on {d:${value.replace(/[{}=]/g, '')}=${i}} of a {r:${i}%=${i}|${scope}|${scope}} rate.`;
    index.setFile(`${value.replace(/[^A-Za-z0-9 ,:#'.-]/g, '_') || 'x'}/${i}.txt`, fake.add(article(marked, metadata)));
  });
  return index.snapshot();
}

describe('INDEX.yaml first write', () => {
  it('prints the same bytes as the Document API, awkward values included', () => {
    const snapshot = snapshotWith(AWKWARD);
    const fresh = writeFreshIndexYaml(snapshot);
    assert.notEqual(fresh, undefined);
    assert.equal(fresh, mergeIndexYaml(undefined, snapshot));
    assert.equal(writeIndexYaml(undefined, snapshot), fresh);
  });

  it('prints an empty bundle as the Document API does', () => {
    const snapshot = new BundleIndex({ extract: new FakeExtractor().extract }).snapshot();
    assert.equal(writeFreshIndexYaml(snapshot), mergeIndexYaml(undefined, snapshot));
  });

  it('leaves a value that spans lines to the Document API', () => {
    const snapshot = snapshotWith(['Two\nlines']);
    assert.equal(writeFreshIndexYaml(snapshot), undefined);
    assert.equal(writeIndexYaml(undefined, snapshot), mergeIndexYaml(undefined, snapshot));
  });
});
