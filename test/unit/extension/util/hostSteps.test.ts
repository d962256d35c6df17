import * as assert from 'node:assert/strict';
import { type HostStep, HostSteps } from '../../../../src/extension/util/hostSteps';

describe('HostSteps', () => {
  it('tells its listeners each step, with its name, start and duration, until they stop listening', () => {
    const steps = new HostSteps();
    const heard: HostStep[] = [];
    const stop = steps.listen((step) => heard.push(step));
    const before = performance.now();
    assert.equal(steps.time('filing', () => 42), 42);
    assert.throws(() => steps.time('failing', () => { throw new Error('boom'); }), /boom/);
    stop();
    steps.time('unheard', () => undefined);
    assert.deepEqual(heard.map((step) => step.name), ['filing', 'failing']);
    for (const step of heard) {
      assert.ok(step.start >= before && step.ms >= 0);
      // Node 23.9+ tells a thread's CPU time; older Node (and the browser) do not.
      assert.equal(step.cpuMs !== undefined, typeof (process as { threadCpuUsage?: unknown }).threadCpuUsage === 'function');
    }
  });

  it('reads no clock for a step nobody listens to', () => {
    const steps = new HostSteps();
    assert.equal(steps.cpuNow(), undefined);
  });
});
