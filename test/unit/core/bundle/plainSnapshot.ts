import type { BundleSnapshot } from '../../../../src/core/bundle/api';

/** The snapshot's sources and entities as plain data, for comparing an incrementally kept index with a fresh one. */
export function plain(s: BundleSnapshot): unknown {
  return JSON.parse(JSON.stringify({ sources: s.sources, entities: s.entities }));
}
