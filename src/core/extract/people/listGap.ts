import { isSpaceCode } from '../textUtil';

/**
 * Whether text[from, to) separates two names of a list, read by character codes: the gap is tested
 * for most neighbouring candidates, and a slice and a regex per gap cost more than the test. It is
 * exactly, for a list item `/^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:(?:Mr|Mrs|Ms|Dr)\.?\s)?$/`
 * and, when a conjunction is required, `/^,?\s+(?:and|or|&)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s)?$/`: an
 * honorific may open the second name ("Okafor and Ms Brennan").
 */
export function isListGap(text: string, from: number, to: number, conjunctionRequired: boolean): boolean {
  let i = from;
  const comma = i < to && text.charCodeAt(i) === 44;
  if (comma) i++;
  const spacesEnd = skipSpaces(text, i, to);
  if (comma && !conjunctionRequired) {
    // ", " with an optional "and " or "or " (no "&" after a comma).
    const word = conjunctionEnd(text, spacesEnd, to, false);
    const afterWord = word < 0 ? word : skipSpaces(text, word, to);
    return isHonorificTail(text, afterWord > word ? afterWord : spacesEnd, to);
  }
  // White space, "and", "or" or "&", white space.
  if (spacesEnd === i) return false;
  const word = conjunctionEnd(text, spacesEnd, to, true);
  if (word < 0) return false;
  const afterWord = skipSpaces(text, word, to);
  return afterWord > word && isHonorificTail(text, afterWord, to);
}

function skipSpaces(text: string, i: number, to: number): number {
  while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** The end of "and", "or" (or "&" when `ampersand`) at `i`, or -1. */
function conjunctionEnd(text: string, i: number, to: number, ampersand: boolean): number {
  if (i >= to) return -1;
  const c = text.charCodeAt(i);
  if (c === 38) return ampersand ? i + 1 : -1;
  if (c === 97 && i + 3 <= to && text.charCodeAt(i + 1) === 110 && text.charCodeAt(i + 2) === 100) return i + 3;
  if (c === 111 && i + 2 <= to && text.charCodeAt(i + 1) === 114) return i + 2;
  return -1;
}

/** `(?:(?:Mr|Mrs|Ms|Dr)\.?\s)?$` at `i`: the gap ends here, or after an honorific and one white-space character. */
function isHonorificTail(text: string, i: number, to: number): boolean {
  if (i === to) return true;
  let j = honorificEnd(text, i, to);
  if (j < 0) return false;
  if (j < to && text.charCodeAt(j) === 46) j++;
  return j + 1 === to && isSpaceCode(text.charCodeAt(j));
}

/** The end of "Mrs", "Mr", "Ms" or "Dr" at `i`, or -1 ("Mrs" first: after "Mr" an "s" could not be followed by the rest). */
function honorificEnd(text: string, i: number, to: number): number {
  if (i + 2 > to) return -1;
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  if (a === 77 && b === 114) return i + 3 <= to && text.charCodeAt(i + 2) === 115 ? i + 3 : i + 2; // Mrs, Mr
  if ((a === 77 && b === 115) || (a === 68 && b === 114)) return i + 2; // Ms, Dr
  return -1;
}
