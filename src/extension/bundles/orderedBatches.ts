/** How big one batch for the extraction thread gets. */
export interface BatchLimits {
  /** Items per batch at most. */
  readonly items: number;
  /** A batch closes once its items reach this size (a single bigger item makes a batch of its own size). */
  readonly size: number;
}

/** Consecutive `items` grouped into batches within `limits`, in order; `sizeOf` measures an item. */
export async function* batchesOf<T>(items: AsyncIterable<T>, sizeOf: (item: T) => number, limits: BatchLimits): AsyncGenerator<T[]> {
  let batch: T[] = [];
  let size = 0;
  for await (const item of items) {
    batch.push(item);
    size += sizeOf(item);
    if (batch.length >= limits.items || size >= limits.size) {
      yield batch;
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Runs `work` on up to `ahead` batches at once and yields each batch with its result in batch
 * order, whichever finishes first: the thread extracts the next batches while the caller files
 * this one away. A caller that stops early leaves the started work to finish unread.
 */
export async function* aheadInOrder<T, R>(batches: AsyncIterator<T>, work: (batch: T) => Promise<R>, ahead: number): AsyncGenerator<{ batch: T; result: R }> {
  const started: { batch: T; result: Promise<R> }[] = [];
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && started.length < ahead) {
        const next = await batches.next();
        if (next.done) exhausted = true;
        else started.push({ batch: next.value, result: work(next.value) });
      }
      const head = started.shift();
      if (!head) return;
      yield { batch: head.batch, result: await head.result };
    }
  } finally {
    // Unread results of a caller that stopped must not surface as unhandled rejections.
    for (const left of started) left.result.catch(() => undefined);
    await batches.return?.(undefined);
  }
}
