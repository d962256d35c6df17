import type { ZoneRange } from '../model';

/** What the pipeline knows before the kind-specific finders run. */
export interface FinderContext {
  readonly zones: readonly ZoneRange[];
  /** The article's own date (YYYY-MM-DD) when the page gives one: relative dates resolve against it. */
  readonly published?: string;
}
