import type { SourceMetadata, ZoneRange } from '../model';

/** Title, outlet, byline and URL as the page gives them (the published date comes from articleDate). */
export function findSourceMetadata(_text: string, _zones: readonly ZoneRange[]): SourceMetadata {
  return {}; // STUB: replaced by the metadata finder
}
