import { CharClass, charClass, codeAt, isLetterChar } from './chars';
import { NAME_PARTICLES, SURNAME_PREFIXES } from './lexicon';
import { Lex, lexOf, lexOfHashedSpan, lexOfSpan } from './lexiconIndex';
import { hashStep, isAsciiLower } from '../textUtil';
import { hashEnd, hashSpan, spanSet } from './spanTable';
import { LayoutKeeper } from '../../layoutKeeper';

/** What a capitalised token can be inside a run. */
export const enum TokenKind {
  /** A word that may belong to a name ("Brennan", "Jong-un", "O'Leary", "al-Amr"). */
  Word,
  /** Initials: "W.", "J.K.". */
  Initial,
  /** "Jr.", "III". */
  Suffix,
  /** "Mr", "Dr.": a person follows. */
  Honorific,
  /** "Minister", "Secretary": a person may follow; the role precedes. */
  Title,
  /** Never inside a name: acronyms, "U.S.", brands ("PlayStation"), contractions. */
  Break,
}

/** Keeps the layout of Token objects across full garbage collections (see LayoutKeeper). */
const TOKEN = new LayoutKeeper();

/** One capitalised token. `end` excludes a possessive "'s". */
export class Token {
  /** `text` once made: most tokens are never needed as a string (see `text`). */
  private word: string | undefined;

  constructor(
    /** The text the token is in. */
    private readonly source: string,
    readonly start: number,
    readonly end: number,
    readonly kind: TokenKind,
    /** What the word lists say about `text` (see Lex). */
    readonly flags: number,
    /** The run ends here: a possessive "'s" or a hyphenated adjective ("Dali-like") follows. */
    readonly closesRun: boolean,
    /** `hashSpan(text, start, end)`, from the scan: the file-wide name maps find the word by it. */
    readonly hash: number,
    /** The token's text when the scanner already made it, else undefined. */
    word: string | undefined,
  ) {
    this.word = word;
    TOKEN.keep(this);
  }

  /** The token's characters, sliced on first use: most tokens are ruled out by their flags alone. */
  get text(): string {
    return (this.word ??= this.source.slice(this.start, this.end));
  }
}

// Second halves of hyphenated adjectives: "Washington-based", "Trump-era".
const ADJECTIVE_TAILS = new Set(
  'based led era made style born owned backed like related linked run free only wide bound focused friendly specific centric controlled funded sponsored affiliated aligned leaning inspired themed brand'.split(
    ' ',
  ),
);

// Looked up by offsets in the gaps between capitalised words: no string per gap.
const PARTICLES = spanSet(NAME_PARTICLES);
const PARTICLES_AND_PREFIXES = spanSet([...NAME_PARTICLES, ...SURNAME_PREFIXES]);
/** Bit k set when some particle or prefix starts with the k-th letter a–z. */
const PARTICLE_INITIALS = letterMask([...NAME_PARTICLES, ...SURNAME_PREFIXES]);

function letterMask(words: readonly string[]): number {
  let mask = 0;
  for (const word of words) mask |= 1 << (word.charCodeAt(0) - 97);
  return mask;
}

/** A run longer than this is a heading or junk, not prose with names: it is cut into pieces. */
const MAX_RUN_TOKENS = 24;

/**
 * A maximal sequence of capitalised tokens joined by single spaces or name particles: function
 * words and months end a run and are not kept, as they never sit inside a name. The run is
 * `tokens[0, length)`; the array is reused for the next run, so a consumer keeps copies.
 */
export interface Run {
  readonly tokens: readonly Token[];
  readonly length: number;
}

/**
 * Splits the text into runs of capitalised tokens and hands each to `onRun` as soon as it ends,
 * so that tokens die young, and records the all-capital words it passes in `capitals` (emptied
 * first). Linear in the text length.
 */
export function findRuns(text: string, onRun: (run: Run) => void, capitals: CapitalWords): void {
  // One buffer for all runs: a fresh array per run would get a 17-slot backing store on its first push.
  const run = { tokens: [] as Token[], length: 0 };
  capitals.reset();
  let lastEnd = -1;
  let runOpen = false;
  let from = 0; // where the search for the next capital resumes
  for (let i = nextCapital(text, 0); i >= 0; i = nextCapital(text, from)) {
    from = i + 1;
    if (charClass(text.charCodeAt(i)) !== CharClass.Upper || (i > 0 && isWordChar(text.charCodeAt(i - 1)))) continue;
    const rawEnd = scanWord(text, i);
    from = rawEnd;
    const wordEnd = scanned.wordEnd;
    const shape = scanned.shape;
    const flags = lexOfHashedSpan(text, i, wordEnd, scanned.hash);
    if ((shape & Shape.Lower) === 0 && rawEnd - i >= 2 && text.charCodeAt(i + 1) !== 46) capitals.add(i, rawEnd); // initials ("U.S.") are no name word
    // Function words, months and shouted words ("KYODO") end a run; most capitalised words are
    // these, so no token is made for them.
    const surname = runOpen && flags & Lex.Cjkv && run.length === 1 && run.tokens[0].flags & Lex.Given; // "Bobby To"
    if ((flags & (Lex.Function | Lex.Calendar) && !surname) || isShouted(i, wordEnd, flags, shape)) {
      endRun(run, onRun);
      runOpen = false;
      continue;
    }
    const startsRun = run.length === 0 || run.length >= MAX_RUN_TOKENS || !runOpen || !joins(text, lastEnd, i);
    if (startsRun && isNoLoneName(flags, shape) && standsAlone(text, i, rawEnd, wordEnd, shape)) {
      // A lone place, organisation, common word or acronym ("Japan", "Reuters", "EU") is never
      // a name, and a third of all tokens are these: make no token and no run for them.
      endRun(run, onRun);
      runOpen = false;
      continue;
    }
    const token = makeToken(text, i, rawEnd, wordEnd, flags, shape, scanned.hash);
    from = Math.max(rawEnd, token.end);
    // A token that starts at its capital was already tested by `startsRun`: no second `joins`.
    const endsRun = token.start === i ? startsRun : run.length >= MAX_RUN_TOKENS || !(runOpen && joins(text, lastEnd, token.start));
    if (run.length > 0 && endsRun) endRun(run, onRun);
    run.tokens[run.length++] = token;
    lastEnd = token.end;
    runOpen = !token.closesRun;
  }
  endRun(run, onRun);
}

/**
 * The words of two or more characters with no lower-case letter that a `findRuns` passed
 * ("ISHIBA", "TRUMP'S", "US"; not initials, "J.K."), as [start, end) pairs in text order. They
 * make no name token; capitalNames.ts asks afterwards which of them the file proves to be people.
 * Meant to be reused for every text: most texts have a few, so this costs the scan one test per
 * capitalised word.
 */
export class CapitalWords {
  /** Pairs of offsets: `spans[2k]` and `spans[2k + 1]` are the k-th word's start and end. */
  spans = new Int32Array(INITIAL_CAPITAL_SPANS);
  /** How many words are recorded. */
  count = 0;

  /** Forgets the words of the last text. */
  reset(): void {
    this.count = 0;
    // A buffer grown for one shouting text is not kept for the next ones.
    if (this.spans.length > MAX_KEPT_CAPITAL_SPANS) this.spans = new Int32Array(INITIAL_CAPITAL_SPANS);
  }

  /** Records the word text[start, end), after the ones recorded so far. */
  add(start: number, end: number): void {
    const at = this.count * 2;
    if (at === this.spans.length) {
      const grown = new Int32Array(at * 2);
      grown.set(this.spans);
      this.spans = grown;
    }
    this.spans[at] = start;
    this.spans[at + 1] = end;
    this.count++;
  }
}

const INITIAL_CAPITAL_SPANS = 256;
const MAX_KEPT_CAPITAL_SPANS = 1 << 14;

/** Hands a non-empty run over and empties the buffer. */
function endRun(run: { tokens: Token[]; length: number }, onRun: (run: Run) => void): void {
  if (run.length === 0) return;
  onRun(run);
  run.length = 0;
}

/**
 * The word alone is no name: its flags rule it out (see `judge`), or it makes no Word token (see
 * `classify`: titles, initials, acronyms). A given name is left to the full path ("Bobby To").
 */
function isNoLoneName(flags: number, shape: number): boolean {
  if (flags & (Lex.Function | Lex.Given)) return false;
  if (flags & (Lex.NeverAlone | Lex.Honorific | Lex.Suffix | Lex.Title | Lex.Calendar | Lex.NonPersonAbbreviation)) return true;
  return (shape & Shape.Lower) === 0; // "T", "EU", "U.S.": an initial or an acronym
}

/**
 * The word at [start, wordEnd) makes a token with exactly these flags (no hyphenated adjective, no
 * glued prefix, no abbreviation's full stop: see `makeToken`), and no later token can join it:
 * a possessive closes it, or neither a space followed by a capital nor a name particle comes next.
 */
function standsAlone(text: string, start: number, rawEnd: number, wordEnd: number, shape: number): boolean {
  if (codeAt(text, start - 1) === 45 || (codeAt(text, wordEnd) === 46 && wordEnd - start <= 4) || shape & Shape.Hyphen) return false;
  if (wordEnd < rawEnd) return true; // "Japan's"
  if (!isSpace(codeAt(text, wordEnd))) return true;
  const next = wordEnd + 1;
  if (next >= text.length) return true;
  const c = text.charCodeAt(next);
  if (isAsciiLower(c)) {
    // "Japan von…", "Japan al-…": a particle or glued prefix may lead into the next name. Most
    // next words ("said") start with a letter no particle starts with: no scan and no lookup.
    if ((PARTICLE_INITIALS & (1 << (c - 97))) === 0) return true;
    let end = next + 1;
    while (end < text.length && end - next < 8 && isAsciiLower(text.charCodeAt(end))) end++;
    return !PARTICLES_AND_PREFIXES.has(text, next, end);
  }
  return !isLetterChar(c);
}

/** An all-capital word of four letters or more that is no title ("KYODO", "TOKYO"): not a name. */
function isShouted(start: number, end: number, flags: number, shape: number): boolean {
  return end - start >= 4 && (flags & (Lex.Title | Lex.Honorific | Lex.Suffix)) === 0 && (shape & Shape.NotUpper) === 0;
}

// Upper-case letters of the Latin, Greek and Cyrillic blocks (Latin Extended is mixed-case: the
// loop checks each hit). Names in other scripts are not capitalised.
const CAPITAL_RE = /[A-Z\u00C0-\u00DE\u0100-\u024F\u0391-\u03A9\u0400-\u042F]/g;

/** Where CAPITAL_RE matches next at or after `from`, or -1. */
function nextCapital(text: string, from: number): number {
  // "Paula Brennan", "The United": a capital one space on is common and needs no regex call.
  if (codeAt(text, from) === 32 && isCapitalOfRegex(codeAt(text, from + 1))) return from + 1;
  // The regex engine skips lower-case stretches natively; only capitals reach the loop body.
  CAPITAL_RE.lastIndex = from;
  return CAPITAL_RE.test(text) ? CAPITAL_RE.lastIndex - 1 : -1;
}

/** `CAPITAL_RE.test(String.fromCharCode(c))`, by ranges. */
function isCapitalOfRegex(c: number): boolean {
  if (c <= 90) return c >= 65;
  if (c <= 0x24f) return (c >= 0xc0 && c <= 0xde) || c >= 0x100;
  return (c >= 0x391 && c <= 0x3a9) || (c >= 0x400 && c <= 0x42f);
}

function isWordChar(c: number): boolean {
  return c === 95 || charClass(c) !== CharClass.Other;
}

/**
 * What one pass over a word's letters after its capital learns: tests on the word read these bits
 * instead of each looping over it again.
 */
const enum Shape {
  /** A lower-case letter. */
  Lower = 1,
  /** Anything but an upper-case letter: lower case, caseless letters, marks, hyphens, full stops. */
  NotUpper = 2,
  Hyphen = 4,
  /** An apostrophe inside the word (a possessive "'s" is not part of the word). */
  Apostrophe = 8,
  /** An upper-case letter right after a lower-case one, from the third character on ("PlayStation"). */
  InnerCapital = 16,
}

/** The word `scanWord` just read: its end without a possessive, its Shape bits and its lexicon hash. */
const scanned = { wordEnd: 0, shape: 0, hash: 0 };

/**
 * The end of the capitalised word at `start`: dotted initials ("J.K."), or letters with inner
 * hyphens and apostrophes ("Jong-un", "O'Leary", "Trump's"). One pass, no backtracking; the same
 * pass fills `scanned` for the word without its possessive.
 */
function scanWord(text: string, start: number): number {
  const length = text.length;
  let i = start + 1;
  if (codeAt(text, i) === 46) {
    // Initials: (Upper ".")+
    i++;
    while (i + 1 < length && charClass(text.charCodeAt(i)) === CharClass.Upper && text.charCodeAt(i + 1) === 46) i += 2;
    describeWord(text, start, i);
    return i;
  }
  let hash = hashStep(0, text.charCodeAt(start));
  let shape = 0;
  let previous: CharClass = CharClass.Upper;
  // Hash and shape before the last apostrophe: the word's own when a possessive follows it.
  let hashBeforeApostrophe = 0;
  let shapeBeforeApostrophe = 0;
  for (;;) {
    for (; i < length; i++) {
      const c = text.charCodeAt(i);
      const k = charClass(c);
      if (k === CharClass.Upper) {
        if (previous === CharClass.Lower && i - start >= 2) shape |= Shape.InnerCapital;
      } else if (k === CharClass.Lower) {
        shape |= Shape.Lower | Shape.NotUpper;
      } else if (k === CharClass.Letter) {
        shape |= Shape.NotUpper;
      } else {
        break;
      }
      previous = k;
      hash = hashStep(hash, c);
    }
    const c = codeAt(text, i);
    if ((c === 45 || c === 39 || c === 0x2019) && i + 1 < length && isLetterChar(text.charCodeAt(i + 1))) {
      if (c !== 45) {
        hashBeforeApostrophe = hash;
        shapeBeforeApostrophe = shape;
      }
      shape |= (c === 45 ? Shape.Hyphen : Shape.Apostrophe) | Shape.NotUpper;
      previous = CharClass.Other;
      hash = hashStep(hash, c);
      i++;
      continue;
    }
    const wordEnd = i - possessiveLength(text, start, i);
    scanned.wordEnd = wordEnd;
    scanned.shape = wordEnd < i ? shapeBeforeApostrophe : shape;
    scanned.hash = hashEnd(wordEnd < i ? hashBeforeApostrophe : hash, wordEnd - start);
    return i;
  }
}

/** Fills `scanned` for the word text[start, end) by a separate pass (initials, and words `makeToken` changed). */
function describeWord(text: string, start: number, end: number): void {
  let hash = hashStep(0, text.charCodeAt(start));
  let shape = 0;
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    const k = charClass(c);
    if (k === CharClass.Upper) {
      if (i - start >= 2 && charClass(text.charCodeAt(i - 1)) === CharClass.Lower) shape |= Shape.InnerCapital;
    } else {
      shape |= Shape.NotUpper;
      if (k === CharClass.Lower) shape |= Shape.Lower;
      else if (c === 45) shape |= Shape.Hyphen;
      else if (c === 39 || c === 0x2019) shape |= Shape.Apostrophe;
    }
    hash = hashStep(hash, c);
  }
  scanned.wordEnd = end;
  scanned.shape = shape;
  scanned.hash = hashEnd(hash, end - start);
}

/** 2 when the word ends in a possessive "'s" / "’s" (never part of the name), else 0. */
function possessiveLength(text: string, start: number, end: number): number {
  if (end - start <= 2 || text.charCodeAt(end - 1) !== 115) return 0;
  const c = text.charCodeAt(end - 2);
  return c === 39 || c === 0x2019 ? 2 : 0;
}

/**
 * The token for the word at [index, rawEnd) with lexicon `wordFlags`, Shape bits `wordShape` and
 * hash `wordHash` of [index, wordEnd); "Bobby To" keeps "To" (a surname) as a word. The word is
 * read by offsets: a string is made only where a rule needs one (hyphens, prefixes, full stops).
 */
function makeToken(text: string, index: number, rawEnd: number, wordEnd: number, wordFlags: number, wordShape: number, wordHash: number): Token {
  let start = index;
  let end = wordEnd;
  let word: string | undefined; // text[start, end) once made
  let flags = wordFlags;
  let shape = wordShape;
  let hash = wordHash;
  let closesRun = wordEnd < rawEnd;
  // "Dali-like", "Trump-era": the name before the adjective's hyphen.
  if (shape & Shape.Hyphen) {
    const raw = text.slice(start, end);
    const hyphen = lastHyphen(raw);
    if (hyphen > 0 && ADJECTIVE_TAILS.has(raw.slice(hyphen + 1))) {
      end -= raw.length - hyphen;
      word = raw.slice(0, hyphen);
      flags = lexOf(word);
      describeWord(text, start, end);
      shape = scanned.shape;
      hash = scanned.hash;
      closesRun = true;
    }
  }
  // "al-Amr": a lower-case Arabic article glued to the surname is part of it.
  const afterHyphen = start > 0 && text.charCodeAt(start - 1) === 45;
  const prefix = afterHyphen ? gluedPrefix(text, start) : undefined;
  const glued = prefix === undefined && afterHyphen && isLetter(text, start - 2);
  if (prefix !== undefined) {
    start -= prefix.length + 1;
    word = text.slice(start, end);
    flags = lexOf(word);
    describeWord(text, start, end);
    shape = scanned.shape;
    hash = scanned.hash;
  }
  // Abbreviations keep their full stop: "Mr.", "Jr.", "Sen." (the Shape bits classify reads stay true).
  if (codeAt(text, end) === 46 && end - start <= 4 && !hasFullStop(text, index, wordEnd)) {
    // The full stop follows text[start, end): the span is looked up, with no "Mr." string made first.
    const dotted = lexOfSpan(text, start, end + 1);
    if (dotted & (Lex.Honorific | Lex.Suffix)) {
      end += 1;
      word = text.slice(start, end);
      flags = dotted;
      hash = hashSpan(text, start, end);
    }
  }
  let kind = classify(text, flags, shape, start, end, glued);
  if (flags & Lex.Function) kind = TokenKind.Word; // only "Bobby To" gets here
  return new Token(text, start, end, kind, flags, closesRun, hash, word);
}

/** text[start, end) holds a full stop: scanned initials ("J.K.") do. */
function hasFullStop(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 46) return true;
  return false;
}

/** The token kind of the word text[start, end); the Shape bits spare the word tests that cannot apply. */
function classify(text: string, flags: number, shape: number, start: number, end: number, glued: boolean): TokenKind {
  if (flags & Lex.Function) return TokenKind.Break;
  const contraction = (shape & Shape.Apostrophe) !== 0 && isContraction(text.slice(start, end));
  const camelCase = (shape & Shape.InnerCapital) !== 0 && isCamelCase(text.slice(start, end));
  if (glued || isDigit(text, end) || contraction || camelCase || afterPlaceAbbreviation(text, start)) {
    return TokenKind.Break;
  }
  if (flags & Lex.Honorific) return TokenKind.Honorific;
  if (flags & Lex.Suffix) return TokenKind.Suffix;
  const length = end - start;
  if (length > 1 && text.charCodeAt(start + 1) === 46) return flags & Lex.NonPersonAbbreviation ? TokenKind.Break : TokenKind.Initial;
  if (length === 1) return TokenKind.Initial; // "S Jaishankar": an initial written without its full stop
  if (flags & Lex.Title) return TokenKind.Title;
  // No lower-case letter: "KYODO", "LDP", or a lone letter ("T").
  if (flags & (Lex.Calendar | Lex.NonPersonAbbreviation) || (shape & Shape.Lower) === 0) return TokenKind.Break;
  return TokenKind.Word;
}

function lastHyphen(word: string): number {
  for (let i = word.length - 2; i > 0; i--) if (word.charCodeAt(i) === 45) return i;
  return -1;
}

/** "I'm", "Don't": a contraction, not a name. */
function isContraction(word: string): boolean {
  const n = word.length;
  if (n < 3) return false;
  // The tails are one or two letters: look only at the last three characters.
  for (let i = n - 2; i >= n - 3 && i > 0; i--) {
    const c = word.charCodeAt(i);
    if (c === 39 || c === 0x2019) return CONTRACTION_TAILS.has(word.slice(i + 1));
  }
  return false;
}

const CONTRACTION_TAILS = new Set(['m', 're', 've', 'll', 'd', 't']);

// Prefixes after which an inner capital still makes a surname: "McCain", "DiCaprio", "LaGuardia".
const INNER_CAPITAL_PREFIXES = /^(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von|Des|Del|St)\p{Lu}/u;

/** "DaimlerChrysler", "PlayStation": brands, not names (inner capitals after a hyphen or apostrophe are fine). */
function isCamelCase(word: string): boolean {
  for (let i = 2; i < word.length; i++) {
    if (charClass(word.charCodeAt(i)) === CharClass.Upper && charClass(word.charCodeAt(i - 1)) === CharClass.Lower) {
      return !INNER_CAPITAL_PREFIXES.test(word);
    }
  }
  return false;
}

/** "St. Louis", "Mt. Fuji": the word after a place abbreviation is a place. */
function afterPlaceAbbreviation(text: string, start: number): boolean {
  if (start < 4 || text.charCodeAt(start - 1) !== 32 || text.charCodeAt(start - 2) !== 46) return false;
  const abbreviation = text.slice(start - 4, start - 2);
  return abbreviation === 'St' || abbreviation === 'Mt' || abbreviation === 'Ft';
}

/** Two tokens join when only one space, or a space-delimited particle run ("von der"), lies between. */
function joins(text: string, from: number, to: number): boolean {
  if (from < 0 || to <= from) return false;
  if (to - from === 1) return isSpace(text.charCodeAt(from));
  if (to - from > 12 || !isSpace(text.charCodeAt(from)) || !isSpace(text.charCodeAt(to - 1))) return false;
  // Every space-separated word of the gap must be a particle: "von der", "de", "bin".
  let wordStart = from + 1;
  for (let i = from + 1; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (i === wordStart || !PARTICLES.has(text, wordStart, i)) return false;
      wordStart = i + 1;
    } else if (c < 97 || c > 122) {
      return false;
    }
  }
  return true;
}

function gluedPrefix(text: string, start: number): string | undefined {
  if (start < 3 || text.charCodeAt(start - 1) !== 45) return undefined;
  let i = start - 2;
  while (i >= 0 && i >= start - 5 && isAsciiLower(text.charCodeAt(i))) i--;
  const prefix = text.slice(i + 1, start - 1);
  if (!SURNAME_PREFIXES.has(prefix) || isLetter(text, i)) return undefined;
  return prefix;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 160;
}

function isDigit(text: string, i: number): boolean {
  const c = codeAt(text, i);
  return c >= 48 && c <= 57;
}

function isLetter(text: string, i: number): boolean {
  return i >= 0 && isLetterChar(text.charCodeAt(i));
}
