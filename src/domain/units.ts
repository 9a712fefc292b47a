// The units a figure can be recorded in (FigureRecord.unit is one of these, or its `base`), by kind: the
// vocabulary the English glossary (content/glossary.yaml `units`) must cover. Which words ingest reads as
// a unit, and why some are missing on purpose (`年` in `2025年`, `月`, `级` …): scripts/ingest/figures/units.ts.

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
  // The li people walk (`跑20里山路`, `2里外的井`): half a kilometre, kept as printed.
  '里',
] as const;

// Measure words for counts. 人次 must come before 人, 个月 (a duration) before 个: the longest unit wins.
const COUNTS = [
  '人次', '个', '人', '名', '户', '家', '所', '座', '栋', '幢', '场', '次', '项', '件', '张', '把', '条', '处',
  '支', '篇', '台', '辆', '套', '间', '类', '位', '种', '批', '层', '棵', '株', '头', '只', '部', '本', '册',
  // Measure words of courses, cases, incidents, lessons, banners, lamps and copies (`培训班58期`, `远程会诊
  // 3100余例`, `破获案件1420起`, `课程18门`, `1100余节`, `锦旗11面`, `路灯480盏`, `3.2万份`; issue 15). A lone
  // Chinese digit before one is prose and stays out (`二期工程`, `四面八方`: scripts/ingest/figures/reject.ts).
  '期', '例', '起', '门', '节', '面', '盏', '份',
  // Sets and trips, steps and points, pipes, pictures, characters and vaccine doses (`暖气片38组`, `每天往返8趟`,
  // `走6000多步`, `攒了86分`, `胶管2300余根`, `图片300余幅`, `全书48万字`, `接种18.6万剂次`; issue 15). 里, 分, 步
  // and 字 take Arabic figures only (十分, 十里, 一步, 十字 are words: scripts/ingest/figures/reject.ts).
  '组', '趟', '步', '分', '根', '幅', '字', '剂次',
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

export function unitInfo(unit: string): UnitInfo | undefined {
  return UNITS.get(unit);
}
