import { performance } from 'node:perf_hooks';

/**
 * Wall and CPU time (all threads) of each phase of a command, printed to stderr as
 * `news-lens: phase <name> <wall ms> ms wall, <cpu ms> ms CPU` when the environment variable
 * NEWS_LENS_PHASES is set: scripts/bench/index.mjs reads them to break a cold run down.
 */
export class Phases {
  private readonly enabled = !!process.env.NEWS_LENS_PHASES;
  private wall = performance.now();
  private cpu = process.cpuUsage();

  /** Ends the current phase, named `name`, and starts the next. */
  end(name: string): void {
    if (!this.enabled) return;
    const wall = performance.now();
    const cpu = process.cpuUsage(this.cpu);
    process.stderr.write(`news-lens: phase ${name} ${(wall - this.wall).toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU\n`);
    this.wall = wall;
    this.cpu = process.cpuUsage();
  }
}
