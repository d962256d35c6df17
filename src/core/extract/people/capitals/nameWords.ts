import { CharClass, charClass, isLetterChar } from '../chars';
import { Lex, lexOfSpan } from '../lexiconIndex';

/**
 * The capital words that can be name words, made only of capital letters (with inner hyphens or
 * apostrophes), two letters or more, without a possessive ("TRUMP'S" gives "TRUMP"); initials and
 * acronyms with full stops drop out. One set of buffers serves every text (see `NAME_WORDS`).
 */
export class NameWords {
  starts = new Int32Array(INITIAL_WORDS);
  ends = new Int32Array(INITIAL_WORDS);
  /** 1 when the next word follows after one space with no possessive between: both may be one name. */
  joinsNext = new Uint8Array(INITIAL_WORDS);
  count = 0;

  /** Reads the words from recorded spans: `count` [start, end) pairs in text order (see CapitalWords). */
  read(text: string, spans: Int32Array, count: number): void {
    if (this.starts.length < count || this.starts.length > Math.max(count, MAX_KEPT_WORDS)) this.allocate(Math.max(count, INITIAL_WORDS));
    const { starts, ends, joinsNext } = this;
    let n = 0;
    let lastRawEnd = -1;
    for (let k = 0; k < count; k++) {
      const start = spans[2 * k];
      const rawEnd = spans[2 * k + 1];
      const end = nameWordEnd(text, start, rawEnd);
      if (end < 0) continue;
      // A possessive ends the name ("TRUMP'S ISHIBA" are two), and "BY" opens one ("BY JANE ROE").
      if (n > 0) joinsNext[n - 1] = ends[n - 1] === lastRawEnd && start === lastRawEnd + 1 && isSpace(text.charCodeAt(lastRawEnd)) && !isBy(text, starts[n - 1], ends[n - 1]) ? 1 : 0;
      starts[n] = start;
      ends[n] = end;
      joinsNext[n] = 0;
      n++;
      lastRawEnd = rawEnd;
    }
    this.count = n;
  }

  private allocate(size: number): void {
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.joinsNext = new Uint8Array(size);
  }
}

const INITIAL_WORDS = 64;
const MAX_KEPT_WORDS = 1 << 13;

/** The buffers every text's capital words are read into. */
export const NAME_WORDS = new NameWords();

/** The end of the name word in text[start, rawEnd) without a possessive, or -1 when the span is no such word. */
function nameWordEnd(text: string, start: number, rawEnd: number): number {
  let letters = 0;
  for (let i = start; i < rawEnd; i++) {
    const c = text.charCodeAt(i);
    if (charClass(c) === CharClass.Upper) {
      letters++;
      continue;
    }
    const apostrophe = c === 39 || c === 0x2019;
    if (apostrophe && i + 2 === rawEnd && (text.charCodeAt(i + 1) | 0x20) === 115) return letters >= 2 ? i : -1; // "'S", "'s"
    if ((c !== 45 && !apostrophe) || i === start || i + 1 >= rawEnd || charClass(text.charCodeAt(i + 1)) !== CharClass.Upper) return -1;
  }
  return letters >= 2 ? rawEnd : -1;
}

/** text[start, end) is "BY". */
function isBy(text: string, start: number, end: number): boolean {
  return end - start === 2 && text.charCodeAt(start) === 66 && text.charCodeAt(start + 1) === 89;
}

/** A space or a no-break space. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 160;
}

/** A word in capitals in title case ("JEAN-PIERRE" → "Jean-Pierre", "O'NEILL" → "O'Neill"): as the word lists spell names. */
export function titleCase(word: string): string {
  const titled = word.charAt(0) + word.slice(1).toLowerCase();
  return hasInnerBreak(word) ? titled.replace(INNER_BREAK_RE, (mark) => mark.toUpperCase()) : titled;
}

/** A hyphen or an apostrophe and the letter after it, which title case keeps a capital ("Jean-Pierre", "O'Neill"). */
const INNER_BREAK_RE = /[-'\u2019]\p{Ll}/gu;

function hasInnerBreak(word: string): boolean {
  return word.indexOf('-') >= 0 || word.indexOf("'") >= 0 || word.indexOf('\u2019') >= 0;
}

/** A title or an honorific and one space come right before text[start] ("Minister ISHIBA", "Mr. AKAZAWA"). */
export function followsTitle(text: string, start: number): boolean {
  const end = start - 1;
  if (end < 1 || !isSpace(text.charCodeAt(end))) return false;
  let wordStart = end;
  while (wordStart > 0 && end - wordStart < MAX_TITLE_LENGTH && isTitleChar(text.charCodeAt(wordStart - 1))) wordStart--;
  return wordStart < end && (lexOfSpan(text, wordStart, end) & (Lex.Title | Lex.Honorific)) !== 0;
}

/** "Secretary-General" is the longest title head. */
const MAX_TITLE_LENGTH = 20;

/** A letter, a full stop ("Mr.") or a hyphen ("Vice-President"). */
function isTitleChar(c: number): boolean {
  return isLetterChar(c) || c === 46 || c === 45;
}

/** Only spaces and quotation marks stand between text[start] and the start of its line. */
export function opensLine(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (isSpace(text.charCodeAt(i)) || isQuote(text.charCodeAt(i)))) i--;
  return i < 0 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
}

function isQuote(c: number): boolean {
  return c === 34 || c === 39 || c === 0x2018 || c === 0x201c;
}
