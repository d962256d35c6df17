import { CJKV_SURNAMES, JAPANESE_SURNAMES } from './asianNames';
import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES } from './givenNames';
import {
  CALENDAR_WORDS,
  COMPANY_NAMES,
  CITY_WORDS,
  COMPANY_WORDS,
  FUNCTION_WORDS,
  HONORIFICS,
  NAME_LIKE_TITLES,
  NAME_SUFFIXES,
  NON_PERSON_ABBREVIATIONS,
  ORG_WORDS,
  OUTLETS,
  REGION_WORDS,
  STOP_WORDS,
  SURNAME_LIKE_ORG_WORDS,
  SURNAME_LIKE_PLACES,
  TITLE_HEADS,
} from './lexicon';
import { SpanTable } from './spanTable';

/** What the word lists say about a capitalised word, as bits: one map lookup per token. */
export const enum Lex {
  Honorific = 1 << 0,
  Suffix = 1 << 1,
  Title = 1 << 2,
  NameLikeTitle = 1 << 3,
  Function = 1 << 4,
  Calendar = 1 << 5,
  NonPersonAbbreviation = 1 << 6,
  Stop = 1 << 7,
  Org = 1 << 8,
  SurnameLikeOrg = 1 << 9,
  Region = 1 << 10,
  SurnameLikePlace = 1 << 11,
  City = 1 << 12,
  Outlet = 1 << 13,
  Company = 1 << 14,
  Given = 1 << 15,
  AmbiguousGiven = 1 << 16,
  Cjkv = 1 << 17,
  JapaneseSurname = 1 << 18,
  /** The first word of a two-word company name ("Morgan" of "Morgan Stanley"). */
  CompanyNameStart = 1 << 19,
  /** Never a person as a lone word, whatever the context: an organisation, place, outlet or common word. */
  NeverAlone = Stop | Region | Outlet | Org | Company,
}

const INDEX = buildIndex();
const SPANS = new SpanTable(INDEX);

function buildIndex(): Map<string, number> {
  const index = new Map<string, number>();
  const add = (words: ReadonlySet<string>, flag: Lex): void => {
    for (const word of words) index.set(word, (index.get(word) ?? 0) | flag);
  };
  add(HONORIFICS, Lex.Honorific);
  add(NAME_SUFFIXES, Lex.Suffix);
  add(TITLE_HEADS, Lex.Title);
  add(NAME_LIKE_TITLES, Lex.NameLikeTitle);
  add(FUNCTION_WORDS, Lex.Function);
  add(CALENDAR_WORDS, Lex.Calendar);
  add(NON_PERSON_ABBREVIATIONS, Lex.NonPersonAbbreviation);
  add(STOP_WORDS, Lex.Stop);
  add(ORG_WORDS, Lex.Org);
  add(SURNAME_LIKE_ORG_WORDS, Lex.SurnameLikeOrg);
  add(REGION_WORDS, Lex.Region);
  add(SURNAME_LIKE_PLACES, Lex.SurnameLikePlace);
  add(CITY_WORDS, Lex.City);
  add(OUTLETS, Lex.Outlet);
  add(COMPANY_WORDS, Lex.Company);
  add(GIVEN_NAMES, Lex.Given);
  add(AMBIGUOUS_GIVEN_NAMES, Lex.AmbiguousGiven);
  add(CJKV_SURNAMES, Lex.Cjkv);
  add(JAPANESE_SURNAMES, Lex.JapaneseSurname);
  add(new Set([...COMPANY_NAMES].map((name) => name.split('_')[0])), Lex.CompanyNameStart);
  return index;
}

/** The lexicon bits of `word` (0 when no list has it). */
export function lexOf(word: string): number {
  return lexOfSpan(word, 0, word.length);
}

/**
 * The lexicon bits of `text.slice(start, end)` without making that string: the scanner asks this
 * for every capitalised word, and most of them ("The", "In") are dropped right away.
 */
export function lexOfSpan(text: string, start: number, end: number): number {
  return SPANS.get(text, start, end);
}

/** `lexOfSpan` for a span whose `hashSpan` the caller already has. */
export function lexOfHashedSpan(text: string, start: number, end: number, hash: number): number {
  return SPANS.getHashed(text, start, end, hash);
}
