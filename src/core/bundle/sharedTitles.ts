import type { SourceMetadata } from '../model';

/** A title shared by this many files, followed in them by different headlines, is a site's masthead. */
const MASTHEAD_FILES = 3;

/**
 * Titles as the bundle sees them: a page's first headline-like line may be its site's masthead, which no one
 * line of the page can tell from a headline ("Harbour Ledger Evening Edition"); many files of one site show it
 * all the same, each above its own headline. Then that headline (`nextTitle`) is the title. A story copied
 * into several files keeps its title: their next lines are the same, or absent, as the extractor gives no
 * `nextTitle` under a title with a verb (no masthead has one), whatever sub-headlines the copies have.
 * Counts change by one file at a time, so an edit costs a few map updates.
 */
export class SharedTitles {
  /** Per title, the files that have it. */
  private readonly files = new Map<string, number>();
  /** Per title, its files' next headlines, each with its count. */
  private readonly nexts = new Map<string, Map<string, number>>();
  /** Per title, the files with a next headline: theirs is the title to show when the title turns out a masthead. */
  private readonly holders = new Map<string, Set<string>>();

  /**
   * Moves `file` from metadata `before` to `after` (either absent), and returns the files whose shown title may
   * have changed besides `file` itself: those of a title that became or stopped being a masthead.
   */
  update(file: string, before: SourceMetadata | undefined, after: SourceMetadata | undefined): readonly string[] {
    const old = before?.title;
    const now = after?.title;
    if (old === now && before?.nextTitle === after?.nextTitle) return NONE;
    const wasMasthead = [old, now].map((t) => t !== undefined && this.isMasthead(t));
    if (before) this.count(file, before, -1);
    if (after) this.count(file, after, +1);
    const affected: string[] = [];
    if (old !== undefined && wasMasthead[0] !== this.isMasthead(old)) this.collect(old, file, affected);
    if (now !== undefined && now !== old && wasMasthead[1] !== this.isMasthead(now)) this.collect(now, file, affected);
    return affected;
  }

  /** The metadata to show for a file: its next headline as the title when its title is a masthead. */
  shown(metadata: SourceMetadata): SourceMetadata {
    const { title, nextTitle } = metadata;
    if (title === undefined || nextTitle === undefined || !this.isMasthead(title)) return metadata;
    return { ...metadata, title: nextTitle };
  }

  private isMasthead(title: string): boolean {
    return (this.files.get(title) ?? 0) >= MASTHEAD_FILES && (this.nexts.get(title)?.size ?? 0) >= 2;
  }

  private count(file: string, metadata: SourceMetadata, sign: 1 | -1): void {
    const { title, nextTitle } = metadata;
    if (title === undefined) return;
    addTo(this.files, title, sign);
    if (nextTitle === undefined) return;
    let nexts = this.nexts.get(title);
    if (!nexts) this.nexts.set(title, (nexts = new Map()));
    addTo(nexts, nextTitle, sign);
    if (nexts.size === 0) this.nexts.delete(title);
    let holders = this.holders.get(title);
    if (sign > 0) {
      if (!holders) this.holders.set(title, (holders = new Set()));
      holders.add(file);
    } else if (holders?.delete(file) && holders.size === 0) this.holders.delete(title);
  }

  private collect(title: string, except: string, into: string[]): void {
    for (const file of this.holders.get(title) ?? NONE) if (file !== except) into.push(file);
  }
}

const NONE: readonly string[] = [];

function addTo(counts: Map<string, number>, key: string, sign: 1 | -1): void {
  const total = (counts.get(key) ?? 0) + sign;
  if (total > 0) counts.set(key, total);
  else counts.delete(key);
}
