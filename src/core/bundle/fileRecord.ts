import type { DateDetail, Extraction, Mention, MentionKind, PersonDetail, RateDetail, SourceMetadata, Zone, ZoneRange } from '../model';
import type { EntityMention } from './api';
import { LayoutKeeper } from '../layoutKeeper';
import { linkKeyOf, valueOfKey } from './linking/keys';

/** A mention's kind-specific detail (role, what a rate applies to, the date's anchor). */
export type Detail = PersonDetail | RateDetail | DateDetail;

/**
 * A column of unsigned integers, as narrow as its largest value allows: most files are small,
 * so most columns take one or two bytes a slot instead of four.
 */
export type Column = Uint8Array | Uint16Array | Uint32Array;

/**
 * Everything the bundle index keeps about one file, computed once when the file changes.
 * Columnar: a 6,000-file bundle holds about a million mentions, and one object per mention
 * (plus its strings) would cost several hundred megabytes; here a mention costs a few narrow
 * column slots (all in one buffer per file) and indices into the file's tables of distinct
 * strings and details. `mentionAt` rebuilds the objects when a view asks.
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
  /** Number of mentions; the per-mention arrays below are indexed 0..size-1, in offset order. */
  readonly size: number;
  readonly starts: Column;
  readonly ends: Column;
  /** 1-based line of each mention's start. */
  readonly lines: Column;
  readonly kinds: Column;
  readonly zoneCodes: Column;
  /** Each mention's link key, as an index into `distinctKeys` (the key also holds its value: see `valueOfKey`). */
  readonly keyIds: Column;
  /** Each mention's detail: 0 for none, else `details[detailIds[i] - 1]`. */
  readonly detailIds: Column;
  /** The file's distinct details, shared with equal ones of other files. */
  readonly details: readonly Detail[];
  /** The file's distinct link keys, sorted, and how many mentions each has here. */
  readonly distinctKeys: readonly string[];
  readonly keyCounts: Column;
  /**
   * Mention indices grouped by key: those of `distinctKeys[j]` are
   * `keyOrder[keyStart[j] .. keyStart[j + 1])`, in offset order.
   */
  readonly keyOrder: Column;
  readonly keyStart: Column;
  /**
   * Per distinct key j and rate field f (RATE_FIELDS order): the first mention of the key (in
   * offset order) whose rate detail sets f, at `rateFieldFirst[j * 3 + f]`; `size` when none does.
   */
  readonly rateFieldFirst: Column;
  /** Distinct (key, surface form) pairs: index into `distinctKeys`, the text, how often. */
  readonly formKeys: Column;
  readonly formTexts: readonly string[];
  readonly formCounts: Column;
  /** Each mention's surface form: an index into `formTexts` (so the text need not be kept). */
  readonly mentionForms: Column;
  readonly counts: Readonly<Record<MentionKind, number>>;
}

/** Returns one shared copy of equal strings, so a million mentions do not hold a million keys. */
export type Intern = (value: string) => string;

/** The rate fields INDEX.yaml lists, in `rateFieldFirst` order. */
export const RATE_FIELDS = ['appliesTo', 'imposedBy', 'imposedOn'] as const;
export type RateField = (typeof RATE_FIELDS)[number];

const KINDS: readonly MentionKind[] = ['person', 'rate', 'date'];
const ZONES: readonly Zone[] = ['body', 'comments', 'boilerplate'];

/** Index in KINDS. */
function kindCode(kind: MentionKind): number {
  return kind === 'person' ? 0 : kind === 'rate' ? 1 : 2;
}

/** Index in ZONES; an unknown zone reads as body. */
function zoneCode(zone: Zone): number {
  return zone === 'comments' ? 1 : zone === 'boilerplate' ? 2 : 0;
}

/**
 * A file's record built away from the index (in a worker thread, say): plain data that survives
 * structured cloning, without the text; its strings and details are not yet shared with the rest
 * of the index (`adoptPrepared` does that). Every typed array lies in one ArrayBuffer, so
 * posting a record copies one block of memory.
 */
export type PreparedFile = Omit<FileRecord, 'text'>;

/** The index's record of `file`: `prepareFile` and `adoptPrepared` in one step, keeping the text. */
export function buildFileRecord(file: string, text: string, extraction: Extraction, intern: Intern): FileRecord {
  return { ...prepareFile(file, text, extraction, intern), text };
}

/**
 * Extracted `text` of `file` as the index will adopt it with `adoptPrepared`; with the index's
 * `intern` (`BundleIndex.shared`), adopted already: its strings interned, its details shared.
 */
export function prepareFile(file: string, text: string, extraction: Extraction, intern?: Intern): PreparedFile {
  const mentions = isSortedByStart(extraction.mentions)
    ? extraction.mentions
    : [...extraction.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  const local = new LocalTables(mentions.length, intern);
  for (let i = 0; i < mentions.length; i++) local.add(i, mentions[i]);
  // The extractor adds each mention's zone after making it: layouts that die with the mentions.
  MENTIONS.keep(mentions);
  return layOut(file, text, extraction, local);
}

/**
 * The record of a prepared file, its strings and details shared with the rest of the index.
 * Costs a few lookups per distinct string and detail of the file, nothing per mention.
 */
export function adoptPrepared(prepared: PreparedFile, intern: Intern): FileRecord {
  return {
    ...prepared,
    distinctKeys: prepared.distinctKeys.map(intern),
    formTexts: prepared.formTexts.map(intern),
    details: prepared.details.map(sharedDetail),
  };
}

/** The mention at index `i` of the record, as the views see it. A new object on every call. */
export function mentionAt(record: FileRecord, i: number): EntityMention {
  const start = record.starts[i];
  const end = record.ends[i];
  const text = record.formTexts[record.mentionForms[i]];
  const kind = KINDS[record.kinds[i]];
  const zone = ZONES[record.zoneCodes[i]];
  const detailId = record.detailIds[i];
  const value = valueOfKey(record.distinctKeys[record.keyIds[i]]);
  const mention: Mention = { kind, start, end, text, value, zone, ...(detailId > 0 ? { [kind]: record.details[detailId - 1] } : {}) };
  return { file: record.file, start, end, line: record.lines[i], text, zone, mention };
}

/** The link key of mention `i`. */
export function keyAt(record: FileRecord, i: number): string {
  return record.distinctKeys[record.keyIds[i]];
}

/** The surface form of mention `i` (its text), without building the mention. */
export function formAt(record: FileRecord, i: number): string {
  return record.formTexts[record.mentionForms[i]];
}

/** The same record under a new path: nothing is re-extracted. */
export function renamedRecord(record: FileRecord, to: string): FileRecord {
  return { ...record, file: to };
}

export function skippedRecord(file: string, reason: string): FileRecord {
  const empty = layOut(file, '', { mentions: [], zones: [], metadata: {} }, new LocalTables(0));
  return { ...empty, text: '', metadata: {}, zones: [], skipped: reason };
}

/** Keep the layouts of a file's mentions, tables and line counter across full collections (see LayoutKeeper). */
const MENTIONS = new LayoutKeeper();
const LOCAL_TABLES = new LayoutKeeper();
const LINE_COUNTER = new LayoutKeeper();

/**
 * A file's distinct keys, surface forms and details as its mentions are added, each numbered
 * in order of first appearance ("local" ids, renumbered once the keys are sorted), and each
 * mention's numbers. Only `add` reads the mentions (objects of many shapes); `layOut` works on
 * numbers alone, which keeps it quick to compile (it was recompiled several times per thread,
 * at a fifth of the run's whole compile time, when it read mentions and wrote narrow columns).
 */
class LocalTables {
  readonly keys: string[] = [];
  readonly keyCounts: number[] = [];
  readonly formKeys: number[] = [];
  readonly formTexts: string[] = [];
  readonly formCounts: number[] = [];
  readonly details: Detail[] = [];
  /** Per mention, in order (reused scratch space, see `scratchColumn`). */
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  readonly kinds: Uint32Array;
  readonly zones: Uint32Array;
  /** Local key id. */
  readonly mentionKeys: Uint32Array;
  readonly mentionForms: Uint32Array;
  /** Detail id (0: none). */
  readonly mentionDetails: Uint32Array;
  /** Bit f set when the mention's rate detail sets RATE_FIELDS[f]. */
  readonly rateFields: Uint32Array;
  private readonly keyIds = new Map<string, number>();
  /** Person names and resolved dates give their key by value alone: skip building the key string again. */
  private readonly keyIdByValue = [new Map<string, number>(), new Map<string, number>()];
  private readonly formIds = new Map<string, number>();
  private readonly detailIds = new Map<string, number>();

  /**
   * `intern`: each distinct key and form is interned and each detail shared as it is first met
   * (the same lookups as `adoptPrepared`, without a second pass and copies of the tables).
   */
  constructor(
    readonly size: number,
    private readonly intern?: Intern,
  ) {
    LOCAL_TABLES.keep(this);
    this.starts = scratchColumn(0, size);
    this.ends = scratchColumn(1, size);
    this.kinds = scratchColumn(2, size);
    this.zones = scratchColumn(3, size);
    this.mentionKeys = scratchColumn(4, size);
    this.mentionForms = scratchColumn(5, size);
    this.mentionDetails = scratchColumn(6, size);
    this.rateFields = scratchColumn(7, size);
  }

  add(i: number, m: Mention): void {
    const key = this.keyIdOf(m);
    this.keyCounts[key]++;
    this.starts[i] = m.start;
    this.ends[i] = m.end;
    this.kinds[i] = kindCode(m.kind);
    this.zones[i] = zoneCode(m.zone);
    this.mentionKeys[i] = key;
    this.mentionForms[i] = this.formIdOf(key, m.text);
    this.mentionDetails[i] = this.detailIdOf(m.kind === 'person' ? m.person : m.kind === 'rate' ? m.rate : m.date);
    this.rateFields[i] = m.kind === 'rate' && m.rate ? rateFieldBits(m.rate) : 0;
  }

  private keyIdOf(m: Mention): number {
    const byValue = m.kind === 'person' ? this.keyIdByValue[0] : m.kind === 'date' && m.value ? this.keyIdByValue[1] : undefined;
    const value = m.value || m.text;
    let id = byValue?.get(value);
    if (id !== undefined) return id;
    const key = linkKeyOf(m);
    id = this.keyIds.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.keyIds.set(key, id);
      this.keys.push(this.intern ? this.intern(key) : key);
      this.keyCounts.push(0);
    }
    byValue?.set(value, id);
    return id;
  }

  private formIdOf(key: number, text: string): number {
    let id = this.formIds.get(text);
    // The same text under two keys (rare: "Tanaka" naming two people) gets one form per key.
    if (id !== undefined && this.formKeys[id] !== key) id = this.formIds.get(key + '\u0001' + text);
    if (id === undefined) {
      id = this.formTexts.length;
      this.formIds.set(this.formIds.has(text) ? key + '\u0001' + text : text, id);
      this.formKeys.push(key);
      this.formTexts.push(this.intern ? this.intern(text) : text);
      this.formCounts.push(0);
    }
    this.formCounts[id]++;
    return id;
  }

  private detailIdOf(detail: Detail | undefined): number {
    if (!detail) return 0;
    const key = detailKey(detail);
    if (key === undefined) {
      this.details.push(detail);
      return this.details.length;
    }
    let id = this.detailIds.get(key);
    if (id === undefined) {
      this.details.push(this.intern ? sharedDetailOfKey(key, detail) : detail);
      id = this.details.length;
      this.detailIds.set(key, id);
    }
    return id;
  }
}

function rateFieldBits(rate: RateDetail): number {
  let bits = 0;
  for (let f = 0; f < RATE_FIELDS.length; f++) if (rate[RATE_FIELDS[f]]) bits |= 1 << f;
  return bits;
}

/**
 * The record's columns, the keys sorted, all numbers in one buffer. The values are worked out in
 * reused Uint32Array scratch columns, then copied natively into the narrow ones.
 */
function layOut(file: string, text: string, extraction: Extraction, local: LocalTables): PreparedFile {
  const size = local.size;
  const keyCount = local.keys.length;
  const formCount = local.formTexts.length;
  const lines = scratchColumn(8, size);
  const keyIds = scratchColumn(9, size);
  const keyOrder = scratchColumn(10, size);
  const keyCounts = scratchColumn(11, keyCount);
  const keyStart = scratchColumn(12, keyCount + 1);
  const rateFieldFirst = scratchColumn(13, 3 * keyCount);
  const formKeys = scratchColumn(14, formCount);
  const formCounts = scratchColumn(15, formCount);

  // Sorted keys: `rank[local id]` is the key's index in `distinctKeys`. (Loops, not `map`: arrays
  // from `map` did not always have the shape this function was compiled for: a recompilation.)
  const keys = local.keys;
  const order: number[] = [];
  for (let id = 0; id < keyCount; id++) order.push(id);
  order.sort((a, b) => (keys[a] < keys[b] ? -1 : 1));
  const rank = new Uint32Array(keyCount);
  const distinctKeys: string[] = [];
  for (let j = 0; j < keyCount; j++) {
    rank[order[j]] = j;
    distinctKeys.push(keys[order[j]]);
  }
  keyStart[0] = 0;
  for (let j = 0; j < keyCount; j++) {
    keyCounts[j] = local.keyCounts[order[j]];
    keyStart[j + 1] = keyStart[j] + keyCounts[j];
  }
  // Mentions come in offset order: the first one of a key that sets a rate field is the one to keep.
  rateFieldFirst.fill(size);
  const fill = keyStart.slice(0, keyCount);
  const lineCounter = new LineCounter(text);
  const kindCounts = [0, 0, 0];
  for (let i = 0; i < size; i++) {
    const j = rank[local.mentionKeys[i]];
    lines[i] = lineCounter.lineAt(local.starts[i]);
    keyIds[i] = j;
    keyOrder[fill[j]++] = i;
    kindCounts[local.kinds[i]]++;
    const bits = local.rateFields[i];
    for (let f = 0; bits !== 0 && f < RATE_FIELDS.length; f++) {
      if (bits & (1 << f) && rateFieldFirst[j * 3 + f] === size) rateFieldFirst[j * 3 + f] = i;
    }
  }
  for (let f = 0; f < formCount; f++) {
    formKeys[f] = rank[local.formKeys[f]];
    formCounts[f] = local.formCounts[f];
  }
  // Each column with its largest possible value, which sets its width.
  const narrow = columns(
    [local.starts, local.ends, lines, keyIds, local.mentionDetails, local.mentionForms, keyOrder, keyCounts, keyStart, rateFieldFirst, formKeys, formCounts, local.kinds, local.zones],
    [text.length, text.length, text.length + 1, keyCount, local.details.length, formCount, size, size, size, size, keyCount, size, KINDS.length, ZONES.length],
  );
  return {
    file,
    metadata: extraction.metadata,
    zones: extraction.zones,
    size,
    starts: narrow[0],
    ends: narrow[1],
    lines: narrow[2],
    kinds: narrow[12],
    zoneCodes: narrow[13],
    keyIds: narrow[3],
    detailIds: narrow[4],
    details: local.details,
    distinctKeys,
    keyCounts: narrow[7],
    keyOrder: narrow[6],
    keyStart: narrow[8],
    rateFieldFirst: narrow[9],
    formKeys: narrow[10],
    formTexts: local.formTexts,
    formCounts: narrow[11],
    mentionForms: narrow[5],
    counts: { person: kindCounts[0], rate: kindCounts[1], date: kindCounts[2] },
  };
}

/** Scratch columns, grown as needed and reused by every file this thread lays out. */
const scratch: Uint32Array[] = [];

/** Scratch column `c`, `length` long (its old contents left in). */
function scratchColumn(c: number, length: number): Uint32Array {
  if (scratch[c] === undefined || scratch[c].length < length) scratch[c] = new Uint32Array(Math.max(length, 2 * (scratch[c]?.length ?? 512)));
  return scratch[c].subarray(0, length);
}

/**
 * Narrow copies of `values[i]` (whose values are at most `maxima[i]`), each as narrow as its
 * values allow, all in one ArrayBuffer: the widest first, so every column starts aligned.
 */
function columns(values: readonly Uint32Array[], maxima: readonly number[]): Column[] {
  let bytes = 0;
  for (let i = 0; i < values.length; i++) bytes += values[i].length * widthOf(maxima[i]);
  const buffer = new ArrayBuffer(bytes);
  const narrow: Column[] = new Array<Column>(values.length);
  let offset = 0;
  for (let width = 4; width >= 1; width >>= 1) {
    for (let i = 0; i < values.length; i++) {
      if (widthOf(maxima[i]) !== width) continue;
      narrow[i] = narrowCopy(buffer, offset, width, values[i]);
      offset += values[i].length * width;
    }
  }
  return narrow;
}

function widthOf(max: number): number {
  return max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
}

function narrowCopy(buffer: ArrayBuffer, offset: number, width: number, values: Uint32Array): Column {
  const column = width === 1 ? new Uint8Array(buffer, offset, values.length) : width === 2 ? new Uint16Array(buffer, offset, values.length) : new Uint32Array(buffer, offset, values.length);
  column.set(values);
  return column;
}

/**
 * Equal details (the same anchor date, the same "cars / United States / Japan" scope) recur on
 * most mentions: keep one copy of each. Details are plain string records, so equal fields are
 * equal details. The table is cleared when it grows large, so it never holds much.
 */
const detailTable = new Map<string, Detail>();
const DETAIL_TABLE_LIMIT = 20_000;
/** Details already shared (or handed over as shared), known without computing their key. */
const sharedDetails = new WeakSet<Detail>();

/** One shared copy of `detail` (see detailTable). */
export function sharedDetail(detail: Detail): Detail {
  if (sharedDetails.has(detail)) return detail;
  const key = detailKey(detail);
  return key === undefined ? detail : sharedDetailOfKey(key, detail);
}

/** `sharedDetail` when the detail's key is known. */
function sharedDetailOfKey(key: string, detail: Detail): Detail {
  const known = detailTable.get(key);
  if (known) return known;
  if (detailTable.size >= DETAIL_TABLE_LIMIT) detailTable.clear();
  detailTable.set(key, detail);
  sharedDetails.add(detail);
  return detail;
}

/** Its fields and values as one string; undefined when it is not a plain string record (kept as is). */
export function detailKey(detail: Detail): string | undefined {
  let key = '';
  for (const field in detail) {
    const value = (detail as Record<string, unknown>)[field];
    if (typeof value !== 'string') return undefined;
    key += field + '\u0001' + value + '\u0002';
  }
  return key;
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
  /** Without "\r", the next "\n" is found by indexOf (native, far faster than a loop over characters). */
  private readonly newlinesOnly: boolean;
  private nextNewline: number;

  constructor(private readonly text: string) {
    this.newlinesOnly = !text.includes('\r');
    this.nextNewline = text.indexOf('\n');
    LINE_COUNTER.keep(this);
  }

  lineAt(offset: number): number {
    if (offset < this.pos) {
      this.line = 1;
      this.pos = 0;
      this.nextNewline = this.text.indexOf('\n');
    }
    if (this.newlinesOnly) {
      while (this.nextNewline >= 0 && this.nextNewline < offset) {
        this.line++;
        this.nextNewline = this.text.indexOf('\n', this.nextNewline + 1);
      }
    } else {
      this.countBreaks(offset);
    }
    this.pos = offset;
    return this.line;
  }

  private countBreaks(offset: number): void {
    const text = this.text;
    for (let i = this.pos; i < offset; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.line++;
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.line++;
    }
  }
}
