import type { BundleSnapshot } from '../bundle/api';
import { sealFactSheet } from './hash';
import type { FactSheetOptions } from './options';
import { renderPeople } from './sections/people';
import { renderQuotes } from './sections/quotes';
import { renderRates } from './sections/rates';
import { renderSources } from './sections/sources';
import { renderSummary } from './sections/summary';
import { renderTimeline } from './sections/timeline';

export type { FactSheetOptions } from './options';
export { isHandEdited } from './hash';

/**
 * The fact sheet of a bundle as Markdown. Deterministic: the same snapshot always gives the same
 * bytes (no timestamps, every list in a stable order), so two builds diff cleanly.
 */
export function renderFactSheet(snapshot: BundleSnapshot, options: FactSheetOptions): string {
  const sections = [renderSummary, renderSources, renderRates, renderPeople, renderTimeline, renderQuotes];
  const body = sections.map((render) => render(snapshot, options).join('\n')).join('\n\n') + '\n';
  return sealFactSheet(body);
}
