import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { boldMarkdown, commandUri, escapeMarkdown, markdownLink } from '../../../../src/core/present/markdownEscape';
import { renderInline } from './renderMarkdown';

const HOSTILE = [
  '[x](command:evil)',
  '[click](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%22%7D)',
  '![img](https://evil.example/p.png)',
  '<img src=x onerror=alert(1)>',
  '<a href="command:evil">x</a>',
  '<script>alert(1)</script>',
  '`code` and ``more``',
  '*star* _under_ **bold** __bold__ ~~strike~~',
  '| a | b |',
  'https://evil.example/path and www.evil.example and mail@evil.example',
  '&lt;img&gt; &amp; &#x5B;x&#x5D;',
  '[ref]: https://evil.example',
  '# heading',
  '> quote',
  '1. item',
  '- item',
  '$(alert) icon syntax',
  'back\\slash\\[x\\](y)',
  '<https://evil.example>',
];

/** What escaped text must render to: the same text, line breaks as spaces, invisible characters dropped. */
function visible(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('markdownEscape', () => {
  describe('escapeMarkdown', () => {
    for (const text of HOSTILE) {
      it(`renders ${JSON.stringify(text)} as plain text`, () => {
        const rendered = renderInline(escapeMarkdown(text));
        assert.equal(rendered.text, visible(text));
        assert.deepEqual(rendered.hrefs, []);
        assert.deepEqual([...rendered.tags], []);
      });
    }

    it('keeps a line break from starting a new block', () => {
      const rendered = renderInline(escapeMarkdown('one\n# two\r\n- three'));
      assert.equal(rendered.text, 'one # two - three');
      assert.deepEqual([...rendered.tags], []);
    });

    it('drops bidirectional overrides and zero-width characters', () => {
      assert.equal(escapeMarkdown('a\u202eb\u200bc\ufeffd'), 'abcd');
    });

    it('renders any string as itself, with no tag and no link', () => {
      const alphabet = fc.constantFrom(...'[]()<>!`*_~|#&;:/\\@.-+=$"\' \nabcx1é'.split(''));
      fc.assert(
        fc.property(fc.array(alphabet, { maxLength: 40 }).map((chars) => chars.join('')), (text) => {
          const rendered = renderInline(escapeMarkdown(text));
          assert.equal(rendered.text, visible(text));
          assert.deepEqual(rendered.hrefs, []);
          assert.deepEqual([...rendered.tags], []);
        }),
        { numRuns: 2000 },
      );
    });
  });

  describe('boldMarkdown', () => {
    it('bolds the words and keeps surrounding spaces outside the asterisks', () => {
      assert.equal(boldMarkdown(' Akazawa '), ' **Akazawa** ');
      const rendered = renderInline(`the (${boldMarkdown('25%')}) rate`);
      assert.match(rendered.html, /<strong>25%<\/strong>/);
    });

    it('escapes what it bolds', () => {
      const rendered = renderInline(boldMarkdown('[x](command:evil)'));
      assert.deepEqual(rendered.hrefs, []);
      assert.equal(rendered.text, '[x](command:evil)');
    });
  });

  describe('commandUri and markdownLink', () => {
    it('round-trips the arguments through a rendered link as VS Code decodes them', () => {
      const args = [{ root: 'file:///news (copy)/', file: "it's [odd] (1).txt", start: 3, end: 9 }];
      const rendered = renderInline(markdownLink('A title ) with [brackets]', commandUri('newsLens.revealMention', args)));
      assert.equal(rendered.hrefs.length, 1);
      const href = rendered.hrefs[0];
      assert.ok(href.startsWith('command:newsLens.revealMention?'), href);
      assert.deepEqual(JSON.parse(decodeURIComponent(href.slice(href.indexOf('?') + 1))), args);
      assert.equal(rendered.text, 'A title ) with [brackets]');
    });

    it('never makes an empty, invisible link', () => {
      assert.equal(renderInline(markdownLink('  ', 'command:x')).text, '(untitled)');
    });
  });
});
