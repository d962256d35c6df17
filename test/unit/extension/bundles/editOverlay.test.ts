import * as assert from 'node:assert/strict';
import type { BundleSnapshot, Entity } from '../../../../src/core/bundle/api';
import { BundleIndex } from '../../../../src/core/bundle/bundleIndex';
import { NO_OVERRIDES } from '../../../../src/core/bundle/overrides';
import { EditOverlay, snapshotOfOneFile } from '../../../../src/extension/bundles/editOverlay';
import { detachedPreparedFile } from '../../../../src/extension/bundles/sourceTexts';

// Invented text.
const A = 'Harbour Ledger\n\nTrade Minister Maria Tanaka said on Monday that Japan faces a 25% tariff on cars.\nTanaka added that talks would resume.\n';
const B = 'Pacific Wire\n\nMaria Tanaka met Commerce Secretary Kenji Okafor. Okafor said the 25% tariff on cars for Japan stays.\n';
const A_EDITED = 'Harbour Ledger\n\nA new first line.\nTrade Minister Maria Tanaka said that Japan faces a tariff on cars.\nKenji Okafor disagreed.\n';

function fullSnapshot(files: Record<string, string>): BundleSnapshot {
  const index = new BundleIndex();
  for (const [file, text] of Object.entries(files)) index.setFile(file, text);
  return index.snapshot();
}

const places = (snapshot: BundleSnapshot, id: string) => snapshot.entity(id)?.mentions.map((m) => `${m.file}:${m.start}:${m.line}:${m.text}`);

describe('EditOverlay: a rebuild-time snapshot with edited files laid over it', () => {
  const base = fullSnapshot({ 'a.txt': A, 'b.txt': B });
  const overlay = new EditOverlay(base, new Map([['a.txt', snapshotOfOneFile('a.txt', A_EDITED, NO_OVERRIDES)]]));
  const truth = fullSnapshot({ 'a.txt': A_EDITED, 'b.txt': B });

  it('builds the one-file snapshot from an extraction already made, as from the text', () => {
    const fromText = snapshotOfOneFile('a.txt', A_EDITED, NO_OVERRIDES);
    const fromPrepared = snapshotOfOneFile('a.txt', A_EDITED, NO_OVERRIDES, detachedPreparedFile('a.txt', A_EDITED, NO_OVERRIDES));
    assert.equal(fromPrepared.text('a.txt'), A_EDITED);
    assert.deepEqual(JSON.parse(JSON.stringify(fromPrepared.entities)), JSON.parse(JSON.stringify(fromText.entities)));
    assert.deepEqual(fromPrepared.sources, fromText.sources);
  });

  it('gives the edited text and zones, and the base for other files', () => {
    assert.equal(overlay.text('a.txt'), A_EDITED);
    assert.equal(overlay.text('b.txt'), B);
    assert.deepEqual(overlay.zones('a.txt'), truth.zones?.('a.txt'));
  });

  it('swaps the edited file’s mentions into entities, keeping their mentions elsewhere', () => {
    for (const id of ['person:maria-tanaka', 'person:kenji-okafor']) assert.deepEqual(places(overlay, id), places(truth, id), id);
  });

  it('drops an entity mentioned only where the edit removed it', () => {
    assert.ok(base.entity('date:unresolved|monday'));
    assert.equal(overlay.entity('date:unresolved|monday'), undefined);
    assert.ok(!overlay.entities.some((entity) => entity.id === 'date:unresolved|monday'));
  });

  it('finds entities at offsets of the edited text, with the merged mention lists', () => {
    const offset = A_EDITED.indexOf('Kenji Okafor') + 2;
    const hit = overlay.entityAt('a.txt', offset);
    assert.equal(hit?.entity.id, 'person:kenji-okafor');
    assert.equal(hit?.mention.start, A_EDITED.indexOf('Kenji Okafor'));
    assert.deepEqual(hit?.entity.mentions.map((m) => m.file), ['a.txt', 'b.txt', 'b.txt']);
    assert.deepEqual(overlay.entitiesIn('a.txt').map((e) => e.id), truth.entitiesIn('a.txt').map((e) => e.id));
    // An unedited file's hits see the merged entity too.
    assert.equal(overlay.entityAt('b.txt', B.indexOf('Maria'))?.entity.mentions[0].line, 4);
  });

  it('lists a file’s mentions with the merged entities, edited or not', () => {
    const spans = (snapshot: BundleSnapshot, file: string) =>
      (snapshot.mentionsIn?.(file) ?? []).map(({ entity, mention }) => `${entity.id}:${mention.start}:${mention.text}`);
    for (const file of ['a.txt', 'b.txt']) assert.deepEqual(spans(overlay, file), spans(truth, file), file);
    const hit = overlay.mentionsIn('a.txt').find(({ mention }) => mention.text === 'Kenji Okafor');
    assert.equal(hit?.entity, overlay.entity('person:kenji-okafor'));
  });

  it('gathers a merged entity’s mentions across the bundle only when they are read', () => {
    let reads = 0;
    const counted: BundleSnapshot = Object.create(base, {
      entity: { value: (id: string) => spyOnMentions(base.entity(id), () => reads++) },
    });
    const lazy = new EditOverlay(counted, new Map([['a.txt', snapshotOfOneFile('a.txt', A_EDITED, NO_OVERRIDES)]]));
    assert.ok(lazy.mentionsIn('a.txt').length > 0);
    assert.ok(lazy.entitiesIn('b.txt').length > 0);
    assert.equal(reads, 0);
    assert.deepEqual(places(lazy, 'person:maria-tanaka'), places(truth, 'person:maria-tanaka'));
    assert.ok(reads > 0);
  });

  it('lists sources in bundle order with the edited file’s counts', () => {
    assert.deepEqual(overlay.sources.map((s) => s.file), ['a.txt', 'b.txt']);
    assert.deepEqual(overlay.sources[0].counts, truth.sources[0].counts);
    const created = new EditOverlay(base, new Map([['0.txt', snapshotOfOneFile('0.txt', B, NO_OVERRIDES)]]));
    assert.deepEqual(created.sources.map((s) => s.file), ['0.txt', 'a.txt', 'b.txt']);
  });
});

/** `entity` seen through a prototype whose `mentions` reports each read (other fields, refs included, inherited). */
function spyOnMentions(entity: Entity | undefined, onRead: () => void): Entity | undefined {
  if (!entity) return undefined;
  return Object.create(entity, { mentions: { get: () => (onRead(), entity.mentions) } }) as Entity;
}
