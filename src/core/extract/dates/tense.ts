import { LayoutKeeper } from '../../layoutKeeper';

/**
 * Whether the clause before a date looks forward or back: "will meet on Friday" is the coming
 * Friday, "met on Friday" the last one. A cheap look at the nearest cue word, not a parser: it
 * walks back word by word from the date and stops at the first cue.
 */

export type Tense = 'past' | 'future';

/** What a word says about tense, as bit flags (a word may say several things). */
const FUTURE = 1;
/** Future when followed by "to": "set to", "expected to", "plans to", "is to". */
const FUTURE_BEFORE_TO = 2;
const PAST = 4;
/** After these an "-ed" word is passive or stative ("will be finalized", "is expected"), not past. */
const NOT_PAST_BEFORE_ED = 8;
const TO = 16;
const OF = 32;
const AHEAD = 64;

const CUE_WORDS: readonly (readonly [number, string])[] = [
  [FUTURE, "will won't won’t shall until till upcoming next scheduled due"],
  [FUTURE_BEFORE_TO, 'going set expected plan plans planning aim aims aiming hope hopes want wants intend intends is are'],
  [PAST, 'was were had did said says told ago since earlier began fell rose met held made took came went'],
  [NOT_PAST_BEFORE_ED, 'be been being is are am get gets'],
  [TO, 'to'],
  [OF, 'of'],
  [AHEAD, 'ahead'],
];

/**
 * Cue words by a hash of their lower-cased letters, so the walk back reads words without
 * allocating a string for each; a hit is confirmed against the word itself.
 */
const CUES = new Map<number, { word: string; flags: number }[]>();
for (const [flag, words] of CUE_WORDS) {
  for (const word of words.split(' ')) {
    const h = hashOf(word, 0, word.length);
    const bucket = CUES.get(h) ?? [];
    const entry = bucket.find((e) => e.word === word);
    if (entry) entry.flags |= flag;
    else bucket.push({ word, flags: flag });
    CUES.set(h, bucket);
  }
}

function hashOf(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + (text.charCodeAt(i) | 32)) | 0;
  return h;
}

/** The flags of the word text[start, end), or 0. */
function flagsOf(text: string, start: number, end: number): number {
  const bucket = CUES.get(hashOf(text, start, end));
  if (!bucket) return 0;
  // Compared in place: no lower-cased copy of the word per hit.
  for (const entry of bucket) if (isLowerCaseOf(text, start, end, entry.word)) return entry.flags;
  return 0;
}

/** Whether text[start, end) lower-cases to `word` (letters and apostrophes: only A–Z change). */
function isLowerCaseOf(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(start + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** Characters looked at before the date: about one clause. */
const WINDOW = 70;

interface Cue {
  readonly at: number;
  readonly tense: Tense;
}

/** Keeps the layout of TenseReader objects across full garbage collections (see LayoutKeeper). */
const TENSE_READER = new LayoutKeeper();

/**
 * Reads the tense before the dates of one text. It remembers its last answer, so that several
 * dates in one clause ("from Monday to Friday") or a long run of them only look at the words
 * since the previous date. One reader per scan keeps the finder re-entrant.
 */
export class TenseReader {
  private last: { start: number; cue: Cue | undefined } | undefined;

  constructor(private readonly text: string) {
    TENSE_READER.keep(this);
  }

  /** The tense of the nearest cue before `start` in the same sentence, or undefined when there is none. */
  before(start: number): Tense | undefined {
    const text = this.text;
    const from = clauseStart(text, start);
    const known = this.last && this.last.start <= start && this.last.start >= from ? this.last : undefined;
    let cue = nearestCue(text, known ? known.start : from, start);
    if (!cue && known?.cue && known.cue.at >= from) cue = known.cue;
    this.last = { start, cue };
    return cue?.tense;
  }
}

/** The cue nearest to `start` among the words in [from, start). */
function nearestCue(text: string, from: number, start: number): Cue | undefined {
  let after = 0;
  let end = start;
  for (;;) {
    const wordEnd = skipBackOverGap(text, from, end);
    const wordStart = skipBackOverWord(text, from, wordEnd);
    if (wordStart === wordEnd) return undefined;
    const flags = flagsOf(text, wordStart, wordEnd);
    if (flags & FUTURE || endsWithLl(text, wordEnd) || (after & TO && flags & FUTURE_BEFORE_TO) || (after & OF && flags & AHEAD)) {
      return { at: wordStart, tense: 'future' };
    }
    if (flags & PAST || endsWithEd(text, wordStart, wordEnd)) {
      const beforeEnd = skipBackOverGap(text, from, wordStart);
      const beforeStart = skipBackOverWord(text, from, beforeEnd);
      if (beforeStart === beforeEnd || !(flagsOf(text, beforeStart, beforeEnd) & NOT_PAST_BEFORE_ED)) return { at: wordStart, tense: 'past' };
    }
    after = flags;
    end = wordStart;
  }
}

/** "he'll", "they’ll" */
function endsWithLl(text: string, end: number): boolean {
  const apostrophe = text.charCodeAt(end - 3);
  return (apostrophe === 39 || apostrophe === 0x2019) && (text.charCodeAt(end - 2) | 32) === 108 && (text.charCodeAt(end - 1) | 32) === 108;
}

/** A past participle or past tense: a word of five letters or more ending in "ed". */
function endsWithEd(text: string, start: number, end: number): boolean {
  return end - start > 4 && (text.charCodeAt(end - 2) | 32) === 101 && (text.charCodeAt(end - 1) | 32) === 100;
}

/** Moves back from `end` over characters between words, not before `from`. */
function skipBackOverGap(text: string, from: number, end: number): number {
  let e = end;
  while (e > from && !isWordLetter(text.charCodeAt(e - 1))) e--;
  return e;
}

/** Moves back from `end` over the letters and apostrophes of one word, not before `from`. */
function skipBackOverWord(text: string, from: number, end: number): number {
  let s = end;
  while (s > from && isWordLetter(text.charCodeAt(s - 1))) s--;
  return s;
}

function isWordLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 0x2019;
}

/** Start of the sentence holding `start`, at most WINDOW characters back. */
function clauseStart(text: string, start: number): number {
  const limit = Math.max(0, start - WINDOW);
  for (let i = start - 1; i > limit; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i + 1;
    // ". " followed by a capital ends a sentence; "U.S. Treasury" sadly looks the same, so this errs short.
    if ((c === 46 || c === 33 || c === 63) && text.charCodeAt(i + 1) === 32 && opensSentence(text.charCodeAt(i + 2))) return i + 2;
  }
  return limit;
}

/** A capital or an opening quote: what may start the next sentence. */
function opensSentence(c: number): boolean {
  return (c >= 65 && c <= 90) || c === 34 || c === 0x201c;
}
