import * as assert from 'node:assert/strict';
import { findPeople } from '../../../../../src/core/extract/people';

function names(text: string): string[] {
  return findPeople(text, { zones: [{ start: 0, end: text.length, zone: 'body' }] }).map((m) => m.text);
}

describe('findPeople: bylines that name an outlet or a format', () => {
  it('takes no person from a byline in normal case that holds a byline word', () => {
    for (const outlet of ['Agence France-Presse', 'Deutsche Welle', 'Business Insider', 'Live Blog', 'Morning Brief']) {
      assert.deepEqual(names(`Mills brace for levy\nBy ${outlet}\n\nThe mills waited on Monday.`), [], outlet);
    }
  });

  it('still takes the person from a byline of a name', () => {
    assert.deepEqual(names('Mills brace for levy\nBy Nora Lindqvist\n\nThe mills waited on Monday.'), ['Nora Lindqvist']);
  });
});
