import * as assert from 'node:assert/strict';
import type { SourceMetadata } from '../../../../src/core/model';
import { findSourceMetadata } from '../../../../src/core/extract/metadata';
import { findZones } from '../../../../src/core/extract/zones';

// All pages are invented for these tests.

const PARAGRAPH =
  'Finance ministers from Peru and Chile met in Lima on Monday to discuss tariffs on copper, and both sides said the talks went well.';

function meta(...lines: string[]): SourceMetadata {
  const text = lines.join('\n');
  return findSourceMetadata(text, findZones(text));
}

describe('findSourceMetadata', () => {
  it('takes the first line as the title when it reads like a headline', () => {
    assert.equal(meta('Peru and Chile edge closer to copper deal', PARAGRAPH).title, 'Peru and Chile edge closer to copper deal');
    assert.equal(meta('  Chile cuts duties on U.S. wheat  ', PARAGRAPH).title, 'Chile cuts duties on U.S. wheat');
  });

  it('skips navigation before the title', () => {
    const m = meta('Latest News', '', '|', '', 'Peru and Chile edge closer to copper deal', '', PARAGRAPH);
    assert.equal(m.title, 'Peru and Chile edge closer to copper deal');
  });

  it('skips breadcrumbs and a timestamp line before the title', () => {
    assert.equal(meta('Home / World / Americas', '', 'Peru and Chile edge closer to copper deal', PARAGRAPH).title, 'Peru and Chile edge closer to copper deal');
    assert.equal(meta('Trade | Markets | Mining', 'Peru and Chile edge closer to copper deal', PARAGRAPH).title, 'Peru and Chile edge closer to copper deal');
    assert.equal(meta('Apr. 2, 2026 | 08:15 am PET', '', 'Peru and Chile edge closer to copper deal', PARAGRAPH).title, 'Peru and Chile edge closer to copper deal');
    assert.equal(meta('Copper / gold prices: what the Lima talks mean', PARAGRAPH).title, 'Copper / gold prices: what the Lima talks mean', 'one slash is a headline');
  });

  it('gives no title when the page starts with the article text', () => {
    assert.equal(meta(PARAGRAPH, PARAGRAPH).title, undefined);
  });

  it('reads "By" bylines', () => {
    assert.equal(meta('Copper talks resume in Lima', 'By Maria Quispe', PARAGRAPH).byline, 'Maria Quispe');
    assert.equal(meta('Copper talks resume in Lima', 'By Maria Quispe and Tomas Rojas', PARAGRAPH).byline, 'Maria Quispe and Tomas Rojas');
    const m = meta('Copper talks resume in Lima', 'By Maria Quispe, Andes Herald', PARAGRAPH);
    assert.equal(m.byline, 'Maria Quispe');
    assert.equal(m.outlet, 'Andes Herald');
  });

  it('reads "Name, Outlet" bylines, outlet included', () => {
    const m = meta('Copper talks resume in Lima', 'Tomas Rojas, Lima Post News on', 'Published in World & Business', PARAGRAPH);
    assert.equal(m.byline, 'Tomas Rojas');
    assert.equal(m.outlet, 'Lima Post News');
  });

  it('does not take a place and country for a byline', () => {
    assert.equal(meta('Copper talks resume', 'Lima, Peru', PARAGRAPH).byline, undefined);
  });

  it('takes an outlet masthead on the first line, not a section label', () => {
    assert.equal(meta('Andes Today', 'Copper talks resume in Lima', PARAGRAPH).outlet, 'Andes Today');
    assert.equal(meta('Current News', 'Copper talks resume in Lima', PARAGRAPH).outlet, undefined);
  });

  it('reads "Published in <outlet>" but not a section name', () => {
    assert.equal(meta('Copper talks resume in Lima', 'Published in The Andes Times', PARAGRAPH).outlet, 'The Andes Times');
    assert.equal(meta('Copper talks resume in Lima', 'Published in News & Features', PARAGRAPH).outlet, undefined);
  });

  it('reads an agency dateline in the body, not in a related block', () => {
    assert.equal(meta('LIMA (Andes Wire) - ' + PARAGRAPH).outlet, 'Andes Wire');
    assert.equal(meta(PARAGRAPH, 'Related Articles', 'QUITO (Condor News) -- Ecuador raised duties.').outlet, undefined);
  });

  it('falls back to the copyright holder, without year and company suffix', () => {
    assert.equal(meta(PARAGRAPH, '©2024 Lima Post L.P. Visit limapost.example. Distributed by Someone.').outlet, 'Lima Post');
    assert.equal(meta(PARAGRAPH, '© 2023 CONDOR MEDIA Inc. All rights reserved.').outlet, 'Condor Media');
  });

  it('takes the last copyright line that names a holder, wherever it is indented, never one in comments', () => {
    assert.equal(meta(PARAGRAPH, '  © 2020 Old Owner Ltd.', PARAGRAPH, '  ©2024 Lima Post Inc.', '(c) 2025', '').outlet, 'Lima Post');
    assert.equal(meta('Copper talks resume', PARAGRAPH, 'Comments', 'Copyright 2025 Condor Media').outlet, undefined);
  });

  it('finds a "Source:" line after long lines and before a Windows line end', () => {
    assert.equal(meta('Copper talks resume', PARAGRAPH.repeat(3), 'Source: https://andes.example.org/a/123\r', 'Comments').url, 'https://andes.example.org/a/123');
  });

  it('reads the URL from the page head or a "Source:" line, never from comments', () => {
    assert.equal(meta('https://news.example.com/2024/copper-talks', 'Copper talks resume', PARAGRAPH).url, 'https://news.example.com/2024/copper-talks');
    assert.equal(meta('Copper talks resume', PARAGRAPH, 'Source: https://andes.example.org/a/123.', 'Comments').url, 'https://andes.example.org/a/123');
    assert.equal(meta('Copper talks resume', PARAGRAPH, 'Comments', 'See https://spam.example.net/x', 'Source: https://spam.example.net/y').url, undefined);
  });

  it('rejects malformed URLs', () => {
    assert.equal(meta('Source: https://not a url', PARAGRAPH).url, undefined);
    assert.equal(meta('Source: http://localhost', PARAGRAPH).url, undefined);
    assert.equal(meta('Source: javascript:alert(1)', PARAGRAPH).url, undefined);
  });

  it('reads a line longer than 300 characters by its first 300: a paragraph there ends the page head', () => {
    // 19 words start in the first 300 characters of one line (with the "…" that marks the cut, 20), 18 in the other.
    const nineteen = `  ${'Coppersmithings '.repeat(24)}`;
    const eighteen = `  ${'Coppersmithingly '.repeat(24)}`;
    assert.equal(meta('Copper talks resume in Lima', nineteen, 'By Ana Ruiz and Jorge Paz', PARAGRAPH).byline, undefined);
    assert.equal(meta('Copper talks resume in Lima', eighteen, 'By Ana Ruiz and Jorge Paz', PARAGRAPH).byline, 'Ana Ruiz and Jorge Paz');
    assert.equal(meta(`LIMA (Andes Wire) - ${'copper '.repeat(60)}`).outlet, 'Andes Wire');
  });

  it('returns nothing for a page that says nothing about itself', () => {
    assert.deepEqual(meta(PARAGRAPH), {});
    assert.deepEqual(meta(''), {});
  });
});
