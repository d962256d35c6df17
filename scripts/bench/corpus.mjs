// Generates invented news articles (our own text) for benchmarks: deterministic for a given seed.

const GIVEN = ['Maria', 'Kenji', 'Laura', 'Tomas', 'Aiko', 'Daniel', 'Priya', 'Hiroshi', 'Elena', 'Samuel', 'Minh', 'Grace'];
const FAMILY = ['Tanaka', 'Okafor', 'Lindqvist', 'Moreau', 'Sato', 'Hernandez', 'Nakamura', 'Brennan', 'Tran', 'Kowalski', 'Abe', 'Rossi'];
const ROLES = ['Trade Minister', 'Treasury Secretary', 'chief negotiator', 'economy minister', 'Commerce Secretary', 'analyst'];
const COUNTRIES = ['Japan', 'Vietnam', 'Canada', 'Mexico', 'South Korea', 'India', 'Brazil', 'the European Union'];
const GOODS = ['cars', 'steel', 'aluminium', 'semiconductors', 'rice', 'auto parts', 'solar panels', 'all imports'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const OUTLETS = ['The Harbour Ledger', 'Pacific Wire', 'Daily Meridian', 'Capital Courier'];

function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/** One article of roughly `targetBytes`, with body, a comments section and boilerplate. */
export function article(seed, targetBytes = 8000) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const pct = () => pick(['10', '15', '24', '25', '27.5', '30', '46', '50']);
  const day = () => 1 + Math.floor(r() * 28);
  const year = 2024 + Math.floor(r() * 3);
  const a = { g: pick(GIVEN), f: pick(FAMILY) };
  const b = { g: pick(GIVEN), f: pick(FAMILY) };
  const country = pick(COUNTRIES);
  const outlet = pick(OUTLETS);
  const lines = [
    `${country} seeks relief from ${pct()}% tariffs on ${pick(GOODS)} as talks resume`,
    `Home | World | Business | Markets`,
    `By ${b.g} ${b.f}, ${outlet}`,
    `Published ${pick(MONTHS)} ${day()}, ${year}`,
    `WASHINGTON – ${country}'s ${pick(ROLES)} ${a.g} ${a.f} said on ${pick(['Monday', 'Tuesday', 'Friday'])} the government would press for the removal of a ${pct()}% levy on ${pick(GOODS)}.`,
  ];
  while (lines.join('\n').length < targetBytes * 0.8) {
    lines.push(
      pick([
        `Mr ${a.f} told reporters that a deal could come by ${pick(MONTHS)} ${day()}, adding that tariffs of ${pct()} percent on ${pick(GOODS)} would hurt exporters.`,
        `Exports of ${pick(GOODS)} make up about ${Math.floor(r() * 40)}% of shipments, and growth slowed to ${(r() * 3).toFixed(1)}% last year.`,
        `"We are not in a hurry," ${a.f} said, after meeting ${b.g} ${b.f} in ${pick(['Tokyo', 'Hanoi', 'Ottawa', 'Geneva'])} last week.`,
        `The duty on ${pick(GOODS)} is set to rise to ${pct()}% from ${pct()}% on ${pick(MONTHS)} 1 unless an agreement is reached in mid-${pick(MONTHS)}.`,
        `${a.f} ${a.g}, who led the previous round, said the 90-day pause would expire in ${pick(MONTHS)} ${year + 1}.`,
        `Shares of carmakers fell ${(r() * 5).toFixed(1)}% on ${pick(['Wednesday', 'Thursday'])}, while a poll found ${Math.floor(r() * 90)}% of voters backed the talks.`,
      ]),
    );
  }
  lines.push('Comments', 'Login to comment');
  lines.push(`tradewatcher${Math.floor(r() * 99)}`, `Today 09:${10 + Math.floor(r() * 49)} am`, `These ${pct()}% tariffs will hit us all.`, `${Math.floor(r() * 30)} ( +${Math.floor(r() * 30)} / -${Math.floor(r() * 9)} )`);
  lines.push('Related Articles', `${pick(COUNTRIES)} weighs retaliatory duties on ${pick(GOODS)}`, `© ${year} ${outlet}. All rights reserved.`);
  return lines.join('\n') + '\n';
}

/** `count` articles averaging `bytesEach`, as [name, text] pairs. */
export function corpus(count, bytesEach = 8000) {
  const out = [];
  for (let i = 0; i < count; i++) out.push([`outlet-${i % 20}/article-${String(i).padStart(5, '0')}.txt`, article(i + 1, bytesEach)]);
  return out;
}
