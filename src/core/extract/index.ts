import type { Extraction, Mention, RawMention, ZoneRange } from '../model';
import { findArticleDate } from './articleDate';
import { findDates } from './dates';
import { findSourceMetadata } from './metadata';
import { findPeople } from './people';
import { findRates } from './rates';
import { findZones, zoneAt } from './zones';

export interface ExtractOptions {
  /** Fallback article date (YYYY-MM-DD) when the page gives none, e.g. from INDEX.yaml. */
  readonly published?: string;
}

/** Text → mentions, zones and source metadata. A leading BOM must already be removed. */
export function extract(text: string, options: ExtractOptions = {}): Extraction {
  const zones = findZones(text);
  const published = findArticleDate(text)?.value ?? options.published;
  const context = { zones, published };
  const raw: RawMention[] = [...findPeople(text, context), ...findRates(text, context), ...findDates(text, context)];
  const mentions = withZones(raw, zones).sort((a, b) => a.start - b.start || a.end - b.end);
  const metadata = { ...findSourceMetadata(text, zones), ...(published ? { published } : {}) };
  return { mentions, zones, metadata };
}

function withZones(raw: readonly RawMention[], zones: readonly ZoneRange[]): Mention[] {
  return raw.map((m) => ({ ...m, zone: zoneAt(zones, m.start) }));
}
