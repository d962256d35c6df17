import { isJapaneseSounding } from './asianNames';
import { cjkvOrder } from './cjkvNames';
import { Lex, lexOf } from './lexiconIndex';
import { LayoutKeeper } from '../../layoutKeeper';

/**
 * Canonical names within one file: full names given name first (Chinese, Korean and Vietnamese ones
 * family name first, see cjkvNames.ts), and surname-only mentions mapped
 * to the full name that the file gives for that surname (the most frequent one when several do).
 * `names`: each person name of the file once, in order of first mention; `mentions[i]`: how often
 * `names[i]` is mentioned. Returns the value of each name, by the same index.
 */
export function canonicalNames(names: readonly string[], mentions: readonly number[]): string[] {
  const values = names.slice();
  const bySurname = new SurnameCounts();
  // The full names as a set, and the one-word names, made only if a family-name-first check asks (most files never do).
  let full: ReadonlySet<string> | undefined;
  let alone: ReadonlySet<string> | undefined;
  const fullNames = (): ReadonlySet<string> => (full ??= new Set(names.filter(isFullName)));
  const aloneNames = (): ReadonlySet<string> => (alone ??= new Set(names.filter((name) => !isFullName(name))));
  const singles: number[] = []; // indexes of the one-word names
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (!isFullName(name)) {
      singles.push(i);
      continue;
    }
    const words = spaceSeparated(name);
    const firstFlags = lexOf(words[0]);
    const cjkv = cjkvOrder(words, firstFlags);
    if (cjkv !== undefined) {
      // Valued family name first ("Moon Jae-in" for "Jae-in Moon"); counted under its last word as
      // any name is (Vietnamese second references: "Mr Chinh") and under its family name ("Mr Moon").
      const value = cjkv === words ? name : cjkv.join(' ');
      values[i] = value;
      bySurname.add(surnameOf(cjkv), value, mentions[i]);
      bySurname.add(cjkv[0], value, mentions[i]);
      continue;
    }
    const swapped = words.length === 2 && isFamilyNameFirst(words[0], words[1], firstFlags, fullNames, aloneNames);
    const value = swapped ? `${words[1]} ${words[0]}` : name;
    values[i] = value;
    bySurname.add(surnameOf(swapped ? [words[1], words[0]] : words), value, mentions[i]);
    // A name that starts with a family name but has no CJKV given name: called by its first word too,
    // unless that word is a Western given name ("Kim Kardashian", "Lee Anderson").
    if (value === name && (firstFlags & (Lex.Cjkv | Lex.Given)) === Lex.Cjkv) bySurname.add(words[0], value, mentions[i]);
  }
  for (const i of singles) values[i] = bySurname.mostFrequent(names[i]) ?? names[i];
  return values;
}

function isFullName(name: string): boolean {
  return name.indexOf(' ') >= 0;
}

/** Keeps the layout of SurnameCounts objects across full garbage collections (see LayoutKeeper). */
const SURNAME_COUNTS = new LayoutKeeper();

/**
 * How often each full name is counted under a surname, in the order first counted: one short
 * list per surname in flat arrays, since most surnames have one full name and a map each cost more.
 */
class SurnameCounts {
  /** Each surname's first entry. */
  private readonly heads = new Map<string, number>();
  private readonly fulls: string[] = [];
  private readonly counts: number[] = [];
  /** The surname's next entry, or -1. */
  private readonly next: number[] = [];

  constructor() {
    SURNAME_COUNTS.keep(this);
  }

  add(surname: string, full: string, times: number): void {
    const head = this.heads.get(surname);
    if (head === undefined) {
      this.heads.set(surname, this.push(full, times));
      return;
    }
    for (let at = head; ; ) {
      if (this.fulls[at] === full) {
        this.counts[at] += times;
        return;
      }
      const next: number = this.next[at];
      if (next < 0) {
        this.next[at] = this.push(full, times);
        return;
      }
      at = next;
    }
  }

  /** The full name counted most often under `surname` (the first counted of those tied), or undefined. */
  mostFrequent(surname: string): string | undefined {
    const head = this.heads.get(surname);
    if (head === undefined) return undefined;
    let best = head;
    for (let at = this.next[head]; at >= 0; at = this.next[at]) if (this.counts[at] > this.counts[best]) best = at;
    return this.fulls[best];
  }

  private push(full: string, times: number): number {
    this.fulls.push(full);
    this.counts.push(times);
    this.next.push(-1);
    return this.fulls.length - 1;
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
 * known family name or the one the file uses alone, while the second is not. `aFlags`: `a`'s lexicon bits.
 */
function isFamilyNameFirst(a: string, b: string, aFlags: number, fullNames: () => ReadonlySet<string>, aloneNames: () => ReadonlySet<string>): boolean {
  // All tests must pass: the ones that rule most names out ("Paula Brennan") come first, so the
  // one-word names are rarely collected.
  if (aFlags & Lex.Cjkv || !isJapaneseSounding(a)) return false;
  if ((aFlags & Lex.JapaneseSurname) === 0 && !aloneNames().has(a)) return false;
  const bFlags = lexOf(b);
  if ((aFlags & Lex.Given && !(bFlags & Lex.Given)) || !isJapaneseSounding(b)) return false;
  const bSurname = (bFlags & Lex.JapaneseSurname) !== 0 || aloneNames().has(b);
  // Both could be family names: the file decides when it also writes "b a" and uses only "a" alone.
  return !bSurname || (aloneNames().has(a) && !aloneNames().has(b) && fullNames().has(`${b} ${a}`));
}
