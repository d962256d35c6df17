import * as assert from 'node:assert/strict';
import { dateMentionAt as at } from './dateMentionAt';
import { MentionRefs, withLazyMentions } from '../../../../src/core/bundle/entityMentions';
import type { FileRecord } from '../../../../src/core/bundle/fileRecord';

describe('withLazyMentions', () => {
  it('gathers mentions on first read only, then keeps them, and serialises like an index entity', () => {
    let gathered = 0;
    const entity = withLazyMentions({ id: 'date:2025-05', kind: 'date', name: '2025-05', aliases: ['May'], possibleMatches: [], ambiguousWith: [] }, () => {
      gathered++;
      return [at('a.txt', 1)];
    });
    assert.equal(gathered, 0);
    assert.equal(entity.mentions, entity.mentions);
    assert.equal(gathered, 1);
    assert.deepEqual(Object.keys(entity), ['id', 'kind', 'name', 'aliases', 'mentions', 'possibleMatches', 'ambiguousWith']);
  });
});

describe('MentionRefs', () => {
  /** A segment of `n` mentions in `file`: only what the refs' bookkeeping reads. */
  const segment = (file: string, n: number) => ({ record: { file } as FileRecord, from: 0, to: n, key: 0 });

  it('replaces, inserts and removes files one by one or in batches like a list rebuilt from scratch', () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return (seed >>> 8) % n; // the low bits of this generator repeat with a short period
    };
    const names = Array.from({ length: 600 }, (_, i) => `d${i % 7}/f${String(i).padStart(3, '0')}.txt`).sort();
    const expected = new Map<string, number>();
    for (const file of names) if (next(2) === 0) expected.set(file, 1 + next(5));
    const sorted = () => [...expected.keys()].sort();
    let refs = MentionRefs.of(sorted().map((file) => segment(file, expected.get(file) as number)));
    for (let round = 0; round < 300; round++) {
      const files = new Set<string>();
      const count = next(3) === 0 ? 1 + next(200) : 1 + next(3);
      for (let k = 0; k < count; k++) files.add(names[next(names.length)]);
      const updates = [...files].sort().map((file) => {
        const n = next(3) === 0 ? 0 : 1 + next(5);
        if (n === 0) expected.delete(file);
        else expected.set(file, n);
        return { file, segment: n === 0 ? undefined : segment(file, n) };
      });
      refs = updates.length === 1 && next(2) === 0 ? refs.replaceFile(updates[0].file, updates[0].segment) : refs.replaceFiles(updates);
      const files_ = sorted();
      assert.deepEqual(refs.files(), files_, `round ${round}`);
      assert.equal(refs.fileCount, files_.length);
      let length = 0;
      for (const file of files_) length += expected.get(file) as number;
      assert.equal(refs.length, length);
    }
  });
});
