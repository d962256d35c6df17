import type { BundleSnapshot, Entity, EntityMention, SourceEntry } from '../../core/bundle/api';
import { mentionCount, mentionFiles } from '../../core/bundle/entityMentions';
import type { MentionKind } from '../../core/model';
import { entityMentionsInFile } from '../../core/present/fileMentions';
import type { Bundle } from '../services';

/**
 * The INDEX view's nodes: plain objects, each knowing its parent (so `TreeView.reveal` works)
 * and an id stable across refreshes (so expansion and selection survive live updates).
 *
 *   [bundle, multi-root only] → group "Sources" → source → entity in that file → mention
 *                             → group "People" | "Tariff rates" | "Dates" → entity → file → mention
 */
export type IndexNode = BundleNode | GroupNode | SourceNode | EntityNode | FileNode | MentionNode;

interface NodeBase {
  readonly id: string;
  readonly parent: IndexNode | undefined;
  readonly bundle: Bundle;
  readonly snapshot: BundleSnapshot;
}

export interface BundleNode extends NodeBase {
  readonly type: 'bundle';
}

export type GroupKind = 'sources' | MentionKind;

export interface GroupNode extends NodeBase {
  readonly type: 'group';
  readonly group: GroupKind;
}

export interface SourceNode extends NodeBase {
  readonly type: 'source';
  readonly source: SourceEntry;
}

export interface EntityNode extends NodeBase {
  readonly type: 'entity';
  readonly entity: Entity;
  /** Under a source: only this file's mentions count and show. */
  readonly inFile?: string;
}

export interface FileNode extends NodeBase {
  readonly type: 'file';
  readonly entity: Entity;
  readonly file: string;
}

export interface MentionNode extends NodeBase {
  readonly type: 'mention';
  readonly entity: Entity;
  readonly mention: EntityMention;
}

/** A lower-cased substring the view is filtered by, or undefined for everything. */
export type IndexFilter = string | undefined;

const GROUPS: readonly GroupKind[] = ['sources', 'person', 'rate', 'date'];

/** The top level: one node per bundle when several, else that bundle's groups. */
export function rootNodes(bundles: readonly Bundle[]): IndexNode[] {
  if (bundles.length === 1) return groupNodes(bundles[0], bundles[0].snapshot(), undefined);
  return bundles.map((bundle) => ({ type: 'bundle', id: bundle.root.toString(), parent: undefined, bundle, snapshot: bundle.snapshot() }));
}

export function childNodes(node: IndexNode, filter: IndexFilter): IndexNode[] {
  switch (node.type) {
    case 'bundle':
      return groupNodes(node.bundle, node.snapshot, node);
    case 'group':
      return node.group === 'sources' ? sourceNodes(node, filter) : entityNodes(node, filter);
    case 'source':
      return sourceEntityNodes(node, filter);
    case 'entity':
      return node.inFile === undefined ? fileNodes(node) : mentionNodes(node, entityMentionsInFile(node.snapshot, node.entity.id, node.inFile));
    case 'file':
      return mentionNodes(node, entityMentionsInFile(node.snapshot, node.entity.id, node.file));
    case 'mention':
      return [];
  }
}

/** Sources, or entities of a kind, that the filter keeps (all when there is no filter). */
function groupMembers(snapshot: BundleSnapshot, group: GroupKind, filter: IndexFilter): readonly (SourceEntry | Entity)[] {
  if (group === 'sources') return snapshot.sources.filter((source) => sourceMatches(snapshot, source, filter));
  const entities = snapshot.entities.filter((entity) => entity.kind === group && entityMatches(entity, filter));
  return sortEntities(entities, group);
}

/** How many members `groupMembers` lists, without sorting them (a group's count is shown on every redraw). */
export function groupSize(snapshot: BundleSnapshot, group: GroupKind, filter: IndexFilter): number {
  if (group === 'sources') return filter === undefined ? snapshot.sources.length : groupMembers(snapshot, group, filter).length;
  let size = 0;
  for (const entity of snapshot.entities) if (entity.kind === group && entityMatches(entity, filter)) size++;
  return size;
}

function entityMatches(entity: Entity, filter: IndexFilter): boolean {
  if (filter === undefined) return true;
  return [entity.name, ...entity.aliases].some((name) => name.toLowerCase().includes(filter));
}

function sourceMatches(snapshot: BundleSnapshot, source: SourceEntry, filter: IndexFilter): boolean {
  return filter === undefined || sourceTextMatches(source, filter) || snapshot.entitiesIn(source.file).some((e) => entityMatches(e, filter));
}

function sourceTextMatches(source: SourceEntry, filter: string): boolean {
  const { title, outlet, byline } = source.metadata;
  return [source.file, title, outlet, byline].some((text) => text !== undefined && text.toLowerCase().includes(filter));
}

function groupNodes(bundle: Bundle, snapshot: BundleSnapshot, parent: BundleNode | undefined): GroupNode[] {
  const prefix = parent ? parent.id : bundle.root.toString();
  return GROUPS.map((group) => ({ type: 'group', id: `${prefix}|${group}`, parent, bundle, snapshot, group }));
}

function sourceNodes(parent: GroupNode, filter: IndexFilter): SourceNode[] {
  return (groupMembers(parent.snapshot, 'sources', filter) as SourceEntry[]).map((source) => ({
    type: 'source',
    id: `${parent.id}|${source.file}`,
    parent,
    bundle: parent.bundle,
    snapshot: parent.snapshot,
    source,
  }));
}

function entityNodes(parent: GroupNode, filter: IndexFilter): EntityNode[] {
  return (groupMembers(parent.snapshot, parent.group, filter) as Entity[]).map((entity) => ({
    type: 'entity',
    id: `${parent.id}|${entity.id}`,
    parent,
    bundle: parent.bundle,
    snapshot: parent.snapshot,
    entity,
  }));
}

function sourceEntityNodes(parent: SourceNode, filter: IndexFilter): EntityNode[] {
  const { snapshot, source } = parent;
  const showAll = filter === undefined || sourceTextMatches(source, filter);
  return snapshot
    .entitiesIn(source.file)
    .filter((entity) => showAll || entityMatches(entity, filter))
    .map((entity) => ({
      type: 'entity',
      id: `${parent.id}|${entity.id}`,
      parent,
      bundle: parent.bundle,
      snapshot,
      entity,
      inFile: source.file,
    }));
}

function fileNodes(parent: EntityNode): FileNode[] {
  return mentionFiles(parent.entity).map((file) => ({
    type: 'file',
    id: `${parent.id}|${file}`,
    parent,
    bundle: parent.bundle,
    snapshot: parent.snapshot,
    entity: parent.entity,
    file,
  }));
}

function mentionNodes(parent: EntityNode | FileNode, mentions: readonly EntityMention[]): MentionNode[] {
  return mentions.map((mention) => ({
    type: 'mention',
    id: `${parent.id}|${mention.start}`,
    parent,
    bundle: parent.bundle,
    snapshot: parent.snapshot,
    entity: parent.entity,
    mention,
  }));
}

/**
 * People by how often they are mentioned; rates by value; dates as a timeline: resolved values
 * in order, then dates with an unknown year, "now", and unresolved dates last. Counts come
 * from the index, not `entity.mentions`: building every person's mention list to sort them
 * would cost the editor a long pause and keep megabytes.
 */
function sortEntities(entities: Entity[], kind: MentionKind): Entity[] {
  switch (kind) {
    case 'person':
      return entities.sort((a, b) => mentionCount(b) - mentionCount(a) || compareText(a.name, b.name));
    case 'rate':
      return entities.sort((a, b) => Number(a.name) - Number(b.name) || compareText(a.id, b.id));
    case 'date':
      return entities.sort((a, b) => dateRank(a.name) - dateRank(b.name) || compareText(a.name, b.name) || compareText(a.id, b.id));
  }
}

function dateRank(value: string): number {
  if (value === '') return 3;
  if (value === 'PRESENT_REF' || /^[A-Z_]+$/.test(value)) return 2;
  if (value.startsWith('XXXX')) return 1;
  return 0;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
