import * as assert from 'node:assert/strict';
import type { Uri } from 'vscode';
import { BundleIndex } from '../../../../src/core/bundle/bundleIndex';
import type { Bundle } from '../../../../src/extension/services';
import { childNodes, groupSize, type IndexNode, PAGE_SIZE, rootNodes } from '../../../../src/extension/tree/indexNodes';
import { article, FakeExtractor } from '../../core/bundle/fakeExtractor';

/** A bundle over an in-memory index; the tree code needs only its name, root and snapshot. */
function fakeBundle(name: string, files: Record<string, string>): Bundle {
  const fake = new FakeExtractor();
  const index = new BundleIndex({ extract: fake.extract });
  for (const [file, marked] of Object.entries(files)) index.setFile(file, fake.add(article(marked, { title: `About ${file}` })));
  const root = { toString: () => `file:///${name}` } as unknown as Uri;
  return { name, root, snapshot: () => index.snapshot(), uriOf: () => root };
}

const NEWS = fakeBundle('news', {
  'a.txt': '{p:Oskar Lindqvist} said on {d:Friday=} the {r:18%=18|bicycles} levy starts {d:April 1=2025-04-01}.',
  'b.txt': '{p:Lindqvist=Oskar Lindqvist} met {p:Giulia Ferrante} on {d:March 12=2025-03-12} and {d:August 1=XXXX-08-01}.',
});

function walk(node: IndexNode, seen: IndexNode[] = []): IndexNode[] {
  seen.push(node);
  for (const child of childNodes(node, undefined)) walk(child, seen);
  return seen;
}

describe('INDEX view nodes', () => {
  it('shows one bundle as its four groups, several as one root each', () => {
    assert.deepEqual(rootNodes([NEWS]).map((n) => n.type === 'group' && n.group), ['sources', 'person', 'rate', 'date']);
    const other = fakeBundle('other', { 'c.txt': '{p:Ada Ferris} wrote it.' });
    assert.deepEqual(rootNodes([NEWS, other]).map((n) => n.type), ['bundle', 'bundle']);
  });

  it('gives every node a unique id and a parent chain back to the root', () => {
    const all = rootNodes([NEWS]).flatMap((root) => walk(root));
    assert.equal(new Set(all.map((n) => n.id)).size, all.length);
    for (const node of all) {
      if (node.parent) assert.ok(childNodes(node.parent, undefined).some((sibling) => sibling.id === node.id), node.id);
      else assert.equal(node.type, 'group');
    }
    const mentions = all.filter((n) => n.type === 'mention');
    assert.ok(mentions.length > 0 && mentions.every((m) => m.parent?.type === 'file' || m.parent?.type === 'entity'));
  });

  it('lists a person across files, then each mention in its file', () => {
    const people = childNodes(rootNodes([NEWS])[1], undefined);
    const oskar = people.find((n) => n.type === 'entity' && n.entity.name === 'Oskar Lindqvist');
    assert.ok(oskar);
    const files = childNodes(oskar, undefined);
    assert.deepEqual(files.map((n) => n.type === 'file' && n.file), ['a.txt', 'b.txt']);
    assert.equal(childNodes(files[1], undefined).length, 1);
  });

  it('orders dates as a timeline: resolved, then unknown year, then unresolved', () => {
    const dates = childNodes(rootNodes([NEWS])[3], undefined).map((n) => (n.type === 'entity' ? n.entity.name : ''));
    assert.deepEqual(dates, ['2025-03-12', '2025-04-01', 'XXXX-08-01', '']);
  });

  it('filters entities by name, and sources by their title or their entities', () => {
    const [sources, people] = rootNodes([NEWS]);
    assert.deepEqual(childNodes(people, 'ferrante').map((n) => n.type === 'entity' && n.entity.name), ['Giulia Ferrante']);
    const matching = childNodes(sources, 'ferrante');
    assert.deepEqual(matching.map((n) => n.type === 'source' && n.source.file), ['b.txt']);
    assert.deepEqual(childNodes(matching[0], 'ferrante').map((n) => n.type === 'entity' && n.entity.name), ['Giulia Ferrante']);
    assert.equal(childNodes(sources, 'about a.txt').length, 1, 'a title match keeps the source');
  });

  it('shows a page of a long list, then one "more" node for the rest', () => {
    const files: Record<string, string> = {};
    for (let n = 0; n < PAGE_SIZE + 5; n++) files[`f${String(n).padStart(3, '0')}.txt`] = `{p:Oskar Lindqvist} spoke on day ${n}.`;
    const [sources, people] = rootNodes([fakeBundle('big', files)]);
    const page = childNodes(sources, undefined);
    assert.equal(page.length, PAGE_SIZE + 1);
    const more = page[PAGE_SIZE];
    assert.ok(more.type === 'more' && more.hidden === 5 && more.parent === sources);
    assert.equal(new Set(page.map((n) => n.id)).size, page.length, 'the "more" node has an id of its own');
    assert.equal(childNodes(sources, undefined, PAGE_SIZE + 5).length, PAGE_SIZE + 5, 'a larger limit shows the rest, without "more"');
    const oskar = childNodes(people, undefined)[0];
    assert.equal(childNodes(oskar, undefined, 3).map((n) => n.type).join(), 'file,file,file,more', 'an entity\'s files page too');
    assert.deepEqual(childNodes(more, undefined), []);
  });

  it('keeps top-level nodes valid across index changes (they read the snapshot live)', () => {
    const fake = new FakeExtractor();
    const index = new BundleIndex({ extract: fake.extract });
    index.setFile('a.txt', fake.add(article('{p:Oskar Lindqvist} spoke.')));
    const root = { toString: () => 'file:///live' } as unknown as Uri;
    const [sources] = rootNodes([{ name: 'live', root, snapshot: () => index.snapshot(), uriOf: () => root }]);
    assert.equal(childNodes(sources, undefined).length, 1);
    index.setFile('b.txt', fake.add(article('{p:Giulia Ferrante} replied.')));
    assert.equal(childNodes(sources, undefined).length, 2);
  });

  it('counts each group as it lists it, with or without a filter', () => {
    for (const group of rootNodes([NEWS])) {
      if (group.type !== 'group') continue;
      for (const filter of [undefined, 'ferrante', '2025', 'nothing like this']) {
        assert.equal(groupSize(group.snapshot, group.group, filter), childNodes(group, filter).length, `${group.group} / ${filter}`);
      }
    }
  });
});
