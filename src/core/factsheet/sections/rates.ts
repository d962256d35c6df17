import type { BundleSnapshot, Entity, EntityMention } from '../../bundle/api';
import type { RateDetail } from '../../model';
import { escapeMarkdownProse as escapeMarkdown } from '../../present/markdownEscape';
import { citeFiles, uniqueByFile } from '../citation';
import { byText, type FactSheetOptions, usableMentions, zoneNote } from '../options';
import { plural } from './summary';

/** One rate as the sheet shows it: the entity's mentions and the details they agree on most. */
interface RateRow {
  readonly entity: Entity;
  readonly mentions: readonly EntityMention[];
  readonly value: number;
  readonly appliesTo?: string;
  readonly imposedBy?: string;
  readonly imposedOn?: string;
  readonly statuses: readonly string[];
  /** What the rate is about, for spotting sources that give different figures. */
  readonly scope: string;
}

/** Rate, what it applies to, who imposes it on whom, status, sources; disagreements noted. */
export function renderRates(snapshot: BundleSnapshot, options: FactSheetOptions): string[] {
  const rows = snapshot.entities
    .filter((e) => e.kind === 'rate')
    .map((e) => toRow(e, usableMentions(e, options)))
    .filter((r): r is RateRow => r !== undefined)
    .sort((a, b) => byText(a.scope, b.scope) || a.value - b.value || byText(a.entity.id, b.entity.id));
  const lines = ['## Tariff rates', ''];
  if (rows.length === 0) return [...lines, '_No tariff rates found._'];
  for (const row of rows) lines.push(renderRow(row, disagreements(row, rows), options));
  return lines;
}

function toRow(entity: Entity, mentions: EntityMention[]): RateRow | undefined {
  if (mentions.length === 0) return undefined;
  const details = mentions.map((m) => m.mention.rate).filter((d): d is RateDetail => d !== undefined);
  const appliesTo = mostCommon(details.map((d) => d.appliesTo));
  const imposedOn = mostCommon(details.map((d) => d.imposedOn));
  return {
    entity,
    mentions,
    value: Number(entity.name),
    appliesTo,
    imposedBy: mostCommon(details.map((d) => d.imposedBy)),
    imposedOn,
    statuses: distinct(details.map((d) => d.status)),
    scope: [appliesTo, imposedOn].map((s) => (s ?? '').toLowerCase()).join('|'),
  };
}

function renderRow(row: RateRow, others: readonly RateRow[], options: FactSheetOptions): string {
  const parts = [`**${escapeMarkdown(row.entity.name)}%**`];
  if (row.appliesTo) parts.push(`on ${escapeMarkdown(row.appliesTo)}`);
  const who = [row.imposedBy && `by ${row.imposedBy}`, row.imposedOn && `on ${row.imposedOn}`].filter(Boolean).join(' ');
  if (who) parts.push(`imposed ${escapeMarkdown(who)}`);
  if (row.statuses.length) parts.push(escapeMarkdown(row.statuses.join('; ')));
  const files = uniqueByFile(row.mentions);
  const marked = files.some((m) => zoneNote(m)) ? ' (includes reader comments or boilerplate)' : '';
  let line = `- ${parts.join(' · ')} — ${plural(files.length, 'source')}: ${citeFiles(row.mentions, options)}${marked}`;
  if (others.length) {
    const alternatives = others.map((o) => `${escapeMarkdown(o.entity.name)}% in ${citeFiles(o.mentions, options, 3)}`);
    line += ` — **sources disagree**: ${alternatives.join('; ')}`;
  }
  return line;
}

/**
 * Other rates for the same scope that some source gives *instead of* this one. A file naming
 * both figures ("to 25% from 10%") describes a change, and a rate in force against a planned or
 * paused one ("raised, from Aug. 1") are different moments: neither is a disagreement.
 */
function disagreements(row: RateRow, rows: readonly RateRow[]): RateRow[] {
  if (row.scope === '|') return [];
  const mine = new Set(row.mentions.map((m) => m.file));
  return rows.filter((other) => {
    if (other === row || other.scope !== row.scope || other.value === row.value) return false;
    if (phaseOf(row.statuses) !== phaseOf(other.statuses)) return false;
    const theirs = new Set(other.mentions.map((m) => m.file));
    const onlyMine = [...mine].some((f) => !theirs.has(f));
    const onlyTheirs = [...theirs].some((f) => !mine.has(f));
    return onlyMine && onlyTheirs;
  });
}

/** Status words that describe a rate other than the one in force now (see the rate finder's statuses). */
const NOT_CURRENT = /\b(?:paused|threatened|proposed|raised|lowered)\b/;

/** A rate in force (or without a status) versus a planned, paused or changed one. */
function phaseOf(statuses: readonly string[]): 'current' | 'other' {
  return statuses.some((s) => NOT_CURRENT.test(s)) ? 'other' : 'current';
}

function mostCommon(values: readonly (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [v, n] of [...counts].sort((a, b) => byText(a[0], b[0]))) {
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

function distinct(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v))];
}
