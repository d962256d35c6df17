/** Builds a lookup set from a whitespace-separated word list: compact to write, O(1) to query. */
export function wordSet(...lists: string[]): ReadonlySet<string> {
  const set = new Set<string>();
  for (const list of lists) {
    for (const word of list.split(/\s+/)) if (word) set.add(word);
  }
  return set;
}
