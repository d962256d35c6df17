import type { SourceMetadata } from '../model';

/**
 * What people decided in INDEX.yaml, as the bundle index applies it. Produced by
 * `readIndexYaml` (src/core/indexYaml/read.ts); plain data so any front end can build it.
 */
export interface IndexOverrides {
  /** Per bundle-relative file: only the metadata fields a person set (they win over the page). */
  readonly sources: ReadonlyMap<string, SourceMetadata>;
  /** People entries carrying a person's decisions: aliases to merge in, a note. */
  readonly people: readonly PersonOverride[];
  /** Notes on rate and date entities, by entity id. */
  readonly notes: ReadonlyMap<string, string>;
  /** Entities a person marked as false ("not a person"). */
  readonly rejected: readonly Rejection[];
}

export interface PersonOverride {
  /** The entity's name as listed in INDEX.yaml: it becomes the canonical name when aliases merge. */
  readonly name: string;
  /** Names to merge into this person, whatever linking would have decided. */
  readonly aliases: readonly string[];
  readonly note?: string;
}

/** A person's name (every mention with that name is dropped) or any entity id. */
export type Rejection = { readonly person: string } | { readonly id: string };

export const NO_OVERRIDES: IndexOverrides = {
  sources: new Map(),
  people: [],
  notes: new Map(),
  rejected: [],
};
