import { type Candidate, Verdict } from '../evidence';
import { Lex } from '../lexiconIndex';
import { type Token, TokenKind } from '../tokens';
import { LayoutKeeper } from '../../../layoutKeeper';

/**
 * The file's people in normal case, asked about words in capitals. Most files name a few people and
 * have a capital word or two ("WASHINGTON –", "NASA"): a filter by length and first letter turns
 * most questions away, and a scan of the persons, comparing characters in place, answers the rest
 * for less than a table of the names in capitals would cost to make. After SCAN_QUESTIONS scans the
 * table is made, so a long file full of both stays linear.
 */
export class FilePeople {
  private table: Map<string, NamesInCapitals> | undefined;
  private things: Set<string> | undefined;
  private scans = 0;
  private filtered = false;

  /** `persons`: the file's people in normal case; `candidates`: every name-shaped run of the file, persons among them. */
  constructor(
    private readonly text: string,
    private readonly persons: readonly Candidate[],
    private readonly candidates: readonly Candidate[],
  ) {
    FILE_PEOPLE.keep(this);
  }

  get isEmpty(): boolean {
    return this.persons.length === 0;
  }

  /** The file's spelling of the full name written in capitals at text[start, end), or undefined. */
  fullName(start: number, end: number): string | undefined {
    if (!this.mayName(start, end)) return undefined;
    if (++this.scans > SCAN_QUESTIONS) return this.lookUp(start, end)?.full;
    for (const c of this.persons) {
      if (c.tokens.length > 1 && sameInCapitals(this.text, c.start, c.end, start, end)) return this.text.slice(c.start, c.end);
    }
    return undefined;
  }

  /** Some name word or full name of the file has the length and first letter of text[start, end). */
  private mayName(start: number, end: number): boolean {
    if (!this.filtered) {
      NAME_FILTER.fill(0);
      for (const c of this.persons) {
        const surname = surnameToken(c);
        markName(this.text, surname.start, surname.end);
        if (c.tokens.length === 1) continue;
        markName(this.text, c.tokens[0].start, c.tokens[0].end);
        markName(this.text, c.start, c.end);
      }
      this.filtered = true;
    }
    return (NAME_FILTER[(end - start) & 31] & initialBit(this.text.charCodeAt(start))) !== 0;
  }

  /**
   * The file's spelling of the word written in capitals at text[start, end) as a person's surname
   * or one-word name, or (unless `surnameOnly`) as the given name that opens a full name; else undefined.
   */
  word(start: number, end: number, surnameOnly: boolean): string | undefined {
    if (!this.mayName(start, end)) return undefined;
    if (++this.scans > SCAN_QUESTIONS) {
      const entry = this.lookUp(start, end);
      return entry?.surname ?? (surnameOnly ? undefined : entry?.given);
    }
    const text = this.text;
    let given: string | undefined;
    for (const c of this.persons) {
      const surname = surnameToken(c);
      if (sameInCapitals(text, surname.start, surname.end, start, end)) return surname.text;
      const role = firstWordRole(c);
      const first = c.tokens[0];
      if (role === WordRole.None || !sameInCapitals(text, first.start, first.end, start, end)) continue;
      if (role === WordRole.Surname) return first.text;
      given ??= first.text;
    }
    return surnameOnly ? undefined : given;
  }

  /**
   * The file writes the capital words text[start, end) in normal case as a run it does not prove
   * a person ("JACKSON HOLE" beside "the Jackson Hole symposium"): a thing's name, not a person's.
   */
  isThing(start: number, end: number): boolean {
    if (this.things === undefined) {
      this.things = new Set();
      for (const c of this.candidates) if (c.verdict !== Verdict.Person && c.tokens.length > 1) this.things.add(this.text.slice(c.start, c.end).toUpperCase());
    }
    return this.things.size > 0 && this.things.has(this.text.slice(start, end));
  }

  private lookUp(start: number, end: number): NamesInCapitals | undefined {
    return (this.table ??= namesInCapitals(this.text, this.persons)).get(this.text.slice(start, end));
  }
}

/** After this many scans of a file's persons, FilePeople makes its table. */
const SCAN_QUESTIONS = 16;

/** Per name length (modulo 32), a bit per first letter (see `initialBit`): the names a file has, for `mayName`. */
const NAME_FILTER = new Int32Array(32);

function markName(text: string, start: number, end: number): void {
  NAME_FILTER[(end - start) & 31] |= initialBit(upperCase(text.charCodeAt(start))); // "al-Rashid" is "AL-RASHID"
}

/** One bit for each letter A–Z, one more for every other first character (a capital is the same in both spellings). */
function initialBit(c: number): number {
  return c >= 65 && c <= 90 ? 1 << (c - 65) : 1 << 26;
}

/** What a word or full name in capitals is in the file, as the file spells it (the first person's spelling). */
interface NamesInCapitals {
  full?: string;
  surname?: string;
  given?: string;
}

/** The file's people by their full names and name words in capitals. */
function namesInCapitals(text: string, persons: readonly Candidate[]): Map<string, NamesInCapitals> {
  const table = new Map<string, NamesInCapitals>();
  const entry = (spelling: string): NamesInCapitals => {
    const key = spelling.toUpperCase();
    let found = table.get(key);
    if (found === undefined) table.set(key, (found = {}));
    return found;
  };
  for (const c of persons) {
    if (c.tokens.length > 1) {
      const full = text.slice(c.start, c.end);
      entry(full).full ??= full;
    }
    const surname = surnameToken(c).text;
    entry(surname).surname ??= surname;
    const role = firstWordRole(c);
    const first = c.tokens[0].text;
    if (role === WordRole.Surname) entry(first).surname ??= first;
    else if (role === WordRole.Given) entry(first).given ??= first;
  }
  return table;
}

/** The last name word of a person: alone, it is that person ("Ford" of "William Clay Ford Jr."). */
function surnameToken(c: Candidate): Token {
  const tokens = c.tokens;
  let last = tokens.length - 1;
  while (last > 0 && tokens[last].kind !== TokenKind.Word) last--;
  return tokens[last];
}

/** What the first word of a full name is alone. */
const enum WordRole {
  None,
  /** The surname, written family name first ("Kishida Fumio", "Kim Jong-un"). */
  Surname,
  /** A known given name: a person alone too, as `proven` takes it ("Paula" after "Paula Brennan"). */
  Given,
}

function firstWordRole(c: Candidate): WordRole {
  if (c.tokens.length === 1) return WordRole.None; // its one word is its surname
  const flags = c.tokens[0].flags;
  if (flags & (Lex.Cjkv | Lex.JapaneseSurname)) return WordRole.Surname;
  return (flags & (Lex.Given | Lex.AmbiguousGiven)) === Lex.Given ? WordRole.Given : WordRole.None;
}

/** text[start, end) written in capitals is text[nameStart, nameEnd): "ISHIBA" and "Ishiba". */
function sameInCapitals(text: string, nameStart: number, nameEnd: number, start: number, end: number): boolean {
  if (nameEnd - nameStart !== end - start) return false;
  for (let i = 0; i < end - start; i++) {
    const c = text.charCodeAt(nameStart + i);
    const capital = text.charCodeAt(start + i);
    if (c !== capital && upperCase(c) !== capital) return false;
  }
  return true;
}

/** The capital of the character `c` (itself when it has none of one character). */
function upperCase(c: number): number {
  if (c < 128) return c >= 97 && c <= 122 ? c - 32 : c;
  const upper = String.fromCharCode(c).toUpperCase();
  return upper.length === 1 ? upper.charCodeAt(0) : c;
}

/** Keeps the layout of FilePeople objects across full garbage collections (see LayoutKeeper). */
const FILE_PEOPLE = new LayoutKeeper();
