import type { Mention, MentionKind, SourceMetadata, Zone, ZoneRange } from '../model';

/**
 * The bundle index's public shape. Views (decorations, hovers, tree, fact sheet, INDEX.yaml)
 * read only this; `BundleIndex` in bundleIndex.ts implements it.
 * Files are named by their path relative to the bundle root, with `/` separators.
 */

/** One mention of an entity, placed in its file. */
export interface EntityMention {
  readonly file: string;
  readonly start: number;
  readonly end: number;
  /** 1-based. */
  readonly line: number;
  readonly text: string;
  readonly zone: Zone;
  /** The extractor's mention, with its kind-specific detail (role, what a rate applies to…). */
  readonly mention: Mention;
}

export interface Entity {
  /** Stable across rebuilds for the same canonical name: "person:ryosei-akazawa", "rate:24|japan", "date:2025-04-16". */
  readonly id: string;
  readonly kind: MentionKind;
  /** Canonical value as in `extract`: full name given name first, rate number, TIMEX3 value. */
  readonly name: string;
  /** Every distinct surface form seen, and aliases added in INDEX.yaml. */
  readonly aliases: readonly string[];
  /** In bundle order: by file path, then offset. */
  readonly mentions: readonly EntityMention[];
  /** Entities that are likely the same (a misspelling): shown to the user, never merged silently. */
  readonly possibleMatches: readonly string[];
  /** Set when a bare surname (say) could belong to several entities: their ids. */
  readonly ambiguousWith: readonly string[];
  /** A note written by a person in INDEX.yaml. */
  readonly note?: string;
}

export interface SourceEntry {
  readonly file: string;
  /** Metadata from the page, overridden by what a person wrote in INDEX.yaml. */
  readonly metadata: SourceMetadata;
  /** Mentions per kind in this file (all zones). */
  readonly counts: Readonly<Record<MentionKind, number>>;
  /** Why the file was not indexed (binary, too large, unreadable), if it was not. */
  readonly skipped?: string;
}

/** A read-only view of the bundle at one moment. */
export interface BundleSnapshot {
  readonly sources: readonly SourceEntry[];
  readonly entities: readonly Entity[];
  entity(id: string): Entity | undefined;
  /** The entity whose mention covers `offset` in `file` (start <= offset < end). */
  entityAt(file: string, offset: number): { entity: Entity; mention: EntityMention } | undefined;
  /** Entities mentioned in `file`, in order of first mention. */
  entitiesIn(file: string): readonly Entity[];
  /**
   * The mentions in `file` that belong to an entity, in offset order, each with its entity: what
   * one file's views (highlights, outline) need, without building each entity's mentions across
   * the bundle. Optional: hand-built test snapshots may omit it (see present/fileMentions.ts).
   */
  mentionsIn?(file: string): readonly { entity: Entity; mention: EntityMention }[];
  /** The file's text as indexed (for snippets and line numbers). */
  text(file: string): string | undefined;
  /**
   * The file's zones as extracted (sorted, covering the text), so views need not find them again;
   * undefined when the file is not indexed. Optional: hand-built test snapshots may omit it.
   */
  zones?(file: string): readonly ZoneRange[] | undefined;
}
