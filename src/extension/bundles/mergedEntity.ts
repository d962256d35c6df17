import type { EntityMention } from '../../core/bundle/api';
import { compareFiles } from '../../core/bundle/discovery';

/**
 * `kept` (in bundle order, without mentions in the edited files) with each edited file's mentions
 * (one file per list, in offset order) put in their place. A binary search per file rather than
 * a sort of the whole list: it can hold tens of thousands of mentions.
 */
export function spliceFileMentions(kept: readonly EntityMention[], perFile: readonly (readonly EntityMention[])[]): EntityMention[] {
  const out = kept.slice();
  for (const mentions of perFile) {
    if (mentions.length === 0) continue;
    const file = mentions[0].file;
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareFiles(out[mid].file, file) < 0) lo = mid + 1;
      else hi = mid;
    }
    out.splice(lo, 0, ...mentions);
  }
  return out;
}
