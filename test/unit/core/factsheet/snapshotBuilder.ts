import type { BundleSnapshot, Entity, EntityMention, SourceEntry } from '../../../../src/core/bundle/api';
import type { Mention, MentionKind, PersonDetail, RateDetail, SourceMetadata, Zone } from '../../../../src/core/model';

/** A mention to place: the `n`th occurrence (default first) of `text` in the file. */
export interface MentionSpec {
  readonly kind: MentionKind;
  readonly text: string;
  readonly entity: string;
  readonly occurrence?: number;
  readonly zone?: Zone;
  readonly person?: PersonDetail;
  readonly rate?: RateDetail;
}

export interface FileSpec {
  readonly file: string;
  readonly text: string;
  readonly metadata?: SourceMetadata;
  readonly mentions: readonly MentionSpec[];
}

/**
 * A BundleSnapshot built by hand, so fact-sheet tests state exactly which entities exist and do
 * not depend on the finders. Entity names are the `entity` strings; ids are `kind:name`.
 */
export function buildSnapshot(files: readonly FileSpec[]): BundleSnapshot {
  const entities = new Map<string, { kind: MentionKind; name: string; mentions: EntityMention[] }>();
  const sources: SourceEntry[] = [];
  const texts = new Map<string, string>();
  for (const spec of [...files].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    texts.set(spec.file, spec.text);
    const counts = { person: 0, rate: 0, date: 0 };
    for (const m of spec.mentions) {
      counts[m.kind]++;
      const start = nthIndex(spec.text, m.text, m.occurrence ?? 1);
      const mention: Mention = {
        kind: m.kind,
        start,
        end: start + m.text.length,
        text: m.text,
        value: m.entity,
        zone: m.zone ?? 'body',
        ...(m.person ? { person: m.person } : {}),
        ...(m.rate ? { rate: m.rate } : {}),
      };
      const id = `${m.kind}:${m.entity}`;
      const entity = entities.get(id) ?? { kind: m.kind, name: m.entity, mentions: [] };
      entity.mentions.push({
        file: spec.file,
        start,
        end: mention.end,
        line: spec.text.slice(0, start).split('\n').length,
        text: m.text,
        zone: mention.zone,
        mention,
      });
      entities.set(id, entity);
    }
    sources.push({ file: spec.file, metadata: spec.metadata ?? {}, counts });
  }
  const list: Entity[] = [...entities].map(([id, e]) => ({
    id,
    kind: e.kind,
    name: e.name,
    aliases: [...new Set(e.mentions.map((m) => m.text))],
    mentions: e.mentions.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start)),
    possibleMatches: [],
    ambiguousWith: [],
  }));
  return {
    sources,
    entities: list,
    entity: (id) => list.find((e) => e.id === id),
    entityAt: () => undefined,
    entitiesIn: (file) => list.filter((e) => e.mentions.some((m) => m.file === file)),
    text: (file) => texts.get(file),
  };
}

function nthIndex(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" occurs fewer than ${n} times`);
  }
  return at;
}
