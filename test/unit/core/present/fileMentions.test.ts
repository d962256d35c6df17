import * as assert from 'node:assert/strict';
import type { BundleSnapshot } from '../../../../src/core/bundle/api';
import { BundleIndex } from '../../../../src/core/bundle/bundleIndex';
import { mentionsInFile } from '../../../../src/core/present/fileMentions';
import { moritaBundle } from './fakeSnapshot';

// Invented text.
const A = 'Harbour Ledger\n\nOn May 2 Trade Minister Maria Tanaka said Japan faces a 25% tariff on cars.\nTanaka added on May 2 that talks would resume.\n';
const B = 'Pacific Wire\n\nMaria Tanaka met Kenji Okafor. Okafor said the 25% tariff on cars for Japan stays.\n';

const describeHits = (snapshot: BundleSnapshot, file: string) =>
  mentionsInFile(snapshot, file).map(({ entity, mention }) => `${entity.id}@${mention.file}:${mention.start}-${mention.end}:${mention.line}:${mention.text}`);

/** What a view got before: every entity of the file, filtered from its bundle-wide mentions. */
function fromEntityMentions(snapshot: BundleSnapshot, file: string): string[] {
  return snapshot
    .entitiesIn(file)
    .flatMap((entity) => entity.mentions.filter((m) => m.file === file).map((mention) => ({ entity, mention })))
    .sort((a, b) => a.mention.start - b.mention.start)
    .map(({ entity, mention }) => `${entity.id}@${mention.file}:${mention.start}-${mention.end}:${mention.line}:${mention.text}`);
}

describe('mentionsInFile', () => {
  it('lists a file’s mentions with their entities in offset order, as the entities’ own lists give them', () => {
    const index = new BundleIndex();
    index.setFile('a.txt', A);
    index.setFile('b.txt', B);
    const snapshot = index.snapshot();
    assert.ok(snapshot.mentionsIn, 'the index offers the per-file accessor');
    for (const file of ['a.txt', 'b.txt']) {
      const hits = describeHits(snapshot, file);
      assert.ok(hits.length >= 4, file);
      assert.deepEqual(hits, fromEntityMentions(snapshot, file), file);
    }
    assert.deepEqual(mentionsInFile(snapshot, 'missing.txt'), []);
  });

  it('each hit carries the snapshot’s entity object', () => {
    const index = new BundleIndex();
    index.setFile('a.txt', A);
    const snapshot = index.snapshot();
    for (const { entity } of mentionsInFile(snapshot, 'a.txt')) assert.equal(entity, snapshot.entity(entity.id));
  });

  it('falls back to the entities’ mentions for snapshots without the accessor', () => {
    const text = 'Hana Morita cut the 24% levy on May 2; Morita said so.';
    const snapshot = moritaBundle(text);
    assert.equal(snapshot.mentionsIn, undefined);
    assert.deepEqual(mentionsInFile(snapshot, 'a.txt').map((hit) => hit.mention.text), ['Hana Morita', '24%', 'May 2', 'Morita']);
    assert.deepEqual(mentionsInFile(snapshot, 'a.txt').map((hit) => hit.entity.id), ['person:Hana Morita', 'rate:24', 'date:2025-05-02', 'person:Hana Morita']);
  });
});
