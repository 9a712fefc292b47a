// What may follow a number for it to be a figure, and the words around it that say how exact it is.
// A number without one of these units is not a figure: that is what keeps out years (`2025年`), months
// and days (`1月26日`), times (`8时`), ordinals (`二等奖`, `三级`), anniversaries (`75周年`), cohorts
// (`2025届`), road numbers (`S213线`) and bare slogan digits. `月`, `日`, `时`, `级`, `等`, `届`, `周`,
// `线`, `号`, `版` and `班` are therefore deliberately missing from the unit vocabulary (src/domain/units.ts),
// which this file turns into the extractor's patterns.

import type { Qualifier } from '../../../src/domain/figure.ts';
import { PER_WORDS, UNITS, unitAlternatives, unitInfo, type UnitInfo } from '../../../src/domain/units.ts';
import { blockIsMoney, countsHere } from './measure-words.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&');

// How people and papers print a published unit in other words: read as that unit, recorded under it, so the
// published vocabulary (and its English glossary) stays as it is. Mostly what residents say in quotes
// (`屋里有22度`, `只交3块钱`, `转上一个小时`, `两个多小时`). A `度` is a room's or the weather's degrees only within a temperature's
// range and not before 电 (`用电200度`, `360度` are not): spans.ts checks that. 里 (`跑20里山路`), 步 (`走6000多步`)
// and 分 (points: `攒了86分`) are published units of their own (src/domain/units.ts).
export interface ReadUnit extends UnitInfo {
  /** The printed unit says "and a half" (`个半小时`): half a unit more than the number. */
  half?: boolean;
}

const SPOKEN: ReadonlyMap<string, ReadUnit> = new Map<string, ReadUnit>([
  ['度', { kind: 'measure', base: '℃' }],
  ['块钱', { kind: 'measure', base: '元' }],
  ['元钱', { kind: 'measure', base: '元' }],
  // A tenth of a yuan in speech (`每斤能多卖两毛钱`, `一斤多卖3毛钱`): recorded in yuan, its value scaled (0.2 元, 0.3 元).
  ['毛钱', { kind: 'measure', base: '元', factor: 0.1 }],
  ['个小时', { kind: 'duration', base: '小时' }],
  ['个多小时', { kind: 'duration', base: '小时' }],
  // And a half more (`一个半小时` 1.5 hours, `两个半月`): `half` adds it to the number.
  ['个半小时', { kind: 'duration', base: '小时', half: true }],
  ['个半月', { kind: 'duration', base: '个月', half: true }],
]);
// 块 closing a phrase in speech is yuan (`能挣260块`); counting things it is a unit of its own (measure-words.ts).
const SPOKEN_YUAN: UnitInfo = { kind: 'measure', base: '元' };

/**
 * What a unit word read by the extractor is recorded as: the published vocabulary (a rate `A/B` by its
 * parts), then its spoken forms. With the text and where the number starts and the unit ends, 块 is told
 * apart as pieces or yuan.
 */
export function readUnit(unit: string, text?: string, numberStart?: number, unitEnd?: number): ReadUnit | undefined {
  if (unit === '块' && text !== undefined && numberStart !== undefined && unitEnd !== undefined && blockIsMoney(text, numberStart, unitEnd)) {
    return SPOKEN_YUAN;
  }
  // A price per a unit is money, in any words (`3块/斤` is 3 元/斤).
  if (unit.startsWith('块/')) return { kind: 'measure', base: `元${unit.slice(1)}` };
  return unitInfo(unit) ?? SPOKEN.get(unit);
}

// A rate: a unit of a measure, count or time, a slash, and a unit or a span of time it is per (`36微克/立方米`,
// `18元/平方米`, `2000人次/日`, `120元/人·月`). Read before the units themselves, so the longest reading wins.
const RATE_PART = [...UNITS].filter(([, info]) => info.factor === undefined && info.kind !== 'percent' && info.kind !== 'age').map(([u]) => u);
const OF_UNITS = RATE_PART;
const PER_UNITS = [...RATE_PART, ...PER_WORDS.keys()];
// `元/人·月`, `元/人/月`: what it is per, then a span of time after a middle dot or a second slash.
const RATE = `(?:${unitAlternatives(OF_UNITS)})/(?:${unitAlternatives(PER_UNITS)})(?:[·・/](?:日|天|周|月|年))?`;

/** Sticky: a unit exactly at lastIndex, longest first. */
export const UNIT_AT = new RegExp(`(?:${RATE}|${unitAlternatives([...UNITS.keys(), ...SPOKEN.keys()])})`, 'y');

// 升 (litres) before 至/到/为/高 is the verb "rise" (`从50升到80`).
const RISE_AFTER = /[至到为高]/;

/**
 * The unit printed at `at`, if any: the longest unit there, a noun-like one-character measure word only where
 * it closes a word of its own (measure-words.ts).
 */
export function unitAt(text: string, at: number): string | undefined {
  UNIT_AT.lastIndex = at;
  const unit = UNIT_AT.exec(text)?.[0];
  if (!unit) return undefined;
  if (unit.length === 1 && UNITS.get(unit)?.kind === 'count' && !countsHere(text, at, unit)) return undefined;
  if (unit === '升' && RISE_AFTER.test(text[at + 1] ?? '')) return undefined;
  return unit;
}

// A number and its unit set apart by a space, a tab or a line break, as a table cell or a wrapped line
// prints them (`投入资金1200 万元`, `冬储大白菜\t320\t吨`, `5\n万元`): at most two blank characters.
const GAP_AT = /[ \t\n\u3000]{1,2}/y;
const MULTIPLIED_AT = /[十百千万亿]/y;

/** Where a number's unit or multiplier starts after `at`: past a short blank only when one follows it. */
export function pastGap(text: string, at: number): number {
  GAP_AT.lastIndex = at;
  const gap = GAP_AT.exec(text);
  if (!gap) return at;
  const next = at + gap[0].length;
  MULTIPLIED_AT.lastIndex = next;
  return unitAt(text, next) || MULTIPLIED_AT.test(text) ? next : at;
}

// A clause that speaks of warmth or cold: there a degree is a temperature whatever numeral prints it
// (`室温达到二十度`), while `度` elsewhere is also kilowatt-hours (`用电200度`) or an angle (`360度`).
const TEMPERATURE_WORD = /[温冷暖热寒冻]|摄氏/;
const CLAUSE_MARK = /[，。；！？,;!?\n]/;

/** True when the clause around `at` speaks of temperature. */
export function temperatureClause(text: string, at: number): boolean {
  return TEMPERATURE_WORD.test(clauseAround(text, at));
}

function clauseAround(text: string, at: number): string {
  let from = at;
  while (from > 0 && !CLAUSE_MARK.test(text[from - 1]!)) from--;
  let to = at;
  while (to < text.length && !CLAUSE_MARK.test(text[to]!)) to++;
  return text.slice(from, to);
}

/** Before a temperature, what puts it below zero (`零下5度`, `-12℃`): the words, printed in the figure's text. */
export function belowZeroBefore(text: string, at: number): string {
  return /(?:零下|-|－)$/.exec(text.slice(Math.max(0, at - 2), at))?.[0] ?? '';
}

/** A `+` that opens a table cell or a bracket before a number (`| 46个 | +8个 |`): a change, printed in its text. */
export function plusSignBefore(text: string, at: number): string {
  return text[at - 1] === '+' && /^[\s|（(]?$/.test(text[at - 2] ?? '') ? '+' : '';
}

/**
 * A `-` that opens a table cell or a bracket before a number (`| 3.50 | -4.0% |`, `长治 256 -7.9%`): a fall, printed in
 * its text. Not a dash between numbers (`2021-2025年`, `0355-2186000`) nor a paragraph's first character.
 */
export function minusSignBefore(text: string, at: number): string {
  return /^[-−]$/u.test(text[at - 1] ?? '') && /^[\s|（(]$/.test(text[at - 2] ?? '') ? text[at - 1]! : '';
}

/** Sticky: a multiplier after an Arabic number (`万`, `亿`, `千万`), tried after units so `千米` stays a unit. */
export const MULTIPLIER_AT = /(?:千万|百万|十万|万亿|[十百千万亿])/y;

/** Sticky: `余`/`多`/`来` inside a figure (`2800余个`, `170余万元`, `100多人`, `6000来块`). */
export const APPROX_INFIX_AT = /[余多来]/y;

// Qualifier words before the number, longest first so `超过` wins over `超`, and a negated comparison over
// the one it negates (`不超过800元` is at most 800, `不少于6年` at least 6: read as `超过`, `少于` they said the opposite).
const PREFIXES: readonly [string, Qualifier][] = [
  ['不超过', 'under'], ['不高于', 'under'], ['不多于', 'under'], ['不少于', 'over'], ['不低于', 'over'], ['至少', 'over'],
  ['将近', 'about'], ['接近', 'about'], ['大约', 'about'], ['约', 'about'], ['近', 'about'],
  ['超过', 'over'], ['多于', 'over'], ['高于', 'over'], ['突破', 'over'], ['逾', 'over'], ['超', 'over'], ['>', 'over'],
  ['不足', 'under'], ['不到', 'under'], ['少于', 'under'], ['低于', 'under'], ['<', 'under'],
];

/**
 * Qualifier words that are the clause's verb (`线上销售额突破2600万元`, `产值突破1.2亿元`): the figure is still `over`, but
 * its text is the number as the verb's object, as the page sets' gold records it (`2600万元`).
 */
export const VERB_QUALIFIERS: ReadonlySet<string> = new Set(['突破']);

/** Sticky-free: a qualifier word ending exactly where the number starts. */
export const PREFIX_BEFORE = new RegExp(`(?:${PREFIXES.map(([w]) => escape(w)).join('|')})$`);
export const PREFIX_QUALIFIER: ReadonlyMap<string, Qualifier> = new Map(PREFIXES);

/**
 * Words in front of a bare `千`/`万` that make it a figure: any qualifier word, and 上 (`近千户`, `超千人`, `不足百人`,
 * `上千人`); without one it is an idiom (`千家万户`).
 */
export const BARE_MULTIPLIER_PREFIXES: ReadonlySet<string> = new Set([...PREFIXES.map(([w]) => w), '上']);

const SUFFIXES: readonly [string, Qualifier][] = [
  ['以上', 'over'], ['出头', 'over'], ['之多', 'over'], ['有余', 'over'],
  ['以下', 'under'], ['以内', 'under'],
  ['左右', 'about'],
];
// (内 alone, `24小时内`, is read by spans.ts after a duration only: after a count it is where, `12个村内`.)

/** Sticky: a qualifier word right after the unit. */
export const SUFFIX_AT = new RegExp(`(?:${SUFFIXES.map(([w]) => escape(w)).join('|')})`, 'y');
export const SUFFIX_QUALIFIER: ReadonlyMap<string, Qualifier> = new Map([...SUFFIXES, ['内', 'under']]);

/**
 * The mark between the two ends of a range, `3至5年`, `3-5万元`, `60%－300%`, `11月7日—13日`: 至, 到, or a dash of any width
 * (—, –, －, -, ~, ～). Written once: every reader of a range (spans.ts, label-ranges.ts, meaning.ts, period-years.ts,
 * period-printed-days.ts, place-names.ts) takes it from here (finding #30 of session 32).
 */
export const RANGE_MARK = String.raw`(?:至|到|—|–|－|-|~|～)`;
/** Sticky: what joins the two ends of a range (spans.ts). */
export const RANGE_JOIN_AT = new RegExp(RANGE_MARK, 'y');
