import { basename, dirname, relative, resolve, sep } from 'node:path';
import { BundleIndex } from '../../core/bundle/bundleIndex';
import { factSheetPieces, isHandEdited } from '../../core/factsheet/render';
import { writeFileAtomic } from '../atomicWrite';
import { extractSources } from '../parallelExtract';
import { describeFsError, readIfExists, sourceTextReader } from '../readSource';
import { InputError, parseArgs, UsageError } from '../usage';
import { listBundle, skippedNote } from '../walk';

/** `news-lens fact-sheet <folder> [-o <file>] [--force] [--include-comments]` */
export async function runFactSheet(argv: readonly string[]): Promise<void> {
  const { flags, options, positionals } = parseArgs(argv, { flags: ['--force', '--include-comments'], options: ['-o', '--output'] });
  if (positionals.length !== 1) throw new UsageError('fact-sheet needs exactly one folder');
  const folder = resolve(positionals[0]);
  const output = resolve(options.get('-o') ?? options.get('--output') ?? resolve(folder, 'FACTSHEET.md'));
  const outputInBundle = relative(folder, output).split(sep).join('/');

  const listed = await listBundle(folder, { factSheetPath: outputInBundle.startsWith('../') ? undefined : outputInBundle });
  const { pieces, indexed } = await indexBundle(folder, listed, output, flags);
  try {
    await writeFileAtomic(output, pieces);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === undefined) throw err; // not the file system: a bug while rendering
    throw new InputError(`cannot write ${output}: ${describeFsError(err)}`);
  }
  process.stdout.write(`Wrote ${output} (${indexed} sources)\n`);
}

/**
 * Indexes the listed files, refuses to go on over a hand-edited sheet (unless --force), and
 * gives the sheet as pieces rendered one section at a time while they are written: a 6,000-file
 * sheet never exists as one string (nor as one buffer), and the index is garbage once the last
 * piece is out.
 */
async function indexBundle(
  folder: string,
  listed: { readonly paths: readonly string[]; readonly notes: readonly string[] },
  output: string,
  flags: ReadonlySet<string>,
): Promise<{ pieces: Iterable<string>; indexed: number }> {
  // Extracted on worker threads as `index` does; texts are read again only where the sheet quotes
  // them. Not cached: the sheet reads each file about once, and kept texts outlive the young
  // generation, so thousands of them would pile up in the old one.
  const index = new BundleIndex({ loadText: sourceTextReader(folder) });
  const skipped: { path: string; reason: string }[] = [];
  await extractSources(folder, listed.paths.map((path) => ({ path })), undefined, (source) => {
    if ('prepared' in source) index.setPrepared(source.prepared);
    else skipped.push(source);
  });
  for (const note of [...listed.notes, ...skipped.map(skippedNote)]) process.stderr.write(`news-lens: ${note}\n`);
  for (const source of skipped) index.setSkipped(source.path, source.reason);
  // Here rather than first: rendering soon collects the old sheet read for this (tens of MB for a
  // big bundle), while extraction makes too little garbage on this thread to start a full GC.
  if (!flags.has('--force')) await refuseHandEdited(output);

  const linkBase = relative(dirname(output), folder).split(sep).join('/');
  const pieces = factSheetPieces(index.snapshot(), { title: basename(folder), includeNonBody: flags.has('--include-comments'), linkBase: linkBase ? `${linkBase}/` : '' });
  return { pieces, indexed: listed.paths.length - skipped.length };
}

/** Fails when the sheet at `output` is not as News Lens wrote it (an unchanged one passes: its marker is valid). */
async function refuseHandEdited(output: string): Promise<void> {
  const existing = await readIfExists(output);
  if (existing !== undefined && isHandEdited(existing)) {
    throw new InputError(`${output} was edited by hand since News Lens wrote it; use --force to replace it or -o to write elsewhere`);
  }
}
