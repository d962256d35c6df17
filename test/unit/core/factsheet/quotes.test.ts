import * as assert from 'node:assert/strict';
import type { EntityMention } from '../../../../src/core/bundle/api';
import { findQuotes } from '../../../../src/core/factsheet/quotes';

/** Person mentions for every occurrence of the given names in `text`. */
function people(text: string, ...names: string[]): EntityMention[] {
  const found: EntityMention[] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const mention = { kind: 'person' as const, start: at, end: at + name.length, text: name, value: name, zone: 'body' as const };
      found.push({ file: 'a.txt', start: at, end: at + name.length, line: 1, text: name, zone: 'body', mention });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

describe('findQuotes', () => {
  it('attributes a quote to the name after it with a speech verb', () => {
    const text = '“Talks will resume next month,” Moreau said on Friday.';
    const [quote] = findQuotes(text, people(text, 'Moreau'));
    assert.equal(quote.text, 'Talks will resume next month,');
    assert.equal(quote.speaker.text, 'Moreau');
  });

  it('attributes "said Name" and "Name told reporters:" forms, straight quotes too', () => {
    const text = '"We are close to a deal," said Kenji Sato.\nLaura Brennan told reporters: "Nothing is agreed until everything is agreed."';
    const quotes = findQuotes(text, people(text, 'Kenji Sato', 'Laura Brennan'));
    assert.deepEqual(
      quotes.map((q) => [q.speaker.text, q.text]),
      [
        ['Kenji Sato', 'We are close to a deal,'],
        ['Laura Brennan', 'Nothing is agreed until everything is agreed.'],
      ],
    );
  });

  it('leaves out quotes with only a pronoun, no speech verb, or scare quotes', () => {
    const text = '“It will take time,” he said. Moreau wants a “win-win” deal. “Steel is next on the list,” Moreau’s office posted online.';
    assert.deepEqual(findQuotes(text, people(text, 'Moreau')), []);
  });

  it('does not pair quotation marks across lines', () => {
    const text = 'He opened with “an unfinished thought\nand Moreau said nothing.”';
    assert.deepEqual(findQuotes(text, people(text, 'Moreau')), []);
  });
});
