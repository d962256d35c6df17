import * as assert from 'node:assert/strict';
import type { BundleSnapshot } from '../../../../src/core/bundle/api';
import { buildHoverCard } from '../../../../src/core/present/hoverCard';
import { LINKED_COMMANDS, REVEAL_MENTION_COMMAND, SHOW_ALL_MENTIONS_COMMAND } from '../../../../src/core/present/links';
import { fakeSnapshot, type FakeFile } from './fakeSnapshot';
import { render } from './renderMarkdown';

const ROOT = 'file:///news/bundle';

// Invented articles (not from any real source).
const FILES: Record<string, FakeFile> = {
  'a-wire.txt': {
    text: 'Trade talks resume\nTokyo, May 2 (Wire) - Chief negotiator Hana Morita said on Friday that the 24% levy on Japan must go.\nMorita will fly to Washington.',
    metadata: { title: 'Trade talks resume', published: '2025-05-02' },
    mentions: [
      { kind: 'person', text: 'Hana Morita', value: 'Hana Morita', person: { role: 'chief negotiator' } },
      { kind: 'date', text: 'Friday', value: '2025-05-02', date: { anchor: '2025-05-02' } },
      { kind: 'rate', text: '24%', value: '24', rate: { appliesTo: 'all goods', imposedBy: 'United States', imposedOn: 'Japan', status: 'paused' } },
      { kind: 'person', text: 'Morita', value: 'Hana Morita' },
    ],
  },
  'b-daily.txt': {
    text: 'Minister heads to Washington\nJapan\'s trade minister Morita Hana left on Saturday. The 24 percent tariff on cars stays.\n\nComments\nreader1: Morita again?',
    metadata: { title: 'Minister heads to Washington' },
    mentions: [
      { kind: 'person', text: 'Morita Hana', value: 'Hana Morita', person: { role: "Japan's trade minister" } },
      { kind: 'rate', text: '24 percent', value: '24', rate: { appliesTo: 'cars' } },
      { kind: 'person', text: 'Morita', value: 'Hana Morita', nth: 1, zone: 'comments' },
    ],
  },
  // A hostile page: every piece of its text that reaches the card must show as plain text.
  'c-evil.txt': {
    text: '[x](command:evil) <img src=x onerror=f()> `t` *s* _u_ |p| Hana Morita at https://evil.example',
    metadata: { title: '[Click me](command:workbench.action.terminal.new) <b>bold</b> | *t*' },
    mentions: [{ kind: 'person', text: 'Hana Morita', value: 'Hana Morita', person: { role: '[role](command:evil) <i>x</i>' } }],
  },
};

function cardFor(snapshot: BundleSnapshot, file: string, text: string, maxFiles?: number): string {
  const offset = snapshot.text(file)?.indexOf(text) ?? -1;
  const hit = snapshot.entityAt(file, offset);
  assert.ok(hit, `no entity at "${text}" in ${file}`);
  return buildHoverCard({ snapshot, entity: hit.entity, mention: hit.mention, root: ROOT, ...(maxFiles ? { maxFiles } : {}) });
}

/** The decoded JSON argument of each link, asserting every link goes to one of our commands. */
function linkArgs(markdown: string): { command: string; args: Record<string, unknown> }[] {
  return render(markdown).hrefs.map((href) => {
    const match = /^command:([\w.]+)\?(.*)$/.exec(href);
    assert.ok(match, `not a command link: ${href}`);
    assert.ok(LINKED_COMMANDS.includes(match[1]), `untrusted command: ${match[1]}`);
    const parsed: unknown = JSON.parse(decodeURIComponent(match[2]));
    assert.ok(Array.isArray(parsed) && parsed.length === 1);
    return { command: match[1], args: parsed[0] as Record<string, unknown> };
  });
}

describe('hoverCard', () => {
  const snapshot = fakeSnapshot(FILES);

  it('names the person, the variants and the roles the sources give', () => {
    const { text } = render(cardFor(snapshot, 'a-wire.txt', 'Hana Morita'));
    assert.match(text, /^Hana Morita · person/);
    assert.match(text, /Also written: Morita; Morita Hana/);
    assert.match(text, /Roles: chief negotiator; Japan's trade minister; \[role\]\(command:evil\) <i>x<\/i>/);
  });

  it('lists the other files with title, line and a snippet with the mention in bold', () => {
    const card = cardFor(snapshot, 'a-wire.txt', 'Hana Morita');
    const { text, html } = render(card);
    assert.match(text, /Mentioned in 2 other files \(and 1 more time in this file\):/);
    assert.match(text, /Minister heads to Washington · b-daily\.txt, line 2: Japan's trade minister Morita Hana left on Saturday\./);
    assert.match(html, /<strong>Morita Hana<\/strong>/);
    const links = linkArgs(card);
    assert.deepEqual(links.map((l) => l.command), [REVEAL_MENTION_COMMAND, REVEAL_MENTION_COMMAND]);
    const daily = FILES['b-daily.txt'].text;
    assert.deepEqual(links[0].args, { root: ROOT, file: 'b-daily.txt', start: daily.indexOf('Morita Hana'), end: daily.indexOf('Morita Hana') + 11 });
    assert.equal(links[1].args.file, 'c-evil.txt');
  });

  it('links to the first mention in the article body, not one in the comments', () => {
    const links = linkArgs(cardFor(snapshot, 'c-evil.txt', 'Hana Morita'));
    const daily = links.find((l) => l.args.file === 'b-daily.txt');
    assert.equal(daily?.args.start, FILES['b-daily.txt'].text.indexOf('Morita Hana'));
  });

  it('shows hostile source text as plain text and links only to our commands', () => {
    const card = cardFor(snapshot, 'a-wire.txt', 'Hana Morita');
    const { text, tags } = render(card);
    for (const tag of ['img', 'b', 'i', 'code', 'em', 'table', 'script']) assert.ok(!tags.has(tag), `rendered <${tag}>`);
    assert.ok(text.includes('[Click me](command:workbench.action.terminal.new) <b>bold</b> | *t*'), text);
    assert.ok(text.includes('[x](command:evil) <img src=x onerror=f()> `t` *s* _u_ |p| Hana Morita at https://evil.example'), text);
    assert.equal(linkArgs(card).length, 2);
  });

  it('escapes a hostile snippet in the card of another file too', () => {
    const card = cardFor(snapshot, 'b-daily.txt', 'Morita Hana');
    const { text, hrefs } = render(card);
    assert.ok(text.includes('[x](command:evil) <img src=x onerror=f()> `t` *s* _u_ |p| Hana Morita at https://evil.example'), text);
    assert.ok(hrefs.every((h) => h.startsWith(`command:${REVEAL_MENTION_COMMAND}?`)), hrefs.join('\n'));
  });

  it('gives a rate what it applies to, who imposes it on whom, and its status', () => {
    const { text } = render(cardFor(snapshot, 'a-wire.txt', '24%'));
    assert.match(text, /^24% · tariff rate/);
    assert.match(text, /Also written: 24 percent/);
    assert.match(text, /Applies to: all goods; cars/);
    assert.match(text, /Imposed by United States on Japan/);
    assert.match(text, /Status: paused/);
    assert.match(text, /Mentioned in 1 other file:/);
  });

  it('gives a date its ISO value and the article date it was resolved against', () => {
    const { text } = render(cardFor(snapshot, 'a-wire.txt', 'Friday'));
    assert.match(text, /^2025-05-02 · date/);
    assert.match(text, /Friday 2 May 2025/);
    assert.match(text, /Resolved against the article date 2025-05-02/);
    assert.match(text, /Not mentioned in other files\./);
  });

  it('says when the hovered mention sits in reader comments', () => {
    const offset = FILES['b-daily.txt'].text.lastIndexOf('Morita');
    const hit = snapshot.entityAt('b-daily.txt', offset);
    assert.ok(hit);
    const { text } = render(buildHoverCard({ snapshot, entity: hit.entity, mention: hit.mention, root: ROOT }));
    assert.match(text, /^Hana Morita · person · in reader comments/);
  });

  it('shows possible matches, ambiguity and a note by name, escaped', () => {
    const withMorida: Record<string, FakeFile> = {
      ...FILES,
      'd-typo.txt': { text: 'Hana Morida *spoke*.', mentions: [{ kind: 'person', text: 'Hana Morida', value: 'Hana Morida' }] },
    };
    const withExtras = fakeSnapshot(withMorida, {
      'person:Hana Morita': { possibleMatches: ['person:Hana Morida'], ambiguousWith: ['person:Kenji Morita'], note: 'Checked <u>twice</u>' },
    });
    const { text, tags } = render(cardFor(withExtras, 'a-wire.txt', 'Hana Morita'));
    assert.match(text, /Possibly the same as: Hana Morida\b/, 'an entity the snapshot knows is named');
    assert.match(text, /May also refer to: person:Kenji Morita/, 'an unknown id is shown as is');
    assert.match(text, /Note: Checked <u>twice<\/u>/);
    assert.ok(!tags.has('u'));
  });

  it('lists the first 10 other files and links the full list past that', () => {
    const many: Record<string, FakeFile> = {};
    for (let i = 0; i < 13; i++) {
      const name = `f${String(i).padStart(2, '0')}.txt`;
      many[name] = { text: `Story ${i}: Hana Morita spoke.`, mentions: [{ kind: 'person', text: 'Hana Morita', value: 'Hana Morita' }] };
    }
    const card = cardFor(fakeSnapshot(many), 'f00.txt', 'Hana Morita');
    const { text } = render(card);
    assert.match(text, /Mentioned in 12 other files:/);
    const links = linkArgs(card);
    assert.equal(links.length, 11);
    assert.deepEqual(links.slice(0, 10).map((l) => l.args.file), ['f01.txt', 'f02.txt', 'f03.txt', 'f04.txt', 'f05.txt', 'f06.txt', 'f07.txt', 'f08.txt', 'f09.txt', 'f10.txt']);
    assert.equal(links[10].command, SHOW_ALL_MENTIONS_COMMAND);
    assert.deepEqual(links[10].args, { root: ROOT, entity: 'person:Hana Morita', file: 'f00.txt', start: many['f00.txt'].text.indexOf('Hana') });
    assert.match(text, /Show all 12 files/);
  });

  it('leaves the snippet out when the indexed text no longer matches the mention', () => {
    const stale = { ...snapshot, text: (file: string) => (file === 'b-daily.txt' ? 'changed' : snapshot.text(file)) };
    const offset = FILES['a-wire.txt'].text.indexOf('Hana Morita');
    const hit = snapshot.entityAt('a-wire.txt', offset);
    assert.ok(hit);
    const { text } = render(buildHoverCard({ snapshot: stale, entity: hit.entity, mention: hit.mention, root: ROOT }));
    assert.match(text, /Minister heads to Washington · b-daily\.txt, line 2 /);
  });
});
