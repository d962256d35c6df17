import { commandUri } from './markdownEscape';

/**
 * The commands our Markdown links may run, and their arguments. The hover trusts exactly these
 * ids; the commands validate what they receive because a link's arguments travel as text.
 */
export const REVEAL_MENTION_COMMAND = 'newsLens.revealMention';
export const SHOW_ALL_MENTIONS_COMMAND = 'newsLens.showAllMentions';

/** The commands a hover card links to: the whole `enabledCommands` list. */
export const LINKED_COMMANDS: readonly string[] = [REVEAL_MENTION_COMMAND, SHOW_ALL_MENTIONS_COMMAND];

/** Opens `file` of the bundle at `root` (a URI string) and selects `start`..`end`. */
export interface RevealMentionArgs {
  readonly root: string;
  readonly file: string;
  readonly start: number;
  readonly end: number;
}

/** Lists every mention of `entity` in a references peek, anchored at `file`:`start`. */
export interface ShowAllMentionsArgs {
  readonly root: string;
  readonly entity: string;
  readonly file: string;
  readonly start: number;
}

export function revealMentionUri(args: RevealMentionArgs): string {
  return commandUri(REVEAL_MENTION_COMMAND, [args]);
}

export function showAllMentionsUri(args: ShowAllMentionsArgs): string {
  return commandUri(SHOW_ALL_MENTIONS_COMMAND, [args]);
}

/** `value` as reveal arguments, or undefined when any field is missing or of the wrong type. */
export function parseRevealMentionArgs(value: unknown): RevealMentionArgs | undefined {
  if (!isRecord(value)) return undefined;
  const { root, file, start, end } = value;
  if (typeof root !== 'string' || typeof file !== 'string') return undefined;
  if (!isOffset(start) || !isOffset(end) || end < start) return undefined;
  return { root, file, start, end };
}

/** `value` as show-all arguments, or undefined when any field is missing or of the wrong type. */
export function parseShowAllMentionsArgs(value: unknown): ShowAllMentionsArgs | undefined {
  if (!isRecord(value)) return undefined;
  const { root, entity, file, start } = value;
  if (typeof root !== 'string' || typeof entity !== 'string' || typeof file !== 'string') return undefined;
  if (!isOffset(start)) return undefined;
  return { root, entity, file, start };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
