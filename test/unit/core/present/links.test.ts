import * as assert from 'node:assert/strict';
import { parseRevealMentionArgs, parseShowAllMentionsArgs } from '../../../../src/core/present/links';

describe('links', () => {
  it('accepts well-formed reveal arguments', () => {
    assert.deepEqual(parseRevealMentionArgs({ root: 'file:///b', file: 'a.txt', start: 1, end: 4 }), { root: 'file:///b', file: 'a.txt', start: 1, end: 4 });
  });

  it('rejects anything else a link could carry', () => {
    for (const bad of [undefined, null, 'a.txt', [1], { root: 'r', file: 'a.txt', start: -1, end: 2 },
      { root: 'r', file: 'a.txt', start: 3, end: 2 }, { root: 'r', file: 7, start: 1, end: 2 }, { root: 'r', file: 'a', start: 1.5, end: 2 }]) {
      assert.equal(parseRevealMentionArgs(bad), undefined, JSON.stringify(bad));
    }
  });

  it('parses show-all arguments', () => {
    assert.deepEqual(parseShowAllMentionsArgs({ root: 'r', entity: 'person:x', file: 'a.txt', start: 0 }), { root: 'r', entity: 'person:x', file: 'a.txt', start: 0 });
    assert.equal(parseShowAllMentionsArgs({ root: 'r', file: 'a.txt', start: 0 }), undefined);
  });
});
