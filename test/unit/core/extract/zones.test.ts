import * as assert from 'node:assert/strict';
import type { Zone, ZoneRange } from '../../../../src/core/model';
import { findZones, zoneAt } from '../../../../src/core/extract/zones';

// All pages are invented for these tests.

const PARAGRAPH_1 =
  'Finance ministers from Peru and Chile met in Lima on Monday to discuss tariffs on copper, and both sides said the talks went well.';
const PARAGRAPH_2 =
  'The two governments will meet again next month, a spokesperson said, adding that no agreement on the levies had been reached yet.';

function checkCover(text: string, zones: readonly ZoneRange[]): void {
  if (text.length === 0) return assert.deepEqual(zones, []);
  assert.equal(zones[0].start, 0);
  assert.equal(zones[zones.length - 1].end, text.length);
  for (let i = 1; i < zones.length; i++) {
    assert.equal(zones[i].start, zones[i - 1].end, 'ranges are contiguous');
    assert.notEqual(zones[i].zone, zones[i - 1].zone, 'neighbours differ');
  }
}

/** The zone of the line that starts with `prefix`. */
function zoneOf(text: string, prefix: string): Zone {
  const at = text.indexOf(prefix);
  assert.ok(at >= 0, `missing ${prefix}`);
  return zoneAt(findZones(text), at);
}

function page(...lines: string[]): string {
  return lines.join('\n');
}

describe('findZones', () => {
  it('covers the text with sorted, contiguous ranges', () => {
    for (const text of ['', 'one line', page('Home', '', 'Headline of the day here', PARAGRAPH_1, '', 'Comments', 'Great piece.', '3 ( +4 / -1 )')]) {
      checkCover(text, findZones(text));
    }
  });

  it('marks breadcrumbs and menus as boilerplate wherever they stand', () => {
    const text = page('Home / World / Americas', 'Headline of the day here', PARAGRAPH_1, 'Trade | Markets | Mining | Opinion');
    assert.equal(zoneAt(findZones(text), 0), 'boilerplate');
    assert.equal(zoneAt(findZones(text), text.indexOf('Trade |')), 'boilerplate');
    assert.equal(zoneAt(findZones(text), text.indexOf(PARAGRAPH_1)), 'body');
  });

  it('tells breadcrumbs with any separator from prose with separators far apart', () => {
    const text = page('Headline of the day here', PARAGRAPH_1, 'Asia › Japan » Trade · Markets • Mining', 'Copper and gold prices / what the Lima talks mean for miners / and for the buyers', PARAGRAPH_2);
    assert.equal(zoneOf(text, 'Asia ›'), 'boilerplate');
    assert.equal(zoneOf(text, 'Copper and gold'), 'body');
  });

  it('keeps a plain article in the body', () => {
    const text = page(PARAGRAPH_1, '', PARAGRAPH_2);
    assert.deepEqual(findZones(text), [{ start: 0, end: text.length, zone: 'body' }]);
  });

  it('marks navigation labels in the page head as boilerplate, the headline as body', () => {
    const text = page('Daily Wire Online', '/', 'economy', '', 'Peru and Chile edge closer to copper deal', PARAGRAPH_1);
    assert.equal(zoneOf(text, 'Daily Wire'), 'boilerplate');
    assert.equal(zoneOf(text, '/'), 'boilerplate');
    assert.equal(zoneOf(text, 'economy'), 'boilerplate');
    assert.equal(zoneOf(text, 'Peru and Chile edge'), 'body');
    assert.equal(zoneOf(text, 'Finance ministers'), 'body');
  });

  it('marks newsletter prompts, follow buttons, photo captions and credits as boilerplate', () => {
    const text = page(
      'Peru and Chile edge closer to copper deal',
      'Sign up now: Get our morning newsletters delivered to your inbox',
      'The two ministers shake hands before their meeting in Lima on Monday.',
      'PHOTO: AGENCIA ANDINA',
      'Follow topic:',
      PARAGRAPH_1,
      'The finance minister speaks to reporters in Lima. Image: LIMA POST',
      PARAGRAPH_2,
    );
    assert.equal(zoneOf(text, 'Sign up now'), 'boilerplate');
    assert.equal(zoneOf(text, 'The two ministers shake'), 'boilerplate');
    assert.equal(zoneOf(text, 'PHOTO:'), 'boilerplate');
    assert.equal(zoneOf(text, 'Follow topic'), 'boilerplate');
    assert.equal(zoneOf(text, 'Finance ministers'), 'body');
    assert.equal(zoneOf(text, 'The finance minister speaks'), 'boilerplate');
    assert.equal(zoneOf(text, 'The two governments'), 'body');
  });

  it('marks share buttons, advertisements, cookie notices and hashtags as boilerplate', () => {
    const text = page(
      'Peru and Chile edge closer to copper deal',
      PARAGRAPH_1,
      'Advertisement',
      'Share this article',
      'We use cookies to improve your experience. Accept all cookies?',
      PARAGRAPH_2,
      'Related: Bolivia weighs a copper levy',
      'Hashtags',
      'Reporting by Ana Flores; Editing by Luis Vega',
    );
    for (const prefix of ['Advertisement', 'Share this', 'We use cookies', 'Related:', 'Hashtags', 'Reporting by']) assert.equal(zoneOf(text, prefix), 'boilerplate', prefix);
    assert.equal(zoneOf(text, 'The two governments'), 'body');
  });

  it('ends the article at a copyright line, but a later paragraph is body again', () => {
    const text = page(PARAGRAPH_1, '© 2024 Lima Post Ltd. All rights reserved.', 'Video promotion', 'Spring sale 2024', PARAGRAPH_2);
    assert.equal(zoneOf(text, '© 2024'), 'boilerplate');
    assert.equal(zoneOf(text, 'Video promotion'), 'boilerplate');
    assert.equal(zoneOf(text, 'Spring sale'), 'boilerplate');
    assert.equal(zoneOf(text, 'The two governments'), 'body');
  });

  it('marks a related-articles block as boilerplate to the end, blurbs included', () => {
    const text = page(
      PARAGRAPH_1,
      'Related Articles',
      '',
      'Andes Herald',
      '2 hours ago',
      'Bolivia weighs 15% tariff on imported tyres',
      'Bolivia is considering a 15% tariff on tyres, its trade minister said on Tuesday, as talks with Chile stalled.',
    );
    assert.equal(zoneOf(text, 'Finance ministers'), 'body');
    for (const prefix of ['Related Articles', 'Andes Herald', 'Bolivia weighs', 'Bolivia is considering']) assert.equal(zoneOf(text, prefix), 'boilerplate', prefix);
  });

  it('finds reader comments after a header and keeps them to the end', () => {
    const text = page(
      'Peru and Chile edge closer to copper deal',
      '12 Comments',
      PARAGRAPH_1,
      PARAGRAPH_2,
      '',
      '12 Comments',
      'Login to comment',
      '',
      'About time these two sorted it out.',
      '',
      '5 ( +7 / -2 )',
      '',
      'andes_fanToday  10:15 am PET',
      '',
      'Copper prices will fall whatever they agree.',
      '-3 ( +1 / -4 )',
    );
    assert.equal(zoneOf(text, '12 Comments\nFinance'), 'boilerplate', 'a count next to the headline is not the comments');
    assert.equal(zoneOf(text, 'Finance ministers'), 'body');
    assert.equal(zoneOf(text, '12 Comments\nLogin'), 'comments');
    for (const prefix of ['Login to comment', 'About time', '5 ( +7', 'andes_fan', 'Copper prices', '-3 (']) assert.equal(zoneOf(text, prefix), 'comments', prefix);
  });

  it('ends the comments at the comment form or a related block that follows them', () => {
    const text = page(
      PARAGRAPH_1,
      'Comments',
      'Nice summary.',
      '2 ( +2 / -0 )',
      'Login to leave a comment',
      'Use your Facebook account to register',
      'More from Lima Post',
      'Chile cuts duty on wheat to 5%',
    );
    assert.equal(zoneOf(text, 'Nice summary'), 'comments');
    for (const prefix of ['Login to leave', 'Use your Facebook', 'More from', 'Chile cuts']) assert.equal(zoneOf(text, prefix), 'boilerplate', prefix);
  });

  it('treats an empty comments section as comments, then a related block as boilerplate', () => {
    const text = page(PARAGRAPH_1, 'Comments', 'No comments yet...', 'Related Articles', 'Peru to review copper levy');
    assert.equal(zoneOf(text, 'No comments yet'), 'comments');
    assert.equal(zoneOf(text, 'Peru to review'), 'boilerplate');
  });

  it('turns to comments at a vote count without a header, taking the paragraph above', () => {
    const text = page(PARAGRAPH_1, '', 'I doubt the deal will last a year.', '', '4 ( +6 / -2 )', 'Neither do I.');
    assert.equal(zoneOf(text, 'Finance ministers'), 'body');
    assert.equal(zoneOf(text, 'I doubt'), 'comments');
    assert.equal(zoneOf(text, '4 ( +6'), 'comments');
    assert.equal(zoneOf(text, 'Neither'), 'comments');
  });

  it('finds furniture and headers whose key words sit mid-line', () => {
    const text = page(
      PARAGRAPH_1,
      'Daily Wire Online ©2025 Daily Wire Ltd',
      'We use cookies to improve your visit; by browsing you accept our policy.',
      'Get the weekly trade newsletter in your inbox',
      'Reader discussion: comments powered by Chatterbox',
      'Great summary of the talks.',
    );
    assert.equal(zoneOf(text, 'Daily Wire Online'), 'boilerplate');
    assert.equal(zoneOf(text, 'We use cookies'), 'boilerplate');
    assert.equal(zoneOf(text, 'Get the weekly'), 'boilerplate');
    assert.equal(zoneOf(text, 'Reader discussion'), 'comments');
    assert.equal(zoneOf(text, 'Great summary'), 'comments');
  });

  it('keeps prose that merely mentions cookies, newsletters or copyright in the body', () => {
    const long = 'Officials said the newsletter of the trade ministry, which covers cookie exports and copyright rules, would ' +
      'be published again next month after a long pause caused by the dispute over copper levies between the two countries.';
    const text = page(PARAGRAPH_1, long, PARAGRAPH_2);
    assert.equal(zoneOf(text, 'Officials said'), 'body');
  });

  it('handles \\r\\n and lone \\r line ends like \\n', () => {
    for (const eol of ['\r\n', '\r']) {
      const text = [PARAGRAPH_1, 'Comments', 'Agreed.', '1 ( +1 / -0 )'].join(eol);
      const zones = findZones(text);
      checkCover(text, zones);
      assert.equal(zoneAt(zones, text.indexOf('Agreed')), 'comments');
      assert.equal(zoneAt(zones, 0), 'body');
    }
  });

  it('stays linear on huge inputs', function () {
    this.timeout(30_000);
    for (const text of ['x'.repeat(5_000_000), '\n'.repeat(2_000_000), '1 ( +1 / -1 )\n'.repeat(200_000)]) {
      const t0 = cpuMs();
      checkCover(text, findZones(text));
      const spent = cpuMs() - t0;
      assert.ok(spent < 1500, `took ${spent.toFixed(0)} ms of CPU`);
    }
  });
});

/** CPU time of this process in milliseconds: steadier than wall time on a shared machine. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
