import type { KeyStat } from './linking/keys';
import { linkPeople } from './linking/people';
import { linkDates, linkRates } from './linking/ratesAndDates';
import type { Group, LinkedEntity } from './linking/types';
import type { MentionKind } from '../model';
import type { IndexOverrides } from './overrides';

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

/** One kind's entities and their keys: kept per kind, so relinking one kind leaves the others' tables alone. */
export interface KindLinking {
  readonly entities: readonly LinkedEntity[];
  readonly entityOfKey: ReadonlyMap<string, string>;
  readonly byId: ReadonlyMap<string, LinkedEntity>;
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
  const rejectedIds = new Set<string>();
  for (const r of overrides.rejected) if ('id' in r) rejectedIds.add(r.id);
  const groups = kind === 'person' ? linkPeople(stats, overrides) : kind === 'rate' ? linkRates(stats) : linkDates(stats);
  const ids = assignIds(groups);
  const entities: LinkedEntity[] = [];
  groups.forEach((g, i) => {
    if (rejectedIds.has(ids[i])) return;
    const note = g.note ?? overrides.notes.get(ids[i]);
    entities.push({
      id: ids[i],
      kind: g.kind,
      name: g.name,
      keys: g.keys,
      aliases: g.aliases,
      possibleMatches: g.possibleMatches.map((j) => ids[j]).filter((id) => !rejectedIds.has(id)),
      ambiguousWith: g.ambiguousWith.map((j) => ids[j]).filter((id) => !rejectedIds.has(id)),
      ...(note !== undefined ? { note } : {}),
    });
  });
  return entities;
}

export function kindLinking(entities: readonly LinkedEntity[]): KindLinking {
  const entityOfKey = new Map<string, string>();
  const byId = new Map<string, LinkedEntity>();
  for (const e of entities) {
    byId.set(e.id, e);
    for (const key of e.keys) entityOfKey.set(key, e.id);
  }
  return { entities, entityOfKey, byId };
}

/** The whole linking from each kind's own (in KINDS order), without copying their key tables. */
export function combineLinking(perKind: readonly KindLinking[]): Linking {
  const tables = new Map(KINDS.map((kind, i) => [kind, perKind[i].entityOfKey]));
  const ids = new Map(KINDS.map((kind, i) => [kind + ':', perKind[i].byId]));
  return {
    entities: perKind.flatMap((k) => k.entities),
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
