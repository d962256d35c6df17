import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { BundleIndex } from '../../core/bundle/bundleIndex';
import { isHandEdited, renderFactSheet } from '../../core/factsheet/render';
import { writeFileAtomic } from '../atomicWrite';
import { extractSources } from '../parallelExtract';
import { describeFsError, readIfExists, readTextSync, recentlyLoaded } from '../readSource';
import { InputError, parseArgs, UsageError } from '../usage';
import { listBundle, skippedNote } from '../walk';

/** Texts the fact sheet reads back (quotes, timeline sentences) kept at once. */
const TEXTS_KEPT = 64;

/** `news-lens fact-sheet <folder> [-o <file>] [--force] [--include-comments]` */
export async function runFactSheet(argv: readonly string[]): Promise<void> {
  const { flags, options, positionals } = parseArgs(argv, { flags: ['--force', '--include-comments'], options: ['-o', '--output'] });
  if (positionals.length !== 1) throw new UsageError('fact-sheet needs exactly one folder');
  const folder = resolve(positionals[0]);
  const output = resolve(options.get('-o') ?? options.get('--output') ?? resolve(folder, 'FACTSHEET.md'));
  const outputInBundle = relative(folder, output).split(sep).join('/');

  const listed = await listBundle(folder, { factSheetPath: outputInBundle.startsWith('../') ? undefined : outputInBundle });
  // Extracted on worker threads as `index` does; texts are read again only where the sheet quotes them.
  const index = new BundleIndex({ loadText: recentlyLoaded((file) => readTextSync(join(folder, file)), TEXTS_KEPT) });
  const skipped: { path: string; reason: string }[] = [];
  await extractSources(folder, listed.paths.map((path) => ({ path })), undefined, (source) => {
    if ('prepared' in source) index.setPrepared(source.prepared);
    else skipped.push(source);
  });
  for (const note of [...listed.notes, ...skipped.map(skippedNote)]) process.stderr.write(`news-lens: ${note}\n`);
  for (const source of skipped) index.setSkipped(source.path, source.reason);

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
  process.stdout.write(`Wrote ${output} (${listed.paths.length - skipped.length} sources)\n`);
}
