import * as assert from 'node:assert/strict';
import { IMPOSING_WORDS, MONTHS, OTHER_MEASURES, POLL_WORDS, STATUS_WORDS, TARIFF_WORDS } from '../../../../../src/core/extract/rates/vocabulary';
import {
  classMarks, IMPOSING_MARK, MONTH_MARK, NON_PREFIX, OTHER_MEASURE, POLL_MARK, STATUS_MARK, TARIFF_FORM, TARIFF_NOUN, TAX, TAX_LEAD, wordMarks,
} from '../../../../../src/core/extract/rates/wordMarks';

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

describe('classMarks', () => {
  it('marks every listed word', () => {
    for (const w of TARIFF_WORDS) assert.equal(classMarks(w, w) & (TARIFF_FORM | TARIFF_NOUN), TARIFF_FORM | TARIFF_NOUN, w);
    for (const w of OTHER_MEASURES) assert.ok(classMarks(w, w) & OTHER_MEASURE, w);
  });

  it('reads the tariff word of a compound from its last part, and "non-" apart', () => {
    assert.equal(classMarks('auto-tariffs', 'auto-tariffs') & (TARIFF_FORM | TARIFF_NOUN), TARIFF_FORM);
    assert.equal(classMarks('non-tariff', 'non-tariff'), TARIFF_FORM | NON_PREFIX);
    assert.equal(classMarks('tariff-free', 'tariff-free'), 0);
  });

  it('reads base-keyed lists from the base and the others from the word as written', () => {
    assert.equal(classMarks("tax's", 'tax') & TAX, TAX);
    assert.equal(classMarks("import's", 'import') & TAX_LEAD, 0);
    assert.equal(classMarks('import', 'import') & TAX_LEAD, TAX_LEAD);
  });

  it('leaves unlisted words unmarked', () => {
    for (const w of ['talksx', 'japan', '25%', 'é', '']) assert.equal(classMarks(w, w), 0, w);
  });
});
