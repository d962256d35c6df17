import { type Detail, detailKey, type PreparedFile, sharedDetail } from '../core/bundle/fileRecord';

/**
 * How an extraction thread sends prepared files to the main thread: the same few thousand link
 * keys, surface forms and details recur in every file, so each thread sends each of them once
 * and then only its number. The main thread receives them (decoded, hashed, shared) once per
 * thread instead of once per file: that was most of its work per file.
 */
export interface WireFile extends Omit<PreparedFile, 'distinctKeys' | 'formTexts' | 'details'> {
  readonly distinctKeys: number[];
  readonly formTexts: number[];
  readonly details: number[];
}

/** What a thread sends with a batch: the strings and details it numbered for the first time. */
export interface WireTables {
  readonly strings: string[];
  readonly details: Detail[];
}

/** The thread's side: numbers strings and details, remembering what it sent. */
export class WireEncoder {
  private readonly stringIds = new Map<string, number>();
  private readonly detailIds = new Map<string, number>();
  private fresh: { strings: string[]; details: Detail[] } = { strings: [], details: [] };
  private detailCount = 0;

  encode(prepared: PreparedFile): WireFile {
    return {
      ...prepared,
      distinctKeys: prepared.distinctKeys.map((s) => this.stringId(s)),
      formTexts: prepared.formTexts.map((s) => this.stringId(s)),
      details: prepared.details.map((d) => this.detailId(d)),
    };
  }

  /** The strings and details numbered since the last call, to send before the files that use them. */
  takeFresh(): WireTables {
    const fresh = this.fresh;
    this.fresh = { strings: [], details: [] };
    return fresh;
  }

  private stringId(value: string): number {
    let id = this.stringIds.get(value);
    if (id === undefined) {
      id = this.stringIds.size;
      this.stringIds.set(value, id);
      this.fresh.strings.push(value);
    }
    return id;
  }

  private detailId(detail: Detail): number {
    const key = detailKey(detail);
    let id = key === undefined ? undefined : this.detailIds.get(key);
    if (id === undefined) {
      id = this.detailCount++;
      if (key !== undefined) this.detailIds.set(key, id);
      this.fresh.details.push(detail);
    }
    return id;
  }
}

/**
 * The main thread's side, one per thread: the tables received so far. With the index's `share`
 * (`BundleIndex.shared`), the files it decodes are adopted already: each string is shared once
 * per thread instead of once per file that has it.
 */
export class WireDecoder {
  private readonly strings: string[] = [];
  private readonly details: Detail[] = [];

  constructor(private readonly share: (value: string) => string = (value) => value) {}

  receive(tables: WireTables): void {
    for (const value of tables.strings) this.strings.push(this.share(value));
    for (const detail of tables.details) this.details.push(sharedDetail(detail));
  }

  decode(wire: WireFile): PreparedFile {
    return {
      ...wire,
      distinctKeys: wire.distinctKeys.map((id) => this.strings[id]),
      formTexts: wire.formTexts.map((id) => this.strings[id]),
      details: wire.details.map((id) => this.details[id]),
    };
  }
}
