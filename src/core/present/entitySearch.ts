import type { Entity } from '../bundle/api';
import { entityLabel } from './entityLabel';

/** An entity found by a search, and the name it was found by. */
export interface EntityMatch {
  readonly entity: Entity;
  /** The canonical label, or the variant the query matched when the label does not. */
  readonly matchedName: string;
}

/**
 * Entities whose canonical label or any variant/alias matches `query`, loosely: every word of
 * the query must appear in the name as a subsequence of its letters, ignoring case and accents
 * (the editor ranks and highlights the results itself). An empty query matches everything.
 */
export function searchEntities(entities: readonly Entity[], query: string): EntityMatch[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const matches: EntityMatch[] = [];
  for (const entity of entities) {
    const label = entityLabel(entity);
    const names = [label, entity.name, ...entity.aliases];
    const found = names.find((name) => name && words.every((word) => isSubsequence(word, fold(name))));
    if (found !== undefined) matches.push({ entity, matchedName: found === entity.name ? label : found });
  }
  return matches;
}

/** Lowercase without accents: "Ferrante" matches "ferrànte". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0;
  for (const char of needle) {
    at = haystack.indexOf(char, at);
    if (at < 0) return false;
    at += char.length;
  }
  return true;
}
