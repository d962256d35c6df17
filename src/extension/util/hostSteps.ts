/** One step of the extension host's own work and how long it held the host's thread. */
export interface HostStep {
  /** What ran: "file batch", "snapshot slice", "repaint", ... */
  readonly name: string;
  /** When it started (`performance.now()`, the host's clock). */
  readonly start: number;
  readonly ms: number;
  /**
   * The host thread's CPU time in it, where Node tells (`process.threadCpuUsage`, Node 23.9+):
   * unlike `ms`, not inflated when other processes hold the machine's cores.
   */
  readonly cpuMs?: number;
}

/** This thread's CPU time in microseconds, or undefined where the host cannot tell (the browser, older Node). */
const threadCpuMicros: () => number | undefined = (() => {
  const usage = (globalThis as { process?: { threadCpuUsage?: () => { user: number; system: number } } }).process?.threadCpuUsage;
  if (typeof usage !== 'function') return () => undefined;
  return () => {
    const { user, system } = usage();
    return user + system;
  };
})();

type StepListener = (step: HostStep) => void;

/**
 * Times the extension host's own steps (filing a batch away, a slice of a snapshot refresh, a
 * repaint, a tree redraw, a hover), so the editor bench can tell which of them stalls the
 * host instead of guessing. Costs two clock reads per step while nobody listens.
 */
export class HostSteps {
  private readonly listeners = new Set<StepListener>();

  /** Runs `work` as one step named `name`. */
  time<T>(name: string, work: () => T): T {
    const start = performance.now();
    const cpu = this.cpuNow();
    try {
      return work();
    } finally {
      this.record(name, start, cpu);
    }
  }

  /** Notes a step that began at `start` (`performance.now()`; `cpu`: `cpuNow()` then) and ends now. */
  record(name: string, start: number, cpu?: number): void {
    if (this.listeners.size === 0) return;
    const ms = performance.now() - start;
    const cpuNow = cpu === undefined ? undefined : threadCpuMicros();
    const step: HostStep = cpuNow === undefined || cpu === undefined ? { name, start, ms } : { name, start, ms, cpuMs: (cpuNow - cpu) / 1000 };
    for (const listener of this.listeners) {
      try {
        listener(step);
      } catch {
        // A listener's failure must not become the failure of the step it timed (a hover, a repaint).
      }
    }
  }

  /** The thread's CPU clock for `record`, read only while someone listens. */
  cpuNow(): number | undefined {
    return this.listeners.size === 0 ? undefined : threadCpuMicros();
  }

  /** Calls `listener` after each step until the returned function is called. */
  listen(listener: StepListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** The extension's one timer (exported to benches through `NewsLensApi.hostSteps`). */
export const hostSteps = new HostSteps();
