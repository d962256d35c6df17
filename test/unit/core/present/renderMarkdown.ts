import { Marked } from 'marked';

/**
 * Renders Markdown with `marked` (the parser VS Code's hovers use) with GFM on and raw HTML
 * passed through, so a failure to escape shows up as a tag or a link in the output.
 */
const marked = new Marked({ gfm: true, breaks: false, async: false });

export interface Rendered {
  readonly html: string;
  /** The text a person sees: tags removed, entities decoded, whitespace collapsed. */
  readonly text: string;
  /** Every link target, in order. */
  readonly hrefs: readonly string[];
  /** Every tag name used, lowercased. */
  readonly tags: ReadonlySet<string>;
}

export function render(markdown: string): Rendered {
  return inspect(marked.parse(markdown) as string);
}

/** Inline rendering (no paragraphs or blocks): for one escaped piece of text. */
export function renderInline(markdown: string): Rendered {
  return inspect(marked.parseInline(markdown) as string);
}

function inspect(html: string): Rendered {
  const hrefs = [...html.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map((m) => decodeEntities(m[1]));
  const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1].toLowerCase()));
  const inlineTagsRemoved = html.replace(/<\/?(?:strong|em|a|code|del|span)\b[^>]*>/g, '');
  const text = decodeEntities(inlineTagsRemoved.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
  return { html, text, hrefs, tags };
}

function decodeEntities(s: string): string {
  return s.replace(/&(#\d+|#x[\da-f]+|lt|gt|amp|quot|apos);/gi, (_m, code: string) => {
    const lower = code.toLowerCase();
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'amp') return '&';
    if (lower === 'quot') return '"';
    if (lower === 'apos') return "'";
    return String.fromCodePoint(lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10));
  });
}
