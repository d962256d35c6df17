import * as assert from 'node:assert/strict';
import { IMPOSING_WORDS, MONTHS, POLL_WORDS, STATUS_WORDS } from '../../../../../src/core/extract/rates/vocabulary';
import { IMPOSING_MARK, MONTH_MARK, POLL_MARK, STATUS_MARK, wordMarks } from '../../../../../src/core/extract/rates/wordMarks';

describe('wordMarks', () => {
  it('marks every listed word, whatever its shape', () => {
    const lists: Array<[Iterable<string>, number]> = [[POLL_WORDS, POLL_MARK], [STATUS_WORDS.keys(), STATUS_MARK], [IMPOSING_WORDS, IMPOSING_MARK], [MONTHS, MONTH_MARK]];
    for (const [words, bit] of lists) for (const w of words) assert.ok(wordMarks(w, w) & bit, w);
  });

  it('leaves unlisted words unmarked, including words shaped like listed ones', () => {
    for (const w of ['tariffs', 'the', 'pollx', 'maybe', 'mar.', 'May', '25%', 'é', '', 'x'.repeat(40)]) assert.equal(wordMarks(w, w), 0, w);
  });

  it('reads poll words from the base and the other classes from the word as written', () => {
    assert.equal(wordMarks("survey's", 'survey'), POLL_MARK);
    assert.equal(wordMarks("imposed's", 'imposed'), 0);
  });
});
