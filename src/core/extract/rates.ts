import type { RawMention } from '../model';
import type { FinderContext } from './context';
import { findPercentSpans } from './rates/percentSpans';
import { rateDetail } from './rates/rateDetail';
import { SentenceWindow } from './rates/sentenceWindow';
import { tariffEvidence } from './rates/tariffContext';
import { LayoutKeeper } from '../layoutKeeper';

/**
 * Tariff rates: percentages that are the rate of a tariff, duty, levy or customs charge on goods, whatever
 * their status. The span is the number with its unit as written ("25 percent"); the value is the number as
 * a decimal string ("27.5"), or "15-20" for a range written with one unit. Each number of "from 10% to 25%"
 * is a mention of its own. The decision reads only the sentence around each number, so the finder is linear.
 */
export function findRates(text: string, _context: FinderContext): RawMention[] {
  const mentions: RawMention[] = [];
  const hints = new TariffHints(text);
  const sentences = new SentenceWindow(text);
  for (const span of findPercentSpans(text)) {
    // The bounds first, then the hint search inside the sentence alone: a scan for sentence ends costs less
    // per character than the hint regex over the MAX_REACH window on both sides (two thirds of a page with many rates).
    const [from, to] = sentences.bounds(span.start, span.end);
    if (!hints.within(from, to)) continue; // no tariff word in the sentence: nothing to read closer
    const clause = sentences.words(from, span.start, span.end, to);
    const evidence = tariffEvidence(clause);
    if (!evidence) continue;
    mentions.push({
      kind: 'rate',
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      value: span.value,
      rate: rateDetail(text, clause, evidence),
    });
  }
  return mentions;
}

/** Keeps the layout of TariffHints objects across full garbage collections (see LayoutKeeper). */
const TARIFF_HINTS = new LayoutKeeper();

/**
 * Where tariff-like words occur, searched only inside the windows asked about: most pages have few
 * percentages, and a search for the next hint anywhere would read the rest of the page to find it.
 * Windows come in text order, so a stretch known to be clear is never searched twice.
 */
class TariffHints {
  private static readonly HINT = /tarif|dut(?:y|ies)|lev(?:y|ie)|custom|tax/gi;
  /** The longest hint, "duties" or "custom": one starting before `to` ends by `to + HINT_LENGTH`. */
  private static readonly HINT_LENGTH = 6;
  /** No hint starts in [clearFrom, clearTo). */
  private clearFrom = 0;
  private clearTo = 0;
  /** A hint starting at clearTo, when one was found there. */
  private hintFound = false;

  constructor(private readonly text: string) {
    TARIFF_HINTS.keep(this);
  }

  /** Whether a hint starts in [from, to). `from` must not decrease from one call to the next. */
  within(from: number, to: number): boolean {
    if (from < this.clearFrom || from > this.clearTo) {
      this.clearFrom = this.clearTo = from;
      this.hintFound = false;
    }
    if (this.hintFound) return this.clearTo < to;
    if (this.clearTo >= to) return false;
    const at = this.search(this.clearTo, to);
    this.hintFound = at >= 0;
    this.clearTo = at >= 0 ? at : to;
    return at >= 0;
  }

  /** The first hint starting in [from, to), or -1; the slice bounds the regex to the window (a miss would otherwise scan on to the page's end). */
  private search(from: number, to: number): number {
    const re = TariffHints.HINT;
    re.lastIndex = 0;
    const m = re.exec(this.text.slice(from, Math.min(this.text.length, to + TariffHints.HINT_LENGTH - 1)));
    return m && m.index < to - from ? from + m.index : -1;
  }
}
