import { isJapaneseSounding } from './asianNames';
import { Lex, lexOf } from './lexiconIndex';

/**
 * Canonical names within one file: full names given name first, and surname-only mentions mapped
 * to the full name that the file gives for that surname (the most frequent one when several do).
 */
export class NameBook {
  private readonly fullBySurname = new Map<string, Map<string, number>>();
  private readonly fullByWritten = new Map<string, string>();

  /** `names`: the text of every person mention in the file, in order (repeats count). */
  constructor(names: readonly string[]) {
    // Most mentions are one word: there is nothing to map for them.
    const counts = new Map<string, number>();
    for (const name of names) if (name.indexOf(' ') >= 0) counts.set(name, (counts.get(name) ?? 0) + 1);
    // The one-word names, collected only if a family-name-first check asks (most files never do).
    let alone: ReadonlySet<string> | undefined;
    const aloneNames = (): ReadonlySet<string> => (alone ??= oneWordNames(names));
    for (const [name, count] of counts) {
      const words = spaceSeparated(name);
      const swapped = words.length === 2 && isFamilyNameFirst(words[0], words[1], counts, aloneNames);
      const full = swapped ? `${words[1]} ${words[0]}` : name;
      this.fullByWritten.set(name, full);
      this.count(surnameOf(swapped ? [words[1], words[0]] : words), full, count);
      // Family-first East Asian names are also called by their first word ("Mr Kim").
      if (full === name && lexOf(words[0]) & Lex.Cjkv) this.count(words[0], full, count);
    }
  }

  /** The value of a mention with text `name`: its full name in this file. */
  valueOf(name: string): string {
    // Only full names are keys of `fullByWritten`: a one-word name skips that lookup.
    const full = name.indexOf(' ') >= 0 ? this.fullByWritten.get(name) : undefined;
    if (full !== undefined) return full;
    const counts = this.fullBySurname.get(name);
    if (!counts) return name;
    let best = name;
    let bestCount = 0;
    for (const [candidate, count] of counts) {
      if (count > bestCount) {
        best = candidate;
        bestCount = count;
      }
    }
    return best;
  }

  private count(surname: string, full: string, times: number): void {
    let counts = this.fullBySurname.get(surname);
    if (!counts) this.fullBySurname.set(surname, (counts = new Map()));
    counts.set(full, (counts.get(full) ?? 0) + times);
  }
}

/** `name.split(' ')`: measured twice as fast here, and the name book splits every full name. */
function spaceSeparated(name: string): string[] {
  const words: string[] = [];
  let from = 0;
  for (let space = name.indexOf(' '); space >= 0; space = name.indexOf(' ', from)) {
    words.push(name.slice(from, space));
    from = space + 1;
  }
  words.push(name.slice(from));
  return words;
}

function surnameOf(words: readonly string[]): string {
  let i = words.length - 1;
  while (i > 0 && lexOf(words[i]) & Lex.Suffix) i--;
  return words[i];
}

/**
 * "Takahashi Kenji" is written family name first: both words sound Japanese, and the first is a
 * known family name or the one the file uses alone, while the second is not.
 */
function isFamilyNameFirst(a: string, b: string, names: ReadonlyMap<string, number>, aloneNames: () => ReadonlySet<string>): boolean {
  // All tests must pass: the ones that rule most names out ("Paula Brennan") come first, so the
  // one-word names are rarely collected.
  const aFlags = lexOf(a);
  if (aFlags & Lex.Cjkv || !isJapaneseSounding(a)) return false;
  if ((aFlags & Lex.JapaneseSurname) === 0 && !aloneNames().has(a)) return false;
  const bFlags = lexOf(b);
  if ((aFlags & Lex.Given && !(bFlags & Lex.Given)) || !isJapaneseSounding(b)) return false;
  const bSurname = (bFlags & Lex.JapaneseSurname) !== 0 || aloneNames().has(b);
  // Both could be family names: the file decides when it also writes "b a" and uses only "a" alone.
  return !bSurname || (aloneNames().has(a) && !aloneNames().has(b) && names.has(`${b} ${a}`));
}

function oneWordNames(names: readonly string[]): Set<string> {
  const alone = new Set<string>();
  for (const name of names) if (name.indexOf(' ') < 0) alone.add(name);
  return alone;
}
