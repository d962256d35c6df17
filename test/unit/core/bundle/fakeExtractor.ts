import type { Extractor } from '../../../../src/core/bundle/bundleIndex';
import type { Extraction, Mention, RateDetail, SourceMetadata } from '../../../../src/core/model';

/**
 * Articles written with their mentions spelled out, so bundle tests do not depend on how good
 * the finders are: `{p:Akazawa=Ryosei Akazawa}` is a person mention whose text is "Akazawa" and
 * value "Ryosei Akazawa"; `{r:25%=25|cars|Japan}` a rate (value, applies to, imposed on);
 * `{d:April 16=2025-04-16}` a date (`{d:Friday=}` unresolved). Without "=", value = text.
 */
export interface FakeArticle {
  readonly text: string;
  readonly extraction: Extraction;
}

const MARK = /\{([prd]):([^}=]*)(?:=([^}]*))?\}/g;

export function article(marked: string, metadata: SourceMetadata = {}): FakeArticle {
  const mentions: Mention[] = [];
  let text = '';
  let last = 0;
  for (const match of marked.matchAll(MARK)) {
    text += marked.slice(last, match.index);
    last = (match.index ?? 0) + match[0].length;
    const [, kind, surface, spec] = match;
    const start = text.length;
    text += surface;
    const end = text.length;
    const base = { start, end, text: surface, zone: 'body' as const };
    if (kind === 'p') mentions.push({ ...base, kind: 'person', value: spec ?? surface });
    else if (kind === 'd') mentions.push({ ...base, kind: 'date', value: spec ?? surface });
    else {
      const [value, appliesTo, imposedOn] = (spec ?? surface).split('|');
      const rate: RateDetail = { ...(appliesTo ? { appliesTo } : {}), ...(imposedOn ? { imposedOn } : {}) };
      mentions.push({ ...base, kind: 'rate', value, rate });
    }
  }
  text += marked.slice(last);
  return { text, extraction: { mentions, zones: [{ start: 0, end: text.length, zone: 'body' }], metadata } };
}

/**
 * An extractor that knows the articles given to it (by text) and counts its calls, so tests can
 * check that only the changed file was re-extracted. Unknown text extracts to nothing.
 */
export class FakeExtractor {
  private readonly byText = new Map<string, Extraction>();
  calls = 0;
  readonly publishedSeen: (string | undefined)[] = [];

  add(a: FakeArticle): string {
    this.byText.set(a.text, a.extraction);
    return a.text;
  }

  readonly extract: Extractor = (text, options) => {
    this.calls++;
    this.publishedSeen.push(options?.published);
    return this.byText.get(text) ?? { mentions: [], zones: [], metadata: {} };
  };
}
