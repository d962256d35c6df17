import * as assert from 'node:assert/strict';
import type { RawMention } from '../../../../src/core/model';
import { findRates } from '../../../../src/core/extract/rates';
import { findPercentSpans } from '../../../../src/core/extract/rates/percentSpans';

// All sentences are invented for these tests.

function rates(text: string): RawMention[] {
  const found = findRates(text, { zones: [] });
  for (const m of found) assert.equal(text.slice(m.start, m.end), m.text, 'span text must equal the slice');
  return found;
}

function texts(text: string): string[] {
  return rates(text).map((m) => m.text);
}

function only(text: string): RawMention {
  const found = rates(text);
  assert.equal(found.length, 1, `expected one rate in: ${text} (got ${JSON.stringify(found.map((m) => m.text))})`);
  return found[0];
}

describe('findPercentSpans (numbers with a unit, before any tariff filter)', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['Exports rose 24% in May.', ['24%'], ['24']],
    ['a 25 percent cut', ['25 percent'], ['25']],
    ['about 10 per cent of sales', ['10 per cent'], ['10']],
    ['up 20 pct on the day', ['20 pct'], ['20']],
    ['a rate of 27.5% was set', ['27.5%'], ['27.5']],
    ['a 25-percent duty', ['25-percent'], ['25']],
    ['some 1,000% higher', ['1,000%'], ['1000']],
    ['roughly ten percent of staff', ['ten percent'], ['10']],
    ['twenty-five percent and thirty five percent', ['twenty-five percent', 'thirty five percent'], ['25', '35']],
    ['a gain of half a percent', ['half a percent'], ['0.5']],
    // Spelled numbers in any case; words shaped like none are passed over.
    ['FIVE PERCENT, Twenty-Five percent, One-Hundred percent', ['FIVE PERCENT', 'Twenty-Five percent', 'One-Hundred percent'], ['5', '25', '100']],
    ['eighty-zero percent, xfive percent, a rise to 5%', ['5%'], ['5']],
    // Ranges: every number is its own span, so every value is one decimal string (DESIGN.md).
    ['between 15-20% of output', ['15', '20%'], ['15', '20']],
    ['20 to 25 percent of jobs', ['20', '25 percent'], ['20', '25']],
    ['losses of between three and seven percent', ['three', 'seven percent'], ['3', '7']],
    ['three and seven percent', ['seven percent'], ['7']],
    ['from 10 to 25 percent', ['10', '25 percent'], ['10', '25']],
    ['From Ten To Twenty percent', ['Ten', 'Twenty percent'], ['10', '20']],
    ['from 10% to 25%', ['10%', '25%'], ['10', '25']],
    // Signs and words are found by separate scans: the spans still come in text order.
    ['5\uFF05 then 7 percent, 9% and 3 PCT, 4 PER CENT', ['5\uFF05', '7 percent', '9%', '3 PCT', '4 PER CENT'], ['5', '7', '9', '3', '4']],
  ];
  for (const [text, spans, values] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => {
      const found = findPercentSpans(text);
      assert.deepEqual(found.map((s) => text.slice(s.start, s.end)), spans);
      assert.deepEqual(found.map((s) => s.value), values);
    });
  }

  it('ignores percentage points, model numbers and stray signs', () => {
    for (const text of ['growth slowed by 0.6 percentage point', 'version v1.5% build', '%%%', 'a % sign', '3.% odd']) {
      assert.deepEqual(findPercentSpans(text), [], text);
    }
  });
});

describe('findRates: which percentages are tariff rates', () => {
  it('takes a rate followed by a tariff noun', () => {
    assert.deepEqual(texts('Canada has faced 24% tariffs on its lumber since spring.'), ['24%']);
    assert.deepEqual(texts('Brazil worries about the 25 percent duties on its steel.'), ['25 percent']);
    assert.deepEqual(texts('Officials discussed 20 pct levies on farm goods.'), ['20 pct']);
    assert.deepEqual(texts('A 25% tariff on car imports hurts Korea.'), ['25%']);
    assert.deepEqual(texts('Britain proposed a 10 per cent import tax on bicycles.'), ['10 per cent']);
  });

  it('takes a rate after a tariff noun in the same clause', () => {
    assert.deepEqual(texts('The country imposed tariffs of 25% on Mexican cement.'), ['25%']);
    assert.deepEqual(texts('Peru will apply a tariff rate of 15 percent to textiles.'), ['15 percent']);
    assert.deepEqual(texts('Chile faces a reciprocal tariff of 24% from next month.'), ['24%']);
    assert.deepEqual(texts('Levies on Indian shrimp would be lowered to 12% next year.'), ['12%']);
  });

  it('takes both numbers of a change, each on its own', () => {
    assert.deepEqual(texts('Duties on Thai rice are set to jump to 25% from 10% in August.'), ['25%', '10%']);
    assert.deepEqual(texts('The levy on cheese rose from 10% to 25% overnight.'), ['10%', '25%']);
    assert.deepEqual(texts('Tariffs on sugar will go from 10 to 20 percent.'), ['10', '20 percent']);
  });

  it('reads values as decimal strings', () => {
    const m = only('Ottawa set a 27.5% tariff on electric bikes.');
    assert.equal(m.value, '27.5');
    assert.equal(m.kind, 'rate');
  });

  it('takes "the 10 percent baseline" when the sentence is about tariffs', () => {
    assert.deepEqual(texts('Reciprocal tariffs for Norway stand at 18 percent, including the 10 percent baseline.'), ['18 percent', '10 percent']);
    assert.deepEqual(texts('The survey used the 10 percent baseline from last year.'), []);
  });

  it('rejects shares of a total', () => {
    assert.deepEqual(texts('Cars make up 28% of its exports to the bloc, despite tariffs.'), []);
    assert.deepEqual(texts('Farm goods were nearly 30 percent of total exports before the duties began.'), []);
  });

  it('rejects growth, prices, stock moves, polls and interest rates', () => {
    assert.deepEqual(texts('Tariffs could knock 0.5% off growth this year.'), []);
    assert.deepEqual(texts('Shares in the carmaker fell 4% after the tariff news.'), []);
    assert.deepEqual(texts('The Nikkei dropped 2.1% as tariff fears spread.'), []);
    assert.deepEqual(texts('Support for the tariffs stood at 41%, a poll showed.'), []);
    assert.deepEqual(texts('The central bank kept its interest rate at 0.5% despite the tariffs.'), []);
    assert.deepEqual(texts('Prices of imported shoes rose 7% because of duties.'), []);
    assert.deepEqual(texts('Investment grew 22% annual growth rate while tariffs loomed.'), []);
  });

  it('rejects utility tariffs and other taxes', () => {
    assert.deepEqual(texts('Electricity tariffs will rise 5% in April.'), []);
    assert.deepEqual(texts('Households pay a 9% electricity tariff.'), []);
    assert.deepEqual(texts('The 3% digital services tax angered Washington.'), []);
    assert.deepEqual(texts('The income tax of 20 percent is unchanged.'), []);
  });

  it('rejects degrees of certainty and percentages with no tariff word', () => {
    assert.deepEqual(texts('"I am 100% firm that tariffs will stay," he said.'), []);
    assert.deepEqual(texts('Sales climbed 12% in the quarter.'), []);
    assert.deepEqual(texts('Growth slowed by 0.6 percentage point because of tariffs.'), []);
  });

  it('takes surtaxes, and ignores "tariff" used as a modifier', () => {
    assert.deepEqual(texts('Ottawa slapped a 100% surtax on imported e-bikes.'), ['100%']);
    assert.deepEqual(texts('The council voted 60% to 40% against the tariff bill.'), []);
    assert.deepEqual(texts('Ahead of the tariff talks, exporters shipped 12% more cars.'), []);
  });

  it('keeps a tariff word from another sentence out of the decision', () => {
    assert.deepEqual(texts('Tariffs were discussed. Exports rose 9% in March.'), []);
  });

  it('looks for tariff words near each number, however far apart the numbers and the words are', () => {
    const filler = 'Markets were quiet and traders waited for news from the capital. '.repeat(20);
    const text = `A 10% tariff on steel stays. ${filler}Exports rose 9% in March. ${filler}Exports rose 4% and a 15% duty on cars applies. ${filler}`;
    assert.deepEqual(texts(text), ['10%', '15%']);
    assert.deepEqual(texts(`${filler}Exports rose 9% in March. ${filler}A 20% levy on rice applies.`), ['20%']);
  });

  it('reads every sentence of a long text with many rates the same as on its own', () => {
    const sentences = ['A 25% tariff on cars took effect on April 2.', 'Stocks fell 3% on the news.', 'Japan faces 24% duties on steel.'];
    const text = Array.from({ length: 3000 }, (_, i) => sentences[i % 3]).join(' ');
    const alone = sentences.map((s) => rates(s).map((m) => [m.text, m.rate]));
    const found = rates(text);
    assert.equal(found.length, 2000);
    assert.deepEqual([found[0], found[1]].map((m) => [m.text, m.rate]), [alone[0][0], alone[2][0]]);
    assert.deepEqual([found[1998], found[1999]].map((m) => [m.text, m.rate]), [alone[0][0], alone[2][0]]);
  });
});

describe('findRates: what the sentence says about each rate', () => {
  it('finds the goods after "on"', () => {
    assert.equal(only('A 25% tariff on car imports into the U.S. bites.').rate?.appliesTo, 'car imports');
    assert.equal(only('The 25 percent levies on all imported steel and aluminium stay.').rate?.appliesTo, 'all imported steel and aluminium');
    assert.equal(only('Seoul faces steep 20% duties on imports of its cars, ships and chips.').rate?.appliesTo, 'cars, ships and chips');
  });

  it('finds goods written before the tariff word and across-the-board scope', () => {
    assert.equal(only('Mexico now pays 25% steel tariffs.').rate?.appliesTo, 'steel');
    assert.equal(only('An across-the-board tariff of 10% applies to Peru.').rate?.appliesTo, 'all goods');
  });

  it('finds who imposes it and on whom', () => {
    const a = only('India has faced U.S. tariffs of 26% since April.').rate;
    assert.equal(a?.imposedBy, 'U.S.');
    assert.equal(a?.imposedOn, 'India');
    const b = only('Reciprocal tariffs amount to 24 percent for Japan.').rate;
    assert.equal(b?.imposedOn, 'Japan');
    const c = only('A 15% tariff on Japanese imports was agreed.').rate;
    assert.equal(c?.appliesTo, 'Japanese imports');
    assert.equal(c?.imposedOn, 'Japan');
    const d = only('South Korea is subject to a 25% tariff on ships.').rate;
    assert.equal(d?.imposedOn, 'South Korea');
    assert.equal(only('Cheese pays a 12% levy imposed by the European Union.').rate?.imposedBy, 'European Union');
  });

  it('finds status and timing', () => {
    assert.equal(only('The 20% tariff on wine is paused for 90 days.').rate?.status, 'paused');
    assert.equal(only('He threatened a 50% tariff on films.').rate?.status, 'threatened');
    assert.equal(only('A 10% duty on toys is already in place.').rate?.status, 'in force');
    assert.equal(only('A 25 percent tariff on trucks took effect on Monday.').rate?.status, 'in force');
    const [raised, old] = rates('Talks must end before Aug. 1, when tariffs on Peru are set to jump to 30% from 10%.');
    assert.equal(raised.rate?.status, 'raised, from Aug. 1');
    assert.equal(old.rate?.status, undefined, 'the rate being left is not the one raised');
    const lowered = rates('A threatened 40% tariff was later wound back to 10% for now.');
    assert.deepEqual(lowered.map((m) => m.rate?.status), ['threatened', 'lowered']);
    assert.equal(only('The 25% tariff on steel took effect on Aug. 1, 2025, officials said.').rate?.status, 'in force, on Aug. 1, 2025');
    const levy = only('Canada imposed a 10 per cent levy on U.S. steel from 1 August 2025.').rate;
    assert.equal(levy?.status, 'in force, from 1 August 2025');
    assert.equal(levy?.imposedBy, 'Canada');
  });

  it('reads a poll word with its possessive as a poll', () => {
    assert.deepEqual(texts("The survey's authors said a 25% tariff on cars was likely."), []);
  });

  it('leaves out what the sentence does not say', () => {
    assert.deepEqual(only('They discussed 30% tariffs.').rate, {});
  });
});

describe('findRates: cost', () => {
  it('stays linear on a 5 MB line of percent signs or bare percentages', function () {
    this.timeout(30_000);
    for (const text of ['%'.repeat(5_000_000), '1% '.repeat(1_700_000), '1'.repeat(5_000_000)]) {
      const t0 = cpuMs();
      findRates(text, { zones: [] });
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
