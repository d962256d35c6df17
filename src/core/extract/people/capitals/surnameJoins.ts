import { type NameWords, followsTitle, isSpace, titleCase } from './nameWords';
import type { CapitalName } from './stretchReader';
import { isJapaneseSounding } from '../asianNames';
import { type Candidate, Verdict } from '../evidence';
import { Lex, lexOf } from '../lexiconIndex';
import { TokenKind } from '../tokens';
import { LayoutKeeper } from '../../../layoutKeeper';

/** Flags of a capital word or a given name that is no name word here (see stretchReader.ts). */
const NO_NAME_WORD = Lex.Function | Lex.Calendar | Lex.Title | Lex.Honorific | Lex.Suffix | Lex.NonPersonAbbreviation | Lex.NeverAlone | Lex.City;

/** Keeps the layout of SurnameJoins objects across full garbage collections (see LayoutKeeper). */
const SURNAME_JOINS = new LayoutKeeper();

/**
 * Surnames in capitals written beside a given name in normal case, one space apart: "Shigeru
 * ISHIBA", "ISHIBA Shigeru", as Japan's government pages write names. The pair is one mention,
 * valued given name first (Chinese, Korean and Vietnamese names family name first). The given name must be a known one, or the pair Japanese-sounding (or
 * a Chinese, Korean or Vietnamese family name) after a title or proven a person ("Minister
 * AKAZAWA Ryosei"). Asked about words in text order: a cursor walks the file's candidates once.
 */
export class SurnameJoins {
  /** Each joined surname as written ("ISHIBA") and its full name: alone later in the file, it is that person. */
  readonly bySurname = new Map<string, string>();
  /** The first candidate that may still touch a word asked about. */
  private next = 0;
  /** The candidate last joined after its surname: "ISHIBA Shigeru AKAZAWA Ryosei" holds no "Shigeru AKAZAWA". */
  private joinedAfter: Candidate | undefined;

  /** `candidates`: the file's name-shaped runs in normal case, persons or not, in text order. */
  constructor(
    private readonly text: string,
    private readonly words: NameWords,
    private readonly candidates: readonly Candidate[],
  ) {
    SURNAME_JOINS.keep(this);
  }

  /** The name when word `k` is a surname right after a given name ("Shigeru ISHIBA"), else undefined. */
  before(k: number): CapitalName | undefined {
    const start = this.words.starts[k];
    const candidates = this.candidates;
    while (this.next < candidates.length && candidates[this.next].end < start - 1) this.next++;
    const c = this.next < candidates.length ? candidates[this.next] : undefined;
    if (c === undefined || c === this.joinedAfter || c.end !== start - 1 || !isSpace(this.text.charCodeAt(c.end))) return undefined;
    return this.joined(k, c, c.start, this.words.ends[k]);
  }

  /** The name when word `k` is a surname right before a given name ("ISHIBA Shigeru"), else undefined. */
  after(k: number): CapitalName | undefined {
    const end = this.words.ends[k];
    const candidates = this.candidates;
    while (this.next < candidates.length && candidates[this.next].start <= end) this.next++;
    const c = this.next < candidates.length ? candidates[this.next] : undefined;
    // A possessive ends the name: "ISHIBA'S Shigeru" is no pair.
    if (c === undefined || c.start !== end + 1 || !isSpace(this.text.charCodeAt(end))) return undefined;
    const name = this.joined(k, c, this.words.starts[k], c.end);
    if (name !== undefined) this.joinedAfter = c;
    return name;
  }

  /** Word `k` and the candidate `c` beside it as one person over text[start, end), if they are one. */
  private joined(k: number, c: Candidate, start: number, end: number): CapitalName | undefined {
    const written = this.text.slice(this.words.starts[k], this.words.ends[k]);
    const surname = titleCase(written);
    // The lists spell acronyms in capitals ("CEO") and names in title case ("Ishiba").
    const flags = lexOf(surname) | lexOf(written);
    // One given name: "GOP Mitt Romney" is no "Mitt Romney Gop".
    if (flags & NO_NAME_WORD || c.tokens.length !== 1) return undefined;
    const touching = c.tokens[0];
    if (touching.kind !== TokenKind.Word || touching.flags & NO_NAME_WORD) return undefined;
    let name = `${touching.text} ${surname}`;
    if ((touching.flags & (Lex.Given | Lex.AmbiguousGiven)) !== Lex.Given) {
      const asian = (flags & (Lex.Cjkv | Lex.JapaneseSurname)) !== 0 || (isJapaneseSounding(surname) && isJapaneseSounding(touching.text));
      if (!asian || (c.verdict !== Verdict.Person && !followsTitle(this.text, start))) return undefined;
      // Chinese, Korean and Vietnamese names are valued family name first (see cjkvNames.ts).
      if ((flags & (Lex.Cjkv | Lex.JapaneseSurname)) === Lex.Cjkv) name = `${surname} ${touching.text}`;
    }
    if (!this.bySurname.has(written)) this.bySurname.set(written, name);
    return { start, end, name };
  }
}
