/**
 * Polls `check` until it returns a truthy value or `timeoutMs` passes; returns the last value.
 * The extension indexes in the background, so tests wait for what they assert instead of sleeping.
 */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await check();
  while (!value && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await check();
  }
  return value;
}
