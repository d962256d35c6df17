import type { RawMention } from '../model';
import type { FinderContext } from './context';

/** Tariff rates: the number with its unit as written; value = the number as a decimal string. */
export function findRates(_text: string, _context: FinderContext): RawMention[] {
  return []; // STUB: replaced by the rate finder
}
