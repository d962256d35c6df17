import { extractMany } from '../extract';
import { type Intern, type PreparedFile, prepareFile } from './fileRecord';

/** One text to extract: `published` is the date INDEX.yaml gives the file, if it gives one. */
export interface ExtractionJob {
  readonly file: string;
  readonly text: string;
  readonly published?: string;
}

/**
 * Characters per `extractMany` call at most: a batch of news articles is one call (each finder
 * over the whole batch, faster), while huge files go a few at a time, never all held at once.
 */
export const CHARS_PER_CALL = 1 << 20;

/**
 * Each job's text extracted and prepared as `BundleIndex.setPrepared` takes it, in job order;
 * adopted already when `intern` is the index's (see `prepareFile`). The records still share
 * strings with the texts: a structured clone (posting them from a worker, or `structuredClone`)
 * detaches them.
 */
export function prepareBatch(jobs: readonly ExtractionJob[], intern?: Intern): PreparedFile[] {
  const prepared: PreparedFile[] = [];
  for (let start = 0; start < jobs.length; ) {
    let end = start;
    let chars = 0;
    while (end < jobs.length && (end === start || chars + jobs[end].text.length <= CHARS_PER_CALL)) chars += jobs[end++].text.length;
    const group = jobs.slice(start, end);
    const extractions = extractMany(
      group.map((job) => job.text),
      group.map((job) => (job.published ? { published: job.published } : {})),
    );
    group.forEach((job, i) => prepared.push(prepareFile(job.file, job.text, extractions[i], intern)));
    start = end;
  }
  return prepared;
}
