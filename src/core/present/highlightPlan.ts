import type { BundleSnapshot } from '../bundle/api';
import { findZones } from '../extract/zones';
import type { MentionKind, ZoneRange } from '../model';
import { mentionsInFile } from './fileMentions';

/** A span to decorate, as offsets into the file's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What one file's highlights are: mention spans per kind, sorted, and the spans to dim. */
export interface HighlightPlan {
  readonly mentions: Readonly<Record<MentionKind, readonly Span[]>>;
  readonly dimmed: readonly Span[];
}

/** Zones per snapshot and file, for snapshots that do not keep them: found once per indexed text. */
const zonesCache = new WeakMap<BundleSnapshot, Map<string, readonly ZoneRange[]>>();

function zonesOf(snapshot: BundleSnapshot, file: string, text: string): readonly ZoneRange[] {
  const kept = snapshot.zones?.(file);
  if (kept) return kept;
  let perFile = zonesCache.get(snapshot);
  if (!perFile) zonesCache.set(snapshot, (perFile = new Map()));
  let zones = perFile.get(file);
  if (!zones) perFile.set(file, (zones = findZones(text)));
  return zones;
}

/**
 * The spans to highlight in `file` as the snapshot indexed it. Every mention is listed, in
 * every zone: dimming only fades reader comments and boilerplate, it hides nothing.
 */
export function highlightPlan(snapshot: BundleSnapshot, file: string, text: string, dimNonBody: boolean): HighlightPlan {
  const mentions: Record<MentionKind, Span[]> = { person: [], rate: [], date: [] };
  for (const { entity, mention } of mentionsInFile(snapshot, file)) mentions[entity.kind].push({ start: mention.start, end: mention.end });
  const dimmed = dimNonBody ? zonesOf(snapshot, file, text).filter((z) => z.zone !== 'body' && z.end > z.start) : [];
  return { mentions, dimmed };
}

/** The spans of a sorted list that overlap `from`..`to` (binary search to the first). */
export function spansWithin(spans: readonly Span[], from: number, to: number): Span[] {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Span[] = [];
  for (let i = lo; i < spans.length && spans[i].start <= to; i++) out.push(spans[i]);
  return out;
}
