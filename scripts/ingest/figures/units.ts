// What may follow a number for it to be a figure, and the words around it that say how exact it is.
// A number without one of these units is not a figure: that is what keeps out years (`2025年`), months
// and days (`1月26日`), times (`8时`), ordinals (`二等奖`, `三级`), anniversaries (`75周年`), cohorts
// (`2025届`), road numbers (`S213线`) and bare slogan digits. `月`, `日`, `时`, `级`, `等`, `届`, `周`,
// `线`, `号`, `版` and `班` are therefore deliberately missing.

import type { Qualifier } from '../types.ts';

export type UnitKind = 'measure' | 'count' | 'duration' | 'age' | 'percent';

export interface UnitInfo {
  kind: UnitKind;
  /** The unit recorded when the printed one is a variant (`％` → `%`, `摄氏度` → `℃`). */
  base?: string;
  /** Scale applied to the value (`成` → ×10 as a percentage). */
  factor?: number;
}

const MEASURES = [
  '平方公里', '平方米', '立方米', '公里', '千米', '公顷', '亩', '米', '厘米', '毫米',
  '吨', '公斤', '千克', '斤', '克', '千瓦时', '千瓦', '兆瓦',
  '美元', '元', '℃', '倍', '个百分点',
] as const;

// Measure words for counts. 人次 must come before 人, 个月 (a duration) before 个: the longest unit wins.
const COUNTS = [
  '人次', '个', '人', '名', '户', '家', '所', '座', '栋', '幢', '场', '次', '项', '件', '张', '把', '条', '处',
  '支', '篇', '台', '辆', '套', '间', '类', '位', '种', '批', '层', '棵', '株', '头', '只', '部', '本', '册',
] as const;

const DURATIONS = ['个月', '年', '天', '小时', '分钟'] as const;

export const UNITS: ReadonlyMap<string, UnitInfo> = new Map<string, UnitInfo>([
  ...MEASURES.map((u) => [u, { kind: 'measure' }] as const),
  ...COUNTS.map((u) => [u, { kind: 'count' }] as const),
  ...DURATIONS.map((u) => [u, { kind: 'duration' }] as const),
  ['岁', { kind: 'age' }],
  ['%', { kind: 'percent' }],
  ['摄氏度', { kind: 'measure', base: '℃' }],
  ['成', { kind: 'percent', base: '%', factor: 10 }],
  // Colloquial yuan (`每月能挣4000多块`); before a noun (`3块展板`) it is
  // a measure word of things too varied to compare, and spans.ts leaves it out.
  ['块', { kind: 'measure', base: '元' }],
]);

const byLengthDesc = (a: string, b: string) => b.length - a.length;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&');

/** Sticky: a unit exactly at lastIndex, longest first. */
export const UNIT_AT = new RegExp(`(?:${[...UNITS.keys()].sort(byLengthDesc).map(escape).join('|')})`, 'y');

/** Sticky: a multiplier after an Arabic number (`万`, `亿`, `千万`), tried after units so `千米` stays a unit. */
export const MULTIPLIER_AT = /(?:千万|百万|十万|万亿|[十百千万亿])/y;

/** Sticky: `余`/`多` inside a figure (`2800余个`, `170余万元`, `100多人`). */
export const APPROX_INFIX_AT = /[余多]/y;

// Qualifier words before the number, longest first so `超过` wins over `超`.
const PREFIXES: readonly [string, Qualifier][] = [
  ['将近', 'about'], ['接近', 'about'], ['大约', 'about'], ['约', 'about'], ['近', 'about'],
  ['超过', 'over'], ['多于', 'over'], ['高于', 'over'], ['突破', 'over'], ['逾', 'over'], ['超', 'over'], ['>', 'over'],
  ['不足', 'under'], ['不到', 'under'], ['少于', 'under'], ['低于', 'under'], ['<', 'under'],
];

/** Sticky-free: a qualifier word ending exactly where the number starts. */
export const PREFIX_BEFORE = new RegExp(`(?:${PREFIXES.map(([w]) => escape(w)).join('|')})$`);
export const PREFIX_QUALIFIER: ReadonlyMap<string, Qualifier> = new Map(PREFIXES);

/** Words in front of a bare `千`/`万` that make it a figure (`近千户`); without one it is an idiom (`千家万户`). */
export const BARE_MULTIPLIER_PREFIXES = new Set(['近', '约', '将近', '接近', '大约', '超过', '逾', '上']);

const SUFFIXES: readonly [string, Qualifier][] = [
  ['以上', 'over'], ['出头', 'over'], ['之多', 'over'], ['有余', 'over'],
  ['以下', 'under'], ['以内', 'under'],
  ['左右', 'about'],
];

/** Sticky: a qualifier word right after the unit. */
export const SUFFIX_AT = new RegExp(`(?:${SUFFIXES.map(([w]) => escape(w)).join('|')})`, 'y');
export const SUFFIX_QUALIFIER: ReadonlyMap<string, Qualifier> = new Map(SUFFIXES);

/** Sticky: what joins the two ends of a range (`3至5年`, `3-5年`, `10%~15%`). */
export const RANGE_JOIN_AT = /(?:至|到|~|-|—|－|～)/y;

export function unitInfo(unit: string): UnitInfo | undefined {
  return UNITS.get(unit);
}
