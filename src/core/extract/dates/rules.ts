/**
 * The date grammar: one rule per surface form, each a regex fragment plus a function that checks
 * the context and computes the TIMEX3 value (see grammar.ts for how they are run). At a given
 * position the first rule that matches wins, so longer forms come before their prefixes
 * ("April 16, 2025" before "April").
 */
import { addDays, daysIn, formatDay, formatMonth, formatQuarter, formatWeek, isRealDay, quarterOf } from './calendar';
import {
  afterDatePreposition, isNameAfterMonth, isNameAfterWeekday, isTitleToday, isYearContext, wordBefore, yearEndsCleanly,
} from './guards';
import {
  DAY_NUM, DECADE_WORDS, MONTH_ANY, MONTH_FULL, NUMBER_WORD, ORDINAL, PART_OF_DAY, PART_OF_DAY_WORDS, SEASON,
  WEEKDAY, YEAR4, ZONE_ABBR, monthNumber, numberValue, weekdayNumber,
} from './lexicon';
import { agoValue, resolveWeekday, shiftedUnit } from './resolve';
import {
  anchoredTo, clockOutput, dayOf, fixed, monthDayValue, noDigitBefore, offsetOf, type Rule, type RuleOutput, seasonYear,
  tenseAt, UNIT_OF,
} from './ruleKit';

export type { Rule, RuleInput, RuleOutput } from './ruleKit';

const AMPM = String.raw`(?:[ap]\.m\.|[ap]m\b|[AP]M\b)`;
const ZONE = String.raw`(?:\(\s*${ZONE_ABBR}(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?\s*\)|${ZONE_ABBR}(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?\b|(?:[A-Z][a-z]+\s+(?:(?:Standard|Daylight)\s+)?|local\s+)[Tt]ime\b)`;
const DAY_WORD = String.raw`(?:today|tonight|yesterday|tomorrow|${WEEKDAY})`;

const QUARTER_ORDINALS = String.raw`[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]inal|[Ll]ast|1st|2nd|3rd|4th|[Cc]urrent|[Nn]ext|[Pp]revious|[Pp]ast|[Ll]atest`;

const HOLIDAYS: Readonly<Record<string, string>> = {
  'christmas': '12-25', 'christmas day': '12-25', 'christmas eve': '12-24', "new year's day": '01-01',
  "new year's eve": '12-31', 'halloween': '10-31', 'boxing day': '12-26', "valentine's day": '02-14',
};

export const RULES: readonly Rule[] = [
  {
    // A comment timestamp glued to the user name: "kurisupisuToday 09:52 am JST".
    name: 'stamp',
    opens: 'word',
    source: String.raw`(?<stW>Today|Yesterday)[^\S\r\n]+(?<stH>[01]?\d|2[0-3]):(?<stM>[0-5]\d)(?:\s*(?<stAp>${AMPM}))?(?:[^\S\r\n]*(?<stZ>${ZONE}))?`,
    resolve: (i) => clockOutput(i, +i.groups.stH!, +i.groups.stM!, i.groups.stAp, i.groups.stZ, i.groups.stW),
  },
  {
    name: 'iso',
    opens: 'digit',
    source: String.raw`\b(?<isoY>(?:19|20)\d\d)-(?<isoM>0[1-9]|1[0-2])-(?<isoD>0[1-9]|[12]\d|3[01])(?:[T ](?<isoH>[01]\d|2[0-3]):(?<isoMi>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?<isoZ>Z|[+-][01]\d:?[0-5]\d)?)?(?![\d-])`,
    resolve: (i) => {
      const { isoY, isoM, isoD, isoH, isoMi, isoZ } = i.groups;
      if (!isRealDay(+isoY!, +isoM!, +isoD!)) return undefined;
      const day = `${isoY}-${isoM}-${isoD}`;
      return fixed(isoH ? `${day}T${isoH}:${isoMi}${isoZ === 'Z' ? 'Z' : ''}` : day);
    },
  },
  {
    // 16/04/2025 is unambiguous; 7/8/07 is read the American way, month first.
    name: 'slash',
    opens: 'digit',
    source: String.raw`\b(?<slA>[0-3]?\d)/(?<slB>[0-3]?\d)/(?<slY>(?:19|20)\d\d|\d\d)(?![\d/])`,
    resolve: (i) => {
      if (/[/\d]/.test(i.text[i.start - 1] ?? ' ')) return undefined;
      const a = +i.groups.slA!;
      const b = +i.groups.slB!;
      const y = i.groups.slY!.length === 2 ? 2000 + +i.groups.slY! - (+i.groups.slY! > 50 ? 100 : 0) : +i.groups.slY!;
      const [month, day] = a > 12 ? [b, a] : [a, b];
      return isRealDay(y, month, day) ? fixed(formatDay({ year: y, month, day })) : undefined;
    },
  },
  {
    // "2025-26": a fiscal year or season; a date, but not one day, month or year.
    name: 'span',
    opens: 'digit',
    source: String.raw`\b(?<fyA>(?:19|20)\d\d)[-–/](?<fyB>\d\d)(?![\d%])`,
    resolve: (i) => ((+i.groups.fyA! + 1) % 100 === +i.groups.fyB! && isYearContext(i.text, i.start, i.start + 4) ? fixed('') : undefined),
  },
  {
    name: 'militaryTime',
    opens: 'digit',
    source: String.raw`\b(?<zH>[01]\d|2[0-3])(?<zM>[0-5]\d)[^\S\r\n]*(?<zZ>UTC|GMT)\b`,
    resolve: (i) => clockOutput(i, +i.groups.zH!, +i.groups.zM!, undefined, i.groups.zZ, undefined),
  },
  {
    name: 'clock',
    opens: 'digit',
    source: String.raw`\b(?<clH>[01]?\d|2[0-3]):(?<clM>[0-5]\d)(?!\d)(?::[0-5]\d(?!\d))?(?:\s*(?<clAp>${AMPM}))?(?:[^\S\r\n]*(?<clZ>${ZONE}))?(?:[^\S\r\n]+(?<clDay>${DAY_WORD})\b)?`,
    resolve: (i) => (noDigitBefore(i) ? clockOutput(i, +i.groups.clH!, +i.groups.clM!, i.groups.clAp, i.groups.clZ, i.groups.clDay) : undefined),
  },
  {
    name: 'hour',
    opens: 'digit',
    source: String.raw`\b(?<hH>1[0-2]|0?[1-9])[^\S\r\n]*(?<hAp>${AMPM})(?:[^\S\r\n]*(?<hZ>${ZONE}))?(?:[^\S\r\n]+(?<hDay>${DAY_WORD})\b)?`,
    resolve: (i) => (noDigitBefore(i) ? clockOutput(i, +i.groups.hH!, 0, i.groups.hAp, i.groups.hZ, i.groups.hDay) : undefined),
  },
  {
    // Named days; a trailing lower-case noun makes them adjectives ("Christmas sales").
    name: 'holiday',
    opens: 'word',
    source: String.raw`\b(?<hoW>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s\s+(?:Day|Eve)|Halloween|Boxing\s+Day|Valentine['’]s\s+Day|Thanksgiving(?:\s+Day)?|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Black\s+(?:Monday|Tuesday|Thursday|Friday))\b`,
    resolve: (i) => {
      // "Johnnie Christmas": a capitalised word before, other than a preposition, makes a surname.
      if (/^[A-Z][a-z]+$/.test(wordBefore(i.text, i.start)) && !/^(?:On|By|At|Before|After|Since|Until|Over|During|For|Last|Next|This)$/.test(wordBefore(i.text, i.start))) return undefined;
      if (/^\s+[a-z]/.test(i.text.slice(i.end, i.end + 2)) && !/^\s+(?:morning|night|eve)\b/.test(i.text.slice(i.end, i.end + 9))) return undefined;
      const monthDay = HOLIDAYS[i.groups.hoW!.replace(/\s+/g, ' ').replace('’', "'").toLowerCase()];
      if (!monthDay) return fixed('');
      return i.anchor ? { value: `${i.anchor.year}-${monthDay}`, anchored: true } : fixed(`XXXX-${monthDay}`);
    },
  },
  {
    // "Friday", "Friday, July 21, 2017", "Friday morning".
    name: 'weekday',
    opens: 'word',
    source: String.raw`\b(?<wdW>${WEEKDAY})(?:,?[^\S\r\n]+(?:(?<wdM>${MONTH_ANY})[^\S\r\n]+(?<wdD>${DAY_NUM})|(?<wdD2>${DAY_NUM})[^\S\r\n]+(?<wdM2>${MONTH_ANY}))(?:,?[^\S\r\n]+(?<wdY>${YEAR4}))?|[^\S\r\n]+(?<wdP>${PART_OF_DAY_WORDS})\b)?`,
    resolve: (i) => {
      const g = i.groups;
      const monthWord = g.wdM ?? g.wdM2;
      if (monthWord) return monthDayValue(i, monthNumber(monthWord)!, parseInt(g.wdD ?? g.wdD2!, 10), g.wdY);
      if (isNameAfterWeekday(i.text, i.end)) return undefined;
      const part = g.wdP ? `T${PART_OF_DAY[g.wdP.toLowerCase()]}` : '';
      return anchoredTo(i.anchor, (a) => formatDay(resolveWeekday(a, weekdayNumber(g.wdW!)!, tenseAt(i) ?? 'past')) + part);
    },
  },
  {
    name: 'monthDay',
    opens: 'word',
    source: String.raw`\b(?<mdM>${MONTH_ANY})[^\S\r\n]+(?<mdD>${DAY_NUM})(?:,?[^\S\r\n]+(?<mdY>${YEAR4}))?`,
    resolve: (i) => monthDayValue(i, monthNumber(i.groups.mdM!)!, parseInt(i.groups.mdD!, 10), i.groups.mdY),
  },
  {
    name: 'monthYear',
    opens: 'word',
    source: String.raw`\b(?<myM>${MONTH_ANY})(?:,?[^\S\r\n]+|[^\S\r\n]+of[^\S\r\n]+)(?<myY>${YEAR4})`,
    resolve: (i) => (yearEndsCleanly(i.text, i.end) ? monthDayValue(i, monthNumber(i.groups.myM!)!, undefined, i.groups.myY) : undefined),
  },
  {
    name: 'dayMonth',
    opens: 'digit',
    source: String.raw`\b(?<dmD>${DAY_NUM})[^\S\r\n]+(?:of[^\S\r\n]+)?(?<dmM>${MONTH_ANY})(?:,?[^\S\r\n]+(?<dmY>${YEAR4}))?`,
    resolve: (i) => (noDigitBefore(i) ? monthDayValue(i, monthNumber(i.groups.dmM!)!, parseInt(i.groups.dmD!, 10), i.groups.dmY) : undefined),
  },
  {
    // "the 1990s", "the mid-1980s", "the '80s"; a bare "50s" is more often an age.
    name: 'decade',
    opens: 'either',
    source: String.raw`(?:\b(?<dcThe>[Tt]he)[^\S\r\n]+)?(?:(?:early|mid|late)[- ]?)?(?<![\w'’])(?:(?<dcCent>1[89]|20)(?<dcDig>\d)0s|(?<dcQ>['’])?(?<dcShort>[1-9])0s|(?<dcWord>${DECADE_WORDS}))\b`,
    resolve: (i) => {
      const g = i.groups;
      if (g.dcWord) return g.dcThe ? fixed(`19${DECADE_WORDS.split('|').indexOf(g.dcWord) + 2}`) : undefined;
      if (g.dcCent) return fixed(`${g.dcCent}${g.dcDig}`);
      if (!g.dcQ && !g.dcThe) return undefined;
      return fixed(`19${g.dcShort}`);
    },
  },
  {
    name: 'century',
    opens: 'either',
    source: String.raw`\b(?:[Tt]he[^\S\r\n]+)?(?<ceN>1\d|2[01])(?:st|nd|rd|th)[^\S\r\n]+[Cc]entury\b`,
    resolve: (i) => fixed(String(+i.groups.ceN! - 1)),
  },
  {
    name: 'fuzzy',
    opens: 'word',
    source: String.raw`\b(?:[Ee]arly|[Mm]id|[Ll]ate|[Mm]iddle)(?:-|[^\S\r\n]+)(?:(?<fzMon>${MONTH_FULL})(?:,?[^\S\r\n]+(?<fzMonY>${YEAR4}))?|(?<fzYear>${YEAR4}))\b`,
    resolve: (i) => {
      const g = i.groups;
      if (g.fzYear) return yearEndsCleanly(i.text, i.end) ? fixed(g.fzYear) : undefined;
      return monthDayValue(i, monthNumber(g.fzMon!)!, undefined, g.fzMonY);
    },
  },
  {
    // "the end of the year", "the start of this month", "the beginning of 2026", "the end of March".
    name: 'boundary',
    opens: 'word',
    source: String.raw`\b(?:[Tt]he[^\S\r\n]+)?(?<bW>[Bb]eginning|[Ss]tart|[Ee]nd|[Mm]iddle|[Tt]urn)[^\S\r\n]+of[^\S\r\n]+(?:(?<bRel>the|this|next|last)[^\S\r\n]+(?<bU>year|month|week|decade|century|quarter|day)\b|(?<bMon>${MONTH_FULL})(?:,?[^\S\r\n]+(?<bMonY>${YEAR4}))?\b|(?<bYear>${YEAR4}))`,
    resolve: (i) => {
      const g = i.groups;
      // "at the end of the day" is an idiom; only the start of a day is a date.
      if (g.bU === 'day' && !/^[Ss]tart|^[Bb]eginning/.test(g.bW!)) return undefined;
      if (g.bYear) return fixed(g.bYear);
      if (g.bMon) return monthDayValue(i, monthNumber(g.bMon)!, undefined, g.bMonY);
      return anchoredTo(i.anchor, (a) => shiftedUnit(a, UNIT_OF[g.bU!], offsetOf(g.bRel!)));
    },
  },
  {
    name: 'yearEnd',
    opens: 'word',
    source: String.raw`\b[Yy]ear[- ]end\b`,
    resolve: (i) => anchoredTo(i.anchor, (a) => String(a.year)),
  },
  {
    // "the first quarter (of 2025)", "third-quarter (profit)", "the last quarter".
    name: 'quarter',
    opens: 'either',
    source: String.raw`\b(?:(?<qThe>[Tt]he)[^\S\r\n]+)?(?<qOrd>${QUARTER_ORDINALS})(?<qSep>-|[^\S\r\n]+)quarter\b(?:[^\S\r\n]+of[^\S\r\n]+(?:(?<qY>${YEAR4})|(?<qRel>this|last|next)[^\S\r\n]+year\b))?`,
    resolve: (i) => {
      const g = i.groups;
      const skip = g.qThe && g.qSep === '-' ? g.qThe.length + 1 : 0;
      const ord = g.qOrd!.toLowerCase();
      const n = ord === 'final' ? 4 : ORDINAL[ord];
      const result = (value: string, anchored: boolean): RuleOutput => ({ value, anchored, skip });
      if (n === undefined) {
        if (!i.anchor) return result('', false);
        return result(shiftedUnit(i.anchor, 'quarter', ord === 'current' ? 0 : ord === 'next' ? 1 : -1), true);
      }
      if (g.qY) return result(formatQuarter(+g.qY, n), false);
      if (!i.anchor) return result('', false);
      if (g.qRel) return result(formatQuarter(i.anchor.year + offsetOf(g.qRel), n), true);
      const later = n > quarterOf(i.anchor.month);
      return result(formatQuarter(later && tenseAt(i) === 'past' ? i.anchor.year - 1 : i.anchor.year, n), true);
    },
  },
  {
    name: 'quarterCode',
    opens: 'either',
    source: String.raw`\b(?:(?<qcY1>${YEAR4})[^\S\r\n]+)?Q(?<qcN>[1-4])(?:[^\S\r\n]+(?<qcY>${YEAR4})|['’](?<qcYY>\d\d))?\b`,
    resolve: (i) => {
      const g = i.groups;
      const year = g.qcY1 ?? g.qcY ?? (g.qcYY ? `20${g.qcYY}` : undefined);
      if (year) return fixed(formatQuarter(+year, +g.qcN!));
      return anchoredTo(i.anchor, (a) => formatQuarter(a.year, +g.qcN!));
    },
  },
  {
    // "two years ago", "just over 24 hours ago", "years ago".
    name: 'ago',
    opens: 'either',
    source: String.raw`\b(?:(?:[Jj]ust[^\S\r\n]+)?(?:[Oo]ver|[Uu]nder|[Aa]bout|[Nn]early|[Aa]lmost|[Aa]round|[Ss]ome|[Rr]oughly|[Oo]nly|[Mm]ore[^\S\r\n]+than|[Ll]ess[^\S\r\n]+than)[^\S\r\n]+)?(?:(?<agoN>\d{1,4}|[Aa][^\S\r\n]+few|[Aa][^\S\r\n]+couple[^\S\r\n]+of|[Ss]everal|[Mm]any|[Ff]ew|${NUMBER_WORD})[^\S\r\n]+)?(?<agoU>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)[^\S\r\n]+ago\b`,
    resolve: (i) => {
      const g = i.groups;
      const n = g.agoN === undefined ? undefined : numberValue(g.agoN.replace(/\s+/g, ' '));
      if (g.agoN === undefined && !g.agoU!.endsWith('s')) return undefined;
      if (n === undefined) return fixed('PAST_REF');
      return anchoredTo(i.anchor, (a) => agoValue(a, g.agoU!, n));
    },
  },
  {
    // "today", "yesterday afternoon", "earlier today".
    name: 'dayWord',
    opens: 'word',
    source: String.raw`\b(?:(?<dwMod>[Ee]arlier|[Ll]ater)[^\S\r\n]+)?(?<dwW>[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)\b(?:[^\S\r\n]+(?<dwP>${PART_OF_DAY_WORDS})\b)?`,
    resolve: (i) => {
      const g = i.groups;
      if (!g.dwMod && isTitleToday(i.text, i.start)) return undefined;
      if (g.dwMod && /^[Ll]ater/.test(g.dwMod) && g.dwW!.toLowerCase() !== 'today') return undefined;
      const word = g.dwW!.toLowerCase();
      const part = word === 'tonight' ? 'TNI' : g.dwP ? `T${PART_OF_DAY[g.dwP.toLowerCase()]}` : '';
      return anchoredTo(i.anchor, (a) => formatDay(dayOf(word, { ...i, anchor: a })!) + part);
    },
  },
  {
    // "the last week of March", "the first week of June".
    name: 'weekOf',
    opens: 'word',
    source: String.raw`\b[Tt]he[^\S\r\n]+(?<woOrd>first|second|third|fourth|last|final)[^\S\r\n]+week[^\S\r\n]+of[^\S\r\n]+(?<woMon>${MONTH_FULL})(?:,?[^\S\r\n]+(?<woY>${YEAR4}))?\b`,
    resolve: (i) => {
      const month = monthDayValue(i, monthNumber(i.groups.woMon!)!, undefined, i.groups.woY);
      if (!month || !month.value) return month && fixed('');
      const [y, m] = month.value.split('-').map(Number);
      const ord = i.groups.woOrd!;
      const day = ord === 'last' || ord === 'final' ? { year: y, month: m, day: daysIn(y, m) - 3 } : { year: y, month: m, day: 7 * (ORDINAL[ord] - 1) + 4 };
      return { value: formatWeek(day), anchored: month.anchored };
    },
  },
  {
    // "last week", "next year", "this morning", "the past decade", "last summer", "next Tuesday".
    name: 'relative',
    opens: 'word',
    source: String.raw`\b(?:[Tt]he[^\S\r\n]+)?(?<rlMod>(?:[Ee]arlier|[Ll]ater)[^\S\r\n]+(?:this|next|last)|[Tt]his[^\S\r\n]+past|[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast|[Pp]revious|[Ff]ollowing|[Cc]urrent)[^\S\r\n]+(?<rlU>[Ww]eekend|[Ww]eek|[Mm]onth|(?:[Ff]iscal[^\S\r\n]+)?[Yy]ear|[Dd]ecade|[Cc]entury|[Qq]uarter|[Ss]ummer|[Ww]inter|[Ss]pring|[Aa]utumn|[Ff]all|${PART_OF_DAY_WORDS}|${WEEKDAY}|${MONTH_FULL})\b(?:[^\S\r\n]+(?<rlP>${PART_OF_DAY_WORDS})\b)?(?![-'’]\w\w)`,
    resolve: (i) => {
      const g = i.groups;
      const mod = g.rlMod!.toLowerCase();
      const unitWord = g.rlU!.toLowerCase();
      const offset = offsetOf(mod);
      // "the following week" counts from the story's own time, which a rule cannot know.
      if (mod === 'following' || (mod === 'past' && !/^[Tt]he/.test(i.text.slice(i.start)) && !UNIT_OF[unitWord])) return fixed('');
      const unit = UNIT_OF[unitWord];
      const a = i.anchor;
      if (!a) return fixed('');
      // Fiscal years are named by the calendar year they start in, which varies by country.
      if (unitWord.startsWith('fiscal')) return { value: `FY${a.year + offset}`, anchored: true };
      if (unit) return { value: shiftedUnit(a, unit, offset), anchored: true };
      const part = PART_OF_DAY[unitWord];
      if (part) {
        const base = mod === 'last' && unitWord === 'night' ? addDays(a, -1) : offset === 0 ? a : undefined;
        return base ? { value: `${formatDay(base)}T${part}`, anchored: true } : fixed('');
      }
      const season = SEASON[unitWord];
      if (season) return { value: `${seasonYear(a, season, offset)}-${season}`, anchored: true };
      const weekday = weekdayNumber(g.rlU!);
      if (weekday) {
        const direction = offset < 0 ? 'last' : offset > 0 ? 'next' : tenseAt(i) ?? 'future';
        const dayPart = g.rlP ? `T${PART_OF_DAY[g.rlP.toLowerCase()]}` : '';
        return { value: formatDay(resolveWeekday(a, weekday, direction)) + dayPart, anchored: true };
      }
      const month = monthNumber(g.rlU!)!;
      const year = offset < 0 ? (month < a.month ? a.year : a.year - 1) : offset > 0 ? (month > a.month ? a.year : a.year + 1) : a.year;
      return { value: formatMonth(year, month), anchored: true };
    },
  },
  {
    // "the same day", "the next morning": anaphoric to the story's time, marked but not resolved.
    name: 'sameDay',
    opens: 'word',
    source: String.raw`\b[Tt]he[^\S\r\n]+(?:same[^\S\r\n]+(?:period|month|quarter|week|time|day)[^\S\r\n]+(?:(?:of[^\S\r\n]+)?(?:the[^\S\r\n]+)?(?:last|previous|prior)[^\S\r\n]+year|a[^\S\r\n]+year[^\S\r\n]+(?:ago|earlier|before))|(?:same|next|previous|following|preceding)[^\S\r\n]+(?:day|morning|evening|night)|(?:day|week|month|year)[^\S\r\n]+(?:before|previous|earlier|prior)(?![^\S\r\n]+(?:the|a|an|his|her|its|their|[A-Z])\b))\b`,
    resolve: () => fixed(''),
  },
  {
    // "ending the day down", "for the day": a trading day in market reports.
    name: 'theDay',
    opens: 'word',
    source: String.raw`\b[Tt]he[^\S\r\n]+day\b`,
    resolve: (i) => (/^(?:end|ends|ended|ending|finish|finished|finishing|close|closed|closing|start|started|starting|for|For)$/.test(wordBefore(i.text, i.start)) || /\b(?:later|earlier)[^\S\r\n]+in[^\S\r\n]*$/.test(i.text.slice(Math.max(0, i.start - 12), i.start))
      ? anchoredTo(i.anchor, formatDay) : undefined),
  },
  {
    name: 'weekend',
    opens: 'word',
    source: String.raw`\b[Tt]he[^\S\r\n]+weekend\b`,
    resolve: (i) => anchoredTo(i.anchor, (a) => `${formatWeek(resolveWeekday(a, 6, tenseAt(i) ?? 'past'))}-WE`),
  },
  {
    // "in the spring", "summer 2024", "late summer"; "fall" only with a year.
    name: 'season',
    opens: 'word',
    source: String.raw`\b(?:(?<ssThe>[Tt]he)[^\S\r\n]+)?(?:(?<ssMod>[Ee]arly|[Ll]ate|[Mm]id)[- ]?)?(?<ssN>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter|[Ff]all)(?:[^\S\r\n]+(?:of[^\S\r\n]+)?(?<ssY>${YEAR4}))?\b(?![-'’]\w)`,
    resolve: (i) => {
      const g = i.groups;
      const code = SEASON[g.ssN!.toLowerCase()];
      if (g.ssY) return fixed(`${g.ssY}-${code}`);
      if (code === 'FA' && g.ssN!.toLowerCase() === 'fall') return undefined;
      if (!afterDatePreposition(i.text, i.start) || isNameAfterMonth(i.text, i.end)) return undefined;
      return anchoredTo(i.anchor, (a) => `${a.year}-${code}`);
    },
  },
  {
    name: 'noon',
    opens: 'word',
    source: String.raw`\b(?<nnW>midnight|noon|midday)\b`,
    resolve: (i) => {
      if (!/^(?:at|by|until|till|before|after|around|about|from|to|past|since|near|At|By|Until|Before|After|From)$/.test(wordBefore(i.text, i.start))) return undefined;
      return { value: '', anchored: false, clock: i.groups.nnW === 'midnight' ? '24:00' : '12:00' };
    },
  },
  {
    name: 'year',
    opens: 'digit',
    source: String.raw`\b(?<yrY>(?:19|20)\d\d|2100)(?!\d)`,
    resolve: (i) => (isYearContext(i.text, i.start, i.end) ? fixed(i.groups.yrY!) : undefined),
  },
  {
    // "since '82": an apostrophe year needs a preposition before it.
    name: 'shortYear',
    opens: 'digit',
    source: String.raw`(?<![\w'’])['’](?<syY>\d\d)\b(?![-'’\w])`,
    resolve: (i) => {
      if (!afterDatePreposition(i.text, i.start)) return undefined;
      const yy = +i.groups.syY!;
      return fixed(String(yy > 40 ? 1900 + yy : 2000 + yy));
    },
  },
  {
    // A month alone. "May" and "March" are also a verb and a noun: they need a date preposition.
    name: 'month',
    opens: 'word',
    source: String.raw`\b(?<mnM>${MONTH_FULL})\b`,
    resolve: (i) => {
      const word = i.groups.mnM!;
      const strict = word === 'May' || word === 'March';
      if ((strict || isNameAfterMonth(i.text, i.end)) && !afterDatePreposition(i.text, i.start) && !afterMonthAnd(i.text, i.start)) return undefined;
      return monthDayValue(i, monthNumber(word)!, undefined, undefined);
    },
  },
];

/** "between April and May": a month right after "<Month> and". */
function afterMonthAnd(text: string, start: number): boolean {
  return /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:and|or|to)\s+$/.test(text.slice(Math.max(0, start - 16), start));
}
