import { DISTINCT_VIETNAMESE_SURNAMES, VIETNAMESE_SURNAMES } from './asianNames';
import { Lex, lexOf } from './lexiconIndex';

/**
 * The words of a Chinese, Korean or Vietnamese name in the conventional order of English-language
 * news, family name first: `words` itself when so written ("Kim Jong-un", "Pham Minh Chinh"),
 * reordered when a source writes the given name first ("Jae-in Moon", "Jinping Xi", "Suk Yeol
 * Yoon", "Minh Chinh Pham") or moves the Vietnamese given name to the front ("Chinh Pham Minh").
 * Undefined when the name is not recognisably one: Western names that hold such a word ("Sandra
 * Oh", "Andrew Wang", "Kim Kardashian", "Lee Anderson") stay as they are. Where the shape is not
 * clear ("Ang Lee", "Zemin Jiang") the written order is kept; the bundle may still link it.
 * `firstFlags`: the lexicon bits of the first word, when the caller has them.
 */
export function cjkvOrder(words: readonly string[], firstFlags = lexOf(words[0])): readonly string[] | undefined {
  const n = words.length;
  if (n < 2 || n > 4) return undefined;
  if (firstFlags & Lex.Cjkv) return isFamilyFirst(words, firstFlags) ? words : undefined;
  if (n > 3 || firstFlags & Lex.Given) return undefined;
  const last = words[n - 1];
  if (lexOf(last) & Lex.Cjkv) {
    const givenFirst = n === 2 ? isGivenNameWritten(words[0]) : isGivenSyllable(words[0]) && isGivenSyllable(words[1]);
    if (givenFirst) return n === 2 ? [last, words[0]] : [last, words[0], words[1]];
  }
  // "Chinh Pham Minh": the given name first, then the family and middle names.
  if (n === 3 && DISTINCT_VIETNAMESE_SURNAMES.has(words[1]) && isGivenSyllable(words[0]) && isGivenSyllable(words[2]) && !(lexOf(words[2]) & Lex.Cjkv)) {
    return [words[1], words[2], words[0]];
  }
  return undefined;
}

/**
 * Whether a name in conventional order (as `cjkvOrder` returns it) is Vietnamese: then its last
 * word, the given name, is what second references use ("Mr Chinh").
 */
export function isVietnameseOrder(words: readonly string[]): boolean {
  return words.length >= 2 && VIETNAMESE_SURNAMES.has(words[0]);
}

/**
 * "Xi Jinping", "Park Geun-hye", "Nguyen Thi Kim Ngan": after the family name, one to three words
 * made of romanised syllables, none a Western given name. "Kim" and "Lee" are also Western given
 * names ("Kim Kardashian", "Kim Mason", "Lee Nolan"): a single word after them must be a hyphenated
 * given name or distinctly Pinyin.
 */
function isFamilyFirst(words: readonly string[], firstFlags: number): boolean {
  const n = words.length;
  if (n === 2 && firstFlags & Lex.Given) return isGivenNameWritten(words[1]);
  for (let i = 1; i < n; i++) {
    const word = words[i];
    const flags = lexOf(word);
    // A middle "Kim" or "Lee" is Vietnamese or Korean ("Nguyen Thi Kim Ngan"); other given names are Western.
    if (flags & Lex.Given && !(i < n - 1 && flags & Lex.Cjkv)) return false;
    if (!isSyllableCompound(word) && !isSyllables(word)) return false;
  }
  return true;
}

/** "Jae-in", "Jinping", "Keqiang": a word that reads as a given name written before the family name. */
function isGivenNameWritten(word: string): boolean {
  return isSyllableCompound(word) || isDistinctlyPinyin(word);
}

/** One syllable of a given name ("Suk", "Yeol", "Minh", "Chinh"), not a Western given name. */
function isGivenSyllable(word: string): boolean {
  return word.length <= 6 && ONE_SYLLABLE_RE.test(word.toLowerCase()) && !(lexOf(word) & Lex.Given);
}

/**
 * "Jae-in", "Ka-wai", "Ing-wen": two romanised syllables joined by a hyphen, neither a Western
 * given name ("Mary-Kate"). A doubled syllable ("Yo-Yo") is a nickname's shape: not taken as one.
 */
function isSyllableCompound(word: string): boolean {
  const hyphen = word.indexOf('-');
  if (hyphen < 0 || word.length > 12 || !COMPOUND_RE.test(word)) return false;
  const head = word.slice(0, hyphen);
  const tail = word.slice(hyphen + 1);
  const headLower = head.toLowerCase();
  const tailLower = tail.toLowerCase();
  if (headLower === tailLower || !COMPOUND_HALF_RE.test(headLower) || !COMPOUND_HALF_RE.test(tailLower)) return false;
  return !((lexOf(head) | lexOf(tail) | lexOf(word)) & Lex.Given);
}

/** One to three romanised syllables (Pinyin, Wade–Giles, Korean, Cantonese or Vietnamese spelling). */
function isSyllables(word: string): boolean {
  return word.length <= 10 && SYLLABLES_RE.test(word.toLowerCase());
}

/**
 * Pinyin that no Western given name shares: with x, q or zh ("Xiaoping", "Keqiang"), or two or
 * three syllables ending in -ng ("Jinping", "Huning") but not "Manning" or "Channing". "Selina",
 * "Lena" and "Ang" are Pinyin too, which is why plain Pinyin is not enough to reorder a name.
 */
function isDistinctlyPinyin(word: string): boolean {
  if (word.length > 12 || lexOf(word) & Lex.Given) return false;
  const lower = word.toLowerCase();
  if (!PINYIN_RE.test(lower)) return false;
  return /[xq]|zh/.test(lower) || (lower.endsWith('ng') && !lower.includes('nn') && PINYIN_TWO_OR_MORE_RE.test(lower));
}

// Patterns are anchored, alternation-bounded and applied to short words only: no runaway backtracking.
const INITIAL = '(?:[bcdfghjklmnpqrstvxz]|ch|sh|zh|th|ph|kh|ng|nh|gh|tr|hs|ts|tz|ss|kk|tt|pp|jj|wh)?[wy]?';
const SYLLABLE = `${INITIAL}[aeiouy]{1,3}(?:ng|nh|ch|[nmkptlcw])?`;
const SYLLABLES_RE = new RegExp(`^(?:${SYLLABLE}){1,3}$`);
const ONE_SYLLABLE_RE = new RegExp(`^${SYLLABLE}$`);
// Cantonese spellings end in -r ("Kar-wai"), which only the hyphenated form is allowed to.
const COMPOUND_HALF_RE = new RegExp(`^(?:${INITIAL}[aeiouy]{1,3}(?:ng|nh|ch|[nmkptlcwr])?){1,2}$`);
const COMPOUND_RE = /^\p{Lu}\p{Ll}+-\p{L}\p{Ll}+$/u;
const PINYIN_SYLLABLE =
  '(?:[jqx](?:iang|iong|iao|ian|ing|ia|ie|iu|in|i|uan|ue|un|u)|(?:zh|ch|sh|[bpmfdtnlgkhrzcsyw])?(?:iang|iong|uang|iao|ian|ing|uai|uan|ang|eng|ong|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|a|o|e|i|u))';
const PINYIN_RE = new RegExp(`^${PINYIN_SYLLABLE}{1,3}$`);
const PINYIN_TWO_OR_MORE_RE = new RegExp(`^${PINYIN_SYLLABLE}{2,3}$`);
