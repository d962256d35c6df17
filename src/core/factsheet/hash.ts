/**
 * The marker that proves a fact sheet is as News Lens wrote it. The hash is not for security,
 * only to notice a hand edit: cyrb53 (53-bit, two 32-bit lanes) is enough and needs no crypto API.
 */

const MARKER = /\n<!-- news-lens:generated hash=([0-9a-f]{14}) [^\n]*-->\n?$/;

function contentHash(text: string): string {
  return new ContentHash().add(text).digest();
}

/** cyrb53 fed piece by piece, so a sheet's hash needs no copy of the whole sheet. */
class ContentHash {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  add(text: string): this {
    let { h1, h2 } = this;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
    return this;
  }

  digest(): string {
    let { h1, h2 } = this;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
  }
}

/**
 * Seals a fact sheet given piece by piece: `add` each piece of the text in order, then `marker`
 * gives the line to append. The sheet never has to exist as one string: a big bundle's sheet
 * is tens of MB, and each copy counts.
 */
export class FactSheetSeal {
  private readonly hash = new ContentHash();

  add(piece: string): void {
    this.hash.add(piece);
  }

  /** The marker line (with its line breaks) that ends the sheet made of the pieces added. */
  marker(): string {
    return `\n<!-- news-lens:generated hash=${this.hash.digest()} (News Lens asks before replacing a hand-edited copy) -->\n`;
  }
}

/** True when `existing` is not exactly a fact sheet News Lens wrote: a person may have edited it. */
export function isHandEdited(existing: string): boolean {
  const normalized = existing.replace(/\r\n/g, '\n');
  const found = MARKER.exec(normalized);
  if (!found) return true;
  return contentHash(normalized.slice(0, found.index)) !== found[1];
}
