import type { RawMention } from '../model';
import type { FinderContext } from './context';
import { type Day, formatDay, parseDay } from './dates/calendar';
import { matchAt } from './dates/grammar';
import { INNER_WORD, isWordChar, mayStartAtKey, nextKey, START_WORD, tokenEnd, wordBeforeKey } from './dates/keys';
import type { RuleOutput } from './dates/rules';
import { TenseReader } from './dates/tense';
import { isAsciiLetter } from './textUtil';
import { LayoutKeeper } from '../layoutKeeper';

/** How far before a key token a date may start ("just over 24 hours ago", "the same period last year"). */
const LOOK_BACK = 48;
const WORDS_BACK = 6;

interface Found {
  start: number;
  end: number;
  out: RuleOutput;
}

/**
 * Dates and times, with TimeML spans (no leading preposition; "ago" included) and TIMEX3 values
 * resolved against `context.published`. A cheap scan finds key tokens (dates/keys.ts); around each, the word
 * starts just before it are tried with the sticky date grammar, farthest first, so the longest
 * expression that holds the token wins. Rules reject matches whose context says they are not
 * dates ("May" the verb, "2,000 cars", "USA Today").
 */
export function findDates(text: string, context: FinderContext): RawMention[] {
  const scan = new DateScan(text, parseDay(context.published));
  const found: Found[] = [];
  let covered = 0;
  for (let key = nextKey(text, 0); key >= 0; key = nextKey(text, Math.max(covered, tokenEnd(text, key)))) {
    const f = scan.matchAround(key, covered);
    if (!f) continue;
    found.push(f);
    covered = f.end;
  }
  return attachClocks(text, found, scan.anchor).map((f) => toMention(text, f, context.published));
}

/** How many recent start positions to remember as already tried. */
const TRIED_MEMORY = 16;

/** Keeps the layout of DateScan objects across full garbage collections (see LayoutKeeper). */
const DATE_SCAN = new LayoutKeeper();

/** The state of one findDates call, so that calls never share anything. */
class DateScan {
  private readonly tenses: TenseReader;
  /** Recent start positions already tried, in a small ring. */
  private readonly tried: number[] = [];
  private triedCount = 0;
  /** Start words before the current key, nearest first; reused for the whole scan instead of an array per key. */
  private readonly starts: number[] = [];

  constructor(
    private readonly text: string,
    readonly anchor: Day | undefined,
  ) {
    this.tenses = new TenseReader(text);
    DATE_SCAN.keep(this);
  }

  /**
   * The first accepted date that starts at `key` or at a start word shortly before it and reaches
   * past `key`, farthest start first. A start tried for an earlier key gives the same answer
   * again, so it is skipped: this keeps runs like "mid-mid-mid-…" linear.
   */
  matchAround(key: number, covered: number): Found | undefined {
    for (let k = startsBefore(this.text, key, covered, this.starts) - 1; k >= -1; k--) {
      const found = this.matchFrom(k >= 0 ? this.starts[k] : key, key);
      if (found) return found;
    }
    return undefined;
  }

  /** The date accepted at `start` that reaches past `key`, unless `start` was tried already. */
  private matchFrom(start: number, key: number): Found | undefined {
    if (this.wasTried(start)) return undefined;
    this.tried[this.triedCount < TRIED_MEMORY ? this.triedCount++ : start % TRIED_MEMORY] = start;
    const { text } = this;
    if (start === key && !mayStartAtKey(text, key)) return undefined;
    const m = matchAt(text, start);
    if (!m || m.end <= key) return undefined;
    const out = m.rule.resolve({ groups: m.groups, text, start, end: m.end, anchor: this.anchor, tenses: this.tenses });
    return out ? { start: start + (out.skip ?? 0), end: m.end, out } : undefined;
  }

  private wasTried(start: number): boolean {
    for (let k = 0; k < this.triedCount; k++) if (this.tried[k] === start) return true;
    return false;
  }
}

/**
 * Fills `starts` with the word starts before `key` whose word may open a date, nearest first,
 * and returns how many. The walk back stays on the line and after `covered`, and stops at the
 * first word that can be neither the opening of a date nor a word inside one ("of", "same",
 * "first"…).
 */
function startsBefore(text: string, key: number, covered: number, starts: number[]): number {
  let count = 0;
  const low = Math.max(covered, key - LOOK_BACK);
  let i = key;
  for (let words = 0; words < WORDS_BACK; words++) {
    while (i > low && !isWordChar(text.charCodeAt(i - 1))) {
      if (isLineBreak(text.charCodeAt(i - 1))) return count;
      i--;
    }
    if (i <= low) break;
    // The walk back also finds where the word's opening letter run ends: no second pass over it.
    let letters = i;
    while (i > low && isWordChar(text.charCodeAt(i - 1))) {
      i--;
      if (!isAsciiLetter(text.charCodeAt(i))) letters = i;
    }
    if (i > 0 && isWordChar(text.charCodeAt(i - 1))) break;
    const kind = wordBeforeKey(text, i, letters);
    if (kind === START_WORD) starts[count++] = i;
    else if (kind !== INNER_WORD) break;
  }
  return count;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** Gap between a date and a time that makes them one expression ("April 16, 2025 10:02"). */
const JOINED = /^[^\S\r\n]+$/;
/** Gap after which a time still belongs to the date before it: same sentence, close by ("Tuesday … at 18:00"). */
const SAME_SENTENCE = /^[^\n.!?]{0,120}$/;
/** Gap before a date that a time belongs to ("at 16:15 UTC, June 1"). */
const DAY_AFTER = /^,?[^\S\r\n]+(?:on[^\S\r\n]+)?$/;

function fullDay(f: Found | undefined): string | undefined {
  const day = f?.out.value.slice(0, 10);
  return day && f!.out.clock === undefined && /^\d{4}-\d\d-\d\d$/.test(day) ? day : undefined;
}

/**
 * Gives bare clock times their day: the date right before them when there is one, else the
 * article date. A date and a time separated only by spaces become one mention.
 */
function attachClocks(text: string, found: Found[], anchor: Day | undefined): Found[] {
  const result: Found[] = [];
  found.forEach((f, index) => {
    const clock = f.out.clock;
    if (clock === undefined) {
      result.push(f);
      return;
    }
    const prev = result[result.length - 1];
    const next = found[index + 1];
    // Only short gaps can join a time to a date; never slice a long stretch of text.
    const gap = prev && f.start - prev.end <= 120 ? text.slice(prev.end, f.start) : '\n';
    const prevDay = fullDay(prev);
    const nextDay = fullDay(next);
    if (prevDay && JOINED.test(gap)) {
      result[result.length - 1] = { start: prev.start, end: f.end, out: { value: `${prevDay}T${clock}`, anchored: prev.out.anchored } };
    } else if (prevDay && SAME_SENTENCE.test(gap)) {
      result.push({ ...f, out: { value: `${prevDay}T${clock}`, anchored: prev.out.anchored } });
    } else if (nextDay && next.start - f.end <= 8 && DAY_AFTER.test(text.slice(f.end, next.start))) {
      result.push({ ...f, out: { value: `${nextDay}T${clock}`, anchored: next.out.anchored } });
    } else if (anchor) {
      result.push({ ...f, out: { value: `${formatDay(anchor)}T${clock}`, anchored: true } });
    } else {
      result.push({ ...f, out: { value: '', anchored: false } });
    }
  });
  return result;
}

function toMention(text: string, f: Found, published: string | undefined): RawMention {
  const spanText = text.slice(f.start, f.end);
  return f.out.anchored && published
    ? { kind: 'date', start: f.start, end: f.end, text: spanText, value: f.out.value, date: { anchor: published } }
    : { kind: 'date', start: f.start, end: f.end, text: spanText, value: f.out.value };
}
