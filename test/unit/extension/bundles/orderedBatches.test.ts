import * as assert from 'node:assert/strict';
import { aheadInOrder, batchesOf } from '../../../../src/extension/bundles/orderedBatches';

async function* items<T>(values: readonly T[]): AsyncGenerator<T> {
  for (const value of values) yield value;
}

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const value of source) all.push(value);
  return all;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('orderedBatches', () => {
  it('cuts consecutive items by count and by size, a big item closing its batch', async () => {
    const sizes = [1, 2, 3, 10, 1, 1, 1, 1, 1, 25, 1];
    const batches = await collect(batchesOf(items(sizes), (size) => size, { items: 4, size: 10 }));
    assert.deepEqual(batches, [[1, 2, 3, 10], [1, 1, 1, 1], [1, 25], [1]]);
    assert.deepEqual(await collect(batchesOf(items<number>([]), (size) => size, { items: 4, size: 10 })), []);
  });

  it('yields results in batch order though later batches finish first, and keeps at most `ahead` running', async () => {
    let running = 0;
    let most = 0;
    const work = async (batch: number[]) => {
      running++;
      most = Math.max(most, running);
      await delay(batch[0] % 2 === 0 ? 15 : 1); // even batches are slow
      running--;
      return batch.map((n) => n * 10);
    };
    const batches = batchesOf(items([0, 1, 2, 3, 4, 5, 6, 7]), () => 1, { items: 2, size: 100 });
    const out = await collect(aheadInOrder(batches, work, 3));
    assert.deepEqual(out.map(({ batch }) => batch), [[0, 1], [2, 3], [4, 5], [6, 7]]);
    assert.deepEqual(out.map(({ result }) => result), [[0, 10], [20, 30], [40, 50], [60, 70]]);
    assert.ok(most <= 3 && most >= 2, `at most 3 batches at once, ${most} seen`);
  });

  it('stops pulling batches when the caller stops, without unhandled rejections', async () => {
    let pulled = 0;
    async function* counted(): AsyncGenerator<number> {
      for (let i = 0; i < 100; i++) {
        pulled++;
        yield i;
      }
    }
    const work = (n: number) => (n === 0 ? Promise.resolve(n) : Promise.reject(new Error(`work ${n} abandoned`)));
    for await (const { result } of aheadInOrder(counted(), work, 2)) {
      assert.equal(result, 0);
      break;
    }
    await delay(5);
    assert.equal(pulled, 2);
  });
});
