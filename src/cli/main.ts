// First: it tunes the compiler before any code of the commands runs.
import './compilerTuning';
import { version as VERSION } from '../../package.json';
import { runExtract } from './commands/extract';
import { runFactSheet } from './commands/factSheet';
import { runIndex } from './commands/index';
import { USAGE, UsageError } from './usage';

type Command = (args: readonly string[]) => Promise<void>;

const COMMANDS_HINT = '(commands: extract, index, fact-sheet; see news-lens --help)';

/** Subcommands; `index` and `fact-sheet` register here as they land. */
const commands: Record<string, Command> = {
  extract: runExtract,
  'fact-sheet': runFactSheet,
  index: runIndex,
};

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) throw new UsageError(`missing command ${COMMANDS_HINT}`);
  if (name === '--help' || name === '-h') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (name === '--version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = commands[name];
  if (!command) throw new UsageError(`unknown command "${name}" ${COMMANDS_HINT}`);
  try {
    await command(rest);
  } catch (err) {
    if (err instanceof UsageError) throw new UsageError(`${err.message} (usage: ${synopsis(name)})`);
    throw err;
  }
  return 0;
}

/** The usage line of one command, so a usage error stays one line and still says what fits. */
function synopsis(name: string): string {
  return USAGE.split('\n').map((line) => line.trim()).find((line) => line.startsWith(`news-lens ${name} `)) ?? `news-lens ${name}`;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // One line on stderr whatever went wrong (usage errors say what fits), never a stack trace.
    process.stderr.write(`news-lens: ${oneLine(err instanceof Error ? err.message : String(err))}\n`);
    process.exitCode = err instanceof UsageError ? 2 : 1;
  },
);

/** Messages may quote paths or YAML with line breaks; the reason must stay on one line. */
function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
