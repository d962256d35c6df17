import * as assert from 'node:assert/strict';
import type { EntityMention } from '../../../../src/core/bundle/api';
import { dateMentionAt as at } from '../../core/bundle/dateMentionAt';
import { spliceFileMentions } from '../../../../src/extension/bundles/mergedEntity';

const places = (mentions: readonly EntityMention[]) => mentions.map((m) => `${m.file}:${m.start}`);

describe('mergedEntity', () => {
  it('puts each edited file’s mentions where the file sits in bundle order', () => {
    const kept = [at('a.txt', 1), at('a.txt', 9), at('c/d.txt', 4), at('e.txt', 2)];
    const merged = spliceFileMentions(kept, [[at('b.txt', 5), at('b.txt', 7)], [at('0.txt', 3)], [at('z.txt', 1)], []]);
    assert.deepEqual(places(merged), ['0.txt:3', 'a.txt:1', 'a.txt:9', 'b.txt:5', 'b.txt:7', 'c/d.txt:4', 'e.txt:2', 'z.txt:1']);
    assert.deepEqual(places(kept), ['a.txt:1', 'a.txt:9', 'c/d.txt:4', 'e.txt:2'], 'the kept list is left alone');
  });

});
