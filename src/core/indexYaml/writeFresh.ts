import { Document, Scalar, stringify, YAMLSeq } from 'yaml';
import type { BundleSnapshot, Entity, SourceEntry } from '../bundle/api';
import { firstMentionText, firstRateFields, mentionCount, mentionFileCount, mentionFiles } from '../bundle/entityMentions';
import { RATE_FIELDS } from '../bundle/fileRecord';
import {
  ENTITY_SECTIONS,
  fingerprint,
  formatFromPage,
  HEADER_COMMENT,
  INDEX_VERSION,
  MAX_FILES_LISTED,
  METADATA_FIELDS,
  REJECTED_COMMENT,
} from './schema';

/**
 * INDEX.yaml for a bundle that has none yet, printed line by line: the same bytes as
 * `writeIndexYaml(undefined, snapshot)` builds through the `yaml` Document API, at a fraction of
 * its time and memory (a 6,000-file bundle makes a 3 MB file). Scalars are quoted by the `yaml`
 * library itself (cached per value), except the common shapes it is known to leave plain.
 * Returns undefined when a value would print on several lines (a title with a line break…):
 * the caller then takes the Document API.
 */
export function writeFreshIndexYaml(snapshot: BundleSnapshot): string | undefined {
  const out = new Lines();
  try {
    for (const line of HEADER_COMMENT.split('\n')) out.push(`#${line}`);
    out.push('');
    out.push(`version: ${INDEX_VERSION}`);
    writeSources(out, snapshot.sources);
    out.push('entities:');
    const names = new Map(snapshot.entities.map((e) => [e.id, e.name]));
    for (const [kind, section] of ENTITY_SECTIONS) {
      const entities = snapshot.entities.filter((e) => e.kind === kind);
      if (entities.length === 0) {
        out.push(`  ${section}: []`);
        continue;
      }
      out.push(`  ${section}:`);
      for (const entity of entities) writeEntity(out, entity, names);
    }
    out.push(`  #${REJECTED_COMMENT}`);
    out.push('  rejected: []');
  } catch (err) {
    if (err === MULTILINE) return undefined;
    throw err;
  }
  return out.text();
}

function writeSources(out: Lines, sources: readonly SourceEntry[]): void {
  if (sources.length === 0) {
    out.push('sources: []');
    return;
  }
  out.push('sources:');
  for (const source of sources) {
    out.push(`  - file: ${blockValue(source.file)}`);
    const fromPage = new Map<string, string>();
    for (const field of METADATA_FIELDS) {
      const value = source.metadata[field];
      if (value === undefined || value === '') continue;
      out.push(`    ${field}: ${blockValue(value)}`);
      fromPage.set(field, fingerprint(value));
    }
    const { person, rate, date } = source.counts;
    out.push(`    mentions: {people: ${person}, rates: ${rate}, dates: ${date}}`);
    if (source.skipped !== undefined) out.push(`    skipped: ${blockValue(source.skipped)}`);
    if (fromPage.size > 0) out.push(`    fromPage: ${blockValue(formatFromPage(fromPage))}`);
  }
}

function writeEntity(out: Lines, entity: Entity, names: ReadonlyMap<string, string>): void {
  if (entity.kind === 'person') {
    out.push(`    - name: ${blockValue(entity.name)}`);
    out.push(`      id: ${blockValue(entity.id)}`);
    flowList(out, 'variants', entity.aliases);
    flowList(out, 'possibleMatches', entity.possibleMatches.map((id) => names.get(id) ?? id));
    flowList(out, 'ambiguousWith', entity.ambiguousWith.map((id) => names.get(id) ?? id));
  } else if (entity.kind === 'rate') {
    out.push(`    - id: ${blockValue(entity.id)}`);
    out.push(`      rate: ${blockValue(entity.name)}`);
    const scope = firstRateFields(entity);
    for (const field of RATE_FIELDS) {
      const value = scope[field];
      if (value) out.push(`      ${field}: ${blockValue(value)}`);
    }
  } else {
    out.push(`    - id: ${blockValue(entity.id)}`);
    out.push(`      date: ${blockValue(entity.name)}`);
    const text = firstMentionText(entity);
    if (text) out.push(`      text: ${blockValue(text)}`);
  }
  const files = mentionFiles(entity, MAX_FILES_LISTED);
  const fileCount = mentionFileCount(entity);
  out.push(`      mentions: ${mentionCount(entity)}`);
  flowList(out, 'files', files);
  if (fileCount > MAX_FILES_LISTED) out.push(`      moreFiles: ${fileCount - MAX_FILES_LISTED}`);
}

function flowList(out: Lines, key: string, values: readonly string[]): void {
  if (values.length > 0) out.push(`      ${key}: [${values.map(flowItem).join(', ')}]`);
}

/** Thrown (and caught above) when a value cannot be printed on one line. */
const MULTILINE = new Error('a value spans several lines');

const OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;

/**
 * Shapes `yaml` prints plain in a block mapping: starts with a letter, only "safe" characters,
 * no ": " and no trailing ":" or space; or a calendar date, month or date and time (most date
 * entities of a large bundle carry a time of day, each a different value: asking `yaml` for each
 * was most of the write). "%" and "=" are safe too: titles like "25% tariffs" and every
 * `fromPage` have them.
 */
const PLAIN_BLOCK = /^(?:[A-Za-z][A-Za-z0-9 ._/'’,()|&+:%=-]*[A-Za-z0-9._/'’)|&+%=-]|\d{4}-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?)?)$/;
/** The same in a flow list, where commas and colons would be read as structure. */
const PLAIN_FLOW = /^[A-Za-z][A-Za-z0-9 ._/'’()|&+-]*[A-Za-z0-9._/'’)|&+-]$/;
/**
 * The words of those shapes that YAML 1.2 reads as null or a boolean: `yaml` quotes them. (Every
 * other word of up to five letters prints plain, checked against `yaml`; short names are common.)
 */
const RESERVED_WORD = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
/**
 * Strings `yaml` double-quotes because they would read as numbers: rates ("10", "27.5") and
 * years. Printed here, so a bundle whose values are all of the shapes above never runs the
 * `yaml` printer (its first calls, cold, cost ~10 ms of the serial end of `index`).
 */
const DECIMAL = /^\d+(?:\.\d+)?$/;

const blockCache = new Map<string, string>();
const flowCache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

function blockValue(value: string): string {
  if (PLAIN_BLOCK.test(value) && !value.includes(': ') && !RESERVED_WORD.test(value)) return value;
  if (value === '' || DECIMAL.test(value)) return `"${value}"`;
  let printed = blockCache.get(value);
  if (printed === undefined) {
    const text = stringify({ k: value }, OPTIONS); // "k: <value>\n"
    printed = text.slice(3, -1);
    remember(blockCache, value, printed);
  }
  if (printed.includes('\n')) throw MULTILINE;
  return printed;
}

function flowItem(value: string): string {
  if (PLAIN_FLOW.test(value) && !RESERVED_WORD.test(value)) return value;
  let printed = flowCache.get(value);
  if (printed === undefined) {
    // As the Document API prints a one-item flow list in a block mapping: "k: [<value>]\n".
    const doc = new Document({});
    const seq = new YAMLSeq();
    seq.flow = true;
    seq.items.push(new Scalar(value));
    doc.set('k', seq);
    const text = doc.toString(OPTIONS);
    printed = text.startsWith('k: [') && text.endsWith(']\n') ? text.slice(4, -2) : '\n';
    remember(flowCache, value, printed);
  }
  if (printed.includes('\n')) throw MULTILINE;
  return printed;
}

function remember(cache: Map<string, string>, value: string, printed: string): void {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(value, printed);
}

/** Lines joined with "\n", ending with one. */
class Lines {
  private readonly lines: string[] = [];

  push(line: string): void {
    this.lines.push(line);
  }

  text(): string {
    return this.lines.join('\n') + '\n';
  }
}
