/**
 * INDEX.yaml, the bundle's catalogue, kept at the bundle root. News Lens rewrites it on every
 * rebuild; people edit it; a rebuild keeps their edits and comments (the `yaml` Document API
 * edits the parsed document in place instead of printing a new one).
 *
 * ```yaml
 * # News Lens INDEX …                  (header comment, written once; every comment is kept)
 * version: 1
 * sources:                             # one per source file, in bundle order
 *   - file: reuters/akazawa.txt        # key
 *     title: …                         # ┐ from the page; edit any of them and your value wins
 *     outlet: …                        # │ (delete the line to get the page's value back,
 *     byline: …                        # │  write "" to blank it)
 *     published: 2025-04-15            # │ a published date you set also anchors "Friday"…
 *     url: …                           # ┘
 *     fromPage: title=1x9kq2 outlet=…  # generated: fingerprints of the values above that
 *                                      #   News Lens wrote; a value that no longer matches is yours
 *     mentions: {people: 3, rates: 2, dates: 5}   # generated
 *     skipped: binary file …           # generated, only for a source that could not be read
 *     note: …                          # yours
 * entities:
 *   people:
 *     - name: Ryosei Akazawa           # key (the canonical name)
 *       id: person:ryosei-akazawa      # generated
 *       variants: [Akazawa, Mr Akazawa]   # generated: how the sources write the name
 *       aliases: [Azakawa]             # yours: names to merge into this person
 *       possibleMatches: [Azakawa]     # generated: likely misspellings (add them to aliases to merge)
 *       ambiguousWith: [Kenji Ishiba]  # generated: a bare surname several people share
 *       mentions: 12                   # generated
 *       files: [a.txt, b.txt]          # generated (the first 10)
 *       moreFiles: 3                   # generated, when more than 10
 *       note: …                        # yours
 *   rates:
 *     - id: rate:24|japan              # key
 *       rate: "24"                     # generated, as are appliesTo, imposedBy, imposedOn,
 *       appliesTo: …                   #   mentions, files, moreFiles
 *       note: …                        # yours
 *   dates:
 *     - id: date:2025-04-16            # key
 *       date: 2025-04-16               # generated ("" for a date that does not resolve)
 *       text: …                        # generated: how the first mention writes it
 *       note: …                        # yours
 *   rejected:                          # yours: entities that are not what News Lens thought
 *     - person: Honda                  # every mention of this name is dropped
 *     - id: rate:10                    # any entity id
 * ```
 *
 * Any key not listed here, in any entry or at the top, is yours and is kept. An entry that no
 * longer matches anything in the bundle is kept when it carries something of yours (a note, an
 * alias, an edited title, an unknown key), with `missing: true`, and dropped otherwise.
 */

import type { MentionKind } from '../model';

export const INDEX_VERSION = 1;

export const HEADER_COMMENT = [
  ' News Lens INDEX: the sources of this folder and the people, tariff rates and dates they mention.',
  ' Rebuilt by "News Lens: Rebuild INDEX" and `news-lens index`. Edit titles, outlets, dates, bylines;',
  ' add `aliases` to merge names, `note`s, and `rejected` entries; your edits and comments are kept.',
].join('\n');

/** The lists under `entities`, in the order they are written, with the kind of entity each holds. */
export const ENTITY_SECTIONS: readonly (readonly [MentionKind, string])[] = [
  ['person', 'people'],
  ['rate', 'rates'],
  ['date', 'dates'],
];

/** The comment a first write puts above `rejected` (a line of its own, before the key). */
export const REJECTED_COMMENT = ' Entities that are wrong, e.g. `- person: Honda` or `- id: rate:10`: never shown again.';

/** Source fields taken from the page that a person may override. */
export const METADATA_FIELDS = ['title', 'outlet', 'byline', 'published', 'url'] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

/** Keys News Lens owns in each kind of entry (rewritten every time); anything else is a person's. */
export const GENERATED = {
  source: new Set(['file', 'fromPage', 'mentions', 'skipped', 'missing']),
  person: new Set(['name', 'id', 'variants', 'possibleMatches', 'ambiguousWith', 'mentions', 'files', 'moreFiles', 'missing']),
  rate: new Set(['id', 'rate', 'appliesTo', 'imposedBy', 'imposedOn', 'mentions', 'files', 'moreFiles', 'missing']),
  date: new Set(['id', 'date', 'text', 'mentions', 'files', 'moreFiles', 'missing']),
} as const;

/** How many files an entity entry lists before giving only the count of the rest. */
export const MAX_FILES_LISTED = 10;

/** A problem in INDEX.yaml, located for the Problems panel and the command line. 1-based. */
export interface IndexYamlProblem {
  readonly message: string;
  readonly line: number;
  readonly col: number;
}

/** Raised by the writer when INDEX.yaml is broken: it is never overwritten. */
export class IndexYamlError extends Error {
  constructor(readonly problems: readonly IndexYamlProblem[]) {
    super(problems.length ? `INDEX.yaml:${problems[0].line}:${problems[0].col}: ${problems[0].message}` : 'INDEX.yaml is broken');
  }
}

/** Short, stable fingerprint of a value News Lens wrote (FNV-1a, 32 bits, base 36). */
export function fingerprint(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** `fromPage: title=1x9kq2 outlet=0a1b2c` ⇄ a map. Unknown or malformed parts are ignored. */
export function parseFromPage(text: unknown): Map<string, string> {
  const map = new Map<string, string>();
  if (typeof text !== 'string') return map;
  for (const part of text.split(/\s+/)) {
    const eq = part.indexOf('=');
    if (eq > 0) map.set(part.slice(0, eq), part.slice(eq + 1));
  }
  return map;
}

export function formatFromPage(map: ReadonlyMap<string, string>): string {
  return [...map].map(([field, hash]) => `${field}=${hash}`).join(' ');
}
