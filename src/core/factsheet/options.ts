import type { EntityMention } from '../bundle/api';
import type { LinkContext } from './citation';

export interface FactSheetOptions extends LinkContext {
  /** Heading of the sheet, usually the bundle's folder name. */
  readonly title: string;
  /** Include mentions from reader comments and boilerplate (marked as such). */
  readonly includeNonBody: boolean;
}

/** " (reader comment)" / " (boilerplate)" for mentions outside the article body. */
export function zoneNote(mention: EntityMention): string {
  if (mention.zone === 'comments') return ' (reader comment)';
  if (mention.zone === 'boilerplate') return ' (boilerplate)';
  return '';
}

export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
