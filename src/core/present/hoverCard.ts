import type { BundleSnapshot, Entity, EntityMention, SourceEntry } from '../bundle/api';
import { entityLabel, entityVariants, KIND_NAMES } from './entityLabel';
import { revealMentionUri, showAllMentionsUri } from './links';
import { boldMarkdown, escapeMarkdown, markdownLink, toOneLine } from './markdownEscape';
import { mentionSnippet } from './snippet';

/** Files listed in a card before the rest go behind a "show all" link. */
export const MAX_FILES_IN_CARD = 10;
/** Roles, targets, statuses… listed per line before "and N more". */
const MAX_VALUES = 5;
/** Longer titles are cut: a card must stay one line per file. */
const MAX_TITLE = 90;

export interface HoverCardInput {
  readonly snapshot: BundleSnapshot;
  readonly entity: Entity;
  /** The mention under the pointer. */
  readonly mention: EntityMention;
  /** Identifies the bundle in the links' arguments (its root URI as a string). */
  readonly root: string;
  /** Files listed before a "show all" link; defaults to {@link MAX_FILES_IN_CARD}. */
  readonly maxFiles?: number;
}

/**
 * The hover card of a mention, as Markdown. Every piece of source text in it is escaped; the
 * only links are to our own reveal/show-all commands with arguments built here. Render it with
 * HTML off and only those commands trusted.
 */
export function buildHoverCard(input: HoverCardInput): string {
  const { entity, mention } = input;
  const blocks = [
    heading(entity, mention),
    ...detailLines(input),
    ...relationLines(input),
  ];
  const card = [paragraph(blocks), '---', otherFiles(input)];
  return card.filter(Boolean).join('\n\n');
}

function heading(entity: Entity, mention: EntityMention): string {
  const where = mention.zone === 'comments' ? ' · in reader comments' : mention.zone === 'boilerplate' ? ' · in page boilerplate' : '';
  return `${boldMarkdown(entityLabel(entity))} · ${KIND_NAMES[entity.kind].one}${where}`;
}

/** Lines joined as one paragraph with hard line breaks (two spaces would be eaten by trimming editors). */
function paragraph(lines: readonly string[]): string {
  return lines.filter(Boolean).join('\\\n');
}

function detailLines(input: HoverCardInput): string[] {
  const { entity, mention } = input;
  const lines: string[] = [];
  const variants = entityVariants(entity);
  if (variants.length) lines.push(`Also written: ${list(variants)}`);
  if (entity.kind === 'person') {
    const roles = distinct(ordered(entity, mention).map((m) => m.mention.person?.role));
    if (roles.length) lines.push(`${roles.length === 1 ? 'Role' : 'Roles'}: ${list(roles)}`);
  } else if (entity.kind === 'rate') {
    lines.push(...rateLines(entity, mention));
  } else {
    lines.push(...dateLines(entity, mention));
  }
  if (entity.note) lines.push(`Note: ${escapeMarkdown(toOneLine(entity.note))}`);
  return lines;
}

function rateLines(entity: Entity, mention: EntityMention): string[] {
  const details = ordered(entity, mention).map((m) => m.mention.rate);
  const appliesTo = distinct(details.map((d) => d?.appliesTo));
  const imposedBy = distinct(details.map((d) => d?.imposedBy));
  const imposedOn = distinct(details.map((d) => d?.imposedOn));
  const status = distinct(details.map((d) => d?.status));
  const lines: string[] = [];
  if (appliesTo.length) lines.push(`Applies to: ${list(appliesTo)}`);
  const by = imposedBy.length ? ` by ${list(imposedBy)}` : '';
  const on = imposedOn.length ? ` on ${list(imposedOn)}` : '';
  if (by || on) lines.push(`Imposed${by}${on}`);
  if (status.length) lines.push(`Status: ${list(status)}`);
  return lines;
}

function dateLines(entity: Entity, mention: EntityMention): string[] {
  const lines: string[] = [];
  const value = mention.mention.value || entity.name;
  const readable = value ? readableDay(value) : undefined;
  if (!value) lines.push('Not resolved to a calendar date');
  else if (readable) lines.push(readable);
  const anchor = mention.mention.date?.anchor;
  if (anchor) lines.push(`Resolved against the article date ${escapeMarkdown(anchor)}`);
  return lines;
}

function relationLines(input: HoverCardInput): string[] {
  const { snapshot, entity } = input;
  const nameOf = (id: string) => {
    const other = snapshot.entity(id);
    return other ? entityLabel(other) : id;
  };
  const lines: string[] = [];
  if (entity.possibleMatches.length) lines.push(`Possibly the same as: ${list(entity.possibleMatches.map(nameOf))}`);
  if (entity.ambiguousWith.length) lines.push(`May also refer to: ${list(entity.ambiguousWith.map(nameOf))}`);
  return lines;
}

function otherFiles(input: HoverCardInput): string {
  const { snapshot, entity, mention, root } = input;
  const maxFiles = input.maxFiles ?? MAX_FILES_IN_CARD;
  const byFile = firstMentionPerFile(entity.mentions);
  const here = entity.mentions.filter((m) => m.file === mention.file).length;
  byFile.delete(mention.file);
  const hereLine = here > 1 ? ` (and ${here - 1} more ${here === 2 ? 'time' : 'times'} in this file)` : '';
  if (byFile.size === 0) return `Not mentioned in other files${hereLine}.`;

  const sources = new Map(snapshot.sources.map((s) => [s.file, s] as const));
  const shown = [...byFile.values()].slice(0, maxFiles);
  const items = shown.map((m) => fileItem(snapshot, sources.get(m.file), m, root));
  if (byFile.size > shown.length) {
    const target = showAllMentionsUri({ root, entity: entity.id, file: mention.file, start: mention.start });
    items.push(`- ${markdownLink(`Show all ${byFile.size} files`, target)}`);
  }
  const count = `${byFile.size} other ${byFile.size === 1 ? 'file' : 'files'}`;
  return [`Mentioned in ${count}${hereLine}:`, ...items].join('\n');
}

function fileItem(snapshot: BundleSnapshot, source: SourceEntry | undefined, m: EntityMention, root: string): string {
  const title = source?.metadata.title ? truncate(toOneLine(source.metadata.title), MAX_TITLE) : m.file;
  const link = markdownLink(title, revealMentionUri({ root, file: m.file, start: m.start, end: m.end }));
  const where = title === m.file ? `line ${m.line}` : `${escapeMarkdown(m.file)}, line ${m.line}`;
  const text = snapshot.text(m.file);
  const snippet = text !== undefined && text.slice(m.start, m.end) === m.text ? `: ${mentionSnippet(text, m.start, m.end)}` : '';
  return `- ${link} · ${where}${snippet}`;
}

/** Per file, the mention to link to: the first in the article body, else the first at all. */
function firstMentionPerFile(mentions: readonly EntityMention[]): Map<string, EntityMention> {
  const byFile = new Map<string, EntityMention>();
  for (const m of mentions) {
    const chosen = byFile.get(m.file);
    if (!chosen || (chosen.zone !== 'body' && m.zone === 'body')) byFile.set(m.file, m);
  }
  return byFile;
}

/** The entity's mentions with the hovered one first, so its details lead. */
function ordered(entity: Entity, mention: EntityMention): EntityMention[] {
  return [mention, ...entity.mentions.filter((m) => m !== mention)];
}

/** Non-empty values without case-insensitive duplicates, in order. */
function distinct(values: readonly (string | undefined)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of values) {
    const value = raw === undefined ? '' : toOneLine(raw);
    const key = value.toLowerCase();
    if (!value || seen.has(key)) continue;
    seen.add(key);
    out.push(value);
  }
  return out;
}

/** Escaped values joined with "; ", the tail summarised. */
function list(values: readonly string[]): string {
  const shown = values.slice(0, MAX_VALUES).map((v) => escapeMarkdown(v));
  const rest = values.length - shown.length;
  return rest > 0 ? `${shown.join('; ')} and ${rest} more` : shown.join('; ');
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Wednesday 16 April 2025" for a full ISO day; undefined for anything less precise. */
function readableDay(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${WEEKDAYS[date.getUTCDay()]} ${day} ${MONTHS[month - 1]} ${year}`;
}
