import type { BundleSnapshot } from '../bundle/api';
import { FactSheetSeal } from './hash';
import type { FactSheetOptions } from './options';
import { renderPeople } from './sections/people';
import { renderQuotes } from './sections/quotes';
import { renderRates } from './sections/rates';
import { renderSources } from './sections/sources';
import { renderSummary } from './sections/summary';
import { renderTimeline } from './sections/timeline';

export type { FactSheetOptions } from './options';
export { isHandEdited } from './hash';

const SECTIONS = [renderSummary, renderSources, renderRates, renderPeople, renderTimeline, renderQuotes];

/**
 * The fact sheet of a bundle as Markdown. Deterministic: the same snapshot always gives the same
 * bytes (no timestamps, every list in a stable order), so two builds diff cleanly.
 */
export function renderFactSheet(snapshot: BundleSnapshot, options: FactSheetOptions): string {
  return [...factSheetPieces(snapshot, options)].join('');
}

/**
 * The text of `renderFactSheet` in pieces, one section at a time, rendered as they are asked
 * for: a writer that streams them never holds the whole sheet, nor more than one section's lines.
 */
export function* factSheetPieces(snapshot: BundleSnapshot, options: FactSheetOptions): Generator<string> {
  const seal = new FactSheetSeal();
  let first = true;
  // The sheet is every section's lines (a blank line between sections, a newline at the end)
  // joined by newlines: each run of lines is joined here, and runs are joined by one newline.
  const emit = (lines: readonly string[]) => {
    const piece = (first ? '' : '\n') + lines.join('\n');
    first = false;
    seal.add(piece);
    return piece;
  };
  for (const [i, render] of SECTIONS.entries()) {
    const lines = render(snapshot, options);
    if (i === 0 && lines.length === 0) continue;
    yield emit(i === 0 ? lines : ['', ...lines]);
  }
  yield emit(['']);
  yield seal.marker();
}
