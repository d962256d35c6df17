import type { RawMention } from '../model';
import type { FinderContext } from './context';
import { NameBook } from './people/canonical';
import { type Candidate, Verdict, judge } from './people/evidence';
import { Lex } from './people/lexiconIndex';
import { isListGap } from './people/listGap';
import { findRole } from './people/roles';
import { type Segment, segmentRun } from './people/segments';
import { findRuns } from './people/tokens';

/**
 * People: name spans only (no honorific, title or possessive, as in CoNLL), each valued with its
 * canonical full name within this text, given name first. Rules, not a model: capitalised runs
 * are cut at titles and function words, judged from given-name lists, titles, role nouns, speech
 * verbs and name shapes, and then names the file proves once are found everywhere in it.
 */
export function findPeople(text: string, _context: FinderContext): RawMention[] {
  const candidates = findCandidates(text);
  confirmFromFile(text, candidates);
  const persons = candidates.filter((c) => c.verdict === Verdict.Person);
  if (persons.length === 0) return []; // nothing to name (and an empty list has another array map: a de-optimisation)
  const book = new NameBook(persons.map((c) => c.text));
  return persons.map((c): RawMention => {
    const role = findRole(text, c);
    const value = book.valueOf(c.text);
    return role ? { kind: 'person', start: c.start, end: c.end, text: c.text, value, person: { role } } : { kind: 'person', start: c.start, end: c.end, text: c.text, value };
  });
}

/** Every name-shaped segment that is not ruled out, in text order. */
function findCandidates(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  const segments: Segment[] = [];
  findRuns(text, (run) => {
    const count = segmentRun(run, segments); // one array for all runs: no reset, no garbage
    for (let i = 0; i < count; i++) {
      const candidate = judge(text, run.tokens, segments[i]);
      // Ruled-out words are dropped: list spreading only looks at neighbours a short gap away.
      if (candidate && candidate.verdict !== Verdict.No) candidates.push(candidate);
    }
  });
  return candidates;
}

/**
 * What one sentence proves holds for the whole file: a name seen as a person once is a person
 * everywhere ("Brennan" after "Paula Brennan"), and so is an unproven name listed beside a person
 * ("photographers A B, C D and E F").
 */
function confirmFromFile(text: string, candidates: Candidate[]): void {
  // One map for all the file knows of a word or full name: one lookup per candidate, not one per set.
  const known = new Map<string, number>();
  for (const c of candidates) {
    if (c.verdict !== Verdict.Person) continue;
    const tokens = c.tokens;
    if (tokens.length === 1) {
      note(known, tokens[0].text, Known.Single);
      continue;
    }
    note(known, c.text, Known.FullName);
    note(known, tokens[0].text, Known.FirstName);
    note(known, tokens[tokens.length - 1].text, Known.Surname);
    // Written family name first ("Takahashi Kenji", "Kim Jong-un"): the first word is the surname.
    if (tokens[0].flags & (Lex.Cjkv | Lex.JapaneseSurname)) note(known, tokens[0].text, Known.Surname);
  }
  // A lone given name used more than once is someone the article calls by first name ("Marta").
  for (const c of candidates) {
    if (c.givenAlone) note(known, c.text, (known.get(c.text) ?? 0) & Known.AloneOnce ? Known.AloneAgain : Known.AloneOnce);
  }
  for (const c of candidates) {
    if (c.verdict === Verdict.Maybe && proven(c, known)) c.verdict = Verdict.Person;
  }
  if (spreadThroughLists(text, candidates)) {
    // A name proven only by a list ("Okafor and Brennan") is a person elsewhere too ("Okafor's").
    for (const c of candidates) if (c.verdict === Verdict.Person && c.tokens.length === 1) note(known, c.tokens[0].text, Known.Single);
    for (const c of candidates) {
      if (c.verdict === Verdict.Maybe && proven(c, known)) c.verdict = Verdict.Person;
    }
  }
}

/** What the file proves of a word or full name, as bits of one map value. */
const enum Known {
  /** A full name seen as a person. */
  FullName = 1,
  /** A one-word name seen as a person. */
  Single = 2,
  /** The first word of a full name. */
  FirstName = 4,
  Surname = 8,
  /** A lone given name used once, and more than once. */
  AloneOnce = 16,
  AloneAgain = 32,
}

function note(known: Map<string, number>, key: string, bits: Known): void {
  known.set(key, (known.get(key) ?? 0) | bits);
}

/** The file names this unproven candidate as a person elsewhere. */
function proven(c: Candidate, known: ReadonlyMap<string, number>): boolean {
  if (c.tokens.length > 1) return ((known.get(c.text) ?? 0) & Known.FullName) !== 0;
  const token = c.tokens[0];
  if (token.flags & Lex.Company && !c.titled) return false;
  const bits = known.get(token.text) ?? 0;
  if (bits & (Known.Surname | Known.Single | Known.AloneAgain)) return true;
  // A first name alone after the full name ("Paula" after "Paula Brennan").
  return (bits & Known.FirstName) !== 0 && (token.flags & (Lex.Given | Lex.AmbiguousGiven)) === Lex.Given;
}

/** Marks unproven names listed beside a person; true when any changed. */
function spreadThroughLists(text: string, candidates: Candidate[]): boolean {
  let changed = false;
  // Two sweeps spread "listed beside a person" in both directions through a list.
  for (let sweep = 0; sweep < 2; sweep++) {
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i];
      if (c.verdict !== Verdict.Maybe) continue;
      const prev = candidates[i - 1];
      const next = candidates[i + 1];
      const single = c.tokens.length === 1;
      if (single && c.tokens[0].closesRun) continue; // "Acme's Leung Ka-wai": an owner, not a list item
      // "Yuki Mori in Tokyo and Daniel Cho": a lone city ends the previous item, it is not one of the names.
      if (single && c.tokens[0].flags & Lex.City) continue;
      if ((prev && prev.verdict === Verdict.Person && listed(text, prev.end, c.start, single)) || (next && next.verdict === Verdict.Person && listed(text, c.end, next.start, single))) {
        c.verdict = Verdict.Person;
        changed = true;
      }
    }
  }
  return changed;
}

/**
 * The gap between two names is a list separator: ", ", " and ", ", and ". A lone word needs a
 * conjunction: after a bare comma it is as often an apposition ("One refugee, Omar Haddad").
 */
function listed(text: string, from: number, to: number, single: boolean): boolean {
  if (to <= from || to - from > 10) return false;
  const c = text.charCodeAt(from);
  if (c !== 44 && c !== 32) return false;
  return isListGap(text, from, to, single);
}
