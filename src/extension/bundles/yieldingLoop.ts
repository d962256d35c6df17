/** How long one slice of the host's own work may hold its event loop before giving it a turn. */
const SLICE_MS = 8;

/**
 * Lets a long synchronous-heavy loop give the extension host's event loop a turn every few
 * milliseconds, so hovers, decorations and typing are served while a big bundle indexes.
 * Awaiting an already-resolved read is only a microtask: without this, a loop over prefetched
 * files would hold the event loop for its whole run.
 */
export function createYielder(budgetMs = SLICE_MS): () => Promise<void> {
  let sliceStart = Date.now();
  return async () => {
    if (Date.now() - sliceStart < budgetMs) return;
    await new Promise<void>((resolve) => nextTurn(resolve));
    sliceStart = Date.now();
  };
}

/**
 * Runs `steps` to its end in slices of about `budgetMs`, giving the event loop a turn between
 * slices; resolves with what it returns, or undefined when `stopped()` says so between slices.
 * Each slice runs inside `runSlice` (to time it, say).
 */
export async function runInSlices<T>(
  steps: Iterator<void, T>,
  runSlice = (slice: () => void) => slice(),
  budgetMs = SLICE_MS,
  stopped: () => boolean = () => false,
): Promise<T | undefined> {
  for (;;) {
    if (stopped()) return undefined;
    let step: IteratorResult<void, T> | undefined;
    runSlice(() => {
      const start = performance.now();
      do step = steps.next();
      while (!step.done && performance.now() - start < budgetMs);
    });
    if (step?.done) return step.value;
    await new Promise<void>((resolve) => nextTurn(resolve));
  }
}

/**
 * How to give the event loop one turn: `setImmediate` in Node. The browser extension host (a web
 * worker) has none, and a zero timeout there is clamped to ~4 ms once timeouts nest five deep,
 * which would idle ~4 ms after every 8 ms slice; a message on a fresh MessageChannel is not clamped.
 * Exported so tests can choose without `setImmediate`.
 */
export function chooseNextTurn(immediate: ((callback: () => void) => unknown) | undefined): (callback: () => void) => void {
  if (immediate) return (callback) => void immediate(callback);
  return (callback) => {
    const { port1, port2 } = new MessageChannel();
    port1.addEventListener('message', () => {
      // A closed pair holds neither the Node event loop nor the worker.
      port1.close();
      callback();
    });
    port1.start();
    port2.postMessage(undefined);
  };
}

const nextTurn = chooseNextTurn(typeof setImmediate === 'function' ? setImmediate : undefined);
