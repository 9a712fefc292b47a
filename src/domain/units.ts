// The units a figure can be recorded in (FigureRecord.unit is one of these, or its `base`, or a rate of two
// of them, `A/B`: perUnitParts), by kind: the vocabulary the English glossary (content/glossary.yaml `units`)
// must cover. Which words ingest reads as a unit, and why some are missing on purpose (`年` in `2025年`, `月`,
// `级` …): scripts/ingest/figures/units.ts.

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
  // Volumes and the small masses of air and water quality (`人均日生活用水量60升`, `36微克/立方米`; issue 15).
  '升', '毫升', '毫克', '微克',
  // Linear metres of a ditch, a pipe or a wall measured along it (`清理排水渠1200延米`; session 18).
  '延米',
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
  // Measure words of wells, remains, openings, aircraft, boats, pairs, tents, bedding, horses, fish and birds,
  // a bus's scheduled runs, pieces (plots, boards, screens) and packed goods (`新打机井11眼`, `3口井`, `4孔窑洞`,
  // `无人机12架`, `棉被200床`, `鱼苗3000尾`, `往返6班`, `120块小菜地`, `米面油500袋`; issue 15). Like every one-character
  // measure word they count only where they close a word of their own (not `床位`, `尾号`, `副县长`, `口岸`:
  // scripts/ingest/figures/measure-words.ts).
  '眼', '口', '孔', '具', '架', '艘', '副', '顶', '床', '匹', '尾', '羽', '班', '块', '双', '袋', '箱', '桶', '盒', '瓶',
  '碗', '杯', // meals and drinks served: `累计送出热汤面5800余碗`
  '轮', // rounds of checks or campaigns: `开展食品安全检查3轮`
  // Grains and pieces, medals, tables of diners, times, lessons, meals, packs and loads (`芯片3000万颗`, `良种8000余粒`,
  // `奖牌12枚`, `接待90多桌`, `歇3回`, `送课46堂`, `种子300包`, `供餐200余顿`, `清运垃圾3000余车`), hours of teaching and
  // sets of machines (`8课时`, `24学时`, `农机具15台套`; session 18): the classifiers of countable things papers print.
  '颗', '粒', '枚', '桌', '回', '堂', '包', '顿', '车', '课时', '学时', '台套',
  '宗', // cases, as courts and land offices count them: `受理纠纷案件1200宗`
  // Doses given (`接种流感疫苗12.6万剂`) and orders taken (`一场直播卖出600多单`; session 30): like 眼 or 床 they count only
  // where they close a word of their own (not 单元, 单位, 剂量: scripts/ingest/figures/measure-words.ts).
  '剂', '单',
] as const;

// A count unit with 次 counts each time anew, as 人次 counts people (`出动车辆120台次`, `检查企业45家次`,
// `开行班车300班次`, `累计服务4.5万件次`): the unit read as one.
const TIMES_COUNTS = ['台次', '班次', '家次', '车次', '架次', '户次', '辆次', '件次', '场次', '例次', '艘次', '趟次', '批次'] as const;

// Working days are how offices count a deadline (`由7个工作日压缩至3个工作日`).
const DURATIONS = ['个月', '年', '天', '小时', '分钟', '工作日'] as const;

export const UNITS: ReadonlyMap<string, UnitInfo> = new Map<string, UnitInfo>([
  ...MEASURES.map((u) => [u, { kind: 'measure' }] as const),
  ...COUNTS.map((u) => [u, { kind: 'count' }] as const),
  ...TIMES_COUNTS.map((u) => [u, { kind: 'count' }] as const),
  ...DURATIONS.map((u) => [u, { kind: 'duration' }] as const),
  ['岁', { kind: 'age' }],
  ['%', { kind: 'percent' }],
  // Per mille, as vital statistics print it (`婴儿死亡率2.8‰`): kept as printed, as the gold records it.
  ['‰', { kind: 'percent' }],
  ['摄氏度', { kind: 'measure', base: '℃' }],
  ['成', { kind: 'percent', base: '%', factor: 10 }],
  ['个工作日', { kind: 'duration', base: '工作日' }],
  // Hours as people speak of them (`一天只供2个钟头`).
  ['钟头', { kind: 'duration', base: '小时' }],
  ['个钟头', { kind: 'duration', base: '小时' }],
  // Square and cubic metres as papers shorten them (`面积3000平米`, `日供水3万立方`).
  ['平米', { kind: 'measure', base: '平方米' }],
  ['立方', { kind: 'measure', base: '立方米' }],
  // Percentage points printed without 个 (`下降3百分点`): the same unit.
  ['百分点', { kind: 'measure', base: '个百分点' }],
  // Units printed as symbols (`住宅15000㎡`, `道路3.5km`, `污水2万m³`, `1200万kWh`; session 18) and 延米 in full (`1.2万延长米`).
  ['㎡', { kind: 'measure', base: '平方米' }],
  ['m²', { kind: 'measure', base: '平方米' }],
  ['m³', { kind: 'measure', base: '立方米' }],
  ['㎥', { kind: 'measure', base: '立方米' }],
  ['km²', { kind: 'measure', base: '平方公里' }],
  ['㎢', { kind: 'measure', base: '平方公里' }],
  ['km', { kind: 'measure', base: '公里' }],
  ['㎞', { kind: 'measure', base: '公里' }],
  ['kg', { kind: 'measure', base: '公斤' }],
  ['㎏', { kind: 'measure', base: '公斤' }],
  ['kWh', { kind: 'measure', base: '千瓦时' }],
  ['延长米', { kind: 'measure', base: '延米' }],
]);

// What a rate is per besides a unit: a span of time, and the kilowatt-hour people call 度 (`0.8元/度`).
export const PER_WORDS: ReadonlyMap<string, string> = new Map([
  ['日', 'day'], ['天', 'day'], ['周', 'week'], ['月', 'month'], ['年', 'year'], ['度', 'kWh'],
]);
const TIME_WORDS = new Set(['日', '天', '周', '月', '年']);

// A part of a rate: a unit of a measure, count or time, or a variant of one without a factor (`平米`), as its base.
const rateUnit = (u: string): string | undefined => {
  const info = UNITS.get(u);
  if (!info || info.factor !== undefined || info.kind === 'percent' || info.kind === 'age') return undefined;
  return info.base ?? u;
};

/**
 * A unit per another (`微克/立方米`, `元/平方米`, `元/吨`, `人次/日`, `元/度`), or per another and a span of time
 * (`元/人·月`, `元/平方米·月`, `元/人/月`): the first part and what it is per, when the first is a unit of a measure, count or
 * time and the rest units or spans of time; else undefined. Rates are read by this form rather than listed, so
 * they have no entry in UNITS: their kind is the first part's and their English is made of the parts'
 * (src/lib/glossary/english.ts).
 */
export function perUnitParts(unit: string): { of: string; per: string[] } | undefined {
  const slash = unit.indexOf('/');
  if (slash <= 0) return undefined;
  const of = rateUnit(unit.slice(0, slash));
  const printed = unit.slice(slash + 1).split(/[·・/]/);
  if (!of || printed.length > 2) return undefined;
  const per = printed.map((p) => (PER_WORDS.has(p) ? p : rateUnit(p)));
  if (!per.every((p) => p !== undefined)) return undefined;
  if (per.length === 2 && !TIME_WORDS.has(per[1]!)) return undefined;
  return { of, per: per as string[] };
}

export function unitInfo(unit: string): UnitInfo | undefined {
  const info = UNITS.get(unit);
  if (info) return info;
  const parts = perUnitParts(unit);
  if (!parts) return undefined;
  // A rate printed with a variant is recorded in its base units (`元/平米` → `元/平方米`).
  const recorded = `${parts.of}/${parts.per.join(unit.slice(unit.indexOf('/') + 1).includes('/') ? '/' : '·')}`;
  return recorded === unit ? { kind: UNITS.get(parts.of)!.kind } : { kind: UNITS.get(parts.of)!.kind, base: recorded };
}

/**
 * Units as one regular-expression alternation, longest first so the longest reading wins (`平方米` before `米`),
 * each escaped: how the figure extractor and the printer of a value and its unit find a unit after a number.
 */
export function unitAlternatives(units: Iterable<string>): string {
  return [...units].sort((a, b) => b.length - a.length).map((u) => u.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
}
