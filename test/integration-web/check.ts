/**
 * Assertions for the web suite: the web worker extension host has no `node:assert`, and a
 * bundled polyfill would not earn its place for a handful of checks.
 */
export function ok(value: unknown, message: string): asserts value {
  if (!value) throw new Error(`assertion failed: ${message}`);
}

export function equal<T>(actual: T, expected: T, message: string): void {
  if (actual !== expected) throw new Error(`assertion failed: ${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}
