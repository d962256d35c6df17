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
 *
 * Every list shows its first `limit` members, then a "more" node standing for the rest: VS Code
 * fetches and redraws every child shown, so a 6,000-source group must not hand it 6,000 items.
 */
export type IndexNode = BundleNode | GroupNode | SourceNode | EntityNode | FileNode | MentionNode | MoreNode;

/** Members a list shows at first, and how many more each "more" node adds. */
export const PAGE_SIZE = 200;

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

/** The members of its parent's list not shown yet. */
export interface MoreNode extends NodeBase {
  readonly type: 'more';
  readonly hidden: number;
}

/** A lower-cased substring the view is filtered by, or undefined for everything. */
export type IndexFilter = string | undefined;

const GROUPS: readonly GroupKind[] = ['sources', 'person', 'rate', 'date'];

/**
 * The top level: one node per bundle when several, else that bundle's groups. Their snapshot is
 * read from the bundle each time, so the same objects stay valid across index changes: the view
 * can redraw one bundle's groups without rebuilding the top level.
 */
export function rootNodes(bundles: readonly Bundle[]): IndexNode[] {
  if (bundles.length === 1) return groupNodes(bundles[0], undefined);
  return bundles.map((bundle): BundleNode => ({
    type: 'bundle',
    id: bundle.root.toString(),
    parent: undefined,
    bundle,
    get snapshot() {
      return bundle.snapshot();
    },
  }));
}

/** The children of `node`: at most `limit` of its list, and a "more" node for the rest. */
export function childNodes(node: IndexNode, filter: IndexFilter, limit = PAGE_SIZE): IndexNode[] {
  switch (node.type) {
    case 'bundle':
      return groupNodes(node.bundle, node);
    case 'group':
      return node.group === 'sources'
        ? page(node, groupMembers(node.snapshot, 'sources', filter) as readonly SourceEntry[], limit, sourceNode)
        : page(node, groupMembers(node.snapshot, node.group, filter) as readonly Entity[], limit, entityNode);
    case 'source':
      return page(node, sourceEntities(node, filter), limit, sourceEntityNode);
    case 'entity':
      return node.inFile === undefined
        ? page(node, mentionFiles(node.entity), limit, fileNode)
        : page(node, entityMentionsInFile(node.snapshot, node.entity.id, node.inFile), limit, mentionNode);
    case 'file':
      return page(node, entityMentionsInFile(node.snapshot, node.entity.id, node.file), limit, mentionNode);
    case 'mention':
    case 'more':
      return [];
  }
}

/** The first `limit` members as nodes (only those are built), then a "more" node if any are left. */
function page<P extends IndexNode, M>(parent: P, members: readonly M[], limit: number, toNode: (parent: P, member: M) => IndexNode): IndexNode[] {
  const shown = Math.min(members.length, Math.max(1, limit));
  const nodes: IndexNode[] = new Array(shown);
  for (let i = 0; i < shown; i++) nodes[i] = toNode(parent, members[i]);
  if (members.length > shown) nodes.push(moreNode(parent, members.length - shown));
  return nodes;
}

function moreNode(parent: IndexNode, hidden: number): MoreNode {
  return { type: 'more', id: `${parent.id}|…more`, parent, bundle: parent.bundle, snapshot: parent.snapshot, hidden };
}

/**
 * A group's members and counts per snapshot and filter: paging through a group, or redrawing it
 * while nothing changed, must not filter and sort thousands of members again.
 */
const groupCache = new WeakMap<BundleSnapshot, { members: Map<string, readonly (SourceEntry | Entity)[]>; sizes: Map<string, number> }>();

function cacheOf(snapshot: BundleSnapshot): { members: Map<string, readonly (SourceEntry | Entity)[]>; sizes: Map<string, number> } {
  let cache = groupCache.get(snapshot);
  if (!cache) groupCache.set(snapshot, (cache = { members: new Map(), sizes: new Map() }));
  return cache;
}

/** Sources, or entities of a kind, that the filter keeps (all when there is no filter). */
function groupMembers(snapshot: BundleSnapshot, group: GroupKind, filter: IndexFilter): readonly (SourceEntry | Entity)[] {
  const { members } = cacheOf(snapshot);
  const key = `${group}|${filter ?? ''}`;
  let listed = members.get(key);
  if (!listed) members.set(key, (listed = listMembers(snapshot, group, filter)));
  return listed;
}

function listMembers(snapshot: BundleSnapshot, group: GroupKind, filter: IndexFilter): readonly (SourceEntry | Entity)[] {
  if (group === 'sources') return filter === undefined ? snapshot.sources : snapshot.sources.filter((source) => sourceMatches(snapshot, source, filter));
  const entities = snapshot.entities.filter((entity) => entity.kind === group && entityMatches(entity, filter));
  return sortEntities(entities, group);
}

/**
 * How many members `groupMembers` lists, without sorting them: a group's count is shown on every
 * redraw, and counting tens of thousands of entities each time shows in a big bundle's redraws.
 */
export function groupSize(snapshot: BundleSnapshot, group: GroupKind, filter: IndexFilter): number {
  if (group === 'sources' && filter === undefined) return snapshot.sources.length;
  const cache = cacheOf(snapshot);
  const key = `${group}|${filter ?? ''}`;
  const listed = cache.members.get(key);
  if (listed) return listed.length;
  let size = cache.sizes.get(key);
  if (size === undefined) {
    size = 0;
    if (group === 'sources') size = groupMembers(snapshot, group, filter).length;
    else for (const entity of snapshot.entities) if (entity.kind === group && entityMatches(entity, filter)) size++;
    cache.sizes.set(key, size);
  }
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

function groupNodes(bundle: Bundle, parent: BundleNode | undefined): GroupNode[] {
  const prefix = parent ? parent.id : bundle.root.toString();
  return GROUPS.map((group): GroupNode => ({
    type: 'group',
    id: `${prefix}|${group}`,
    parent,
    bundle,
    group,
    get snapshot() {
      return bundle.snapshot();
    },
  }));
}

function sourceNode(parent: GroupNode, source: SourceEntry): SourceNode {
  return { type: 'source', id: `${parent.id}|${source.file}`, parent, bundle: parent.bundle, snapshot: parent.snapshot, source };
}

function entityNode(parent: GroupNode, entity: Entity): EntityNode {
  return { type: 'entity', id: `${parent.id}|${entity.id}`, parent, bundle: parent.bundle, snapshot: parent.snapshot, entity };
}

/** The entities of a source the filter keeps (all of them when its own text matches). */
function sourceEntities(parent: SourceNode, filter: IndexFilter): readonly Entity[] {
  const { snapshot, source } = parent;
  const entities = snapshot.entitiesIn(source.file);
  const showAll = filter === undefined || sourceTextMatches(source, filter);
  return showAll ? entities : entities.filter((entity) => entityMatches(entity, filter));
}

function sourceEntityNode(parent: SourceNode, entity: Entity): EntityNode {
  const { snapshot, source } = parent;
  return { type: 'entity', id: `${parent.id}|${entity.id}`, parent, bundle: parent.bundle, snapshot, entity, inFile: source.file };
}

function fileNode(parent: EntityNode, file: string): FileNode {
  return { type: 'file', id: `${parent.id}|${file}`, parent, bundle: parent.bundle, snapshot: parent.snapshot, entity: parent.entity, file };
}

function mentionNode(parent: EntityNode | FileNode, mention: EntityMention): MentionNode {
  return {
    type: 'mention',
    id: `${parent.id}|${mention.start}`,
    parent,
    bundle: parent.bundle,
    snapshot: parent.snapshot,
    entity: parent.entity,
    mention,
  };
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
