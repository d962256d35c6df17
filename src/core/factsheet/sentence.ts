/** The sentence around [start, end) on its line, shortened to about `max` characters. */
export function sentenceAround(text: string, start: number, end: number, max = 180): string {
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, 0);
  const nl = text.indexOf('\n', end);
  const lineEnd = nl < 0 ? text.length : nl;
  let from = lineStart;
  for (let i = start - 1; i > lineStart; i--) {
    if (isSentenceEnd(text, i)) {
      from = i + 1;
      break;
    }
  }
  let to = lineEnd;
  for (let i = end; i < lineEnd; i++) {
    if (isSentenceEnd(text, i)) {
      to = i + 1;
      break;
    }
  }
  return shorten(text.slice(from, to).replace(/\s+/g, ' ').trim(), start - from, max);
}

/** A full stop, ? or ! followed by a space and a capital or quote: cheap and good enough for news. */
function isSentenceEnd(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '.' && c !== '?' && c !== '!') return false;
  const next = text[i + 1];
  if (next !== ' ') return false;
  const after = text[i + 2] ?? '';
  // "Mr. Akazawa", "U.S. tariffs": an abbreviation before a capital is not an end.
  const word = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|St|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|U\.S|U\.K|[A-Z])$/.test(text.slice(Math.max(0, i - 5), i));
  return !word && /[A-Z"“‘]/.test(after);
}

function shorten(sentence: string, focus: number, max: number): string {
  if (sentence.length <= max) return sentence;
  const half = Math.floor(max / 2);
  let from = Math.max(0, Math.min(focus - half, sentence.length - max));
  const spaceAfter = sentence.indexOf(' ', from);
  if (from > 0 && spaceAfter >= 0 && spaceAfter - from < 20) from = spaceAfter + 1;
  let to = Math.min(sentence.length, from + max);
  const spaceBefore = sentence.lastIndexOf(' ', to);
  if (to < sentence.length && spaceBefore > from + max / 2) to = spaceBefore;
  return (from > 0 ? '… ' : '') + sentence.slice(from, to) + (to < sentence.length ? ' …' : '');
}
