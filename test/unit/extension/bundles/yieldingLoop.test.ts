import * as assert from 'node:assert/strict';
import { chooseNextTurn, runInSlices } from '../../../../src/extension/bundles/yieldingLoop';

describe('runInSlices', () => {
  it("returns the steps' value, each slice inside runSlice, with the event loop's turns between slices", async () => {
    const log: string[] = [];
    function* steps(): Generator<void, string> {
      for (let k = 0; k < 3; k++) {
        log.push(`step ${k}`);
        setImmediate(() => log.push(`turn after step ${k}`));
        yield;
      }
      log.push('last step');
      return 'done';
    }
    let slices = 0;
    // A budget of 0 ms: every step is a slice of its own.
    const value = await runInSlices(steps(), (slice) => {
      slices++;
      slice();
    }, 0);
    assert.equal(value, 'done');
    assert.equal(slices, 4);
    assert.deepEqual(log, ['step 0', 'turn after step 0', 'step 1', 'turn after step 1', 'step 2', 'turn after step 2', 'last step']);
  });

  it('runs steps within the budget in one slice, without a turn in between', async () => {
    const log: string[] = [];
    function* steps(): Generator<void, number> {
      for (let k = 0; k < 5; k++) {
        setImmediate(() => log.push('turn'));
        yield;
      }
      log.push('last step');
      return 5;
    }
    assert.equal(await runInSlices(steps(), undefined, 60_000), 5);
    assert.deepEqual(log, ['last step']);
  });
});

describe('chooseNextTurn', () => {
  it('without setImmediate (the web worker host), yields through messages, not clamped timeouts', async () => {
    const nextTurn = chooseNextTurn(undefined);
    // Timers are what browsers clamp: while the turns run, any use of one fails the test.
    const timeout = globalThis.setTimeout;
    let timersUsed = 0;
    globalThis.setTimeout = ((...args: Parameters<typeof setTimeout>) => {
      timersUsed++;
      return timeout(...args);
    }) as typeof setTimeout;
    let turns = 0;
    try {
      for (let k = 0; k < 20; k++) await new Promise<void>((resolve) => nextTurn(() => (turns++, resolve())));
    } finally {
      globalThis.setTimeout = timeout;
    }
    assert.equal(turns, 20);
    assert.equal(timersUsed, 0);
  });

  it('uses setImmediate where there is one', () => {
    const asked: (() => void)[] = [];
    const nextTurn = chooseNextTurn((callback) => asked.push(callback));
    const callback = () => undefined;
    nextTurn(callback);
    assert.deepEqual(asked, [callback]);
  });
});
