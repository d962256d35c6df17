/** Errors the command line reports in one line, with the exit status DESIGN.md promises. */
export class UsageError extends Error {
  readonly exitCode = 2;
}

export class InputError extends Error {
  readonly exitCode = 1;
}

export const USAGE = `Usage:
  news-lens extract [--json] <file>...
  news-lens index <folder> [--json]
  news-lens fact-sheet <folder> [-o <file>] [--force] [--include-comments]
  news-lens --help | --version`;

/** Splits argv into flags and positionals, rejecting flags a command does not know. */
export function parseArgs(
  argv: readonly string[],
  known: { readonly flags: readonly string[]; readonly options?: readonly string[] },
): { flags: Set<string>; options: Map<string, string>; positionals: string[] } {
  const flags = new Set<string>();
  const options = new Map<string, string>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('-') && arg !== '-') {
      if (known.flags.includes(arg)) flags.add(arg);
      else if (known.options?.includes(arg)) {
        const value = argv[++i];
        if (value === undefined) throw new UsageError(`${arg} needs a value`);
        options.set(arg, value);
      } else throw new UsageError(`unknown option ${arg}`);
    } else positionals.push(arg);
  }
  return { flags, options, positionals };
}
