import { COMMON_WORD_SURNAMES } from './commonWords';
import type { FilePeople } from './filePeople';
import { LineCase } from './lineCase';
import { type NameWords, followsTitle, isSpace, opensLine, titleCase } from './nameWords';
import type { SurnameJoins } from './surnameJoins';
import { BYLINE_FILLERS } from '../bylineWords';
import { ENGLISH_HOMOGRAPHS } from '../evidence';
import { SPEECH_VERBS } from '../lexicon';
import { Lex, lexOf } from '../lexiconIndex';
import { LayoutKeeper } from '../../../layoutKeeper';

/** A person the page writes in capitals: [start, end) as written; `name` the normal-case form its value is made from. */
export interface CapitalName {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

/** Flags of a word that is no name in any position. */
const NEVER_IN_NAME = Lex.Function | Lex.Calendar | Lex.Title | Lex.Honorific | Lex.Suffix | Lex.NonPersonAbbreviation | Lex.Stop | Lex.Outlet | Lex.Company | Lex.City;

/** Flags of a neighbour that makes a word part of an organisation's or a place's name ("WHITE HOUSE", "GOLDMAN SACHS"). */
const NAME_OF_A_THING = Lex.Org | Lex.Company | Lex.CompanyNameStart | Lex.Outlet | Lex.Region | Lex.City;

/** The longest full name looked for in a run of capital words ("URSULA VON DER LEYEN"). */
const MAX_FULL_NAME_WORDS = 4;

/** Keeps the layout of StretchReader objects across full garbage collections (see LayoutKeeper). */
const STRETCH_READER = new LayoutKeeper();

/** Reads stretches of capital words (joined by single spaces) and writes the names it finds to `found`. */
export class StretchReader {
  private readonly lineCase: LineCase;

  constructor(
    private readonly text: string,
    private readonly words: NameWords,
    private readonly people: FilePeople,
    private readonly joins: SurnameJoins,
    private readonly found: CapitalName[],
  ) {
    this.lineCase = new LineCase(text);
    STRETCH_READER.keep(this);
  }

  /** The stretch of words [from, to). */
  read(from: number, to: number): void {
    // A stretch's end words may be a surname beside a given name in normal case ("Shigeru ISHIBA").
    const before = this.joins.before(from);
    if (before !== undefined) {
      this.found.push(before);
      from++;
    }
    const after = from < to ? this.joins.after(to - 1) : undefined;
    if (after !== undefined) to--;
    for (let k = from; k < to; ) k += this.nameAt(k, from, to) || 1;
    if (after !== undefined) this.found.push(after);
  }

  /** Records the name that starts at word `k` of the stretch [from, to); returns how many words it takes (0: none). */
  private nameAt(k: number, from: number, to: number): number {
    const people = this.people;
    if (!people.isEmpty) {
      for (let m = Math.min(MAX_FULL_NAME_WORDS, to - k); m >= 2; m--) {
        const name = people.fullName(this.words.starts[k], this.words.ends[k + m - 1]);
        if (name !== undefined) return this.partOfAThing(k, k + m - 1, from, to) ? m : this.add(k, k + m - 1, name);
      }
    }
    if (k === from && to - from >= 2 && to - from <= 3 && this.isByline(from) && this.namesOnly(from, to, false)) {
      return this.add(from, to - 1, this.titledWords(from, to));
    }
    if (k + 1 < to) {
      const pair = this.pairAt(k, from, to);
      if (pair > 0) return pair;
    }
    return people.isEmpty && this.joins.bySurname.size === 0 ? 0 : this.knownWordAt(k, from, to);
  }

  /**
   * "SHIGERU ISHIBA" with "Ishiba" known, "KISHIDA FUMIO" with "Kishida" known, or "JANE DOE" alone
   * in a line that is not all capitals: a known given name and a surname.
   */
  private pairAt(k: number, from: number, to: number): number {
    const first = this.titled(k);
    const firstFlags = lexOf(first);
    const given = (firstFlags & (Lex.Given | Lex.AmbiguousGiven)) === Lex.Given;
    if (given) {
      const surname = this.people.isEmpty ? undefined : this.people.word(this.words.starts[k + 1], this.words.ends[k + 1], true);
      if (surname !== undefined && this.namesOnly(k + 1, k + 2, true) && !this.partOfAThing(k, k + 1, from, to)) return this.add(k, k + 1, `${first} ${surname}`);
      if (k === from && to - from === 2 && this.namesOnly(k + 1, k + 2, true) && this.lineCase.isMixed(this.words.starts[k], this.words.ends[k + 1])) return this.add(k, k + 1, `${first} ${this.titled(k + 1)}`);
      return 0;
    }
    if ((firstFlags & (Lex.Cjkv | Lex.JapaneseSurname)) === 0 || this.people.isEmpty) return 0;
    const family = this.people.word(this.words.starts[k], this.words.ends[k], true);
    if (family === undefined) return 0;
    const second = this.titled(k + 1);
    if ((lexOf(second) & (Lex.Given | Lex.AmbiguousGiven)) !== Lex.Given || this.partOfAThing(k, k + 1, from, to)) return 0;
    return this.add(k, k + 1, `${family} ${second}`);
  }

  /** "ISHIBA" alone, named in normal case elsewhere in the file, and no part of a place's or a company's name here. */
  private knownWordAt(k: number, from: number, to: number): number {
    const { starts, ends } = this.words;
    // Two capitals are an acronym as often as a name ("AI", "MA"): they need a full name or a pair.
    if (ends[k] - starts[k] < 3) return 0;
    const name = this.people.word(starts[k], ends[k], false) ?? this.joins.bySurname.get(this.slice(k, k));
    if (name === undefined) return 0;
    const title = this.titled(k);
    const flags = lexOf(title);
    if (flags & (NEVER_IN_NAME | Lex.NeverAlone) || ENGLISH_HOMOGRAPHS.has(title)) return 0;
    if (flags & Lex.AmbiguousGiven && !(flags & Lex.Cjkv)) return 0; // "WILL", "MAY"
    if (isCommonWord(title, flags) && !this.standsOut(k, from, to)) return 0; // "HUNT FOR SURVIVORS"
    if (this.partOfAThing(k, k, from, to)) return 0;
    // "JACKSON HOLE SYMPOSIUM" when the file writes "Jackson Hole" as no person.
    if ((k > from && this.people.isThing(starts[k - 1], ends[k])) || (k + 1 < to && this.people.isThing(starts[k], ends[k + 1]))) return 0;
    return this.add(k, k, name);
  }

  /**
   * Word `k` of the stretch [from, to) reads as a person, not as the common word it also is: it
   * opens its line alone before punctuation ("BROWN: I WILL STAY", "BUSH, PUTIN MEET"; not "LEVY
   * ON STEEL, WOOD"), a title comes right before it ("PRESIDENT BUSH", "President BUSH"), or a
   * speech verb right after ("HUNT SAYS").
   */
  private standsOut(k: number, from: number, to: number): boolean {
    if (to - from === 1 && opensLine(this.text, this.words.starts[k])) return true;
    if (k > from ? (lexOf(this.titled(k - 1)) & (Lex.Title | Lex.Honorific)) !== 0 : followsTitle(this.text, this.words.starts[k])) return true;
    return k + 1 < to && SPEECH_VERBS.has(this.slice(k + 1, k + 1).toLowerCase());
  }

  /**
   * Words [first, last] of the stretch [from, to) stand beside an organisation's or a place's
   * word: they name that, not a person ("GEORGE WASHINGTON UNIVERSITY", "WHITE HOUSE").
   */
  private partOfAThing(first: number, last: number, from: number, to: number): boolean {
    return (first > from && (lexOf(this.titled(first - 1)) & NAME_OF_A_THING) !== 0) || (last + 1 < to && (lexOf(this.titled(last + 1)) & NAME_OF_A_THING) !== 0);
  }

  /**
   * Words [from, to) can be a name's words after its first (or all of them, `afterGiven` false):
   * none is a place, outlet, common word or byline filler; the last may be a surname that is also an
   * organisation word after a given name ("JOHN HALL").
   */
  private namesOnly(from: number, to: number, afterGiven: boolean): boolean {
    for (let k = from; k < to; k++) {
      const title = this.titled(k);
      const flags = lexOf(title);
      if (flags & NEVER_IN_NAME || BYLINE_FILLERS.has(title)) return false;
      if (flags & Lex.Region && !(flags & Lex.SurnameLikePlace && k === to - 1)) return false;
      if (flags & Lex.Org && !(flags & Lex.SurnameLikeOrg && k === to - 1 && (afterGiven || (k > from && (lexOf(this.titled(from)) & Lex.Given) !== 0)))) return false;
    }
    return true;
  }

  /** "By " or "BY " alone before word `k` at the start of its line. */
  private isByline(k: number): boolean {
    const text = this.text;
    let i = this.words.starts[k] - 1;
    if (i < 0 || !isSpace(text.charCodeAt(i))) return false;
    while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
    if (i < 1 || (text.charCodeAt(i) | 0x20) !== 121 || text.charCodeAt(i - 1) !== 66) return false; // "By", "BY"
    i -= 2;
    while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
    return i < 0 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
  }

  private add(first: number, last: number, name: string): number {
    this.found.push({ start: this.words.starts[first], end: this.words.ends[last], name });
    return last - first + 1;
  }

  /** Words [first, last] as written, spaces included. */
  private slice(first: number, last: number): string {
    return this.text.slice(this.words.starts[first], this.words.ends[last]);
  }

  /** Word `k` in title case, as the word lists spell names. */
  private titled(k: number): string {
    return titleCase(this.slice(k, k));
  }

  private titledWords(from: number, to: number): string {
    const parts: string[] = [];
    for (let k = from; k < to; k++) parts.push(this.titled(k));
    return parts.join(' ');
  }
}

/** A surname that is also an everyday word ("HUNT", "BROWN"; "WOOD" and "PRICE" are org words too). */
function isCommonWord(title: string, flags: number): boolean {
  return (flags & (Lex.SurnameLikeOrg | Lex.SurnameLikePlace)) !== 0 || COMMON_WORD_SURNAMES.has(title);
}
