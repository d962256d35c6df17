import type { BundleSnapshot } from '../../bundle/api';
import { escapeMarkdownProse as escapeMarkdown } from '../../present/markdownEscape';
import { hasUsable } from '../mentions';
import type { FactSheetOptions } from '../options';

/** Heading and one paragraph: how many sources and outlets, which dates they cover. */
export function renderSummary(snapshot: BundleSnapshot, options: FactSheetOptions): string[] {
  const sources = snapshot.sources.filter((s) => !s.skipped);
  const outlets = new Set(sources.map((s) => s.metadata.outlet).filter((o): o is string => !!o));
  const published = sources
    .map((s) => s.metadata.published)
    .filter((d): d is string => !!d && /^\d{4}/.test(d))
    .sort();
  const mentioned = snapshot.entities
    .filter((e) => e.kind === 'date' && /^\d{4}-\d{2}/.test(e.name) && hasUsable(e, options))
    .map((e) => e.name)
    .sort();

  const parts = [plural(sources.length, 'source') + (outlets.size ? ` from ${plural(outlets.size, 'named outlet')}` : '')];
  if (published.length) parts.push(`published ${range(published)}`);
  if (mentioned.length) parts.push(`mentioning ${mentioned.length === 1 ? 'the date' : 'dates'} ${range(mentioned)}`);
  const lines = [`# Fact sheet: ${escapeMarkdown(options.title)}`, '', `${capitalise(parts.join(', '))}.`];
  if (!options.includeNonBody) lines.push('Reader comments and site boilerplate are left out.');
  return lines;
}

function range(sorted: readonly string[]): string {
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  return first === last ? first : `from ${first} to ${last}`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
