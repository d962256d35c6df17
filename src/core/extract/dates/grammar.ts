/**
 * The date grammar as regexes. All rules are joined into one sticky regex per family, each rule
 * in one capturing group (its inner groups made non-capturing), which answers "which rule, if
 * any, matches here?" in one call; the rule's own regex then takes the hit apart. At a given
 * position the joined regex picks the first rule that matches, so both agree.
 */
import { type Rule, RULES } from './rules';

interface Family {
  readonly any: RegExp;
  readonly rules: readonly (readonly [RegExp, Rule])[];
}

function family(rules: readonly Rule[]): Family {
  const outer = rules.map((r) => `(${r.source.replace(/\(\?<([A-Za-z]\w*)>/g, '(?:')})`);
  return {
    any: new RegExp(outer.join('|'), 'y'),
    rules: rules.map((r) => [new RegExp(r.source, 'y'), r] as const),
  };
}

/** Matches that open with a digit or apostrophe, and those that open with a word. */
const DIGIT_FAMILY = family(RULES.filter((r) => r.opens !== 'word'));
const WORD_FAMILY = family(RULES.filter((r) => r.opens !== 'digit'));

export interface GrammarMatch {
  readonly rule: Rule;
  readonly groups: Readonly<Record<string, string | undefined>>;
  readonly end: number;
}

/** The rule whose pattern matches at `start` (first in rule order), or undefined. */
export function matchAt(text: string, start: number): GrammarMatch | undefined {
  const c = text.charCodeAt(start);
  const { any, rules } = (c >= 48 && c <= 57) || c === 39 || c === 0x2019 ? DIGIT_FAMILY : WORD_FAMILY;
  any.lastIndex = start;
  const hit = any.exec(text);
  if (!hit) return undefined;
  let index = 1;
  while (hit[index] === undefined) index++;
  // Indexed, not destructured: destructuring an array costs an iterator on this hot path.
  const member = rules[index - 1];
  const regex = member[0];
  const rule = member[1];
  regex.lastIndex = start;
  const m = regex.exec(text)!;
  return { rule, groups: m.groups ?? {}, end: start + m[0].length };
}
