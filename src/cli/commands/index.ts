import { join, resolve } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { BundleSnapshot } from '../../core/bundle/api';
import { BundleIndex } from '../../core/bundle/bundleIndex';
import { INDEX_FILE } from '../../core/bundle/discovery';
import { forEachMentionSpan } from '../../core/bundle/entityMentions';
import { type IndexOverrides, NO_OVERRIDES } from '../../core/bundle/overrides';
import { parseIndex, readParsedIndex } from '../../core/indexYaml/read';
import { writeIndexYaml } from '../../core/indexYaml/write';
import { writeFileAtomic } from '../atomicWrite';
import { describeFsError, readIfExists, sourceTextReader } from '../readSource';
import { InputError, parseArgs, UsageError } from '../usage';
import { extractSources, prestartExtractionThreads, wantsExtractionThreads } from '../parallelExtract';
import { Phases } from '../phases';
import { listBundle, skippedNote } from '../walk';

/**
 * `news-lens index <folder> [--json]`: indexes every source of the folder and updates
 * `<folder>/INDEX.yaml` (keeping what people edited, atomically), or with `--json` writes nothing
 * and prints the index as DESIGN.md specifies. What INDEX.yaml decides (aliases, rejections,
 * corrected dates) applies to both.
 */
export async function runIndex(argv: readonly string[]): Promise<void> {
  const { flags, positionals } = parseArgs(argv, { flags: ['--json'] });
  if (positionals.length !== 1) throw new UsageError('index needs exactly one folder');
  const json = flags.has('--json');
  const folder = resolve(positionals[0]);
  const phases = new Phases();

  // Extraction threads start loading as soon as the bundle is known to be large enough for them.
  let threads: Worker[] = [];
  const listed = await listBundle(folder, {
    onSourceFound: (found) => {
      if (threads.length === 0 && wantsExtractionThreads(found)) threads = prestartExtractionThreads();
    },
  });
  for (const note of listed.notes) process.stderr.write(`news-lens: ${note}\n`);

  const indexPath = join(folder, INDEX_FILE);
  const shownPath = join(positionals[0], INDEX_FILE);
  const current = await readIfExists(indexPath);
  // Parsed once: read for what people decided now, edited in place to write the new one.
  const parsed = current === undefined ? undefined : parseIndex(current);
  let overrides: IndexOverrides = NO_OVERRIDES;
  if (parsed !== undefined) {
    const read = readParsedIndex(parsed);
    if (read.errors.length > 0) {
      const { line, col, message } = read.errors[0];
      const reason = `${shownPath}:${line}:${col}: ${message}`;
      if (!json) throw new InputError(`${reason} (not overwritten: fix it and run again)`);
      process.stderr.write(`news-lens: ${reason} (its edits are not applied)\n`);
    } else overrides = read.overrides;
  }

  // Sources are read and extracted on worker threads; their texts are not kept (nothing here
  // needs them: mention texts come with the records), and read again if a snapshot asks.
  const index = new BundleIndex({ loadText: sourceTextReader(folder) });
  index.setOverrides(overrides);
  phases.end('list and read INDEX.yaml');
  const jobs = listed.paths.map((path) => {
    const published = overrides.sources.get(path)?.published;
    return published ? { path, published } : { path };
  });
  const skipped: { path: string; reason: string }[] = [];
  await extractSources(
    folder,
    jobs,
    undefined,
    (source) => {
      if ('prepared' in source) index.setPrepared(source.prepared, source.adopted);
      else skipped.push(source);
    },
    { threads, share: (value) => index.shared(value) },
  );
  for (const source of skipped) {
    process.stderr.write(`news-lens: ${skippedNote(source)}\n`);
    index.setSkipped(source.path, source.reason);
  }
  phases.end('read, extract (threads) and add to the index');
  const snapshot = index.snapshot();
  phases.end('link and build entities');

  if (json) {
    await writeJson(snapshot);
    phases.end('print JSON');
    return;
  }
  const text = writeIndexYaml(current, snapshot, parsed);
  phases.end('build INDEX.yaml');
  if (text !== current) {
    try {
      await writeFileAtomic(indexPath, text);
    } catch (err) {
      throw new InputError(`cannot write ${shownPath}: ${describeFsError(err)}`);
    }
  }
  process.stdout.write(summary(snapshot, skipped.length, shownPath) + '\n');
  phases.end('write INDEX.yaml');
}

/**
 * Prints exactly the shape DESIGN.md promises for `index --json`, keys in its order. Streamed
 * entity by entity: a large bundle has about a million mentions, too many to build as one string.
 */
async function writeJson(snapshot: BundleSnapshot): Promise<void> {
  const sources = snapshot.sources
    .filter((s) => s.skipped === undefined)
    .map((s) => ({
      file: s.file,
      title: s.metadata.title ?? null,
      outlet: s.metadata.outlet ?? null,
      published: s.metadata.published ?? null,
      url: s.metadata.url ?? null,
    }));
  const out = new ChunkedOutput();
  await out.write(`{"sources":${JSON.stringify(sources)},"entities":[`);
  const quoted = new QuotedStrings();
  for (const [i, e] of snapshot.entities.entries()) {
    // What JSON.stringify({ id, kind, name, aliases, mentions }) prints, one mention at a time
    // without a million mention objects.
    const head = JSON.stringify({ id: e.id, kind: e.kind, name: e.name, aliases: e.aliases });
    const mentions: string[] = [];
    let lastFile = '';
    let opening = '';
    forEachMentionSpan(e, (file, start, end, line, text) => {
      // Mentions come file by file: quote each file name once per run of its mentions.
      if (file !== lastFile || opening === '') opening = `{"file":${quoted.of((lastFile = file))},"start":`;
      mentions.push(`${opening}${start},"end":${end},"line":${line},"text":${quoted.of(text)}}`);
    });
    await out.write(`${i > 0 ? ',' : ''}${head.slice(0, -1)},"mentions":[${mentions.join(',')}]}`);
  }
  await out.write(']}\n');
  await out.flush();
}

/** JSON string literals of file names and mention texts, which repeat thousands of times. */
class QuotedStrings {
  private readonly cache = new Map<string, string>();

  of(value: string): string {
    let quoted = this.cache.get(value);
    if (quoted === undefined) {
      if (this.cache.size >= 100_000) this.cache.clear();
      quoted = JSON.stringify(value);
      this.cache.set(value, quoted);
    }
    return quoted;
  }
}

/** Gathers small strings into ~1 MB writes to stdout, waiting whenever the reader lags behind. */
class ChunkedOutput {
  private parts: string[] = [];
  private size = 0;

  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= 1 << 20) await this.flush();
  }

  async flush(): Promise<void> {
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (chunk !== '' && !process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
}

/** "Indexed 5 sources: 12 people, 4 tariff rates, 30 dates → INDEX.yaml" */
function summary(snapshot: BundleSnapshot, skipped: number, path: string): string {
  const count = (kind: string) => snapshot.entities.filter((e) => e.kind === kind).length;
  const sources = snapshot.sources.length - skipped;
  const parts = [
    plural(count('person'), 'person', 'people'),
    plural(count('rate'), 'tariff rate', 'tariff rates'),
    plural(count('date'), 'date', 'dates'),
  ];
  const skippedNote = skipped > 0 ? ` (${skipped} skipped)` : '';
  return `Indexed ${plural(sources, 'source', 'sources')}${skippedNote}: ${parts.join(', ')} → ${path}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
