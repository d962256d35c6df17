/**
 * Whether the clause before a date looks forward or back: "will meet on Friday" is the coming
 * Friday, "met on Friday" the last one. A cheap look at the nearest cue word, not a parser: it
 * walks back word by word from the date and stops at the first cue.
 */

export type Tense = 'past' | 'future';

const FUTURE_WORDS = new Set(['will', "won't", 'won’t', 'shall', 'until', 'till', 'upcoming', 'next', 'scheduled', 'due']);
/** Future when followed by "to": "set to", "expected to", "plans to", "is to". */
const FUTURE_BEFORE_TO = new Set([
  'going', 'set', 'expected', 'plan', 'plans', 'planning', 'aim', 'aims', 'aiming', 'hope', 'hopes', 'want', 'wants',
  'intend', 'intends', 'is', 'are',
]);
const PAST_WORDS = new Set([
  'was', 'were', 'had', 'did', 'said', 'says', 'told', 'ago', 'since', 'earlier', 'began', 'fell', 'rose', 'met', 'held',
  'made', 'took', 'came', 'went',
]);
/** After these an "-ed" word is passive or stative ("will be finalized", "is expected"), not past. */
const NOT_PAST_BEFORE_ED = new Set(['be', 'been', 'being', 'is', 'are', 'am', 'get', 'gets']);

/** Characters looked at before the date: about one clause. */
const WINDOW = 100;

/**
 * The last answer, so that several dates in one clause ("from Monday to Friday") or a long run
 * of them only look at the words since the previous date.
 */
let memo: { text: string; start: number; cue: Cue | undefined } | undefined;

interface Cue {
  readonly at: number;
  readonly tense: Tense;
}

/** The tense of the nearest cue before `start` in the same sentence, or undefined when there is none. */
export function tenseBefore(text: string, start: number): Tense | undefined {
  const from = clauseStart(text, start);
  const known = memo && memo.text === text && memo.start <= start && memo.start >= from ? memo : undefined;
  let cue = nearestCue(text, known ? known.start : from, start);
  if (!cue && known?.cue && known.cue.at >= from) cue = known.cue;
  memo = { text, start, cue };
  return cue?.tense;
}

/** The cue nearest to `start` among the words in [from, start). */
function nearestCue(text: string, from: number, start: number): Cue | undefined {
  let after = '';
  let end = start;
  for (;;) {
    const word = wordEndingBefore(text, from, end);
    if (!word) return undefined;
    const w = text.slice(word.start, word.end).toLowerCase();
    if (FUTURE_WORDS.has(w) || /['’]ll$/.test(w) || (after === 'to' && FUTURE_BEFORE_TO.has(w)) || (after === 'of' && w === 'ahead')) {
      return { at: word.start, tense: 'future' };
    }
    if (PAST_WORDS.has(w) || (w.length > 4 && w.endsWith('ed'))) {
      const before = wordEndingBefore(text, from, word.start);
      if (!before || !NOT_PAST_BEFORE_ED.has(text.slice(before.start, before.end).toLowerCase())) return { at: word.start, tense: 'past' };
    }
    after = w;
    end = word.start;
  }
}

/** The word (letters and apostrophes) that ends at or before `end`, not reaching before `from`. */
function wordEndingBefore(text: string, from: number, end: number): { start: number; end: number } | undefined {
  let e = end;
  while (e > from && !isWordLetter(text.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > from && isWordLetter(text.charCodeAt(s - 1))) s--;
  return s < e ? { start: s, end: e } : undefined;
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
    if ((c === 46 || c === 33 || c === 63) && text.charCodeAt(i + 1) === 32 && /[A-Z"“]/.test(text[i + 2] ?? '')) {
      if (!/[A-Z]\.[A-Z]$/.test(text.slice(Math.max(0, i - 3), i + 1))) return i + 2;
    }
  }
  return limit;
}
