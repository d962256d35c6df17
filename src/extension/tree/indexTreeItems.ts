import * as vscode from 'vscode';
import type { Entity, SourceEntry } from '../../core/bundle/api';
import type { MentionKind } from '../../core/model';
import { escapeMarkdown, toOneLine } from '../../core/present/markdownEscape';
import { type GroupKind, groupMembers, type IndexFilter, type IndexNode, mentionsByFile } from './indexNodes';

const GROUP_LABELS: Record<GroupKind, string> = { sources: 'Sources', person: 'People', rate: 'Tariff rates', date: 'Dates' };
const GROUP_ICONS: Record<GroupKind, string> = { sources: 'files', person: 'person', rate: 'graph-line', date: 'calendar' };
const KIND_NOUNS: Record<MentionKind, [string, string]> = { person: ['person', 'people'], rate: ['rate', 'rates'], date: ['date', 'dates'] };
/** Characters of context on each side of a mention in its snippet. */
const SNIPPET_CONTEXT = 40;

/**
 * The TreeItem for a node. Labels and descriptions are plain text (never Markdown); tooltips
 * are Markdown with every piece of source text escaped and `isTrusted` off, so nothing a file
 * says can become a link or a command.
 */
export function treeItemFor(node: IndexNode, filter: IndexFilter): vscode.TreeItem {
  switch (node.type) {
    case 'bundle': {
      const item = new vscode.TreeItem(node.bundle.name, vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${count(node.snapshot.sources.length, 'source', 'sources')} · ${count(node.snapshot.entities.length, 'entity', 'entities')}`;
      item.iconPath = new vscode.ThemeIcon('root-folder');
      item.resourceUri = node.bundle.root;
      item.contextValue = 'newsLens.bundle';
      return withId(item, node);
    }
    case 'group': {
      const shown = groupMembers(node.snapshot, node.group, filter).length;
      const state = node.group === 'sources' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
      const item = new vscode.TreeItem(GROUP_LABELS[node.group], shown ? state : vscode.TreeItemCollapsibleState.None);
      item.description = filter === undefined ? String(shown) : `${shown} of ${totalInGroup(node.snapshot.sources, node.snapshot.entities, node.group)}`;
      item.iconPath = new vscode.ThemeIcon(GROUP_ICONS[node.group]);
      item.contextValue = `newsLens.group.${node.group}`;
      return withId(item, node);
    }
    case 'source':
      return withId(sourceItem(node.source, node.bundle.uriOf(node.source.file)), node);
    case 'entity':
      return withId(entityItem(node.entity, node.inFile, node.snapshot.entity.bind(node.snapshot)), node);
    case 'file': {
      const mentions = node.entity.mentions.filter((m) => m.file === node.file).length;
      const item = new vscode.TreeItem(node.file, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = count(mentions, 'mention', 'mentions');
      item.resourceUri = node.bundle.uriOf(node.file);
      item.iconPath = vscode.ThemeIcon.File;
      item.contextValue = 'newsLens.file';
      return withId(item, node);
    }
    case 'mention':
      return withId(mentionItem(node, node.snapshot.text(node.mention.file)), node);
  }
}

function withId(item: vscode.TreeItem, node: IndexNode): vscode.TreeItem {
  item.id = node.id;
  return item;
}

function sourceItem(source: SourceEntry, uri: vscode.Uri): vscode.TreeItem {
  const { title, outlet, published } = source.metadata;
  const label = [title ? oneLine(title) : source.file, outlet && oneLine(outlet), published].filter(Boolean).join(' · ');
  const total = source.counts.person + source.counts.rate + source.counts.date;
  const item = new vscode.TreeItem(label, total > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.description = source.skipped
    ? `skipped: ${source.skipped}`
    : (['person', 'rate', 'date'] as const).map((kind) => count(source.counts[kind], ...KIND_NOUNS[kind])).join(' · ');
  item.iconPath = new vscode.ThemeIcon(source.skipped ? 'warning' : 'file-text');
  item.resourceUri = uri;
  item.contextValue = 'newsLens.source';
  item.command = { command: 'vscode.open', title: 'Open source', arguments: [uri] };
  const lines = [`**${escapeMarkdown(source.file)}**`];
  const fields: [string, string | undefined][] = [
    ['Title', title], ['Outlet', outlet], ['Byline', source.metadata.byline], ['Published', published], ['URL', source.metadata.url],
  ];
  for (const [name, value] of fields) if (value) lines.push(`${name}: ${escapeMarkdown(oneLine(value))}`);
  if (source.skipped) lines.push(`Skipped: ${escapeMarkdown(source.skipped)}`);
  item.tooltip = untrustedMarkdown(lines.join('\n\n'));
  return item;
}

function entityItem(entity: Entity, inFile: string | undefined, lookup: (id: string) => Entity | undefined): vscode.TreeItem {
  const mentions = inFile === undefined ? entity.mentions : entity.mentions.filter((m) => m.file === inFile);
  const item = new vscode.TreeItem(entityLabel(entity), mentions.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  const files = inFile === undefined ? mentionsByFile(entity).size : 1;
  const flags = [entity.possibleMatches.length ? 'possible match' : '', entity.ambiguousWith.length ? 'ambiguous' : ''].filter(Boolean);
  item.description = [count(mentions.length, 'mention', 'mentions'), inFile === undefined ? count(files, 'file', 'files') : '', ...flags]
    .filter(Boolean)
    .join(' · ');
  item.iconPath = new vscode.ThemeIcon(GROUP_ICONS[entity.kind]);
  item.contextValue = `newsLens.entity.${entity.kind}`;
  item.tooltip = entityTooltip(entity, lookup);
  return item;
}

/** What a person reads in the tree: the canonical value, made readable per kind. */
export function entityLabel(entity: Entity): string {
  switch (entity.kind) {
    case 'person':
      return oneLine(entity.name);
    case 'rate': {
      const scope = entity.mentions.find((m) => m.mention.rate?.appliesTo)?.mention.rate?.appliesTo;
      return `${entity.name}%${scope ? ` · ${oneLine(scope)}` : ''}`;
    }
    case 'date':
      return entity.name === '' ? `unresolved: ${oneLine(entity.mentions[0]?.text ?? '?')}` : entity.name;
  }
}

function entityTooltip(entity: Entity, lookup: (id: string) => Entity | undefined): vscode.MarkdownString {
  const nameOf = (idOrName: string) => lookup(idOrName)?.name ?? idOrName;
  const lines = [`**${escapeMarkdown(entityLabel(entity))}** (${KIND_NOUNS[entity.kind][0]})`];
  const others = entity.aliases.filter((alias) => alias !== entity.name);
  if (others.length) lines.push(`Also written: ${others.map((a) => escapeMarkdown(oneLine(a))).join(', ')}`);
  if (entity.possibleMatches.length) {
    lines.push(`Possibly the same as: ${entity.possibleMatches.map((m) => escapeMarkdown(nameOf(m))).join(', ')} (use "Merge with…" to confirm)`);
  }
  if (entity.ambiguousWith.length) {
    lines.push(`Ambiguous: could also be ${entity.ambiguousWith.map((m) => escapeMarkdown(nameOf(m))).join(', ')}`);
  }
  if (entity.note) lines.push(`Note: ${escapeMarkdown(entity.note)}`);
  return untrustedMarkdown(lines.join('\n\n'));
}

function mentionItem(node: Extract<IndexNode, { type: 'mention' }>, text: string | undefined): vscode.TreeItem {
  const { mention } = node;
  const item = new vscode.TreeItem(`line ${mention.line}`, vscode.TreeItemCollapsibleState.None);
  const snippet = text === undefined ? mention.text : snippetAround(text, mention.start, mention.end);
  item.description = snippet;
  item.iconPath = new vscode.ThemeIcon(mention.zone === 'body' ? 'quote' : 'comment');
  item.contextValue = 'newsLens.mention';
  item.command = { command: 'newsLens.revealMention', title: 'Reveal in editor', arguments: [node] };
  const zone = mention.zone === 'body' ? '' : ` (in ${mention.zone})`;
  item.tooltip = untrustedMarkdown(`${escapeMarkdown(mention.file)}:${mention.line}${zone}\n\n${escapeMarkdown(snippet)}`);
  return item;
}

/** One line of text around [start, end), cut at line breaks, with "…" where it was cut. */
export function snippetAround(text: string, start: number, end: number): string {
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - SNIPPET_CONTEXT);
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  lineEnd = Math.min(lineEnd, end + SNIPPET_CONTEXT);
  const before = lineStart > 0 && text[lineStart - 1] !== '\n' ? '…' : '';
  const after = lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r' ? '…' : '';
  return before + oneLine(text.slice(lineStart, lineEnd)) + after;
}

/** Characters that could reorder or hide what a label shows (bidi overrides, zero-width, controls). */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** Source text made fit for a one-line plain-text label. */
function oneLine(text: string): string {
  return toOneLine(text.replace(INVISIBLE, ''));
}

function untrustedMarkdown(value: string): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(value);
  markdown.isTrusted = false;
  markdown.supportHtml = false;
  markdown.supportThemeIcons = false;
  return markdown;
}

function totalInGroup(sources: readonly SourceEntry[], entities: readonly Entity[], group: GroupKind): number {
  return group === 'sources' ? sources.length : entities.filter((e) => e.kind === group).length;
}

function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
