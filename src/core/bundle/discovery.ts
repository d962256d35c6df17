/**
 * Which files of a bundle are sources. Pure helpers shared by the command line (Node fs walk)
 * and the extension (workspace.findFiles + file watchers), so both see the same bundle.
 */

/** The index file News Lens writes at the bundle root. */
export const INDEX_FILE = 'INDEX.yaml';
/** The default fact-sheet file at the bundle root. */
export const DEFAULT_FACT_SHEET_FILE = 'FACTSHEET.md';

/**
 * Folders never worth walking, as VS Code's own `files.exclude` defaults (plus `node_modules`,
 * which no news bundle holds sources in and which can be huge).
 */
export const DEFAULT_EXCLUDE: readonly string[] = ['**/.git', '**/.svn', '**/.hg', '**/CVS', '**/node_modules'];

export interface SourceRules {
  /** Bundle-relative path of the configured fact sheet, if not FACTSHEET.md (it may end in .txt). */
  readonly factSheetPath?: string;
}

/**
 * Whether a bundle-relative path (with `/`) names a source: a `.txt` file (any case) that is not
 * one of News Lens's own outputs. Says nothing about exclusion globs: see `createExcludeMatcher`.
 */
export function isSourcePath(path: string, rules: SourceRules = {}): boolean {
  if (!/\.txt$/i.test(path)) return false;
  const normalized = normalizeRelative(path);
  if (normalized === INDEX_FILE || normalized === DEFAULT_FACT_SHEET_FILE) return false;
  if (rules.factSheetPath !== undefined && normalized === normalizeRelative(rules.factSheetPath)) return false;
  return true;
}

/** `a\b`, `./a/b` and `a//b` all become `a/b`. */
export function normalizeRelative(path: string): string {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .filter((part) => part !== '' && part !== '.')
    .join('/');
}

/**
 * Patterns as `newsLens.exclude` (a list) or `files.exclude` (an object whose `true` values are
 * on; `{ when: … }` sibling conditions are not supported and count as off).
 */
export type ExcludePatterns = readonly string[] | Readonly<Record<string, unknown>>;

/**
 * A predicate telling whether a bundle-relative path is excluded. As in VS Code, a pattern that
 * matches a folder excludes everything below it, so "**\/.git" hides ".git/objects/x.txt".
 */
export function createExcludeMatcher(...patternSets: readonly ExcludePatterns[]): (path: string) => boolean {
  const regexes: RegExp[] = [];
  for (const set of patternSets) {
    const patterns = Array.isArray(set)
      ? (set as readonly string[])
      : Object.entries(set as Record<string, unknown>)
          .filter(([, on]) => on === true)
          .map(([pattern]) => pattern);
    for (const pattern of patterns) {
      const trimmed = normalizeGlob(pattern);
      if (trimmed !== '') regexes.push(globToRegExp(trimmed));
    }
  }
  if (regexes.length === 0) return () => false;
  return (path: string) => {
    const normalized = normalizeRelative(path);
    // The path itself, then each of its folders: "a/b/c.txt", "a/b", "a".
    let candidate = normalized;
    for (;;) {
      for (const regex of regexes) if (regex.test(candidate)) return true;
      const slash = candidate.lastIndexOf('/');
      if (slash < 0) return false;
      candidate = candidate.slice(0, slash);
    }
  };
}

function normalizeGlob(pattern: string): string {
  return pattern.trim().replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
}

/**
 * Compiles a glob to an anchored RegExp over a `/`-separated relative path.
 * `**` spans folders, `*` and `?` stay within one segment, `{a,b}` alternates (nestable),
 * `[abc]`/`[!abc]` are character classes. The result has no nested unbounded quantifier over
 * overlapping input (`**` becomes `(?:[^/]*\/)*`, whose iterations each end at a distinct `/`),
 * so matching stays linear in the path length for patterns with one `*` per segment.
 */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  let braceDepth = 0;
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        const atSegmentStart = i === 0 || glob[i - 1] === '/';
        let j = i;
        while (glob[j] === '*') j++;
        const atSegmentEnd = j === glob.length || glob[j] === '/';
        if (atSegmentStart && atSegmentEnd) {
          if (j === glob.length) {
            // Trailing "**" (or the whole pattern): anything, including nothing after "dir/".
            out = out.endsWith('/') ? out.slice(0, -1) + '(?:/.*)?' : out + '.*';
          } else {
            out += '(?:[^/]*/)*'; // "**/": zero or more whole folders
            j++; // the "/" is consumed by the group
          }
          i = j - 1;
          continue;
        }
        // "a**b" inside a segment behaves as a single star.
        out += '[^/]*';
        i = j - 1;
        continue;
      }
      out += '[^/]*';
    } else if (ch === '?') {
      out += '[^/]';
    } else if (ch === '{') {
      braceDepth++;
      out += '(?:';
    } else if (ch === '}' && braceDepth > 0) {
      braceDepth--;
      out += ')';
    } else if (ch === ',' && braceDepth > 0) {
      out += '|';
    } else if (ch === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
        continue;
      }
      let body = glob.slice(i + 1, close);
      const negated = body.startsWith('!') || body.startsWith('^');
      if (negated) body = body.slice(1);
      out += `[${negated ? '^/' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
      i = close;
    } else {
      out += escapeRegExp(ch);
    }
  }
  // An unclosed "{" is closed at the end rather than producing an invalid RegExp.
  while (braceDepth-- > 0) out += ')';
  return new RegExp(`^${out}$`);
}

function escapeRegExp(ch: string): string {
  return /[.*+?^${}()|[\]\\]/.test(ch) ? '\\' + ch : ch;
}

/** Bundle order: plain code-unit comparison, the same on every machine and locale. */
export function compareFiles(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
