import type { EntityMention } from '../bundle/api';

/** A direct quotation and the named person it is attributed to. */
export interface AttributedQuote {
  readonly speaker: EntityMention;
  /** Offsets of the quoted words, without the quotation marks. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const SPEECH = /\b(?:said|says|told|tells|added|adds|stated|asked|wrote|writes|warned|noted|explained|insisted|according to)\b/;
/** How far from the quote an attribution may sit ("…,” Japan’s top negotiator Ryosei Akazawa said). */
const WINDOW = 90;
const MIN_QUOTE = 12;

/**
 * Finds quotations in `text` and attributes each to a named person next to it: `“…,” Akazawa
 * said`, `said Akazawa`, `Akazawa told reporters: “…”`. Pronoun-only attributions are left out
 * on purpose: a wrong name on a quote is worse than a missing quote.
 * `people` are this file's person mentions, sorted by offset.
 */
export function findQuotes(text: string, people: readonly EntityMention[]): AttributedQuote[] {
  const quotes: AttributedQuote[] = [];
  for (const span of quotationSpans(text)) {
    const speaker = attributeAfter(text, span.close, people) ?? attributeBefore(text, span.open, people);
    if (speaker) quotes.push({ speaker, start: span.open + 1, end: span.close - 1, text: text.slice(span.open + 1, span.close - 1) });
  }
  return quotes;
}

interface Span {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset just past the closing mark. */
  readonly close: number;
}

/** Curly “…” pairs and straight "…" pairs, each within one line. Linear scan. */
function quotationSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  let straight = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') open = -1;
    else if (c === '\u201c' && open < 0) {
      open = i;
      straight = false;
    } else if (c === '\u201d' && open >= 0 && !straight) {
      if (i - open > MIN_QUOTE) spans.push({ open, close: i + 1 });
      open = -1;
    } else if (c === '"') {
      if (open < 0) {
        open = i;
        straight = true;
      } else if (straight) {
        if (i - open > MIN_QUOTE) spans.push({ open, close: i + 1 });
        open = -1;
      }
    }
  }
  return spans;
}

function attributeAfter(text: string, close: number, people: readonly EntityMention[]): EntityMention | undefined {
  const limit = lineEndOrWindow(text, close, close + WINDOW);
  const candidate = people.find((p) => p.start >= close && p.end <= limit);
  if (!candidate) return undefined;
  // "“…,” he said. Moreau wants…": a sentence break or another quote means the name is not the speaker.
  const between = text.slice(close, candidate.start);
  if (/[.!?]\s|[“”"]/.test(between)) return undefined;
  const after = /^[^.!?“”"]{0,30}/.exec(text.slice(candidate.end, limit))?.[0] ?? '';
  return SPEECH.test(between) || SPEECH.test(after) ? candidate : undefined;
}

function attributeBefore(text: string, open: number, people: readonly EntityMention[]): EntityMention | undefined {
  const lineStart = text.lastIndexOf('\n', open - 1) + 1;
  const from = Math.max(lineStart, open - WINDOW);
  let candidate: EntityMention | undefined;
  for (const p of people) if (p.start >= from && p.end <= open) candidate = p;
  if (!candidate) return undefined;
  const between = text.slice(candidate.end, open);
  // "Akazawa said: “…”" — the speech verb between the name and the quote, and a colon or comma.
  return SPEECH.test(between) && /[:,]\s*$/.test(between) ? candidate : undefined;
}

function lineEndOrWindow(text: string, from: number, to: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? Math.min(to, text.length) : Math.min(nl, to);
}
