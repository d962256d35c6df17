import type { BundleSnapshot } from '../bundle/api';
import type { MentionKind } from '../model';
import { KIND_NAMES, KINDS } from './entityLabel';
import { escapeMarkdown, toOneLine } from './markdownEscape';

export interface KindCount {
  readonly kind: MentionKind;
  /** Mentions of this kind in the file (all zones). */
  readonly mentions: number;
  /** Distinct entities of this kind the file mentions. */
  readonly entities: number;
}

/** What the status bar says about one file. */
export interface FileCountsSummary {
  /** One entry per kind, in view order. */
  readonly counts: readonly KindCount[];
  /** Why the file was not indexed, when it was not. */
  readonly skipped?: string;
  /** Markdown (source text escaped, no links). */
  readonly tooltip: string;
  /** The same as one plain sentence, for screen readers. */
  readonly spoken: string;
}

/** Counts per kind for `file`, or undefined when the snapshot does not list the file. */
export function fileCountsSummary(snapshot: BundleSnapshot, file: string): FileCountsSummary | undefined {
  const source = snapshot.sources.find((s) => s.file === file);
  if (!source) return undefined;
  const title = toOneLine(source.metadata.title ?? '') || file;
  if (source.skipped !== undefined) {
    return {
      counts: [],
      skipped: source.skipped,
      tooltip: `**News Lens** did not index ${escapeMarkdown(file)}: ${escapeMarkdown(source.skipped)}`,
      spoken: `News Lens did not index this file: ${source.skipped}`,
    };
  }
  const entities: Record<MentionKind, number> = { person: 0, rate: 0, date: 0 };
  for (const entity of snapshot.entitiesIn(file)) entities[entity.kind]++;
  const counts = KINDS.map((kind) => ({ kind, mentions: source.counts[kind], entities: entities[kind] }));
  const lines = counts.map((c) => `${KIND_NAMES[c.kind].many}: ${plural(c.mentions, 'mention')} of ${plural(c.entities, KIND_NAMES[c.kind].one, c.kind === 'person' ? 'people' : undefined)}`);
  return {
    counts,
    tooltip: [`**News Lens** · ${escapeMarkdown(title)}`, lines.map((l) => `- ${l}`).join('\n'), 'Click to show the INDEX.'].join('\n\n'),
    spoken: `News Lens, this file: ${lines.join('; ')}. Activate to show the INDEX.`,
  };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
