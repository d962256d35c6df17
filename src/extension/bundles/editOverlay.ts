import type { BundleSnapshot, Entity, EntityMention, SourceEntry } from '../../core/bundle/api';
import { BundleIndex } from '../../core/bundle/bundleIndex';
import { compareFiles } from '../../core/bundle/discovery';
import type { PreparedFile } from '../../core/bundle/fileRecord';
import { mentionCount, withLazyMentions } from '../../core/bundle/entityMentions';
import type { IndexOverrides } from '../../core/bundle/overrides';
import type { ZoneRange } from '../../core/model';
import { type FileMention, mentionsInFile } from '../../core/present/fileMentions';
import { spliceFileMentions } from './mergedEntity';

/**
 * A one-file snapshot of `text`: what the edited file holds now, linked within itself. Costs
 * one extraction of that file, however large the bundle, or none when the caller has already
 * extracted it (`prepared`, made with the same overrides).
 */
export function snapshotOfOneFile(file: string, text: string, overrides: IndexOverrides, prepared?: PreparedFile): BundleSnapshot {
  const index = new BundleIndex({ loadText: (wanted) => (wanted === file ? text : undefined) });
  index.setOverrides(overrides);
  if (prepared) index.setPrepared(prepared);
  else index.setFile(file, text);
  return index.snapshot();
}

/**
 * While a large bundle rebuilds, views read a snapshot of the index taken a few seconds ago
 * (a fresh one relinks the whole bundle: up to a second of the extension host's time). Files
 * edited since are laid over it, each from a one-file snapshot, so hovers and decorations
 * follow the text on screen at the cost of one file's extraction.
 *
 * An entity mentioned in an edited file keeps its mentions elsewhere from the base snapshot and
 * takes this file's from the edit. Linking is the one-file snapshot's until the next full
 * snapshot: a bare surname whose full name appears only in other files links to its surname
 * entity for those few seconds.
 */
export class EditOverlay implements BundleSnapshot {
  private readonly merged = new Map<string, Entity | undefined>();
  /**
   * Per entity, how many of its base mentions lie in the edited files: the entities an edit can
   * change besides its own, and whether one keeps mentions elsewhere.
   */
  private inEditedFiles: Map<string, number> | undefined;
  private sourceList: readonly SourceEntry[] | undefined;
  private entityList: readonly Entity[] | undefined;

  constructor(
    private readonly base: BundleSnapshot,
    /** Edited file → its one-file snapshot. */
    private readonly edits: ReadonlyMap<string, BundleSnapshot>,
  ) {}

  get sources(): readonly SourceEntry[] {
    if (!this.sourceList) {
      const fresh = new Map<string, SourceEntry>();
      for (const [file, edit] of this.edits) {
        const entry = edit.sources.find((source) => source.file === file);
        if (entry) fresh.set(file, entry);
      }
      const added = new Map(fresh);
      const list = this.base.sources.map((source) => {
        added.delete(source.file);
        return fresh.get(source.file) ?? source;
      });
      // The base is in bundle order already: sort only for a file created since it was taken.
      if (added.size > 0) {
        list.push(...added.values());
        list.sort((a, b) => compareFiles(a.file, b.file));
      }
      this.sourceList = list;
    }
    return this.sourceList;
  }

  get entities(): readonly Entity[] {
    if (!this.entityList) {
      const ids = new Set(this.base.entities.map((entity) => entity.id));
      for (const edit of this.edits.values()) for (const entity of edit.entities) ids.add(entity.id);
      this.entityList = [...ids].map((id) => this.entity(id)).filter((entity): entity is Entity => entity !== undefined);
    }
    return this.entityList;
  }

  entity(id: string): Entity | undefined {
    if (!this.merged.has(id)) this.merged.set(id, this.merge(id));
    return this.merged.get(id);
  }

  entityAt(file: string, offset: number): { entity: Entity; mention: EntityMention } | undefined {
    const edit = this.edits.get(file);
    const hit = (edit ?? this.base).entityAt(file, offset);
    const entity = hit && this.entity(hit.entity.id);
    if (!hit || !entity) return undefined;
    if (entity === hit.entity) return hit;
    const mention = entity.mentions.find((m) => m.file === file && m.start === hit.mention.start) ?? hit.mention;
    return { entity, mention };
  }

  entitiesIn(file: string): readonly Entity[] {
    const listed = (this.edits.get(file) ?? this.base).entitiesIn(file);
    return listed.map((entity) => this.entity(entity.id)).filter((entity): entity is Entity => entity !== undefined);
  }

  mentionsIn(file: string): readonly FileMention[] {
    const hits: FileMention[] = [];
    for (const { entity, mention } of mentionsInFile(this.edits.get(file) ?? this.base, file)) {
      const merged = this.entity(entity.id);
      if (merged) hits.push({ entity: merged, mention });
    }
    return hits;
  }

  text(file: string): string | undefined {
    return (this.edits.get(file) ?? this.base).text(file);
  }

  zones(file: string): readonly ZoneRange[] | undefined {
    return (this.edits.get(file) ?? this.base).zones?.(file);
  }

  /** The base entity with the edited files' mentions swapped for their fresh ones. */
  private merge(id: string): Entity | undefined {
    const before = this.base.entity(id);
    const fresh = [...this.edits.values()].map((edit) => edit.entity(id)).filter((entity): entity is Entity => entity !== undefined);
    // Decided without reading `before.mentions`: the index builds them on first read, and
    // building every entity's would cost time and memory for entities the edit left alone.
    const inEdited = this.countInEditedFiles().get(id) ?? 0;
    if (fresh.length === 0 && inEdited === 0) return before;
    const keptElsewhere = before !== undefined && mentionCount(before) > inEdited;
    if (fresh.length === 0 && !keptElsewhere) return undefined; // mentioned only where the edit removed it
    const template = before ?? fresh[0];
    const aliases = new Set([...(before?.aliases ?? []), ...fresh.flatMap((entity) => [entity.name, ...entity.aliases])]);
    aliases.delete(template.name);
    return withLazyMentions(
      {
        id,
        kind: template.kind,
        name: template.name,
        aliases: [...aliases].sort(compareFiles),
        possibleMatches: template.possibleMatches,
        ambiguousWith: template.ambiguousWith,
        ...(template.note !== undefined ? { note: template.note } : {}),
      },
      () => {
        const kept = inEdited === 0 ? before?.mentions ?? [] : before?.mentions.filter((m) => !this.edits.has(m.file)) ?? [];
        return spliceFileMentions(kept, fresh.map((entity) => entity.mentions));
      },
    );
  }

  private countInEditedFiles(): Map<string, number> {
    if (!this.inEditedFiles) {
      this.inEditedFiles = new Map();
      for (const file of this.edits.keys()) {
        for (const { entity } of mentionsInFile(this.base, file)) this.inEditedFiles.set(entity.id, (this.inEditedFiles.get(entity.id) ?? 0) + 1);
      }
    }
    return this.inEditedFiles;
  }
}
