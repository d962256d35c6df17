import * as vscode from 'vscode';
import type { BundleSnapshot, Entity, EntityMention, SourceEntry } from '../../core/bundle/api';
import { firstRateField, forEachMention, mentionCount, mentionFiles } from '../../core/bundle/entityMentions';
import type { MentionKind } from '../../core/model';
import { entityMentionsInFile } from '../../core/present/fileMentions';
import { escapeMarkdown, toOneLine } from '../../core/present/markdownEscape';
import { type GroupKind, groupSize, type IndexFilter, type IndexNode, type MoreNode, PAGE_SIZE } from './indexNodes';

/** Shows the next page of a list in the INDEX view (the "N more…" item's click). */
export const SHOW_MORE_COMMAND = 'newsLens.showMoreInIndex';

const GROUP_LABELS: Record<GroupKind, string> = { sources: 'Sources', person: 'People', rate: 'Tariff rates', date: 'Dates' };
const GROUP_ICONS: Record<GroupKind, string> = { sources: 'files', person: 'person', rate: 'graph-line', date: 'calendar' };
const KIND_NOUNS: Record<MentionKind, [string, string]> = { person: ['person', 'people'], rate: ['rate', 'rates'], date: ['date', 'dates'] };
/** Characters of context on each side of a mention in its snippet. */
const SNIPPET_CONTEXT = 40;

/**
 * The TreeItem for a node, without its tooltip (see `treeTooltipFor`). Labels and descriptions
 * are plain text (never Markdown); tooltips are Markdown with every piece of source text escaped
 * and `isTrusted` off, so nothing a file says can become a link or a command.
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
      const shown = groupSize(node.snapshot, node.group, filter);
      const state = node.group === 'sources' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
      const item = new vscode.TreeItem(GROUP_LABELS[node.group], shown ? state : vscode.TreeItemCollapsibleState.None);
      item.description = filter === undefined ? String(shown) : `${shown} of ${groupSize(node.snapshot, node.group, undefined)}`;
      item.iconPath = new vscode.ThemeIcon(GROUP_ICONS[node.group]);
      item.contextValue = `newsLens.group.${node.group}`;
      return withId(item, node);
    }
    case 'source': {
      // The index hands out the same SourceEntry until its file changes: an expanded Sources
      // group of thousands is redrawn on every change, and rebuilding each item would cost
      // the extension host much of that redraw.
      const cached = sourceItems.get(node.source);
      if (cached?.id === node.id) return cached;
      const item = withId(sourceItem(node.source, node.bundle.uriOf(node.source.file)), node);
      sourceItems.set(node.source, item);
      return item;
    }
    case 'entity': {
      if (node.inFile !== undefined) return withId(entityItem(node.entity, node.inFile, node.snapshot), node);
      // Like sources: the index hands out the same Entity until a change reaches it.
      const cached = entityItems.get(node.entity);
      if (cached?.id === node.id) return cached;
      const item = withId(entityItem(node.entity, undefined, node.snapshot), node);
      entityItems.set(node.entity, item);
      return item;
    }
    case 'file': {
      const mentions = entityMentionsInFile(node.snapshot, node.entity.id, node.file).length;
      const item = new vscode.TreeItem(node.file, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = count(mentions, 'mention', 'mentions');
      item.resourceUri = node.bundle.uriOf(node.file);
      item.iconPath = vscode.ThemeIcon.File;
      item.contextValue = 'newsLens.file';
      return withId(item, node);
    }
    case 'mention':
      return withId(mentionItem(node, node.snapshot.text(node.mention.file)), node);
    case 'more':
      return withId(moreItem(node), node);
  }
}

/** Stands for the members of a list not shown yet; a click shows the next page of them. */
function moreItem(node: MoreNode): vscode.TreeItem {
  const item = new vscode.TreeItem(`${node.hidden.toLocaleString('en-US')} more…`, vscode.TreeItemCollapsibleState.None);
  item.description = `show ${Math.min(node.hidden, PAGE_SIZE)} more`;
  item.iconPath = new vscode.ThemeIcon('ellipsis');
  item.contextValue = 'newsLens.more';
  item.command = { command: SHOW_MORE_COMMAND, title: 'Show more', arguments: [node] };
  return item;
}

/** Each source's item as last built; only its tooltip is ever added later (`resolveTreeItem`). */
const sourceItems = new WeakMap<SourceEntry, vscode.TreeItem>();
/** Each entity's item in its group, as last built (see `sourceItems`). */
const entityItems = new WeakMap<Entity, vscode.TreeItem>();

/**
 * The tooltip of a node's item, built when it is shown (`TreeDataProvider.resolveTreeItem`), not
 * with the item: VS Code parses every Markdown tooltip it is handed, and a redraw of thousands
 * of sources would parse thousands nobody looks at.
 */
export function treeTooltipFor(node: IndexNode): vscode.MarkdownString | undefined {
  switch (node.type) {
    case 'source':
      return sourceTooltip(node.source);
    case 'entity':
      return entityTooltip(node.entity, node.snapshot.entity.bind(node.snapshot));
    case 'mention':
      return mentionTooltip(node);
    default:
      return undefined;
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
  return item;
}

function sourceTooltip(source: SourceEntry): vscode.MarkdownString {
  const { title, outlet, published } = source.metadata;
  const lines = [`**${escapeMarkdown(source.file)}**`];
  const fields: [string, string | undefined][] = [
    ['Title', title], ['Outlet', outlet], ['Byline', source.metadata.byline], ['Published', published], ['URL', source.metadata.url],
  ];
  for (const [name, value] of fields) if (value) lines.push(`${name}: ${escapeMarkdown(oneLine(value))}`);
  if (source.skipped) lines.push(`Skipped: ${escapeMarkdown(source.skipped)}`);
  return untrustedMarkdown(lines.join('\n\n'));
}

/** Counts read from the index (`mentionCount`, `mentionFiles`), without building the entity's mention list. */
function entityItem(entity: Entity, inFile: string | undefined, snapshot: BundleSnapshot): vscode.TreeItem {
  const mentions = inFile === undefined ? mentionCount(entity) : entityMentionsInFile(snapshot, entity.id, inFile).length;
  const item = new vscode.TreeItem(entityLabel(entity), mentions ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  const files = inFile === undefined ? mentionFiles(entity).length : 1;
  const flags = [entity.possibleMatches.length ? 'possible match' : '', entity.ambiguousWith.length ? 'ambiguous' : ''].filter(Boolean);
  item.description = [count(mentions, 'mention', 'mentions'), inFile === undefined ? count(files, 'file', 'files') : '', ...flags]
    .filter(Boolean)
    .join(' · ');
  item.iconPath = new vscode.ThemeIcon(GROUP_ICONS[entity.kind]);
  item.contextValue = `newsLens.entity.${entity.kind}`;
  return item;
}

/** What a person reads in the tree: the canonical value, made readable per kind. */
export function entityLabel(entity: Entity): string {
  switch (entity.kind) {
    case 'person':
      return oneLine(entity.name);
    case 'rate': {
      const scope = firstRateField(entity, 'appliesTo');
      return `${entity.name}%${scope ? ` · ${oneLine(scope)}` : ''}`;
    }
    case 'date':
      return entity.name === '' ? `unresolved: ${oneLine(firstMention(entity)?.text ?? '?')}` : entity.name;
  }
}

/** The entity's first mention in bundle order, without building the rest. */
function firstMention(entity: Entity): EntityMention | undefined {
  let first: EntityMention | undefined;
  forEachMention(entity, (mention) => {
    first = mention;
    return true;
  });
  return first;
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
  item.description = mentionSnippet(mention, text);
  item.iconPath = new vscode.ThemeIcon(mention.zone === 'body' ? 'quote' : 'comment');
  item.contextValue = 'newsLens.mention';
  item.command = { command: 'newsLens.revealMention', title: 'Reveal in editor', arguments: [node] };
  return item;
}

function mentionSnippet(mention: EntityMention, text: string | undefined): string {
  return text === undefined ? mention.text : snippetAround(text, mention.start, mention.end);
}

function mentionTooltip(node: Extract<IndexNode, { type: 'mention' }>): vscode.MarkdownString {
  const { mention } = node;
  const zone = mention.zone === 'body' ? '' : ` (in ${mention.zone})`;
  const snippet = mentionSnippet(mention, node.snapshot.text(mention.file));
  return untrustedMarkdown(`${escapeMarkdown(mention.file)}:${mention.line}${zone}\n\n${escapeMarkdown(snippet)}`);
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

function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
