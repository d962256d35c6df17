import { CJKV_SURNAMES, JAPANESE_SURNAMES } from './asianNames';
import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES } from './givenNames';
import {
  CALENDAR_WORDS,
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
}

const INDEX = buildIndex();
const BY_HASH = buildHashIndex();

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
  return index;
}

/** The lexicon bits of `word` (0 when no list has it). */
export function lexOf(word: string): number {
  return INDEX.get(word) ?? 0;
}

/**
 * The lexicon bits of `text.slice(start, end)` without making that string: the scanner asks this
 * for every capitalised word, and most of them ("The", "In") are dropped right away.
 */
export function lexOfSpan(text: string, start: number, end: number): number {
  const entry = BY_HASH.get(hashSpan(text, start, end));
  for (let e = entry; e !== undefined; e = e.next) {
    if (e.word.length === end - start && sameChars(e.word, text, start)) return e.flags;
  }
  return 0;
}

function sameChars(word: string, text: string, start: number): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

interface HashEntry {
  readonly word: string;
  readonly flags: number;
  readonly next: HashEntry | undefined;
}

// Kept within 30 bits so the keys stay small integers, which maps look up fastest.
function hashSpan(text: string, start: number, end: number): number {
  let h = end - start;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) & 0x3fffffff;
  return h;
}

function buildHashIndex(): Map<number, HashEntry> {
  const byHash = new Map<number, HashEntry>();
  for (const [word, flags] of INDEX) {
    const h = hashSpan(word, 0, word.length);
    byHash.set(h, { word, flags, next: byHash.get(h) });
  }
  return byHash;
}
