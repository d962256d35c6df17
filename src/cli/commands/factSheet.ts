import { basename, dirname, relative, resolve, sep } from 'node:path';
import { BundleIndex } from '../../core/bundle/bundleIndex';
import { isHandEdited, renderFactSheet } from '../../core/factsheet/render';
import { writeFileAtomic } from '../atomicWrite';
import { describeFsError, readIfExists } from '../readSource';
import { InputError, parseArgs, UsageError } from '../usage';
import { walkBundle } from '../walk';

/** `news-lens fact-sheet <folder> [-o <file>] [--force] [--include-comments]` */
export async function runFactSheet(argv: readonly string[]): Promise<void> {
  const { flags, options, positionals } = parseArgs(argv, { flags: ['--force', '--include-comments'], options: ['-o', '--output'] });
  if (positionals.length !== 1) throw new UsageError('fact-sheet needs exactly one folder');
  const folder = resolve(positionals[0]);
  const output = resolve(options.get('-o') ?? options.get('--output') ?? resolve(folder, 'FACTSHEET.md'));
  const outputInBundle = relative(folder, output).split(sep).join('/');

  const walked = await walkBundle(folder, { factSheetPath: outputInBundle.startsWith('../') ? undefined : outputInBundle });
  for (const note of walked.notes) process.stderr.write(`news-lens: ${note}\n`);
  const index = new BundleIndex();
  for (const file of walked.files) index.setFile(file.path, file.text);
  for (const skipped of walked.skipped) index.setSkipped(skipped.path, skipped.reason);

  const linkBase = relative(dirname(output), folder).split(sep).join('/');
  const text = renderFactSheet(index.snapshot(), {
    title: basename(folder),
    includeNonBody: flags.has('--include-comments'),
    linkBase: linkBase ? `${linkBase}/` : '',
  });

  const existing = await readIfExists(output);
  if (existing !== undefined && existing !== text && isHandEdited(existing) && !flags.has('--force')) {
    throw new InputError(`${output} was edited by hand since News Lens wrote it; use --force to replace it or -o to write elsewhere`);
  }
  try {
    await writeFileAtomic(output, text);
  } catch (err) {
    throw new InputError(`cannot write ${output}: ${describeFsError(err)}`);
  }
  process.stdout.write(`Wrote ${output} (${walked.files.length} sources)\n`);
}
