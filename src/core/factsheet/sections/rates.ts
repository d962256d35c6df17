import type { BundleSnapshot, Entity } from '../../bundle/api';
import { escapeMarkdownProse as escapeMarkdown } from '../../present/markdownEscape';
import { citeFiles } from '../citation';
import { digestMentions, type FileCitations } from '../mentions';
import { byText, type FactSheetOptions, zoneNote } from '../options';
import { plural } from './summary';

/** One rate as the sheet shows it: where its mentions are and the details they agree on most. */
interface RateRow {
  readonly entity: Entity;
  readonly cited: FileCitations;
  /** Every file with a usable mention. */
  readonly files: ReadonlySet<string>;
  /** Some file's first usable mention is a reader comment or boilerplate. */
  readonly marked: boolean;
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
    .map((e) => toRow(e, options))
    .filter((r): r is RateRow => r !== undefined)
    .sort((a, b) => byText(a.scope, b.scope) || a.value - b.value || byText(a.entity.id, b.entity.id));
  const lines = ['## Tariff rates', ''];
  if (rows.length === 0) return [...lines, '_No tariff rates found._'];
  for (const row of rows) lines.push(renderRow(row, disagreements(row, rows), options));
  return lines;
}

function toRow(entity: Entity, options: FactSheetOptions): RateRow | undefined {
  const appliesTo = new Tally();
  const imposedBy = new Tally();
  const imposedOn = new Tally();
  const statuses = new Set<string>();
  const files = new Set<string>();
  let marked = false;
  const cited = digestMentions(entity, options, (m, firstInFile) => {
    if (firstInFile) {
      files.add(m.file);
      marked ||= zoneNote(m) !== '';
    }
    const detail = m.mention.rate;
    if (!detail) return;
    appliesTo.add(detail.appliesTo);
    imposedBy.add(detail.imposedBy);
    imposedOn.add(detail.imposedOn);
    if (detail.status) statuses.add(detail.status);
  });
  if (cited.count === 0) return undefined;
  const on = imposedOn.mostCommon();
  const about = appliesTo.mostCommon();
  return {
    entity,
    cited,
    files,
    marked,
    value: Number(entity.name),
    appliesTo: about,
    imposedBy: imposedBy.mostCommon(),
    imposedOn: on,
    statuses: [...statuses],
    scope: [about, on].map((s) => (s ?? '').toLowerCase()).join('|'),
  };
}

function renderRow(row: RateRow, others: readonly RateRow[], options: FactSheetOptions): string {
  const parts = [`**${escapeMarkdown(row.entity.name)}%**`];
  if (row.appliesTo) parts.push(`on ${escapeMarkdown(row.appliesTo)}`);
  const who = [row.imposedBy && `by ${row.imposedBy}`, row.imposedOn && `on ${row.imposedOn}`].filter(Boolean).join(' ');
  if (who) parts.push(`imposed ${escapeMarkdown(who)}`);
  if (row.statuses.length) parts.push(escapeMarkdown(row.statuses.join('; ')));
  const marked = row.marked ? ' (includes reader comments or boilerplate)' : '';
  let line = `- ${parts.join(' · ')} — ${plural(row.files.size, 'source')}: ${citeFiles(row.cited, options)}${marked}`;
  if (others.length) {
    const alternatives = others.map((o) => `${escapeMarkdown(o.entity.name)}% in ${citeFiles(o.cited, options, 3)}`);
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
  const mine = row.files;
  return rows.filter((other) => {
    if (other === row || other.scope !== row.scope || other.value === row.value) return false;
    if (phaseOf(row.statuses) !== phaseOf(other.statuses)) return false;
    const theirs = other.files;
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

/** How often each value was given, for the one given most often (ties: the first by text). */
class Tally {
  private readonly counts = new Map<string, number>();

  add(value: string | undefined): void {
    if (value) this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
  }

  mostCommon(): string | undefined {
    let best: string | undefined;
    let bestCount = 0;
    for (const [v, n] of [...this.counts].sort((a, b) => byText(a[0], b[0]))) {
      if (n > bestCount) {
        best = v;
        bestCount = n;
      }
    }
    return best;
  }
}
