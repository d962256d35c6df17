import * as assert from 'node:assert/strict';
import { mentionSnippet } from '../../../../src/core/present/snippet';
import { render } from './renderMarkdown';

function snippetOf(text: string, mention: string, context?: number): { markdown: string; text: string; html: string } {
  const start = text.indexOf(mention);
  const markdown = mentionSnippet(text, start, start + mention.length, context);
  return { markdown, ...render(markdown) };
}

describe('snippet', () => {
  it('keeps the line around the mention with the mention in bold', () => {
    const s = snippetOf('Headline\nThe envoy Hana Morita spoke on Friday.\nNext line', 'Hana Morita');
    assert.equal(s.text, 'The envoy Hana Morita spoke on Friday.');
    assert.match(s.html, /The envoy <strong>Hana Morita<\/strong> spoke/);
  });

  it('cuts a long line at word boundaries with ellipses', () => {
    const words = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu';
    const s = snippetOf(`${words} Hana Morita ${words}`, 'Hana Morita', 30);
    assert.match(s.text, /^… ?[a-z]+ .* Hana Morita .* [a-z]+ ?…$/);
    assert.ok(!/\b(alph|lambd)\b/.test(s.text), 'no cut inside a word');
    assert.ok(s.text.length < 30 * 2 + 20, s.text);
  });

  it('stays on one line when the mention starts a line or ends the text', () => {
    assert.equal(snippetOf('first\nMorita said', 'Morita').text, 'Morita said');
    assert.equal(snippetOf('said Morita', 'Morita').text, 'said Morita');
    assert.equal(snippetOf('a\r\nsaid Morita\r\nb', 'Morita').text, 'said Morita');
  });

  it('escapes the context and the mention', () => {
    const s = snippetOf('see [x](command:evil) <img src=x> and *Morita* `now`', 'Morita');
    assert.deepEqual(s.html.match(/<a |<img|<code|<em/g), null);
    assert.equal(s.text, 'see [x](command:evil) <img src=x> and *Morita* `now`');
  });

  it('reads only a window of a huge single line', () => {
    const huge = `${'word '.repeat(1_000_000)}Morita${' word'.repeat(1_000_000)}`;
    const started = Date.now();
    const s = snippetOf(huge, 'Morita');
    assert.ok(Date.now() - started < 200);
    assert.ok(s.text.length < 150);
  });
});
