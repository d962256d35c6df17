/**
 * The words of DESIGN.md as types. Everything the core produces is plain data so it can
 * cross into the extension host, the command line and the browser unchanged.
 */

export type MentionKind = 'person' | 'rate' | 'date';

/** Where a mention sits on the page: the article itself, reader comments, or site furniture. */
export type Zone = 'body' | 'comments' | 'boilerplate';

/** What a tariff-rate mention is about, as far as the surrounding clause says. */
export interface RateDetail {
  /** The goods or scope: "cars", "steel and aluminium", "all goods". */
  readonly appliesTo?: string;
  /** Who imposes it: "United States". */
  readonly imposedBy?: string;
  /** On whom: "Japan". */
  readonly imposedOn?: string;
  /** Status or timing: "paused", "from Aug. 1", "threatened", "in force". */
  readonly status?: string;
}

export interface PersonDetail {
  /** How the text describes the person next to the name: "Japan's economy minister". */
  readonly role?: string;
}

export interface DateDetail {
  /** The article date (YYYY-MM-DD) a relative or partial date was resolved against. */
  readonly anchor?: string;
}

/** One span of text in one file. `text === content.slice(start, end)` always holds. */
export interface Mention {
  readonly kind: MentionKind;
  /** UTF-16 offset, inclusive. */
  readonly start: number;
  /** UTF-16 offset, exclusive. */
  readonly end: number;
  readonly text: string;
  /**
   * person: canonical full name, given name first; rate: decimal string ("27.5");
   * date: TIMEX3 value ("2025-04-16", "XXXX-08-01", "PRESENT_REF") or "" when unresolved.
   */
  readonly value: string;
  readonly zone: Zone;
  readonly person?: PersonDetail;
  readonly rate?: RateDetail;
  readonly date?: DateDetail;
}

/** A span found by one of the kind-specific finders, before zones are attached. */
export type RawMention = Omit<Mention, 'zone'>;

/** A half-open range of the text with its zone. Ranges are sorted and cover the whole text. */
export interface ZoneRange {
  readonly start: number;
  readonly end: number;
  readonly zone: Zone;
}

/** What the page itself says about where it comes from. All optional: scraped pages vary. */
export interface SourceMetadata {
  readonly title?: string;
  readonly outlet?: string;
  readonly byline?: string;
  /** YYYY-MM-DD (or a partial ISO date) of publication. */
  readonly published?: string;
  readonly url?: string;
  /**
   * The headline candidate that follows the title in the page head, if any: when many files of a bundle
   * share the title, it was a site's masthead and the bundle index shows this one instead.
   */
  readonly nextTitle?: string;
}

export interface Extraction {
  readonly mentions: readonly Mention[];
  readonly zones: readonly ZoneRange[];
  readonly metadata: SourceMetadata;
}
