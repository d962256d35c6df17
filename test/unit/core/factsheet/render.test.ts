import * as assert from 'node:assert/strict';
import { factSheetPieces, isHandEdited, renderFactSheet } from '../../../../src/core/factsheet/render';
import { buildSnapshot, type FileSpec } from './snapshotBuilder';

const LEDGER = [
  'Canada weighs reply to steel duties',
  'By Maria Okafor, The Harbour Ledger',
  'OTTAWA, March 3, 2026 – Trade Minister Elena Moreau said on Monday that the 25% tariff on Canadian steel would be met "with a measured and firm response".',
  '“We will not be rushed into a bad deal,” Moreau said.',
  'Comments',
  'steelfan: 50% would be worse, says Elena Moreau fan club [x](command:evil.run)',
].join('\n');

const WIRE = [
  'Steel levy stays at 20%, Ottawa told',
  'Pacific Wire',
  'Officials said the 20% duty on Canadian steel took effect on March 1, 2026, not the higher figure reported elsewhere.',
  'Elena Moreau told reporters: "Our mills need certainty before the summer."',
].join('\n');

const files: FileSpec[] = [
  {
    file: 'ledger.txt',
    text: LEDGER,
    metadata: { title: 'Canada weighs reply to steel duties', outlet: 'The Harbour Ledger', byline: 'Maria Okafor', published: '2026-03-03' },
    mentions: [
      { kind: 'person', text: 'Maria Okafor', entity: 'Maria Okafor', zone: 'boilerplate' },
      { kind: 'date', text: 'March 3, 2026', entity: '2026-03-03' },
      { kind: 'person', text: 'Elena Moreau', entity: 'Elena Moreau', person: { role: 'Trade Minister' } },
      { kind: 'date', text: 'Monday', entity: '2026-03-02' },
      { kind: 'rate', text: '25%', entity: '25', rate: { appliesTo: 'steel', imposedOn: 'Canada', status: 'in force' } },
      { kind: 'person', text: 'Moreau', entity: 'Elena Moreau', occurrence: 2 },
      { kind: 'rate', text: '50%', entity: '50', zone: 'comments' },
      { kind: 'person', text: 'Elena Moreau', entity: 'Elena Moreau', occurrence: 2, zone: 'comments' },
    ],
  },
  {
    file: 'pacific/wire.txt',
    text: WIRE,
    metadata: { title: 'Steel levy stays at 20%, Ottawa told', outlet: 'Pacific Wire' },
    mentions: [
      { kind: 'rate', text: '20%', entity: '20', occurrence: 2, rate: { appliesTo: 'steel', imposedOn: 'Canada', status: 'from March 1' } },
      { kind: 'date', text: 'March 1, 2026', entity: '2026-03-01' },
      { kind: 'date', text: 'the summer', entity: '' },
      { kind: 'person', text: 'Elena Moreau', entity: 'Elena Moreau' },
    ],
  },
];

const EXPECTED = `# Fact sheet: steel talks

2 sources from 2 named outlets, published 2026-03-03, mentioning dates from 2026-03-01 to 2026-03-03.
Reader comments and site boilerplate are left out.

## Sources

- **Canada weighs reply to steel duties** · The Harbour Ledger · by Maria Okafor · 2026-03-03 · [ledger.txt:1](ledger.txt#L1)
- **Steel levy stays at 20%, Ottawa told** · Pacific Wire · [pacific/wire.txt:1](pacific/wire.txt#L1)

## Tariff rates

- **20%** · on steel · imposed on Canada · from March 1 — 1 source: [pacific/wire.txt:3](pacific/wire.txt#L3) — **sources disagree**: 25% in [ledger.txt:3](ledger.txt#L3)
- **25%** · on steel · imposed on Canada · in force — 1 source: [ledger.txt:3](ledger.txt#L3) — **sources disagree**: 20% in [pacific/wire.txt:3](pacific/wire.txt#L3)

## People

- **Elena Moreau** — Trade Minister · 2 sources, 3 mentions · first: [ledger.txt:3](ledger.txt#L3)

## Timeline

- **2026-03-01** — Officials said the 20% duty on Canadian steel took effect on March 1, 2026, not the higher figure reported elsewhere. — [pacific/wire.txt:3](pacific/wire.txt#L3)
- **2026-03-02** — OTTAWA, March 3, 2026 – Trade Minister Elena Moreau said on Monday that the 25% tariff on Canadian steel would be met "with a measured and firm response". — [ledger.txt:3](ledger.txt#L3)
- **2026-03-03** — OTTAWA, March 3, 2026 – Trade Minister Elena Moreau said on Monday that the 25% tariff on Canadian steel would be met "with a measured and firm response". — [ledger.txt:3](ledger.txt#L3)

### Unresolved or partial dates

- **"the summer"** — Elena Moreau told reporters: "Our mills need certainty before the summer." — [pacific/wire.txt:4](pacific/wire.txt#L4)

## Quotes

- **Elena Moreau**: “We will not be rushed into a bad deal,” — [ledger.txt:4](ledger.txt#L4)
- **Elena Moreau**: “Our mills need certainty before the summer.” — [pacific/wire.txt:4](pacific/wire.txt#L4)
`;

const options = { title: 'steel talks', includeNonBody: false, linkBase: '' };

/** The sheet without its final hash line. */
function body(sheet: string): string {
  return sheet.replace(/\n<!-- news-lens:generated [^\n]*-->\n$/, '');
}

describe('renderFactSheet', () => {
  it('renders every section of a small bundle exactly, citing file:line', () => {
    assert.equal(body(renderFactSheet(buildSnapshot(files), options)), EXPECTED);
  });

  it('does not call a planned change a disagreement', () => {
    const planned: FileSpec[] = [
      { file: 'a.txt', text: 'The 25% duty on steel stays.', mentions: [{ kind: 'rate', text: '25%', entity: '25', rate: { appliesTo: 'steel' } }] },
      {
        file: 'b.txt',
        text: 'The steel duty will rise to 30% from Aug. 1.',
        mentions: [{ kind: 'rate', text: '30%', entity: '30', rate: { appliesTo: 'steel', status: 'raised, from Aug. 1' } }],
      },
    ];
    assert.doesNotMatch(renderFactSheet(buildSnapshot(planned), options), /disagree/);
  });

  it('is byte-identical across builds and file orders', () => {
    const a = renderFactSheet(buildSnapshot(files), options);
    const b = renderFactSheet(buildSnapshot([...files].reverse()), options);
    assert.equal(a, b);
  });

  it('leaves reader comments out by default and marks them when asked', () => {
    assert.doesNotMatch(renderFactSheet(buildSnapshot(files), options), /50%/);
    const withComments = renderFactSheet(buildSnapshot(files), { ...options, includeNonBody: true });
    assert.match(withComments, /\*\*50%\*\* — 1 source: \[ledger\.txt:6\]\(ledger\.txt#L6\) \(includes reader comments or boilerplate\)/);
    assert.match(withComments, /Elena Moreau\*\* — Trade Minister · 2 sources, 4 mentions/);
  });

  it('links relative to where the sheet is written and encodes paths', () => {
    const spaced: FileSpec[] = [{ ...files[1], file: 'wire copy/a (1).txt' }];
    const sheet = renderFactSheet(buildSnapshot(spaced), { ...options, linkBase: '../' });
    assert.match(sheet, /\[wire copy\/a \(1\)\.txt:3\]\(\.\.\/wire%20copy\/a%20\(1\)\.txt#L3\)/);
  });

  it('shows hostile source text as plain text, never as a link, HTML or command', () => {
    const hostile: FileSpec[] = [
      {
        file: 'evil.txt',
        text: 'Title [click](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> | `code` *bold* $x$ https://evil.example',
        metadata: { title: '[click](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> | https://evil.example' },
        mentions: [{ kind: 'date', text: 'Title', entity: '2026-01-01' }],
      },
    ];
    const sheet = renderFactSheet(buildSnapshot(hostile), { ...options, includeNonBody: true });
    assert.doesNotMatch(sheet, /\]\(command:/);
    assert.doesNotMatch(sheet, /(?<!\\)<img/);
    assert.doesNotMatch(sheet, /(?<!\\)`code(?<!\\)`/);
    assert.doesNotMatch(sheet, /https:\/\/evil/);
    assert.match(sheet, /^1 source, mentioning the date 2026-01-01\.$/m);
    assert.match(sheet, /\\\[click\\\]\(command\\:workbench\.action\.terminal\.new\) \\<img src=x onerror=alert\(1\)\\>/);
  });

  it('gives the same sheet in pieces, one per section, for writers that stream it', () => {
    const pieces = [...factSheetPieces(buildSnapshot(files), options)];
    assert.equal(pieces.join(''), renderFactSheet(buildSnapshot(files), options));
    assert.equal(pieces.length, 6 + 2, 'six sections, the final newline, the marker');
    assert.ok(pieces[1].startsWith('\n\n## '), 'a blank line before each section');
    assert.equal(isHandEdited(pieces.join('')), false);
  });

  it('notices a hand edit through the hash line, and only then', () => {
    const sheet = renderFactSheet(buildSnapshot(files), options);
    assert.equal(isHandEdited(sheet), false);
    assert.equal(isHandEdited(sheet.replace(/\n/g, '\r\n')), false, 'a CRLF checkout is not an edit');
    assert.equal(isHandEdited(sheet.replace('Trade Minister', 'Foreign Minister')), true);
    assert.equal(isHandEdited('# My own notes\n'), true);
  });
});
