import { type Document, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import type { SourceMetadata } from '../model';
import type { IndexOverrides, PersonOverride, Rejection } from '../bundle/overrides';
import { fingerprint, type IndexYamlProblem, METADATA_FIELDS, parseFromPage } from './schema';

export type { IndexYamlProblem } from './schema';

export interface IndexYamlRead {
  /** Syntax and shape errors, located. When not empty, `overrides` is empty and nothing may be written. */
  readonly errors: readonly IndexYamlProblem[];
  readonly overrides: IndexOverrides;
}

/** The parsed document with its sections, for the writer; `problems` as in `IndexYamlRead`. */
export interface ParsedIndex {
  readonly doc: Document.Parsed;
  readonly problems: IndexYamlProblem[];
}

/** Reads INDEX.yaml text into what people decided, or the reasons it cannot be read. */
export function readIndexYaml(text: string): IndexYamlRead {
  return readParsedIndex(parseIndex(text));
}

/** `readIndexYaml` of text `parseIndex` already parsed, so a rebuild parses INDEX.yaml once. */
export function readParsedIndex({ doc, problems }: ParsedIndex): IndexYamlRead {
  if (problems.length > 0) return { errors: problems, overrides: emptyOverrides() };
  return { errors: [], overrides: overridesOf(doc) };
}

/**
 * Parses and checks the shape the writer relies on (lists where lists belong, a `file`, `name`
 * or `id` in each entry), so a rebuild never has to guess what a person meant.
 */
export function parseIndex(text: string): ParsedIndex {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number, message: string): IndexYamlProblem => {
    const { line, col } = lineCounter.linePos(offset);
    return { message, line, col };
  };
  const problems: IndexYamlProblem[] = doc.errors.map((e) => at(e.pos[0], firstLine(e.message)));
  if (problems.length > 0) return { doc, problems };

  const nodeAt = (node: unknown, message: string) => at((node as Node).range?.[0] ?? 0, message);
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { doc, problems };
  if (!isMap(root)) return { doc, problems: [nodeAt(root, 'the top level must be a mapping (key: value lines)')] };

  const sources = root.get('sources', true);
  if (!isEmpty(sources)) {
    if (!isSeq(sources)) problems.push(nodeAt(sources, '`sources` must be a list'));
    else for (const item of sources.items) requireEntry(item, 'file', 'each source needs a `file`', problems, nodeAt);
  }
  const entities = root.get('entities', true);
  if (!isEmpty(entities)) {
    if (!isMap(entities)) problems.push(nodeAt(entities, '`entities` must be a mapping'));
    else {
      const sections: [string, string][] = [
        ['people', 'name'],
        ['rates', 'id'],
        ['dates', 'id'],
      ];
      for (const [section, key] of sections) {
        const list = entities.get(section, true);
        if (isEmpty(list)) continue;
        if (!isSeq(list)) {
          problems.push(nodeAt(list, `\`${section}\` must be a list`));
          continue;
        }
        for (const item of list.items) {
          requireEntry(item, key, `each entry of \`${section}\` needs a \`${key}\``, problems, nodeAt);
          const aliases = isMap(item) ? item.get('aliases', true) : undefined;
          if (!isEmpty(aliases) && !isSeq(aliases) && !isScalar(aliases)) problems.push(nodeAt(aliases, '`aliases` must be a list of names'));
        }
      }
      const rejected = entities.get('rejected', true);
      if (!isEmpty(rejected)) {
        if (!isSeq(rejected)) problems.push(nodeAt(rejected, '`rejected` must be a list'));
        else
          for (const item of rejected.items) {
            if (isScalar(item) && typeof item.value === 'string') continue;
            if (isMap(item) && (typeof item.get('person') === 'string' || typeof item.get('id') === 'string')) continue;
            problems.push(nodeAt(item, 'each `rejected` entry needs `person: <name>` or `id: <entity id>`'));
          }
      }
    }
  }
  return { doc, problems };
}

function overridesOf(doc: Document.Parsed): IndexOverrides {
  const sources = new Map<string, SourceMetadata>();
  for (const item of entries(doc, ['sources'])) {
    const file = scalarString(item.get('file'));
    if (file === undefined) continue;
    const edited = editedMetadata(item);
    if (Object.keys(edited).length > 0) sources.set(file, edited);
  }
  const people: PersonOverride[] = [];
  for (const item of entries(doc, ['entities', 'people'])) {
    const name = scalarString(item.get('name'));
    if (name === undefined) continue;
    const aliases = stringList(item.get('aliases', true));
    const note = scalarString(item.get('note'));
    if (aliases.length > 0 || note !== undefined) people.push({ name, aliases, ...(note !== undefined ? { note } : {}) });
  }
  const notes = new Map<string, string>();
  for (const section of ['rates', 'dates']) {
    for (const item of entries(doc, ['entities', section])) {
      const id = scalarString(item.get('id'));
      const note = scalarString(item.get('note'));
      if (id !== undefined && note !== undefined) notes.set(id, note);
    }
  }
  const rejected: Rejection[] = [];
  const list = doc.getIn(['entities', 'rejected'], true);
  if (isSeq(list)) {
    for (const item of list.items) {
      if (isScalar(item) && typeof item.value === 'string') rejected.push({ person: item.value });
      else if (isMap(item)) {
        const person = scalarString(item.get('person'));
        const id = scalarString(item.get('id'));
        if (person !== undefined) rejected.push({ person });
        else if (id !== undefined) rejected.push({ id });
      }
    }
  }
  return { sources, people, notes, rejected };
}

/**
 * The metadata fields of a source entry that a person set: present, and not what News Lens
 * itself wrote there last time (its fingerprint in `fromPage` no longer matches, or there is none).
 */
export function editedMetadata(item: YAMLMap): SourceMetadata {
  const recorded = parseFromPage(item.get('fromPage'));
  const edited: Record<string, string> = {};
  for (const field of METADATA_FIELDS) {
    if (!item.has(field)) continue;
    const value = item.get(field);
    const text = value === null || value === undefined ? '' : String(value);
    if (recorded.get(field) !== fingerprint(text)) edited[field] = text;
  }
  return edited;
}

/** The map entries of a list at `path` (other items are skipped: `parseIndex` reported them). */
function entries(doc: Document, path: readonly string[]): YAMLMap[] {
  const list = doc.getIn(path, true);
  return isSeq(list) ? (list as YAMLSeq).items.filter((item): item is YAMLMap => isMap(item)) : [];
}

/** A scalar as text: YAML reads `published: 2025-04-15` as a string but `2025` as a number. */
export function scalarString(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function stringList(node: unknown): string[] {
  if (isScalar(node)) {
    const s = scalarString(node.value);
    return s ? [s] : [];
  }
  if (!isSeq(node)) return [];
  return node.items.map((item) => scalarString(isScalar(item) ? item.value : undefined)).filter((s): s is string => !!s);
}

function requireEntry(
  item: unknown,
  key: string,
  message: string,
  problems: IndexYamlProblem[],
  nodeAt: (node: unknown, message: string) => IndexYamlProblem,
): void {
  if (!isMap(item) || scalarString(item.get(key)) === undefined) problems.push(nodeAt(item, message));
}

function isEmpty(node: unknown): boolean {
  return node === undefined || node === null || (isScalar(node) && node.value === null);
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

function emptyOverrides(): IndexOverrides {
  return { sources: new Map(), people: [], notes: new Map(), rejected: [] };
}
