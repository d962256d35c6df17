import { CharClass, charClass } from './chars';
import { type Candidate, ENGLISH_HOMOGRAPHS } from './evidence';
import { Lex, lexOf } from './lexiconIndex';
import { type Token, TokenKind } from './tokens';
import { wordSet } from './wordSet';
import { LayoutKeeper } from '../../layoutKeeper';

/** A person the page writes in capitals: [start, end) as written; `name` the normal-case form its value is made from. */
export interface CapitalName {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

/**
 * The people among a file's all-capital words ("ISHIBA VOWS…", "By JANE DOE"). Capitals hide the
 * case that tells a name from a word, and a headline in capitals is mostly acronyms, places and
 * verbs, so a word counts only with evidence of its own:
 * - the file names it as a person in normal case: "ISHIBA" or "SHIGERU ISHIBA" beside "Shigeru
 *   Ishiba" (the name is then the file's spelling);
 * - a known given name next to a surname the file names ("SHIGERU ISHIBA" beside "Ishiba");
 * - a byline ("By JANE DOE"), or a known given name and a surname standing alone in a line that is
 *   not all capitals ("Photo: JANE DOE/Reuters").
 * `spans`: the words as [start, end) pairs, `count` of them in text order (see `capitalWords`);
 * `persons`: the people the file names in normal case. Returns the names in text order.
 */
export function findCapitalNames(text: string, spans: Int32Array, count: number, persons: readonly Candidate[]): CapitalName[] {
  const words = NAME_WORDS;
  words.read(text, spans, count);
  const found: CapitalName[] = [];
  let reader: StretchReader | undefined; // made for the first stretch that may hold a name
  for (let from = 0; from < words.count; ) {
    let to = from + 1;
    while (to < words.count && words.joinsNext[to - 1] === 1) to++;
    // A lone word of two letters ("US", "UK") is never enough: most files have only those.
    if (to - from > 1 || words.ends[from] - words.starts[from] > 2) (reader ??= new StretchReader(text, words, new FilePeople(text, persons), found)).read(from, to);
    from = to;
  }
  return found;
}

/** Words that fill bylines and credits without being names ("By STAFF WRITER", "By CNN WIRE"). */
const BYLINE_FILLERS = wordSet(
  `Staff Staffer Desk Wire Wires Writer Writers Reporters Editors Editorial Newsroom Bureau Team Guest
  Contributor Contributors Online Digital Web Media Agencies Network Radio Television Daily Weekly
  Special Sponsored Content Partner Report Reports Admin Correspondents Photos Images Pool Handout`,
);

/** Flags of a word that is no name in any position. */
const NEVER_IN_NAME = Lex.Function | Lex.Calendar | Lex.Title | Lex.Honorific | Lex.Suffix | Lex.NonPersonAbbreviation | Lex.Stop | Lex.Outlet | Lex.Company | Lex.City;

/** Flags of a neighbour that makes a word part of an organisation's or a place's name ("WHITE HOUSE", "GOLDMAN SACHS"). */
const NAME_OF_A_THING = Lex.Org | Lex.Company | Lex.CompanyNameStart | Lex.Outlet | Lex.Region | Lex.City;

/** The longest full name looked for in a run of capital words ("URSULA VON DER LEYEN"). */
const MAX_FULL_NAME_WORDS = 4;

/**
 * The capital words that can be name words, made only of capital letters (with inner hyphens or
 * apostrophes), two letters or more, without a possessive ("TRUMP'S" gives "TRUMP"); initials and
 * acronyms with full stops drop out. One set of buffers serves every text.
 */
class NameWords {
  starts = new Int32Array(INITIAL_WORDS);
  ends = new Int32Array(INITIAL_WORDS);
  /** 1 when the next word follows after one space with no possessive between: both may be one name. */
  joinsNext = new Uint8Array(INITIAL_WORDS);
  count = 0;

  /** Reads the words from the recorded spans (see `findCapitalNames`). */
  read(text: string, spans: Int32Array, count: number): void {
    if (this.starts.length < count || this.starts.length > Math.max(count, MAX_KEPT_WORDS)) this.allocate(Math.max(count, INITIAL_WORDS));
    const { starts, ends, joinsNext } = this;
    let n = 0;
    let lastRawEnd = -1;
    for (let k = 0; k < count; k++) {
      const start = spans[2 * k];
      const rawEnd = spans[2 * k + 1];
      const end = nameWordEnd(text, start, rawEnd);
      if (end < 0) continue;
      // A possessive ends the name ("TRUMP'S ISHIBA" are two), and "BY" opens one ("BY JANE ROE").
      if (n > 0) joinsNext[n - 1] = ends[n - 1] === lastRawEnd && start === lastRawEnd + 1 && isSpace(text.charCodeAt(lastRawEnd)) && !isBy(text, starts[n - 1], ends[n - 1]) ? 1 : 0;
      starts[n] = start;
      ends[n] = end;
      joinsNext[n] = 0;
      n++;
      lastRawEnd = rawEnd;
    }
    this.count = n;
  }

  private allocate(size: number): void {
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.joinsNext = new Uint8Array(size);
  }
}

const INITIAL_WORDS = 64;
const MAX_KEPT_WORDS = 1 << 13;
const NAME_WORDS = new NameWords();

/** The end of the name word in text[start, rawEnd) without a possessive, or -1 when the span is no such word. */
function nameWordEnd(text: string, start: number, rawEnd: number): number {
  let letters = 0;
  for (let i = start; i < rawEnd; i++) {
    const c = text.charCodeAt(i);
    if (charClass(c) === CharClass.Upper) {
      letters++;
      continue;
    }
    const apostrophe = c === 39 || c === 0x2019;
    if (apostrophe && i + 2 === rawEnd && (text.charCodeAt(i + 1) | 0x20) === 115) return letters >= 2 ? i : -1; // "'S", "'s"
    if ((c !== 45 && !apostrophe) || i === start || i + 1 >= rawEnd || charClass(text.charCodeAt(i + 1)) !== CharClass.Upper) return -1;
  }
  return letters >= 2 ? rawEnd : -1;
}

/**
 * The file's people in normal case, asked about words in capitals. Most files name a few people and
 * have a capital word or two ("WASHINGTON –", "NASA"): a filter by length and first letter turns
 * most questions away, and a scan of the persons, comparing characters in place, answers the rest
 * for less than a table of the names in capitals would cost to make. After SCAN_QUESTIONS scans the
 * table is made, so a long file full of both stays linear.
 */
class FilePeople {
  private table: Map<string, NamesInCapitals> | undefined;
  private scans = 0;
  private filtered = false;

  constructor(
    private readonly text: string,
    private readonly persons: readonly Candidate[],
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

/** Keep the layouts of the per-text objects below across full garbage collections (see LayoutKeeper). */
const FILE_PEOPLE = new LayoutKeeper();
const STRETCH_READER = new LayoutKeeper();
const LINE_CASE = new LayoutKeeper();

/** Reads stretches of capital words (joined by single spaces) and writes the names it finds to `found`. */
class StretchReader {
  private readonly lineCase: LineCase;

  constructor(
    private readonly text: string,
    private readonly words: NameWords,
    private readonly people: FilePeople,
    private readonly found: CapitalName[],
  ) {
    this.lineCase = new LineCase(text);
    STRETCH_READER.keep(this);
  }

  /** The stretch of words [from, to). */
  read(from: number, to: number): void {
    for (let k = from; k < to; ) k += this.nameAt(k, from, to) || 1;
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
    return people.isEmpty ? 0 : this.knownWordAt(k, from, to);
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
    // Two capitals are an acronym as often as a name ("AI", "MA"): they need a full name or a pair.
    if (this.words.ends[k] - this.words.starts[k] < 3) return 0;
    const name = this.people.word(this.words.starts[k], this.words.ends[k], false);
    if (name === undefined) return 0;
    const title = this.titled(k);
    const flags = lexOf(title);
    if (flags & (NEVER_IN_NAME | Lex.NeverAlone) || ENGLISH_HOMOGRAPHS.has(title)) return 0;
    if (flags & Lex.AmbiguousGiven && !(flags & Lex.Cjkv)) return 0; // "WILL", "MAY"
    return this.partOfAThing(k, k, from, to) ? 0 : this.add(k, k, name);
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

  /** Word `k` in title case ("JEAN-PIERRE" → "Jean-Pierre", "O'NEILL" → "O'Neill"): as the word lists spell names. */
  private titled(k: number): string {
    const word = this.slice(k, k);
    const titled = word.charAt(0) + word.slice(1).toLowerCase();
    return hasInnerBreak(word) ? titled.replace(INNER_BREAK_RE, (mark) => mark.toUpperCase()) : titled;
  }

  private titledWords(from: number, to: number): string {
    const parts: string[] = [];
    for (let k = from; k < to; k++) parts.push(this.titled(k));
    return parts.join(' ');
  }
}

/**
 * Whether a line holds a lower-case letter (it is no headline in capitals), asked about spans in
 * text order: the cursors only move forward, so all the questions of a text read it at most twice,
 * even when the text is one long line.
 */
class LineCase {
  /** text[0, behind) is read: where its last lower-case letter and its last line break are. */
  private behind = 0;
  private lastLower = -1;
  private lastBreak = -1;
  /** The first lower-case letter and line break at or after the end last asked about (the text's length for none). */
  private nextLower = -1;
  private nextBreak = -1;

  constructor(private readonly text: string) {
    LINE_CASE.keep(this);
  }

  /** The line that holds text[start, end) has a lower-case letter outside it. */
  isMixed(start: number, end: number): boolean {
    const text = this.text;
    for (; this.behind < start; this.behind++) {
      const c = text.charCodeAt(this.behind);
      if (c === 10 || c === 13) this.lastBreak = this.behind;
      else if (charClass(c) === CharClass.Lower) this.lastLower = this.behind;
    }
    if (this.lastLower > this.lastBreak) return true;
    // A position found for an earlier end stays right while it is at or after this end.
    if (this.nextLower < end) this.nextLower = this.firstFrom(end, true);
    if (this.nextBreak < end) this.nextBreak = this.firstFrom(end, false);
    return this.nextLower < this.nextBreak;
  }

  /** The first lower-case letter (or line break) at or after `from`, or the text's length. */
  private firstFrom(from: number, lower: boolean): number {
    const text = this.text;
    for (let i = from; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (lower ? charClass(c) === CharClass.Lower : c === 10 || c === 13) return i;
    }
    return text.length;
  }
}

/** A hyphen or an apostrophe and the letter after it, which title case keeps a capital ("Jean-Pierre", "O'Neill"). */
const INNER_BREAK_RE = /[-'\u2019]\p{Ll}/gu;

function hasInnerBreak(word: string): boolean {
  return word.indexOf('-') >= 0 || word.indexOf("'") >= 0 || word.indexOf('\u2019') >= 0;
}

/** text[start, end) is "BY". */
function isBy(text: string, start: number, end: number): boolean {
  return end - start === 2 && text.charCodeAt(start) === 66 && text.charCodeAt(start + 1) === 89;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 160;
}
