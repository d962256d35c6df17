import type { BundleSnapshot, Entity, EntityMention, SourceEntry } from '../../../../src/core/bundle/api';
import type { Mention, MentionKind, SourceMetadata, Zone, ZoneRange } from '../../../../src/core/model';

/** A mention found by its text: the `nth` occurrence (0-based) of `text` in the file. */
export interface FakeMention {
  readonly kind: MentionKind;
  readonly text: string;
  readonly value: string;
  readonly nth?: number;
  readonly zone?: Zone;
  readonly person?: Mention['person'];
  readonly rate?: Mention['rate'];
  readonly date?: Mention['date'];
}

export interface FakeFile {
  readonly text: string;
  /** Zones as the extractor found them; the snapshot has no `zones` method when no file sets them. */
  readonly zones?: readonly ZoneRange[];
  readonly metadata?: SourceMetadata;
  readonly mentions: readonly FakeMention[];
}

export interface FakeEntityExtras {
  readonly possibleMatches?: string[];
  readonly ambiguousWith?: string[];
  readonly note?: string;
  readonly aliases?: string[];
}

/**
 * A hand-built BundleSnapshot for presentation tests: entities are grouped by kind and value
 * (id `kind:value`), files are in path order, as the real index orders them.
 */
export function fakeSnapshot(files: Record<string, FakeFile>, extras: Record<string, FakeEntityExtras> = {}): BundleSnapshot {
  const paths = Object.keys(files).sort();
  const mentionsById = new Map<string, EntityMention[]>();
  const kinds = new Map<string, MentionKind>();
  for (const file of paths) {
    const { text, mentions } = files[file];
    const placed = mentions.map((spec) => place(file, text, spec)).sort((a, b) => a.start - b.start);
    for (const m of placed) {
      const id = `${m.mention.kind}:${m.mention.value || m.text}`;
      kinds.set(id, m.mention.kind);
      mentionsById.set(id, [...(mentionsById.get(id) ?? []), m]);
    }
  }
  const entities: Entity[] = [...mentionsById].map(([id, mentions]) => {
    const extra = extras[id] ?? {};
    const aliases = [...new Set([...mentions.map((m) => m.text), ...(extra.aliases ?? [])])];
    return {
      id,
      kind: kinds.get(id) as MentionKind,
      name: mentions[0].mention.value,
      aliases,
      mentions,
      possibleMatches: extra.possibleMatches ?? [],
      ambiguousWith: extra.ambiguousWith ?? [],
      ...(extra.note ? { note: extra.note } : {}),
    };
  });
  const sources: SourceEntry[] = paths.map((file) => ({
    file,
    metadata: files[file].metadata ?? {},
    counts: countKinds(entities.flatMap((e) => e.mentions).filter((m) => m.file === file)),
  }));
  return {
    sources,
    entities,
    entity: (id) => entities.find((e) => e.id === id),
    entityAt(file, offset) {
      for (const entity of entities) {
        const mention = entity.mentions.find((m) => m.file === file && m.start <= offset && offset < m.end);
        if (mention) return { entity, mention };
      }
      return undefined;
    },
    entitiesIn(file) {
      const firsts = entities
        .map((e) => ({ e, first: e.mentions.find((m) => m.file === file) }))
        .filter((x) => x.first !== undefined);
      return firsts.sort((a, b) => (a.first?.start ?? 0) - (b.first?.start ?? 0)).map((x) => x.e);
    },
    text: (file) => files[file]?.text,
    ...(paths.some((file) => files[file].zones) ? { zones: (file: string) => files[file]?.zones } : {}),
  };
}

function place(file: string, text: string, spec: FakeMention): EntityMention {
  let start = -1;
  for (let i = 0; i <= (spec.nth ?? 0); i++) start = text.indexOf(spec.text, start + 1);
  if (start < 0) throw new Error(`fakeSnapshot: "${spec.text}" not found in ${file}`);
  const end = start + spec.text.length;
  const zone = spec.zone ?? 'body';
  const mention: Mention = {
    kind: spec.kind,
    start,
    end,
    text: spec.text,
    value: spec.value,
    zone,
    ...(spec.person ? { person: spec.person } : {}),
    ...(spec.rate ? { rate: spec.rate } : {}),
    ...(spec.date ? { date: spec.date } : {}),
  };
  const line = text.slice(0, start).split('\n').length;
  return { file, start, end, line, text: spec.text, zone, mention };
}

function countKinds(mentions: readonly EntityMention[]): Record<MentionKind, number> {
  const counts: Record<MentionKind, number> = { person: 0, rate: 0, date: 0 };
  for (const m of mentions) counts[m.mention.kind]++;
  return counts;
}

/**
 * The two-file bundle several presentation suites read: `text` (which must name Hana Morita, then
 * a 24% rate, then May 2, then Morita again) in a.txt with those mentions plus `more`, and Ken Ito
 * in b.txt.
 */
export function moritaBundle(text: string, more: readonly FakeMention[] = []): BundleSnapshot {
  return fakeSnapshot({
    'a.txt': {
      text,
      mentions: [
        { kind: 'person', text: 'Hana Morita', value: 'Hana Morita' },
        { kind: 'rate', text: '24%', value: '24' },
        { kind: 'date', text: 'May 2', value: '2025-05-02' },
        { kind: 'person', text: 'Morita', value: 'Hana Morita', nth: 1 },
        ...more,
      ],
    },
    'b.txt': { text: 'Ken Ito', mentions: [{ kind: 'person', text: 'Ken Ito', value: 'Ken Ito' }] },
  });
}
