/** Small text helpers shared by the finders. Pure and allocation-light: they run on every byte. */

/** 1-based line number of `offset`, given the sorted offsets where lines start. */
export function lineAt(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Offsets where each line starts; "\r\n", "\n" and "\r" all end a line, as in VS Code. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The characters regex `\s` matches and `String.prototype.trim` removes (white space and line terminators). */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** ASCII 0–9. */
export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** ASCII A–Z or a–z. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** ASCII A–Z. */
export function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** ASCII a–z. */
export function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** The first offset in [from, to) that is not white space (as `trim` sees it), or `to`. */
export function skipSpaceForward(text: string, from: number, to: number): number {
  while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
  return from;
}

/** The end of text[from, to) without trailing white space (as `trim` sees it). */
export function skipSpaceBackward(text: string, from: number, to: number): number {
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
  return to;
}

/**
 * Whether text[start, end) is ASCII without capitals, so already its own lower case. Most words are, and
 * `toLowerCase` is slow on the two-byte strings that most pages are (for their curly quotes).
 */
export function isOwnLowerCase(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 127 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

/**
 * One step of the 32-bit polynomial hash (h × 31 + c) the finders' word tables key on, so a scanner
 * can hash a word in the loop that finds its end.
 */
export function hashStep(h: number, c: number): number {
  return (Math.imul(h, 31) + c) | 0;
}
