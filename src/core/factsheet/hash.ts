/**
 * The marker that proves a fact sheet is as News Lens wrote it. The hash is not for security,
 * only to notice a hand edit: cyrb53 (53-bit, two 32-bit lanes) is enough and needs no crypto API.
 */

const MARKER = /\n<!-- news-lens:generated hash=([0-9a-f]{14}) [^\n]*-->\n?$/;

function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** Appends the marker line to a freshly rendered fact sheet. */
export function sealFactSheet(body: string): string {
  return `${body}\n<!-- news-lens:generated hash=${contentHash(body)} (News Lens asks before replacing a hand-edited copy) -->\n`;
}

/** True when `existing` is not exactly a fact sheet News Lens wrote: a person may have edited it. */
export function isHandEdited(existing: string): boolean {
  const normalized = existing.replace(/\r\n/g, '\n');
  const found = MARKER.exec(normalized);
  if (!found) return true;
  return contentHash(normalized.slice(0, found.index)) !== found[1];
}
