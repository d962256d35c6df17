/** Spelled-out numbers as news writes them before "percent": "ten", "twenty-five", "twenty five". */

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};

const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** The value of one spelled number word or hyphenated compound ("twenty-five"), else undefined. */
export function numberWordValue(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (lower === 'hundred' || lower === 'one-hundred') return 100;
  const simple = UNITS[lower] ?? TENS[lower];
  if (simple !== undefined) return simple;
  const hyphen = lower.indexOf('-');
  if (hyphen < 0) return undefined;
  const tens = TENS[lower.slice(0, hyphen)];
  const unit = UNITS[lower.slice(hyphen + 1)];
  return tens !== undefined && unit !== undefined && unit > 0 && unit < 10 ? tens + unit : undefined;
}

/** True for "twenty".."ninety": the first word of a spaced compound ("twenty five"). */
export function isTensWord(word: string): boolean {
  return TENS[word.toLowerCase()] !== undefined;
}

/** True for "one".."nine": the second word of a spaced compound. */
export function isDigitWord(word: string): boolean {
  const v = UNITS[word.toLowerCase()];
  return v !== undefined && v > 0 && v < 10;
}

/** Every word `numberWordValue` reads, in lower case. */
export function spelledNumbers(): string[] {
  const units = Object.keys(UNITS);
  const tens = Object.keys(TENS);
  const compounds = tens.flatMap((t) => units.filter((u) => UNITS[u] > 0 && UNITS[u] < 10).map((u) => `${t}-${u}`));
  return ['hundred', 'one-hundred', ...units, ...tens, ...compounds];
}
