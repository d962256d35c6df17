import * as assert from 'node:assert/strict';
import { isPageControl, isSectionLabel, isSiteName, looksLikeName, mayBeMasthead, nameFromCapitals, siteParts } from '../../../../../src/core/extract/metadata/siteNames';

// All names are invented for these tests.

describe('siteNames', () => {
  it('tells site names from section words', () => {
    assert.equal(isSiteName('Andes Ledger'), true);
    assert.equal(isSiteName('THE CONDOR COURIER'), true);
    assert.equal(isSiteName('Reuters'), true);
    assert.equal(isSiteName('News'), false);
    assert.equal(isSiteName('World News'), false);
    assert.equal(isSiteName('Copper exporters brace for new duties'), false);
  });

  it('takes no headline that ends in an outlet word for a site name', () => {
    for (const headline of ['Peru Copper Exports Hit Record', 'Lima Court Sues Andes Daily Journal', 'Miners Post Record', 'Condor Mine Issues Report', 'COPPER EXPORTS HIT RECORD']) {
      assert.equal(isSiteName(headline), false, headline);
    }
    for (const name of ['The Andes Times', 'Lima Morning Post', 'The Associated Condor Press', 'LTV News', 'THE CONDOR EVENING POST']) {
      assert.equal(isSiteName(name), true, name);
    }
  });

  it('tells a line that may be a masthead from a headline with a verb', () => {
    for (const line of ['Andes Mining and Metal Evening Edition', 'ANDES MINING DESK', 'The Condor Weekly Digest']) assert.equal(mayBeMasthead(line), true, line);
    for (const line of ['TARIFFS HIT PERU COPPER MINERS', 'Peru hit with 30% copper duty as Lima talks stall', 'Condor Mine Wins Copper Award', 'Stocks Post Record Gains']) {
      assert.equal(mayBeMasthead(line), false, line);
    }
  });

  it('reads section labels and taglines, but not a region alone', () => {
    for (const label of ['World News', 'Business', 'Breaking news, analysis', 'Latest Markets & Economy', 'Your source for mining news']) {
      assert.equal(isSectionLabel(label), true, label);
    }
    for (const other of ['US', 'Asia', 'What Comes Next', 'Copper exporters brace for new duties']) assert.equal(isSectionLabel(other), false, other);
  });

  it('peels site names and labels off the ends of a line, keeping what is between as written', () => {
    assert.deepEqual(siteParts('Andes Ledger - World News'), { rest: '', site: 'Andes Ledger' });
    assert.deepEqual(siteParts('Copper duties rise  |  Markets | Andes Herald'), { rest: 'Copper duties rise', site: 'Andes Herald' });
    assert.deepEqual(siteParts('Andes Herald — Copper – a metal in demand'), { rest: 'Copper – a metal in demand', site: 'Andes Herald' });
    assert.deepEqual(siteParts('Trade War - Live Updates'), { rest: 'Trade War' });
    assert.deepEqual(siteParts('Copper duties rise | Andes Herald Business'), { rest: 'Copper duties rise', site: 'Andes Herald' });
    assert.deepEqual(siteParts('Copper duties rise | Andes Herald Mining'), undefined);
    assert.deepEqual(siteParts('The Lima Observer: Business & Economy'), { rest: '', site: 'The Lima Observer' });
    assert.equal(siteParts('US - Peru talks resume'), undefined);
    assert.equal(siteParts('Copper-rich Peru'), undefined);
  });

  it('tells a name-like line from a title-case headline by its verbs', () => {
    assert.equal(looksLikeName('Condor Weekly Edition'), true);
    assert.equal(looksLikeName('Copper Price Shock'), true);
    assert.equal(looksLikeName('Peru Seeks Relief'), false);
    assert.equal(looksLikeName('Markets Fall'), false);
    assert.equal(looksLikeName('Copper talks resume'), false);
    assert.equal(looksLikeName('Andes Copper Price Shock Deepens'), false);
  });

  it('writes a name in capitals as people write it, keeping short acronyms', () => {
    assert.equal(nameFromCapitals('THE DAILY CONDOR'), 'The Daily Condor');
    assert.equal(nameFromCapitals('ANDES NEWS OF THE WEEK'), 'Andes News of the Week');
    assert.equal(nameFromCapitals('LIMA TV NEWS'), 'Lima TV News');
    assert.equal(nameFromCapitals('NEW LIMA POST'), 'New Lima Post');
    assert.equal(nameFromCapitals('THE SUN'), 'The Sun');
    assert.equal(nameFromCapitals('OWL NEWS AND AFP'), 'Owl News and AFP');
    assert.equal(nameFromCapitals('LTV NEWS'), 'LTV News');
    assert.equal(nameFromCapitals('CONDOR SKY NEWS'), 'Condor Sky News');
  });

  it('knows page controls and cookie notices, not headlines about cookies', () => {
    for (const control of ['Listen to this article', '5 min read', 'Skip to main content', 'Home > World', 'Subscribe now', 'Accept all cookies', 'We use cookies on this site to improve it.']) {
      assert.equal(isPageControl(control), true, control);
    }
    assert.equal(isPageControl('Bakers fight new tax on cookies'), false);
    assert.equal(isPageControl('Homeowners face higher copper prices'), false);
  });
});
