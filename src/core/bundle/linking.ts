import type { KeyStat } from './linking/keys';
import { linkPeople } from './linking/people';
import { compareDateKeys, dateGroup, linkDates, linkRates } from './linking/ratesAndDates';
import type { Group, LinkedEntity } from './linking/types';
import type { MentionKind } from '../model';
import type { IndexOverrides } from './overrides';
import { LayeredMap } from './layeredMap';

export type { KeyStat } from './linking/keys';
export type { LinkedEntity } from './linking/types';

/** The bundle's entities as linking decided them, and which entity each link key belongs to. */
export interface Linking {
  /** In display order: people, rates, dates; each sorted by name. */
  readonly entities: readonly LinkedEntity[];
  /** Link key → entity id. Keys of rejected entities are absent. */
  readonly entityOfKey: KeyLookup;
  /** Entity id → the entity. */
  readonly byId: { get(id: string): LinkedEntity | undefined };
}

/** Link key → entity id, read-only. */
export interface KeyLookup {
  get(key: string): string | undefined;
}

/**
 * One kind's entities and their keys: kept per kind, so relinking one kind leaves the others'
 * tables alone. Immutable (snapshots read the tables), and cheap to derive with a few changes.
 */
export interface KindLinking {
  readonly entities: readonly LinkedEntity[];
  readonly entityOfKey: LayeredMap<string, string>;
  readonly byId: LayeredMap<string, LinkedEntity>;
}

export const KINDS: readonly MentionKind[] = ['person', 'rate', 'date'];

/** The kind of mention a link key stands for (see linking/keys.ts). */
export function kindOfKey(key: string): MentionKind {
  return key[0] === 'p' ? 'person' : key[0] === 'r' ? 'rate' : 'date';
}

/**
 * One kind's entities, from the bundle's distinct link keys (see linking/keys.ts) and what people
 * decided in INDEX.yaml. Kinds link independently, so a change in one relinks that kind alone.
 * Pure and deterministic: the same keys and overrides always give the same ids, names and order,
 * however the bundle was loaded.
 */
export function linkKind(kind: MentionKind, stats: ReadonlyMap<string, KeyStat>, overrides: IndexOverrides): LinkedEntity[] {
  const rejectedIds = rejectedIdsOf(overrides);
  const groups = kind === 'person' ? linkPeople(stats, overrides) : kind === 'rate' ? linkRates(stats) : linkDates(stats);
  const ids = assignIds(groups);
  const entities: LinkedEntity[] = [];
  groups.forEach((g, i) => {
    if (rejectedIds.has(ids[i])) return;
    const note = g.note ?? overrides.notes.get(ids[i]);
    const entity: LinkedEntity = {
      id: ids[i],
      kind: g.kind,
      name: g.name,
      keys: g.keys,
      aliases: g.aliases,
      possibleMatches: groupIds(g.possibleMatches, ids, rejectedIds),
      ambiguousWith: groupIds(g.ambiguousWith, ids, rejectedIds),
    };
    entities.push(note === undefined ? entity : { ...entity, note });
  });
  return entities;
}

/** The ids of other groups, rejected ones left out. */
function groupIds(groups: readonly number[], ids: readonly string[], rejectedIds: ReadonlySet<string>): string[] {
  if (groups.length === 0) return [];
  const out: string[] = [];
  for (const j of groups) if (!rejectedIds.has(ids[j])) out.push(ids[j]);
  return out;
}

function rejectedIdsOf(overrides: IndexOverrides): Set<string> {
  const rejectedIds = new Set<string>();
  for (const r of overrides.rejected) if ('id' in r) rejectedIds.add(r.id);
  return rejectedIds;
}

export function kindLinking(entities: readonly LinkedEntity[]): KindLinking {
  const entityOfKey = new Map<string, string>();
  const byId = new Map<string, LinkedEntity>();
  for (const e of entities) {
    byId.set(e.id, e);
    for (const key of e.keys) entityOfKey.set(key, e.id);
  }
  return { entities, entityOfKey: LayeredMap.of(entityOfKey), byId: LayeredMap.of(byId) };
}

/**
 * The dates' linking after some date keys came (`added`) or went (`removed`), as
 * `kindLinking(linkKind('date', …))` would give it under the same overrides, in time proportional
 * to the change: a date key is one entity of its own, so no other entity moves. Undefined when
 * an id would clash (then link afresh).
 */
export function relinkDates(before: KindLinking, added: ReadonlySet<string>, removed: ReadonlySet<string>, overrides: IndexOverrides): KindLinking | undefined {
  const rejectedIds = rejectedIdsOf(overrides);
  const fresh: LinkedEntity[] = [];
  for (const key of [...added].sort(compareDateKeys)) {
    const g = dateGroup(key);
    const id = `${g.kind}:${g.idSeed}`;
    if (before.byId.get(id) !== undefined) return undefined;
    if (rejectedIds.has(id)) continue;
    const note = overrides.notes.get(id);
    const entity: LinkedEntity = { id, kind: g.kind, name: g.name, keys: g.keys, aliases: g.aliases, possibleMatches: [], ambiguousWith: [] };
    fresh.push(note === undefined ? entity : { ...entity, note });
  }
  // Both lists are in date-key order: merged, without the entities whose key went.
  const entities: LinkedEntity[] = [];
  const dropped: LinkedEntity[] = [];
  let f = 0;
  for (const e of before.entities) {
    if (removed.has(e.keys[0])) {
      dropped.push(e);
      continue;
    }
    while (f < fresh.length && compareDateKeys(fresh[f].keys[0], e.keys[0]) < 0) entities.push(fresh[f++]);
    entities.push(e);
  }
  while (f < fresh.length) entities.push(fresh[f++]);
  return {
    entities,
    entityOfKey: before.entityOfKey.with([...dropped.map((e) => [e.keys[0], undefined] as const), ...fresh.map((e) => [e.keys[0], e.id] as const)]),
    byId: before.byId.with([...dropped.map((e) => [e.id, undefined] as const), ...fresh.map((e) => [e.id, e] as const)]),
  };
}

/** The whole linking from each kind's own (in KINDS order), without copying their key tables. */
export function combineLinking(perKind: readonly KindLinking[]): Linking {
  const tables = new Map(KINDS.map((kind, i) => [kind, perKind[i].entityOfKey]));
  const ids = new Map(KINDS.map((kind, i) => [kind + ':', perKind[i].byId]));
  return {
    entities: ([] as LinkedEntity[]).concat(...perKind.map((k) => k.entities)),
    entityOfKey: { get: (key) => tables.get(kindOfKey(key))?.get(key) },
    // Ids start with their kind ("person:…"): the kind's own table answers.
    byId: { get: (id) => ids.get(id.slice(0, id.indexOf(':') + 1))?.get(id) },
  };
}

/** "person:ryosei-akazawa"; a clash (two spellings with one slug) gets "-2", "-3" in group order. */
function assignIds(groups: readonly Group[]): string[] {
  const used = new Set<string>();
  return groups.map((g) => {
    const base = `${g.kind}:${g.idSeed}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}
