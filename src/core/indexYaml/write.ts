import { Document, isMap, isScalar, isSeq, type Node, Pair, Scalar, type YAMLMap, YAMLSeq } from 'yaml';
import type { BundleSnapshot, Entity, SourceEntry } from '../bundle/api';
import { compareFiles } from '../bundle/discovery';
import { firstMentionText, firstRateFields, mentionCount, mentionFileCount, mentionFiles } from '../bundle/entityMentions';
import { RATE_FIELDS } from '../bundle/fileRecord';
import { fold } from '../bundle/linking/names';
import type { MentionKind } from '../model';
import { editedMetadata, parseIndex, type ParsedIndex, scalarString } from './read';
import {
  ENTITY_SECTIONS,
  fingerprint,
  formatFromPage,
  GENERATED,
  HEADER_COMMENT,
  INDEX_VERSION,
  IndexYamlError,
  MAX_FILES_LISTED,
  METADATA_FIELDS,
  REJECTED_COMMENT,
} from './schema';
import { writeFreshIndexYaml } from './writeFresh';

/**
 * The new INDEX.yaml text for `snapshot`, merged into `current` (undefined or "" when there is
 * none yet): generated fields are rewritten, a person's edits, unknown keys and comments are
 * kept, entries are put in bundle order. Throws IndexYamlError when `current` is broken: a
 * broken INDEX.yaml is never overwritten. Writing the text (atomically) is the caller's job.
 */
export function writeIndexYaml(current: string | undefined, snapshot: BundleSnapshot, parsed?: ParsedIndex): string {
  const fresh = current === undefined || current.trim() === '' ? writeFreshIndexYaml(snapshot) : undefined;
  return fresh ?? mergeIndexYaml(current, snapshot, parsed);
}

/**
 * `writeIndexYaml` through the `yaml` Document API always, even for a first write (which
 * `writeFreshIndexYaml` prints faster, to the same bytes: tests compare the two).
 * `parsed`, when given, is `parseIndex(current)` done already: it is edited in place.
 */
export function mergeIndexYaml(current: string | undefined, snapshot: BundleSnapshot, parsed?: ParsedIndex): string {
  const doc = current === undefined || current.trim() === '' ? new Document({}) : parseForWrite(parsed ?? parseIndex(current));
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
  if (!doc.commentBefore) doc.commentBefore = HEADER_COMMENT;
  const root = doc.contents as unknown as YAMLMap;

  setScalar(root, 'version', INDEX_VERSION);
  writeSources(doc, sectionList(doc, root, 'sources'), snapshot.sources);
  const entities = sectionMap(doc, root, 'entities');
  const names = new Map(snapshot.entities.map((e) => [e.id, e.name]));
  for (const [kind, section] of ENTITY_SECTIONS) {
    writeEntities(doc, sectionList(doc, entities, section), kind, snapshot.entities.filter((e) => e.kind === kind), names);
  }
  if (!entities.has('rejected')) {
    const rejected = new YAMLSeq();
    rejected.flow = true;
    const key = new Scalar('rejected');
    key.commentBefore = REJECTED_COMMENT;
    entities.items.push(new Pair(key, rejected));
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function parseForWrite({ doc, problems }: ParsedIndex): Document {
  if (problems.length > 0) throw new IndexYamlError(problems);
  return doc;
}

function writeSources(doc: Document, list: YAMLSeq, sources: readonly SourceEntry[]): void {
  const existing = new Map<string, YAMLMap>();
  for (const item of list.items) {
    const file = isMap(item) ? scalarString(item.get('file')) : undefined;
    if (file !== undefined && !existing.has(file)) existing.set(file, item as YAMLMap);
  }
  const items: YAMLMap[] = [];
  for (const source of sources) {
    const item = existing.get(source.file) ?? (doc.createNode({ file: source.file }) as YAMLMap);
    existing.delete(source.file);
    updateSource(item, source);
    items.push(item);
  }
  for (const item of existing.values()) {
    // The file is gone: keep what a person wrote about it, drop what News Lens generated.
    const edited = editedMetadata(item);
    for (const field of METADATA_FIELDS) if (!(field in edited)) item.delete(field);
    for (const key of ['fromPage', 'mentions', 'skipped']) item.delete(key);
    if (hasPersonContent(item, GENERATED.source)) {
      setScalar(item, 'missing', true);
      items.push(item);
    }
  }
  items.sort((a, b) => compareFiles(String(a.get('file')), String(b.get('file'))));
  list.items = items;
}

function updateSource(item: YAMLMap, source: SourceEntry): void {
  const edited = editedMetadata(item);
  const fromPage = new Map<string, string>();
  for (const field of METADATA_FIELDS) {
    if (field in edited) continue;
    const value = source.metadata[field];
    if (value === undefined || value === '') item.delete(field);
    else {
      setScalar(item, field, value);
      fromPage.set(field, fingerprint(value));
    }
  }
  const counts = source.counts;
  setFlowMap(item, 'mentions', { people: counts.person, rates: counts.rate, dates: counts.date });
  if (source.skipped !== undefined) setScalar(item, 'skipped', source.skipped);
  else item.delete('skipped');
  item.delete('missing');
  if (fromPage.size > 0) setScalar(item, 'fromPage', formatFromPage(fromPage));
  else item.delete('fromPage');
  moveToEnd(item, 'note');
}

function writeEntities(
  doc: Document,
  list: YAMLSeq,
  kind: MentionKind,
  entities: readonly Entity[],
  names: ReadonlyMap<string, string>,
): void {
  const keyField = kind === 'person' ? 'name' : 'id';
  const keyOf = (e: Entity) => (kind === 'person' ? e.name : e.id);
  const exact = new Map<string, YAMLMap>();
  const folded = new Map<string, YAMLMap>();
  for (const item of list.items) {
    const key = isMap(item) ? scalarString(item.get(keyField)) : undefined;
    if (key === undefined) continue;
    if (!exact.has(key)) exact.set(key, item as YAMLMap);
    if (kind === 'person' && !folded.has(fold(key))) folded.set(fold(key), item as YAMLMap);
  }
  const used = new Set<YAMLMap>();
  const items: YAMLMap[] = [];
  for (const entity of entities) {
    let item = exact.get(keyOf(entity)) ?? (kind === 'person' ? folded.get(fold(entity.name)) : undefined);
    if (item && used.has(item)) item = undefined;
    item ??= doc.createNode({ [keyField]: keyOf(entity) }) as YAMLMap;
    used.add(item);
    updateEntity(item, entity, names);
    items.push(item);
  }
  for (const item of list.items) {
    if (!isMap(item) || used.has(item as YAMLMap)) continue;
    const map = item as YAMLMap;
    const generated = GENERATED[kind];
    if (!hasPersonContent(map, generated)) continue;
    for (const key of generated) if (key !== keyField) map.delete(key);
    setScalar(map, 'missing', true);
    items.push(map);
  }
  list.items = items;
}

function updateEntity(item: YAMLMap, entity: Entity, names: ReadonlyMap<string, string>): void {
  if (entity.kind === 'person') {
    setScalar(item, 'name', entity.name);
    setScalar(item, 'id', entity.id);
    const own = new Set(personAliases(item).map(fold));
    setList(item, 'variants', entity.aliases.filter((a) => !own.has(fold(a))));
    setList(item, 'possibleMatches', entity.possibleMatches.map((id) => names.get(id) ?? id));
    setList(item, 'ambiguousWith', entity.ambiguousWith.map((id) => names.get(id) ?? id));
  } else if (entity.kind === 'rate') {
    setScalar(item, 'id', entity.id);
    setScalar(item, 'rate', entity.name);
    const scope = firstRateFields(entity);
    for (const field of RATE_FIELDS) {
      const value = scope[field];
      if (value) setScalar(item, field, value);
      else item.delete(field);
    }
  } else {
    setScalar(item, 'id', entity.id);
    setScalar(item, 'date', entity.name);
    const text = firstMentionText(entity);
    if (text) setScalar(item, 'text', text);
    else item.delete('text');
  }
  // Without building every mention object: a whole bundle has about a million of them.
  const files = mentionFiles(entity, MAX_FILES_LISTED);
  const fileCount = mentionFileCount(entity);
  setScalar(item, 'mentions', mentionCount(entity));
  setList(item, 'files', files);
  if (fileCount > MAX_FILES_LISTED) setScalar(item, 'moreFiles', fileCount - MAX_FILES_LISTED);
  else item.delete('moreFiles');
  item.delete('missing');
  moveToEnd(item, 'note');
}

function personAliases(item: YAMLMap): string[] {
  const node: unknown = item.get('aliases', true);
  if (isScalar(node)) return typeof node.value === 'string' ? [node.value] : [];
  if (!isSeq(node)) return [];
  return node.items.map((i) => (isScalar(i) ? scalarString(i.value) : undefined)).filter((s): s is string => !!s);
}

/** The list under `key`, created empty when missing. `parseIndex` guaranteed any existing one is a list. */
function sectionList(doc: Document, map: YAMLMap, key: string): YAMLSeq {
  const node = map.get(key, true);
  if (isSeq(node)) return node;
  const seq = doc.createNode([]) as YAMLSeq;
  map.set(key, seq);
  return seq;
}

function sectionMap(doc: Document, map: YAMLMap, key: string): YAMLMap {
  const node = map.get(key, true);
  if (isMap(node)) return node;
  const created = doc.createNode({}) as YAMLMap;
  map.set(key, created);
  return created;
}

/** Sets a scalar, keeping the existing node (and the comment on it) when there is one. */
function setScalar(map: YAMLMap, key: string, value: string | number | boolean): void {
  const node = map.get(key, true);
  if (isScalar(node)) {
    if (node.value !== value) node.value = value;
  } else map.set(key, new Scalar(value));
}

/** A flow list (`[a, b]`); an empty one removes the key. Comments on the old node are kept. */
function setList(map: YAMLMap, key: string, values: readonly string[]): void {
  if (values.length === 0) {
    map.delete(key);
    return;
  }
  const old = map.get(key, true) as Node | undefined;
  if (isSeq(old) && sameItems(old, values)) return;
  const seq = new YAMLSeq();
  seq.flow = true;
  for (const v of values) seq.items.push(new Scalar(v));
  if (old) {
    seq.comment = old.comment;
    seq.commentBefore = old.commentBefore;
  }
  map.set(key, seq);
}

function setFlowMap(map: YAMLMap, key: string, values: Readonly<Record<string, number>>): void {
  const old = map.get(key, true);
  if (isMap(old)) {
    for (const [k, v] of Object.entries(values)) setScalar(old as YAMLMap, k, v);
    return;
  }
  const created = new Document().createNode(values, { flow: true }) as YAMLMap;
  map.set(key, created);
}

function sameItems(seq: YAMLSeq, values: readonly string[]): boolean {
  return seq.items.length === values.length && seq.items.every((item, i) => isScalar(item) && item.value === values[i]);
}

/** Keeps a person's note after the generated fields, where people look for it. */
function moveToEnd(map: YAMLMap, key: string): void {
  const index = map.items.findIndex((pair) => isScalar(pair.key) && pair.key.value === key);
  if (index >= 0 && index !== map.items.length - 1) map.items.push(...map.items.splice(index, 1));
}

/** Whether an entry holds anything a person wrote: a key News Lens does not generate, with a value. */
function hasPersonContent(map: YAMLMap, generated: ReadonlySet<string>): boolean {
  return map.items.some((pair) => {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (generated.has(key)) return false;
    const value = pair.value;
    if (value === null || value === undefined) return false;
    if (isScalar(value)) return value.value !== null && value.value !== '';
    if (isSeq(value) || isMap(value)) return value.items.length > 0;
    return true;
  });
}
