import type { DateDetail, Extraction, Mention, MentionKind, PersonDetail, RateDetail, SourceMetadata, Zone, ZoneRange } from '../model';
import type { EntityMention } from './api';
import { linkKeyOf, valueOfKey } from './linking/keys';

/**
 * Everything the bundle index keeps about one file, computed once when the file changes.
 * Columnar: a 6,000-file bundle holds about a million mentions, and one object per mention
 * (plus its strings) would cost several hundred megabytes; here a mention costs a few typed-array
 * slots and references to shared strings. `mentionAt` rebuilds the objects when a view asks.
 * Immutable: a snapshot that holds a record keeps seeing the file as it was.
 */
export interface FileRecord {
  readonly file: string;
  /**
   * The file's text, or undefined when the index was given the file already extracted
   * (`BundleIndex.setPrepared`) and reads the text back through its loader only when asked.
   */
  readonly text?: string;
  readonly metadata: SourceMetadata;
  readonly zones: readonly ZoneRange[];
  /** Set when the file could not be indexed. */
  readonly skipped?: string;
  /** Number of mentions; the arrays below are indexed 0..size-1, in offset order. */
  readonly size: number;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  /** 1-based line of each mention's start. */
  readonly lines: Uint32Array;
  readonly kinds: Uint8Array;
  readonly zoneCodes: Uint8Array;
  /** The kind-specific detail (role, what a rate applies to…); undefined when none. */
  readonly details: readonly (PersonDetail | RateDetail | DateDetail | undefined)[];
  /** The link key of each mention, interned (it also holds the mention's value: see `valueOfKey`). */
  readonly keys: readonly string[];
  /** The file's distinct link keys, sorted, and how many mentions each has here. */
  readonly distinctKeys: readonly string[];
  readonly keyCounts: Uint32Array;
  /**
   * Mention indices grouped by key: those of `distinctKeys[j]` are
   * `keyOrder[keyStart[j] .. keyStart[j + 1])`, in offset order.
   */
  readonly keyOrder: Uint32Array;
  readonly keyStart: Uint32Array;
  /** Distinct (key, surface form) pairs: index into `distinctKeys`, the text, how often. */
  readonly formKeys: Uint32Array;
  readonly formTexts: readonly string[];
  readonly formCounts: Uint32Array;
  /** Each mention's surface form: an index into `formTexts` (so the text need not be kept). */
  readonly mentionForms: Uint32Array;
  readonly counts: Readonly<Record<MentionKind, number>>;
}

/** Returns one shared copy of equal strings, so a million mentions do not hold a million keys. */
export type Intern = (value: string) => string;

const KINDS: readonly MentionKind[] = ['person', 'rate', 'date'];
const ZONES: readonly Zone[] = ['body', 'comments', 'boilerplate'];

export function buildFileRecord(file: string, text: string, extraction: Extraction, intern: Intern): FileRecord {
  const sorted = isSortedByStart(extraction.mentions)
    ? extraction.mentions
    : [...extraction.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  const size = sorted.length;
  const starts = new Uint32Array(size);
  const ends = new Uint32Array(size);
  const lines = new Uint32Array(size);
  const kinds = new Uint8Array(size);
  const zoneCodes = new Uint8Array(size);
  const details: (PersonDetail | RateDetail | DateDetail | undefined)[] = new Array(size);
  const keyIds = new Uint32Array(size);
  const localFormOf = new Uint32Array(size);
  const lineCounter = new LineCounter(text);
  // Per distinct key of this file: the key, its count, its surface forms (few: a linear scan).
  const local = new Map<string, number>();
  const localKeys: string[] = [];
  const localCounts: number[] = [];
  const localForms: { texts: string[]; counts: number[] }[] = [];
  const counts = { person: 0, rate: 0, date: 0 };
  for (let i = 0; i < size; i++) {
    const m = sorted[i];
    starts[i] = m.start;
    ends[i] = m.end;
    lines[i] = lineCounter.lineAt(m.start);
    kinds[i] = KINDS.indexOf(m.kind);
    zoneCodes[i] = Math.max(0, ZONES.indexOf(m.zone));
    details[i] = sharedDetail(detailOf(m));
    const key = linkKeyOf(m);
    let id = local.get(key);
    if (id === undefined) {
      id = localKeys.length;
      local.set(key, id);
      localKeys.push(key);
      localCounts.push(0);
      localForms.push({ texts: [], counts: [] });
    }
    keyIds[i] = id;
    localCounts[id]++;
    const forms = localForms[id];
    const k = forms.texts.indexOf(m.text);
    if (k < 0) {
      localFormOf[i] = forms.texts.length;
      forms.texts.push(m.text);
      forms.counts.push(1);
    } else {
      localFormOf[i] = k;
      forms.counts[k]++;
    }
    counts[m.kind]++;
  }
  const order = localKeys.map((_, id) => id).sort((a, b) => (localKeys[a] < localKeys[b] ? -1 : 1));
  const sortedIndexOf = new Uint32Array(order.length);
  order.forEach((id, j) => (sortedIndexOf[id] = j));
  const distinctKeys = order.map((id) => intern(localKeys[id]));
  const keyCounts = Uint32Array.from(order, (id) => localCounts[id]);
  const keys: string[] = new Array(size);
  const keyStart = new Uint32Array(distinctKeys.length + 1);
  for (let j = 0; j < distinctKeys.length; j++) keyStart[j + 1] = keyStart[j] + keyCounts[j];
  const keyOrder = new Uint32Array(size);
  const fill = keyStart.slice(0, distinctKeys.length);
  for (let i = 0; i < size; i++) {
    const j = sortedIndexOf[keyIds[i]];
    keys[i] = distinctKeys[j];
    keyOrder[fill[j]++] = i;
  }
  const formKeys: number[] = [];
  const formTexts: string[] = [];
  const formCounts: number[] = [];
  const firstFormOf = new Uint32Array(localKeys.length);
  order.forEach((id, j) => {
    const forms = localForms[id];
    firstFormOf[id] = formTexts.length;
    for (let k = 0; k < forms.texts.length; k++) {
      formKeys.push(j);
      formTexts.push(intern(forms.texts[k]));
      formCounts.push(forms.counts[k]);
    }
  });
  const mentionForms = new Uint32Array(size);
  for (let i = 0; i < size; i++) mentionForms[i] = firstFormOf[keyIds[i]] + localFormOf[i];
  return {
    file,
    text,
    metadata: extraction.metadata,
    zones: extraction.zones,
    size,
    starts,
    ends,
    lines,
    kinds,
    zoneCodes,
    details,
    keys,
    distinctKeys,
    keyCounts,
    keyOrder,
    keyStart,
    formKeys: Uint32Array.from(formKeys),
    formTexts,
    formCounts: Uint32Array.from(formCounts),
    mentionForms,
    counts,
  };
}

/**
 * A file's record built away from the index (in a worker thread, say): plain data that survives
 * structured cloning, without the text and without the per-mention keys (rebuilt on adoption).
 */
export type PreparedFile = Omit<FileRecord, 'text' | 'keys'>;

/** Extracted `text` of `file` as the index will adopt it with `adoptPrepared`. */
export function prepareFile(file: string, text: string, extraction: Extraction): PreparedFile {
  const { text: _text, keys: _keys, ...prepared } = buildFileRecord(file, text, extraction, (value) => value);
  return prepared;
}

/**
 * The record of a prepared file, its strings and details shared with the rest of the index as
 * `buildFileRecord` shares them. Structured cloning keeps one copy of an object sent twice in a
 * message, so each distinct detail object is looked up once.
 */
export function adoptPrepared(prepared: PreparedFile, intern: Intern): FileRecord {
  const distinctKeys = prepared.distinctKeys.map(intern);
  const keys: string[] = new Array(prepared.size);
  const { keyStart, keyOrder } = prepared;
  for (let j = 0; j < distinctKeys.length; j++) {
    for (let k = keyStart[j]; k < keyStart[j + 1]; k++) keys[keyOrder[k]] = distinctKeys[j];
  }
  const shared = new Map<Detail, Detail | undefined>();
  const details = prepared.details.map((detail) => {
    if (!detail) return undefined;
    if (!shared.has(detail)) shared.set(detail, sharedDetail(detail));
    return shared.get(detail);
  });
  return { ...prepared, distinctKeys, keys, formTexts: prepared.formTexts.map(intern), details };
}

/** The mention at index `i` of the record, as the views see it. A new object on every call. */
export function mentionAt(record: FileRecord, i: number): EntityMention {
  const start = record.starts[i];
  const end = record.ends[i];
  const text = record.formTexts[record.mentionForms[i]];
  const kind = KINDS[record.kinds[i]];
  const zone = ZONES[record.zoneCodes[i]];
  const detail = record.details[i];
  const value = valueOfKey(record.keys[i]);
  const mention: Mention = { kind, start, end, text, value, zone, ...(detail ? { [kind]: detail } : {}) };
  return { file: record.file, start, end, line: record.lines[i], text, zone, mention };
}

/** The same record under a new path: nothing is re-extracted. */
export function renamedRecord(record: FileRecord, to: string): FileRecord {
  return { ...record, file: to };
}

export function skippedRecord(file: string, reason: string): FileRecord {
  return {
    file,
    text: '',
    metadata: {},
    zones: [],
    skipped: reason,
    size: 0,
    starts: new Uint32Array(0),
    ends: new Uint32Array(0),
    lines: new Uint32Array(0),
    kinds: new Uint8Array(0),
    zoneCodes: new Uint8Array(0),
    details: [],
    keys: [],
    distinctKeys: [],
    keyCounts: new Uint32Array(0),
    keyOrder: new Uint32Array(0),
    keyStart: new Uint32Array(1),
    formKeys: new Uint32Array(0),
    formTexts: [],
    formCounts: new Uint32Array(0),
    mentionForms: new Uint32Array(0),
    counts: { person: 0, rate: 0, date: 0 },
  };
}

type Detail = PersonDetail | RateDetail | DateDetail;

/**
 * Equal details (the same anchor date, the same "cars / United States / Japan" scope) recur on
 * most mentions: keep one copy of each. Details are plain string records, so equal fields are
 * equal details. The table is cleared when it grows large, so it never holds much.
 */
const detailTable = new Map<string, Detail>();
const DETAIL_TABLE_LIMIT = 20_000;

function sharedDetail(detail: Detail | undefined): Detail | undefined {
  if (!detail) return undefined;
  let key = '';
  for (const field in detail) {
    const value = (detail as Record<string, unknown>)[field];
    if (typeof value !== 'string') return detail; // not a plain string record: keep as is
    key += field + '\u0001' + value + '\u0002';
  }
  const known = detailTable.get(key);
  if (known) return known;
  if (detailTable.size >= DETAIL_TABLE_LIMIT) detailTable.clear();
  detailTable.set(key, detail);
  return detail;
}

function detailOf(m: Mention): Detail | undefined {
  return m.kind === 'person' ? m.person : m.kind === 'rate' ? m.rate : m.date;
}

function isSortedByStart(mentions: Extraction['mentions']): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i - 1].start > mentions[i].start) return false;
  return true;
}

/**
 * 1-based line numbers for increasing offsets in one pass. Line breaks as VS Code counts them:
 * "\r\n", "\n" and a lone "\r".
 */
class LineCounter {
  private line = 1;
  private pos = 0;

  constructor(private readonly text: string) {}

  lineAt(offset: number): number {
    if (offset < this.pos) {
      this.line = 1;
      this.pos = 0;
    }
    const text = this.text;
    for (let i = this.pos; i < offset; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.line++;
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.line++;
    }
    this.pos = offset;
    return this.line;
  }
}
