import { isAsciiDigit, isAsciiLetter } from '../textUtil';
import { isDigitWord, isTensWord, numberWordValue, spelledNumbers } from './numberWords';
import { LayoutKeeper } from '../../layoutKeeper';

/** One percentage as written: the number (or range) with its unit, before any tariff filtering. */
export interface PercentSpan {
  /** Start of the number ("25"). */
  readonly start: number;
  /** End of the unit, exclusive; for a bare number (see `bare`) the end of the number. */
  readonly end: number;
  /** The number as a decimal string without thousands separators ("27.5", "1000", "10"). */
  readonly value: string;
  /** Where the unit starts (== end for a bare number). */
  readonly unitStart: number;
  /**
   * A number whose unit is written only after the next number: the "10" of "from 10 to 25 percent",
   * the "15" of "15-20%".
   * It is a rate of its own, so it gets its own span, which has no unit.
   */
  readonly bare?: boolean;
}

/**
 * Units: "%", full-width "％", "percent", "per cent", "per-cent", "pct". Scanning for the unit first and
 * reading the number backwards keeps the scan linear: units are rarer than digits, and each backward read
 * is bounded by MAX_NUMBER_CHARS. "percentage point" is not a unit here (it is a difference, never a rate).
 * The signs are found with indexOf and the words with a regex of words alone: one regex for both cannot
 * skip ahead (its one-character branch defeats Boyer–Moore) and cost twice as much.
 */
const WORD_UNIT_RE = /\b(?:[Pp]er[ -]?[Cc]ent|PER ?CENT|[Pp]ct|PCT)\b/g;
const MAX_NUMBER_CHARS = 24;
const MAX_WORD_CHARS = 16;

interface NumberAt {
  readonly start: number;
  readonly value: string;
}

/** Every percentage in `text`, in order. Linear in the text length. */
export function findPercentSpans(text: string): PercentSpan[] {
  const spans: PercentSpan[] = [];
  const units = new UnitScanner(text);
  for (let unitStart = units.next(); unitStart >= 0; unitStart = units.next()) {
    const end = unitStart + units.length;
    const numberEnd = numberEndBefore(text, unitStart, units.length === 1);
    if (numberEnd < 0) continue;
    const num = numberBefore(text, numberEnd);
    if (!num) continue;
    pushWithRange(text, spans, num, unitStart, end);
  }
  return spans;
}

/** Keeps the layout of UnitScanner objects across full garbage collections (see LayoutKeeper). */
const UNIT_SCANNER = new LayoutKeeper();

/** The units of a text in order: three forward scans ("%", "％", words) merged. Units never overlap. */
class UnitScanner {
  /** Length of the unit `next` returned last. */
  length = 0;
  private sign: number;
  private fullWidthSign: number;
  private word = -1;
  private wordLength = 0;

  constructor(private readonly text: string) {
    this.sign = text.indexOf('%');
    this.fullWidthSign = text.indexOf('\uFF05');
    WORD_UNIT_RE.lastIndex = 0;
    this.nextWord();
    UNIT_SCANNER.keep(this);
  }

  /** Where the next unit starts, or -1 when there is none. */
  next(): number {
    const at = minFound(this.sign, minFound(this.fullWidthSign, this.word));
    if (at < 0) return -1;
    if (at === this.sign) {
      this.length = 1;
      this.sign = this.text.indexOf('%', at + 1);
    } else if (at === this.fullWidthSign) {
      this.length = 1;
      this.fullWidthSign = this.text.indexOf('\uFF05', at + 1);
    } else {
      this.length = this.wordLength;
      this.nextWord();
    }
    return at;
  }

  private nextWord(): void {
    const m = WORD_UNIT_RE.exec(this.text);
    this.word = m ? m.index : -1;
    this.wordLength = m ? m[0].length : 0;
  }
}

/** The smaller of two offsets where -1 means "not found". */
function minFound(a: number, b: number): number {
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/** The offset where the number before a unit must end: "25%", "25 %", "25 percent", "25-percent". */
function numberEndBefore(text: string, unitStart: number, isSymbol: boolean): number {
  const before = text.charCodeAt(unitStart - 1);
  if (isSymbol) return isSpace(before) ? unitStart - 1 : unitStart;
  return isSpace(before) || before === 45 /* - */ ? unitStart - 1 : -1;
}

/**
 * Adds the span for `num` and, when it closes a range or a change ("15-20%", "between 3 and 7
 * percent", "from 10 to 25 percent"), a bare span for the first number too: DESIGN.md gives every
 * number its own mention, so each value stays one decimal string.
 */
function pushWithRange(text: string, spans: PercentSpan[], num: NumberAt, unitStart: number, end: number): void {
  const link = rangeLinkBefore(text, num.start);
  const first = link && numberBefore(text, link.firstEnd);
  if (link && first) {
    const lead = isSpace(text.charCodeAt(first.start - 1)) ? wordBefore(text, first.start - 1) : undefined;
    const pairs = link.word !== 'and' || lead?.word.toLowerCase() === 'between';
    if (pairs) spans.push({ start: first.start, end: link.firstEnd, value: first.value, unitStart: link.firstEnd, bare: true });
  }
  spans.push({ start: num.start, end, value: num.value, unitStart });
}

/** "-", "–", " to ", " and " right before a number: where the first number of a range would end. */
function rangeLinkBefore(text: string, numberStart: number): { firstEnd: number; word: string } | undefined {
  let i = numberStart;
  if (isSpace(text.charCodeAt(i - 1))) i--;
  const c = text.charCodeAt(i - 1);
  if (c === 45 || c === 0x2013) {
    i--;
    if (isSpace(text.charCodeAt(i - 1))) i--;
    return { firstEnd: i, word: '-' };
  }
  if (i === numberStart) return undefined;
  // "to" and "and" end in "o" or "d": other words are told by one character, without slicing them.
  const last = text.charCodeAt(i - 1) | 32;
  if (last !== 111 /* o */ && last !== 100 /* d */) return undefined;
  const start = wordStartBefore(text, i);
  const word = start < 0 ? undefined : wordIs(text, start, i, 'to') ? 'to' : wordIs(text, start, i, 'and') ? 'and' : undefined;
  if (!word || !isSpace(text.charCodeAt(start - 1))) return undefined;
  return { firstEnd: start - 1, word };
}

/** Whether text[start, end) is `lower` (a lower-case ASCII word) in any case, told without slicing it. */
function wordIs(text: string, start: number, end: number, lower: string): boolean {
  if (end - start !== lower.length) return false;
  for (let k = 0; k < lower.length; k++) if ((text.charCodeAt(start + k) | 32) !== lower.charCodeAt(k)) return false;
  return true;
}

/** The number ending exactly at `end`: digits ("1,000", "27.5") or spelled ("ten", "twenty-five", "half a"). */
function numberBefore(text: string, end: number): NumberAt | undefined {
  const last = text.charCodeAt(end - 1);
  if (isAsciiDigit(last)) return digitsBefore(text, end);
  if (isAsciiLetter(last)) return spelledBefore(text, end);
  return undefined;
}

function digitsBefore(text: string, end: number): NumberAt | undefined {
  let start = end;
  const limit = Math.max(0, end - MAX_NUMBER_CHARS);
  while (start > limit) {
    const c = text.charCodeAt(start - 1);
    if (isAsciiDigit(c) || c === 46 || c === 44) start--;
    else break;
  }
  while (start < end && !isAsciiDigit(text.charCodeAt(start))) start++; // a sentence's comma or period is not part of the number
  if (start === limit && start > 0 && isAsciiDigit(text.charCodeAt(start - 1))) return undefined; // too long to be a percentage
  const before = text.charCodeAt(start - 1);
  if (isAsciiLetter(before) || isAsciiDigit(before) || before === 46) return undefined; // "v1.5", "A4", ".1.5"
  const commas = numberShape(text, start, end);
  if (commas < 0) return undefined;
  const raw = text.slice(start, end);
  return { start, value: commas > 0 ? raw.replace(/,/g, '') : raw }; // most numbers have no comma to remove
}

/**
 * How many thousands separators text[start, end) has when it reads as `/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/`
 * ("1,000", "27.5"), else -1. A walk over the few characters, where the regex call cost more than the check.
 */
function numberShape(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isAsciiDigit(text.charCodeAt(i))) i++;
  const lead = i - start;
  if (lead === 0) return -1;
  let commas = 0;
  while (i < end && text.charCodeAt(i) === 44 /* , */) {
    if (lead > 3) return -1;
    const group = ++i;
    while (i < end && isAsciiDigit(text.charCodeAt(i))) i++;
    if (i - group !== 3) return -1;
    commas++;
  }
  if (i < end && text.charCodeAt(i) === 46 /* . */) {
    const fraction = ++i;
    while (i < end && isAsciiDigit(text.charCodeAt(i))) i++;
    if (i === fraction) return -1;
  }
  return i === end ? commas : -1;
}

function spelledBefore(text: string, end: number): NumberAt | undefined {
  const start = wordStartBefore(text, end);
  // Most words before a unit or a range's "to" are no number: their shape says so before any string is made.
  if (start < 0 || !NUMBER_WORD_SHAPES.has(shapeOf(text, start, end))) return undefined;
  const w = { start, word: text.slice(start, end) };
  const lower = w.word.toLowerCase();
  if (lower === 'a') {
    const half = wordBefore(text, w.start - 1);
    return half && half.word.toLowerCase() === 'half' && isSpace(text.charCodeAt(w.start - 1)) ? { start: half.start, value: '0.5' } : undefined;
  }
  const value = numberWordValue(lower);
  if (value === undefined) return undefined;
  if (isDigitWord(lower) && isSpace(text.charCodeAt(w.start - 1))) {
    const tens = wordBefore(text, w.start - 1);
    if (tens && isTensWord(tens.word)) return { start: tens.start, value: String(numberWordValue(tens.word)! + value) };
  }
  return { start: w.start, value: String(value) };
}

/** The word (letters and inner hyphens) ending at `end`, bounded in length. */
function wordBefore(text: string, end: number): { start: number; word: string } | undefined {
  const start = wordStartBefore(text, end);
  return start < 0 ? undefined : { start, word: text.slice(start, end) };
}

/** Where the word `wordBefore` reads starts, or -1 when there is none. */
function wordStartBefore(text: string, end: number): number {
  let start = end;
  const limit = Math.max(0, end - MAX_WORD_CHARS);
  while (start > limit) {
    const c = text.charCodeAt(start - 1);
    if (isAsciiLetter(c) || (c === 45 && start < end && isAsciiLetter(text.charCodeAt(start - 2)))) start--;
    else break;
  }
  return start === end || isAsciiLetter(text.charCodeAt(start - 1)) ? -1 : start;
}

/** Length, first and last character of text[start, end) (letters folded to lower case) as one number. */
function shapeOf(text: string, start: number, end: number): number {
  return ((end - start) * 128 + (text.charCodeAt(start) | 32)) * 128 + (text.charCodeAt(end - 1) | 32);
}

/** The shapes of "a" (of "half a") and of every word `numberWordValue` reads. */
const NUMBER_WORD_SHAPES = new Set(['a', ...spelledNumbers()].map((w) => shapeOf(w, 0, w.length)));

/** Space, no-break space, narrow no-break space, thin space. */
function isSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;
}
