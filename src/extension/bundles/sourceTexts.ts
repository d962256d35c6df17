import type { PreparedFile } from '../../core/bundle/fileRecord';
import type { IndexOverrides } from '../../core/bundle/overrides';
import { prepareHere } from './sourceExtractor';

/** Decoded texts kept for the next asks, up to this many characters in all. */
const RECENT_CHARS = 4_000_000;
/** A UTF-16 code unit that is half of a surrogate pair without its other half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The texts of a bundle's indexed files, which the index reads back when a view asks
 * (`BundleIndex` option `loadText`), kept as UTF-8 bytes: news text is nearly all ASCII, but one
 * curly quote makes V8 store the whole string at two bytes a character, so 6,000 articles
 * (40 MB) take about 80 MB as strings and 40 MB as bytes. A text that UTF-8 cannot carry
 * unchanged (a lone surrogate) is kept as a string.
 */
export class SourceTexts {
  private readonly stored = new Map<string, Uint8Array | string>();
  /** The last texts decoded, newest last: a hover or a repaint asks for the same file several times. */
  private readonly recent = new Map<string, string>();
  private recentChars = 0;

  /** Keeps `text` as the text of `file`; false when it is the text kept already. */
  set(file: string, text: string): boolean {
    const kept = this.stored.get(file);
    const next = storable(text);
    if (kept !== undefined && sameContent(kept, next)) return false;
    this.stored.set(file, next);
    this.forgetRecent(file);
    return true;
  }

  /** Whether `text` is the text kept for `file` already. */
  holds(file: string, text: string): boolean {
    const kept = this.stored.get(file);
    return kept !== undefined && sameContent(kept, storable(text));
  }

  get(file: string): string | undefined {
    const cached = this.recent.get(file);
    if (cached !== undefined) {
      this.recent.delete(file);
      this.recent.set(file, cached);
      return cached;
    }
    const kept = this.stored.get(file);
    if (kept === undefined) return undefined;
    const text = typeof kept === 'string' ? kept : decoder.decode(kept);
    this.remember(file, text);
    return text;
  }

  delete(file: string): void {
    this.stored.delete(file);
    this.forgetRecent(file);
  }

  rename(from: string, to: string): void {
    const kept = this.stored.get(from);
    this.delete(from);
    if (kept !== undefined) this.stored.set(to, kept);
  }

  private remember(file: string, text: string): void {
    if (text.length > RECENT_CHARS) return;
    this.recent.set(file, text);
    this.recentChars += text.length;
    for (const [oldest, old] of this.recent) {
      if (this.recentChars <= RECENT_CHARS) break;
      this.recent.delete(oldest);
      this.recentChars -= old.length;
    }
  }

  private forgetRecent(file: string): void {
    const text = this.recent.get(file);
    if (text === undefined) return;
    this.recent.delete(file);
    this.recentChars -= text.length;
  }
}

/**
 * `text` of `file` extracted for `BundleIndex.setPrepared`, as `BundleIndex.setFile` would
 * extract it (with the published date INDEX.yaml gives the file), and detached from `text`:
 * each title, name or role the extractor sliced out of the text would keep the whole text
 * alive; a structured clone copies them out.
 */
export function detachedPreparedFile(file: string, text: string, overrides: IndexOverrides): PreparedFile {
  return prepareHere([{ file, text, published: overrides.sources.get(file)?.published }])[0];
}

/** How `text` is kept: as UTF-8 bytes when they carry it unchanged. */
function storable(text: string): Uint8Array | string {
  return hasLoneSurrogate(text) ? text : encoder.encode(text);
}

/**
 * Whether `text` holds half a surrogate pair. The native `isWellFormed` (ES2024) checks 6,000
 * articles some 20x faster than the regular expression, which stays for hosts without it.
 */
function hasLoneSurrogate(text: string): boolean {
  const isWellFormed = (text as { isWellFormed?: () => boolean }).isWellFormed;
  return isWellFormed ? !isWellFormed.call(text) : LONE_SURROGATE.test(text);
}

function sameContent(a: Uint8Array | string, b: Uint8Array | string): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
