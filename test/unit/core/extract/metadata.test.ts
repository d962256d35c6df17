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

  it('takes the headline under a masthead with a section or tagline, and the masthead as the outlet', () => {
    const headline = 'Copper exporters brace for new duties';
    for (const masthead of ['Andes Ledger - World News', 'Andes Ledger | Business', 'Andes Ledger — Breaking news, analysis', 'Andes Ledger :: Markets', 'Andes Ledger: Business & Economy', 'Andes Ledger - Your source for mining news']) {
      const m = meta(masthead, headline, PARAGRAPH);
      assert.equal(m.title, headline, masthead);
      assert.equal(m.outlet, 'Andes Ledger', masthead);
    }
  });

  it('takes an outlet name in capitals for a masthead, written as people write it', () => {
    const m = meta('THE CONDOR EVENING COURIER', 'Copper exporters brace for new duties', PARAGRAPH);
    assert.equal(m.title, 'Copper exporters brace for new duties');
    assert.equal(m.outlet, 'The Condor Evening Courier');
    assert.equal(meta('ANDES HERALD', 'Copper exporters brace for new duties', PARAGRAPH).outlet, 'Andes Herald');
  });

  it("takes the site's name off a headline", () => {
    for (const line of ['Copper exporters brace for new duties - Andes Herald', 'Copper exporters brace for new duties | Markets | Andes Herald', 'Andes Herald | Copper exporters brace for new duties']) {
      const m = meta(line, PARAGRAPH);
      assert.equal(m.title, 'Copper exporters brace for new duties', line);
      assert.equal(m.outlet, 'Andes Herald', line);
    }
    assert.equal(meta('Copper exporters brace for new duties - Markets', PARAGRAPH).title, 'Copper exporters brace for new duties');
  });

  it('keeps headlines with separators that name no site', () => {
    assert.equal(meta('Copper Deal Collapses - What Comes Next', PARAGRAPH).title, 'Copper Deal Collapses - What Comes Next');
    assert.equal(meta('US - Peru copper talks resume in Lima', PARAGRAPH).title, 'US - Peru copper talks resume in Lima');
    assert.equal(meta('Copper talks: what Lima wants', PARAGRAPH).title, 'Copper talks: what Lima wants');
  });

  it('keeps a short or capitalised headline as the title when no other headline follows it', () => {
    assert.equal(meta('Andes Copper Price Shock', PARAGRAPH).title, 'Andes Copper Price Shock');
    assert.equal(meta('PERU SEEKS COPPER RELIEF', PARAGRAPH).title, 'PERU SEEKS COPPER RELIEF');
    assert.equal(meta('Trade War - Live Updates', PARAGRAPH).title, 'Trade War - Live Updates');
    assert.equal(meta('Chile Cuts Copper Duties', 'By Ana Ruiz', PARAGRAPH).title, 'Chile Cuts Copper Duties');
    assert.equal(meta('Tariffs bite in Lima', PARAGRAPH).title, 'Tariffs bite in Lima');
  });

  it('prefers the headline to a kicker or unknown masthead above it', () => {
    assert.equal(meta('Copper Price Shock', 'Markets tumble as new duties take effect', PARAGRAPH).title, 'Markets tumble as new duties take effect');
    assert.equal(meta('ANDES MINING DESK', 'Markets tumble as new duties take effect', PARAGRAPH).title, 'Markets tumble as new duties take effect');
    assert.equal(meta('Trade War - Live Updates', 'Markets tumble as new duties take effect', PARAGRAPH).title, 'Markets tumble as new duties take effect');
  });

  it('does not take a line that repeats the outlet for the title', () => {
    const m = meta('Andes Copper Report Weekly Edition', 'Copper exporters brace for new duties', PARAGRAPH, '© 2025 Andes Copper Report Weekly Edition');
    assert.equal(m.title, 'Copper exporters brace for new duties');
    assert.equal(m.outlet, 'Andes Copper Report Weekly Edition');
  });

  it('finds a masthead among the page controls before the title, or just under it', () => {
    assert.equal(meta('Sign in', 'Menu', 'Andes Herald', 'World', 'Copper exporters brace for new duties', PARAGRAPH).outlet, 'Andes Herald');
    const m = meta('Copper exporters brace for new duties', 'Andes Herald - World News', PARAGRAPH);
    assert.equal(m.title, 'Copper exporters brace for new duties');
    assert.equal(m.outlet, 'Andes Herald');
  });

  it('skips page controls, breadcrumbs and cookie notices before the title', () => {
    const headline = 'Copper exporters brace for new duties';
    assert.equal(meta('Listen to this article', '4 min read', headline, PARAGRAPH).title, headline);
    assert.equal(meta('Home > Business', headline, PARAGRAPH).title, headline);
    assert.equal(meta('You are here: Home / Business', headline, PARAGRAPH).title, headline);
    assert.equal(meta('Andes Herald', 'Exclusive', headline, PARAGRAPH).title, headline);
    assert.equal(meta('We use cookies to give you the best experience on our site. By continuing you agree to this.', headline, PARAGRAPH).title, headline);
  });

  it('gives no outlet for a lone section word', () => {
    assert.equal(meta('News', 'Copper exporters brace for new duties', PARAGRAPH).outlet, undefined);
  });

  it('notes the headline under the title, for the bundle to use when the title is a masthead', () => {
    assert.equal(meta('Andes Evening Edition Online Now', 'Copper exporters brace for new duties', PARAGRAPH).nextTitle, 'Copper exporters brace for new duties');
    assert.equal(meta('Copper exporters brace for new duties', 'By Ana Ruiz', PARAGRAPH).nextTitle, undefined);
  });

  it('notes no headline under a title with a verb: that title is never a masthead', () => {
    assert.equal(meta('Copper exporters brace for new duties', 'Miners in Lima fear a long dispute', PARAGRAPH).nextTitle, undefined);
    assert.equal(meta('PERU SEEKS COPPER RELIEF AS DUTIES RISE', 'Miners in Lima fear a long dispute', PARAGRAPH).nextTitle, undefined);
  });

  it('keeps a headline that ends in an outlet word as the title, and takes no outlet from it', () => {
    const dated = (headline: string) => meta(headline, 'March 4, 2025', '', `LIMA - ${PARAGRAPH}`);
    for (const headline of ['Peru Copper Exports Hit Record', 'Lima Court Sues Andes Daily Journal', 'Copper Output Falls To Record', 'Minister Slams Condor Evening Post']) {
      const m = dated(headline);
      assert.equal(m.title, headline, headline);
      assert.equal(m.outlet, undefined, headline);
    }
    assert.equal(dated('The Condor Morning Post').outlet, 'The Condor Morning Post');
  });

  it('keeps a short headline in capitals above a sub-headline: with a verb it is no masthead', () => {
    const m = meta('TARIFFS HIT PERU COPPER MINERS', 'Exporters in Lima brace for a sharp drop in sales', 'March 4, 2025', '', PARAGRAPH);
    assert.equal(m.title, 'TARIFFS HIT PERU COPPER MINERS');
    assert.equal(meta('ANDES MINING DESK', 'Exporters in Lima brace for a sharp drop in sales', PARAGRAPH).title, 'Exporters in Lima brace for a sharp drop in sales');
  });

  it('writes an outlet masthead in capitals with its short words in lower case, keeping acronyms', () => {
    assert.equal(meta('NEW LIMA POST', 'Copper exporters brace for new duties', PARAGRAPH).outlet, 'New Lima Post');
    assert.equal(meta('THE SUN', 'Copper exporters brace for new duties', PARAGRAPH).outlet, 'The Sun');
    assert.equal(meta('OWL NEWS', 'Copper exporters brace for new duties', PARAGRAPH).outlet, 'Owl News');
    assert.equal(meta('LTV NEWS', 'Copper exporters brace for new duties', PARAGRAPH).outlet, 'LTV News');
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
