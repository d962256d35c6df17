import type { Extraction, Mention, RawMention, Zone, ZoneRange } from '../model';
import { findArticleDate } from './articleDate';
import { findDates } from './dates';
import { findSourceMetadata } from './metadata';
import { findPeople } from './people';
import { findRates } from './rates';
import { findZones, ZoneCursor } from './zones';

export interface ExtractOptions {
  /** Fallback article date (YYYY-MM-DD) when the page gives none, e.g. from INDEX.yaml. */
  readonly published?: string;
}

/** Text → mentions, zones and source metadata. A leading BOM must already be removed. */
export function extract(text: string, options: ExtractOptions = {}): Extraction {
  const zones = findZones(text);
  const published = findArticleDate(text)?.value ?? options.published;
  const context = { zones, published };
  const mentions = mergeInZones([findPeople(text, context), findRates(text, context), findDates(text, context)], zones);
  const found = findSourceMetadata(text, zones);
  const metadata = published ? { ...found, published } : found;
  return { mentions, zones, metadata };
}

/**
 * The finders' mentions as one list ordered by start, then end, each with its zone. Each finder reports in
 * text order, so a linear merge replaces a sort, and a zone cursor walks the sorted ranges alongside instead
 * of a search per mention. Equal positions keep finder order, as a stable sort of the concatenation would.
 */
function mergeInZones(lists: readonly (readonly RawMention[])[], zones: readonly ZoneRange[]): Mention[] {
  const sorted = lists.map(inTextOrder);
  const next = sorted.map(() => 0);
  const cursor = new ZoneCursor(zones);
  const merged: Mention[] = [];
  for (;;) {
    let pick = -1;
    for (let k = 0; k < sorted.length; k++) {
      const m = sorted[k][next[k]];
      if (m && (pick < 0 || precedes(m, sorted[pick][next[pick]]))) pick = k;
    }
    if (pick < 0) return merged;
    const m = sorted[pick][next[pick]++];
    merged.push(withZone(m, cursor.at(m.start)));
  }
}

function precedes(a: RawMention, b: RawMention): boolean {
  return a.start < b.start || (a.start === b.start && a.end < b.end);
}

/** The list itself when already ordered (the usual case), else a stably sorted copy. */
function inTextOrder(list: readonly RawMention[]): readonly RawMention[] {
  for (let i = 1; i < list.length; i++) {
    if (precedes(list[i], list[i - 1])) return [...list].sort((a, b) => a.start - b.start || a.end - b.end);
  }
  return list;
}

/**
 * Finders return fresh objects that nothing else holds, so the zone is added in place: a copy per mention
 * (`{ ...m, zone }`) cost more than the merge. The key order matches that copy's, so JSON output is unchanged.
 */
function withZone(m: RawMention, zone: Zone): Mention {
  (m as { zone?: Zone }).zone = zone;
  return m as Mention;
}
