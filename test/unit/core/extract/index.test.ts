import * as assert from 'node:assert/strict';
import { extract, extractMany } from '../../../../src/core/extract';

// All texts are invented for these tests.

const ARTICLE = [
  'Peru weighs copper levy',
  'Trade Minister Ana Ruiz said on Monday that Peru would keep its 15% tariff on imported copper wire until June 2026, ' +
    'while talks with Chile continue in Lima next week.',
  '',
  'Comments',
  'Ruiz is right, the 15% tariff should stay until 2027.',
  '3 ( +4 / -1 )',
].join('\n');

describe('extract', () => {
  it('returns mentions of every kind ordered by start, then end', () => {
    const { mentions } = extract(ARTICLE);
    assert.ok(new Set(mentions.map((m) => m.kind)).size === 3, 'people, rates and dates all found');
    for (let i = 1; i < mentions.length; i++) {
      const [a, b] = [mentions[i - 1], mentions[i]];
      assert.ok(a.start < b.start || (a.start === b.start && a.end <= b.end), `${a.text} before ${b.text}`);
    }
  });

  it('gives each mention the zone it starts in, as the last key', () => {
    const { mentions, zones } = extract(ARTICLE);
    const comments = ARTICLE.indexOf('Ruiz is right');
    for (const m of mentions) {
      assert.equal(m.zone, m.start < comments ? 'body' : 'comments', m.text);
      assert.deepEqual(Object.keys(m).slice(-1), ['zone']);
      const zone = zones.find((z) => z.start <= m.start && m.start < z.end);
      assert.equal(m.zone, zone?.zone);
    }
    assert.ok(mentions.some((m) => m.kind === 'rate' && m.zone === 'comments'));
  });

  it('adds the fallback publication date to the metadata only when one is known', () => {
    assert.equal(extract(ARTICLE).metadata.published, undefined);
    assert.equal(extract(ARTICLE, { published: '2025-04-16' }).metadata.published, '2025-04-16');
  });

  it('returns nothing for an empty text', () => {
    assert.deepEqual(extract(''), { mentions: [], zones: [], metadata: {} });
  });
});

describe('extractMany', () => {
  const OTHER = [
    'Seoul, March 3 (Wire) - Finance Minister Park Ji-hoon said the 10% duty on steel would rise to 25% from April 1.',
    'Mr Park told reporters the change was "long overdue".',
  ].join('\n');

  it('gives each text what extract gives it alone, with its own options', () => {
    const texts = [ARTICLE, OTHER, '', ARTICLE];
    const options = [{}, { published: '2025-02-27' }, {}, { published: '2025-04-16' }];
    const batch = extractMany(texts, options);
    assert.equal(batch.length, texts.length);
    texts.forEach((text, i) => assert.deepEqual(batch[i], extract(text, options[i]), `text ${i}`));
    assert.notDeepEqual(batch[0], batch[3], 'the fallback date of one text does not leak to another');
  });

  it('needs no options and takes an empty batch', () => {
    assert.deepEqual(extractMany([ARTICLE]), [extract(ARTICLE)]);
    assert.deepEqual(extractMany([]), []);
  });
});
