import { version as VERSION } from '../../package.json';
import { runExtract } from './commands/extract';
import { runFactSheet } from './commands/factSheet';
import { runIndex } from './commands/index';
import { InputError, USAGE, UsageError } from './usage';

type Command = (args: readonly string[]) => Promise<void>;

/** Subcommands; `index` and `fact-sheet` register here as they land. */
const commands: Record<string, Command> = {
  extract: runExtract,
  'fact-sheet': runFactSheet,
  index: runIndex,
};

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    process.stdout.write(USAGE + '\n');
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = commands[name];
  if (!command) throw new UsageError(`unknown command "${name}"`);
  await command(rest);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError) {
      process.stderr.write(`news-lens: ${err.message}\n${USAGE}\n`);
      process.exitCode = 2;
    } else if (err instanceof InputError) {
      process.stderr.write(`news-lens: ${err.message}\n`);
      process.exitCode = 1;
    } else {
      const message = err instanceof Error ? err.message : String(err);
      process.stderr.write(`news-lens: ${message}\n`);
      process.exitCode = 1;
    }
  },
);
