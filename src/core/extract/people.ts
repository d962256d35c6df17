import type { RawMention } from '../model';
import type { FinderContext } from './context';

/** People: name spans only, value = canonical full name (given name first) within this text. */
export function findPeople(_text: string, _context: FinderContext): RawMention[] {
  return []; // STUB: replaced by the people finder
}
