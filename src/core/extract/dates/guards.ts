/**
 * Context checks for the ambiguous date words: a bare "2025" may be a count or a price, "May"
 * a modal verb, "Today" the name of a newspaper. Each looks only a few characters around the match.
 */
import { isAsciiDigit, isAsciiLetter } from '../textUtil';

/** The word right before `start` (letters, digits, ".", "$"…), skipping spaces. */
export function wordBefore(text: string, start: number): string {
  const limit = Math.max(0, start - 40);
  let end = start;
  while (end > limit && (text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === '\u00a0')) end--;
  let begin = end;
  while (begin > limit && !isSpace(text.charCodeAt(begin - 1))) begin--;
  return text.slice(begin, end);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;
}

/** Prepositions that put a month or season name in a date slot ("in May", "since March"). */
const DATE_PREPOSITIONS = new Set([
  'in', 'since', 'until', 'till', 'by', 'during', 'from', 'through', 'before', 'after', 'of', 'between',
  'throughout', 'around', 'early', 'late', 'mid', 'last', 'next', 'this', 'In', 'Since', 'Until', 'By',
  'During', 'From', 'Before', 'After', 'Between', 'Throughout', 'Around', 'on', 'On', 'over',
]);

export function afterDatePreposition(text: string, start: number): boolean {
  return DATE_PREPOSITIONS.has(wordBefore(text, start).replace(/[,(]$/, ''));
}

/** Words after a number that make it a count, not a year ("2000 people"). */
const COUNT_NOUNS = new RegExp(
  String.raw`\s*(?:%|percent|per\s*cent|pct|people|persons|cars|vehicles|jobs|workers|units|troops|points|votes|tonnes|tons|barrels|feet|foot|metres|meters|miles|km|kilometres|kilometers|employees|members|residents|households|students|cases|deaths|homes|shares|times|pounds|dollars|yen|euros|yuan|won|items|pages|words|dealers|dealerships|stores|plants|aircraft|planes|jets|passengers|companies|firms|products|hours|minutes|seconds|days|calories|years?\b|kg|lbs|m\b|ft\b|cc\b|mg\b)`,
  'y',
);

/** Words before a number that make it an identifier, an amount or a model ("Section 2025", "$2025"). */
const ID_WORDS = new Set([
  'No', 'No.', 'no.', 'Number', 'number', 'Section', 'section', 'Article', 'article', 'Rule', 'rule', 'Form', 'form',
  'Flight', 'flight', 'Route', 'route', 'Highway', 'Room', 'room', 'Page', 'page', 'p.', 'pp.', 'Vol.', 'Chapter',
  'chapter', 'Resolution', 'resolution', 'Bill', 'bill', 'Model', 'model', 'Version', 'version', 'Boeing', 'Airbus',
  'Code', 'code', 'Box', 'box', 'Suite', 'Unit', 'Gate', 'Bus', 'bus', 'Platform', 'Exit', 'exit', 'Street',
  'Avenue',
]);

/** Characters before a number that put it inside a URL, file name, code or amount: / _ = ? & # @ $ € £ ¥ © +. */
const GLUED_BEFORE = new Set([47, 95, 61, 63, 38, 35, 64, 36, 0x20ac, 0xa3, 0xa5, 0xa9, 43]);

/**
 * True when a four-digit number at [start, end) reads as a calendar year. The neighbours are
 * read as character codes (NaN past either end of the text): no one-character strings or regexes.
 */
export function isYearContext(text: string, start: number, end: number): boolean {
  const prev = text.charCodeAt(start - 1);
  const prev2 = text.charCodeAt(start - 2);
  // Inside a URL, file name, code or a longer number: "cars-2024/", "1.2025", "v2025".
  if (GLUED_BEFORE.has(prev)) return false;
  if ((prev === 45 || prev === 46 || prev === 44 || prev === 58) && (isAsciiLetter(prev2) || isAsciiDigit(prev2) || prev2 === 95)) {
    return prev === 45 && isAsciiDigit(prev2);
  }
  return yearEndsCleanly(text, end) && !isIdentifierBefore(text, start);
}

/** The year's right-hand side: not glued to letters, a URL, a decimal or a counted noun. */
export function yearEndsCleanly(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  const next2 = text.charCodeAt(end + 1);
  if (next === 47 || next === 95 || next === 61 || next === 64 || isAsciiLetter(next)) return false;
  if ((next === 46 || next === 44) && isAsciiDigit(next2)) return false;
  if (next === 45 && isAsciiLetter(next2)) return false;
  COUNT_NOUNS.lastIndex = end;
  return !COUNT_NOUNS.test(text);
}

function isIdentifierBefore(text: string, start: number): boolean {
  const before = wordBefore(text, start);
  return ID_WORDS.has(before) || /(?:US|A|C|HK|S)\$$|©$|\(c\)$/i.test(before);
}

/** Newspaper and programme names that contain a date word ("USA Today", "Sunday Times"). */
const TITLE_AFTER_WEEKDAY = /^\s(?:Times|Telegraph|Express|Post|Mail|Herald|Mirror|Star|Independent|Tribune|Review|Edition|Magazine|Night\s+Football|Bloody|School|Service|Club|Show|Briefing)\b/;

export function isNameAfterWeekday(text: string, end: number): boolean {
  return TITLE_AFTER_WEEKDAY.test(text.slice(end, end + 24));
}

/** "Japan Today", "USA Today": a capitalised word right before "Today" makes a title. */
export function isTitleToday(text: string, start: number): boolean {
  const before = wordBefore(text, start);
  return text[start] === 'T' && /^[A-Z][A-Za-z.]*$/.test(before) && start > 0 && text[start - 1] === ' ';
}

/** A month name followed by a capitalised word reads as a name ("June Carter"), unless a year or day follows. */
export function isNameAfterMonth(text: string, end: number): boolean {
  return /^ [A-Z][a-z]/.test(text.slice(end, end + 3));
}
