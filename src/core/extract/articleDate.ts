/** The article's own publication date, from its dateline, "Published …" line or timestamp. */
export function findArticleDate(_text: string): { value: string; start: number; end: number } | undefined {
  return undefined; // STUB: replaced by the date finder
}
