import type { RawMention } from '../model';
import type { FinderContext } from './context';

/** Dates and times: TimeML spans; value = TIMEX3, resolved against `context.published`. */
export function findDates(_text: string, _context: FinderContext): RawMention[] {
  return []; // STUB: replaced by the date finder
}
