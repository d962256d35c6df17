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
  // Every line at once (a blank line between sections, a newline at the end), joined only when
  // sealed: a big bundle's sheet is tens of MB, and each intermediate string would copy it again.
  const lines = sections.flatMap((render, i) => (i === 0 ? render(snapshot, options) : ['', ...render(snapshot, options)]));
  lines.push('');
  return sealFactSheet(lines);
}
