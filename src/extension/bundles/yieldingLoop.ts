/**
 * Lets a long synchronous-heavy loop give the extension host's event loop a turn every few
 * milliseconds, so hovers, decorations and typing are served while a big bundle indexes.
 * Awaiting an already-resolved read is only a microtask: without this, a loop over prefetched
 * files would hold the event loop for its whole run.
 */
export function createYielder(budgetMs = 8): () => Promise<void> {
  let sliceStart = Date.now();
  return async () => {
    if (Date.now() - sliceStart < budgetMs) return;
    await new Promise<void>((resolve) => nextTurn(resolve));
    sliceStart = Date.now();
  };
}

/** `setImmediate` in Node; the browser extension host has none, so a zero timeout there. */
const nextTurn: (callback: () => void) => void =
  typeof setImmediate === 'function' ? (callback) => setImmediate(callback) : (callback) => setTimeout(callback, 0);
