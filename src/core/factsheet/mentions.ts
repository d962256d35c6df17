import type { Entity, EntityMention } from '../bundle/api';
import { forEachMention } from '../bundle/entityMentions';
import type { FactSheetOptions } from './options';

/** Files cited by name before "and N more". */
export const CITED_FILES = 6;

/** What a citation list needs of some mentions: a few files by name, and how many files in all. */
export interface FileCitations {
  /** The first usable mention of each of the first CITED_FILES files, in bundle order. */
  readonly firstPerFile: readonly EntityMention[];
  readonly fileCount: number;
}

/** An entity's usable mentions boiled down to what the sheet prints. */
export interface MentionDigest extends FileCitations {
  readonly count: number;
  readonly first: EntityMention | undefined;
}

/**
 * Visits the mentions of an entity the sheet may use (by the zone option), in bundle order, until
 * `visit` returns true. Never reads `entity.mentions`: the index builds those on first read and
 * keeps them, about a million objects (hundreds of MB) on a 6,000-file bundle.
 */
export function forEachUsable(entity: Entity, options: FactSheetOptions, visit: (mention: EntityMention) => boolean | void): void {
  forEachMention(entity, (m) => (options.includeNonBody || m.zone === 'body') && visit(m));
}

export function hasUsable(entity: Entity, options: FactSheetOptions): boolean {
  let found = false;
  forEachUsable(entity, options, () => (found = true));
  return found;
}

/**
 * One pass over an entity's usable mentions; `visit` also sees each, told whether it is the
 * first of its file (mentions come in bundle order, so a file's mentions are consecutive).
 */
export function digestMentions(
  entity: Entity,
  options: FactSheetOptions,
  visit?: (mention: EntityMention, firstInFile: boolean) => void,
): MentionDigest {
  let count = 0;
  let fileCount = 0;
  let lastFile: string | undefined;
  const firstPerFile: EntityMention[] = [];
  forEachUsable(entity, options, (m) => {
    count++;
    const firstInFile = m.file !== lastFile;
    if (firstInFile) {
      lastFile = m.file;
      fileCount++;
      if (firstPerFile.length < CITED_FILES) firstPerFile.push(m);
    }
    visit?.(m, firstInFile);
  });
  return { count, fileCount, first: firstPerFile[0], firstPerFile };
}

/** The entity's first mention in any zone, without building the rest. */
export function firstMention(entity: Entity): EntityMention | undefined {
  let first: EntityMention | undefined;
  forEachMention(entity, (m) => {
    first = m;
    return true;
  });
  return first;
}
