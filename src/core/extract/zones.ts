import type { Zone, ZoneRange } from '../model';

/** Splits the page into body, reader comments and boilerplate. Ranges are sorted and cover the text. */
export function findZones(text: string): ZoneRange[] {
  return [{ start: 0, end: text.length, zone: 'body' }]; // STUB: replaced by the zone finder
}

/** The zone at `offset` (binary search over sorted ranges). */
export function zoneAt(zones: readonly ZoneRange[], offset: number): Zone {
  let lo = 0;
  let hi = zones.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const z = zones[mid];
    if (offset < z.start) hi = mid - 1;
    else if (offset >= z.end) lo = mid + 1;
    else return z.zone;
  }
  return 'body';
}
