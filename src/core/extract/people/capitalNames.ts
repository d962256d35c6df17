import { FilePeople } from './capitals/filePeople';
import { NAME_WORDS } from './capitals/nameWords';
import { type CapitalName, StretchReader } from './capitals/stretchReader';
import { SurnameJoins } from './capitals/surnameJoins';
import type { Candidate } from './evidence';
import type { CapitalWords } from './tokens';

export type { CapitalName } from './capitals/stretchReader';

/**
 * The people among a file's all-capital words ("ISHIBA VOWS…", "By JANE DOE"). Capitals hide the
 * case that tells a name from a word, and a headline in capitals is mostly acronyms, places and
 * verbs, so a word counts only with evidence of its own:
 * - the file names it as a person in normal case: "ISHIBA" or "SHIGERU ISHIBA" beside "Shigeru
 *   Ishiba" (the name is then the file's spelling); a surname that is also a common word needs
 *   more ("HUNT FOR SURVIVORS" is no Jeremy Hunt, see StretchReader);
 * - a known given name next to a surname the file names ("SHIGERU ISHIBA" beside "Ishiba");
 * - a given name in normal case right beside it ("Shigeru ISHIBA", "ISHIBA Shigeru", see SurnameJoins);
 * - a byline ("By JANE DOE"), or a known given name and a surname standing alone in a line that is
 *   not all capitals ("Photo: JANE DOE/Reuters").
 * `capitals`: the words the scan recorded; `persons`: the people the file names in normal case;
 * `candidates`: all its name-shaped runs in normal case, in text order. Returns the names in text order.
 */
export function findCapitalNames(text: string, capitals: CapitalWords, persons: readonly Candidate[], candidates: readonly Candidate[]): CapitalName[] {
  const words = NAME_WORDS;
  words.read(text, capitals.spans, capitals.count);
  const found: CapitalName[] = [];
  let reader: StretchReader | undefined; // made for the first stretch that may hold a name
  for (let from = 0; from < words.count; ) {
    let to = from + 1;
    while (to < words.count && words.joinsNext[to - 1] === 1) to++;
    // A lone word of two letters ("US", "UK") is never enough: most files have only those.
    if (to - from > 1 || words.ends[from] - words.starts[from] > 2) {
      reader ??= new StretchReader(text, words, new FilePeople(text, persons, candidates), new SurnameJoins(text, words, candidates), found);
      reader.read(from, to);
    }
    from = to;
  }
  return found;
}
