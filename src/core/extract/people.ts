import type { PersonDetail, RawMention } from '../model';
import type { FinderContext } from './context';
import { canonicalNames } from './people/canonical';
import { type CapitalName, findCapitalNames } from './people/capitalNames';
import { type Candidate, Verdict, judge } from './people/evidence';
import { Lex } from './people/lexiconIndex';
import { isListGap } from './people/listGap';
import { findRole } from './people/roles';
import { type Segment, segmentRun } from './people/segments';
import { SpanIds } from './people/spanIds';
import { hashSpan } from './people/spanTable';
import { CapitalWords, type Token, findRuns } from './people/tokens';

/**
 * People: name spans only (no honorific, title or possessive, as in CoNLL), each valued with its
 * canonical full name within this text, given name first. Rules, not a model: capitalised runs
 * are cut at titles and function words, judged from given-name lists, titles, role nouns, speech
 * verbs and name shapes, and then names the file proves once are found everywhere in it.
 */
export function findPeople(text: string, _context: FinderContext): RawMention[] {
  const candidates = findCandidates(text, CAPITAL_WORDS);
  // Each name gets an id once, from the scanner's hash: the file-wide maps below are arrays indexed by it.
  SPAN_IDS.reset(text);
  try {
    return personMentions(text, candidates, SPAN_IDS, CAPITAL_WORDS);
  } finally {
    SPAN_IDS.reset(''); // the shared table keeps no text alive
  }
}

/** The candidates the whole file confirms as persons, and the people among its `capitals`, as mentions. */
function personMentions(text: string, candidates: Candidate[], ids: SpanIds, capitalWords: CapitalWords): RawMention[] {
  confirmFromFile(text, candidates, ids);
  const persons = candidates.filter((c) => c.verdict === Verdict.Person);
  // Words in capitals were passed over by the scan: the file's people and a few strict rules decide them.
  if (capitalWords.count > 0) {
    const capitals = findCapitalNames(text, capitalWords, persons, candidates);
    if (capitals.length > 0) return withCapitalNames(text, persons, capitals);
  }
  if (persons.length === 0) return []; // nothing to name (and an empty list has another array map: a de-optimisation)
  const values = canonicalValues(text, persons, ids);
  return persons.map((c, i) => personMention(text, c, nameText(text, c), values[i]));
}

function personMention(text: string, c: Candidate, name: string, value: string): RawMention {
  const role = findRole(text, c);
  return role ? { kind: 'person', start: c.start, end: c.end, text: name, value, person: { role } } : { kind: 'person', start: c.start, end: c.end, text: name, value };
}

/**
 * `personMentions` for a file that also names people in capitals: those are valued like the rest
 * from their normal-case form ("ISHIBA" as "Ishiba", so "Shigeru Ishiba"), and keep their text as written.
 */
function withCapitalNames(text: string, persons: readonly Candidate[], capitals: readonly CapitalName[]): RawMention[] {
  const names = persons.map((c) => nameText(text, c));
  for (const c of capitals) names.push(c.name);
  const values = valuesOfNames(names);
  const mentions: RawMention[] = [];
  let p = 0;
  // Both lists are in text order: merged. A capital name that holds a person takes its place and
  // role ("Prime Minister Shigeru ISHIBA"); one that overlaps a person otherwise is left out.
  for (let k = 0; k < capitals.length; k++) {
    const capital = capitals[k];
    for (; p < persons.length && persons[p].start < capital.end; p++) mentions.push(personMention(text, persons[p], names[p], values[p]));
    let person: PersonDetail | undefined;
    while (mentions.length > 0 && holds(capital, mentions[mentions.length - 1])) person = mentions.pop()?.person ?? person;
    if (mentions.length > 0 && mentions[mentions.length - 1].end > capital.start) continue;
    const value = values[persons.length + k];
    const written = text.slice(capital.start, capital.end);
    mentions.push(person ? { kind: 'person', start: capital.start, end: capital.end, text: written, value, person } : { kind: 'person', start: capital.start, end: capital.end, text: written, value });
  }
  for (; p < persons.length; p++) mentions.push(personMention(text, persons[p], names[p], values[p]));
  return mentions;
}

/** The capital name's span holds the mention's. */
function holds(capital: CapitalName, mention: RawMention): boolean {
  return mention.start >= capital.start && mention.end <= capital.end;
}

/** The canonical value of each name of `names` (repeats allowed), worked out once per distinct name. */
function valuesOfNames(names: readonly string[]): string[] {
  const slots = new Map<string, number>();
  const distinct: string[] = [];
  const mentions: number[] = [];
  const slotOfName = names.map((name) => {
    let slot = slots.get(name);
    if (slot === undefined) {
      slot = distinct.length;
      slots.set(name, slot);
      distinct.push(name);
      mentions.push(0);
    }
    mentions[slot]++;
    return slot;
  });
  const distinctValues = canonicalNames(distinct, mentions);
  return slotOfName.map((slot) => distinctValues[slot]);
}

/** The candidate's text, made only for persons: most candidates are never needed as a string. */
function nameText(text: string, c: Candidate): string {
  return c.tokens.length === 1 ? c.tokens[0].text : text.slice(c.start, c.end);
}

const SPAN_IDS = new SpanIds();
/** The all-capital words of the text being read, recorded by `findRuns`: one buffer for every text. */
const CAPITAL_WORDS = new CapitalWords();
/** Per-id scratch for `confirmFromFile` and `canonicalValues`, grown as needed: typed arrays are slow to allocate per text. */
let known: Int32Array = new Int32Array(1024);
let slotOf: Int32Array = new Int32Array(1024);

/** `buffer` with at least `size` entries, the first `size` of them 0 (one grown for a huge text is let go). */
function zeroed(buffer: Int32Array, size: number): Int32Array {
  if (buffer.length < size || buffer.length > Math.max(size, MAX_KEPT_SCRATCH)) return new Int32Array(Math.max(size, 1024));
  buffer.fill(0, 0, size);
  return buffer;
}

const MAX_KEPT_SCRATCH = 1 << 16;

/** The canonical value of each person mention, worked out once per distinct name. */
function canonicalValues(text: string, persons: readonly Candidate[], ids: SpanIds): string[] {
  const personIds = persons.map((c) => nameId(text, ids, c));
  slotOf = zeroed(slotOf, ids.count); // a name's index in `names` plus one; 0 before its first mention
  const names: string[] = [];
  const mentions: number[] = [];
  for (let i = 0; i < persons.length; i++) {
    const slot = slotOf[personIds[i]];
    if (slot > 0) {
      mentions[slot - 1]++;
      continue;
    }
    names.push(nameText(text, persons[i]));
    mentions.push(1);
    slotOf[personIds[i]] = names.length;
  }
  const distinctValues = canonicalNames(names, mentions);
  return personIds.map((id) => distinctValues[slotOf[id] - 1]);
}

/** The candidate's id: its one word's, or its full text's (a full name holds white space between its words, a word never). */
function nameId(text: string, ids: SpanIds, c: Candidate): number {
  if (c.id < 0) c.id = c.tokens.length === 1 ? wordId(ids, c.tokens[0]) : ids.idOf(c.start, c.end, hashSpan(text, c.start, c.end));
  return c.id;
}

function wordId(ids: SpanIds, token: Token): number {
  return ids.idOf(token.start, token.end, token.hash);
}

/** Every name-shaped segment that is not ruled out, in text order; the text's all-capital words go to `capitals`. */
function findCandidates(text: string, capitals: CapitalWords): Candidate[] {
  const candidates: Candidate[] = [];
  const segments: Segment[] = [];
  findRuns(text, (run) => {
    const count = segmentRun(run, segments); // one array for all runs: no reset, no garbage
    for (let i = 0; i < count; i++) {
      const candidate = judge(text, run.tokens, segments[i]);
      // Ruled-out words are dropped: list spreading only looks at neighbours a short gap away.
      if (candidate && candidate.verdict !== Verdict.No) candidates.push(candidate);
    }
  }, capitals);
  return candidates;
}

/**
 * What one sentence proves holds for the whole file: a name seen as a person once is a person
 * everywhere ("Brennan" after "Paula Brennan"), and so is an unproven name listed beside a person
 * ("photographers A B, C D and E F").
 */
function confirmFromFile(text: string, candidates: Candidate[], ids: SpanIds): void {
  // What the file knows of each word or full name, as Known bits by id: one array for all of it.
  // A candidate asks for at most three ids (its full name, first and last word).
  known = zeroed(known, 3 * candidates.length);
  for (const c of candidates) {
    if (c.verdict !== Verdict.Person) continue;
    const tokens = c.tokens;
    if (tokens.length === 1) {
      known[nameId(text, ids, c)] |= Known.Single;
      continue;
    }
    known[nameId(text, ids, c)] |= Known.FullName;
    known[wordId(ids, tokens[0])] |= Known.FirstName;
    known[wordId(ids, tokens[tokens.length - 1])] |= Known.Surname;
    // Written family name first ("Takahashi Kenji", "Kim Jong-un"): the first word is the surname.
    if (tokens[0].flags & (Lex.Cjkv | Lex.JapaneseSurname)) known[wordId(ids, tokens[0])] |= Known.Surname;
  }
  // A lone given name used more than once is someone the article calls by first name ("Marta").
  for (const c of candidates) {
    if (!c.givenAlone) continue;
    const id = nameId(text, ids, c);
    known[id] |= known[id] & Known.AloneOnce ? Known.AloneAgain : Known.AloneOnce;
  }
  for (const c of candidates) {
    if (c.verdict === Verdict.Maybe && proven(text, ids, c)) c.verdict = Verdict.Person;
  }
  if (spreadThroughLists(text, candidates)) {
    // A name proven only by a list ("Okafor and Brennan") is a person elsewhere too ("Okafor's").
    for (const c of candidates) if (c.verdict === Verdict.Person && c.tokens.length === 1) known[nameId(text, ids, c)] |= Known.Single;
    for (const c of candidates) {
      if (c.verdict === Verdict.Maybe && proven(text, ids, c)) c.verdict = Verdict.Person;
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

/** The file names this unproven candidate as a person elsewhere. */
function proven(text: string, ids: SpanIds, c: Candidate): boolean {
  if (c.tokens.length > 1) return (known[nameId(text, ids, c)] & Known.FullName) !== 0;
  const token = c.tokens[0];
  if (token.flags & Lex.Company && !c.titled) return false;
  const bits = known[nameId(text, ids, c)];
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
      // Bounds checked: a read at -1 or past the end makes every read of this loop a slow generic one.
      const prev = i > 0 ? candidates[i - 1] : undefined;
      const next = i + 1 < candidates.length ? candidates[i + 1] : undefined;
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
