// Which charts a set of figures gets. The same functions serve the pages that draw the charts and the
// endpoint that writes each chart's CSV, so every CSV link on the site has its file.
//   article:    bar charts of comparable figures, a before/after chart, 3–4 figure cards
//   collection: (a topic's or a place's figures) a bar chart for each of the measure series with most
//               figures, small multiples of the series several counties report, before/after, cards
//   dashboard:  the region map, small multiples, before/after, the same bar charts
// Collection and dashboard charts draw at most what limits.ts allows, so their pages do not grow with
// the archive; article charts are bounded by the article.
import { COUNTIES } from '../../domain/places/regions.ts';
import type { FigureRecord } from '../../domain/figure.ts';
import { BARE_COUNTS } from '../../lib/format/units.ts';
import { countyOf } from '../../lib/taxonomy.ts';
import { beforeAfter } from './change/change.ts';
import { COLLECTION_LIMITS } from './limits.ts';
import { cmp, newest, textOrder } from './order.ts';
import type { BarSpec, CardsSpec, ChangeSpec, ChartSpec, MultiplesSpec, RegionCount, ReportPlaces, Subset } from './spec.ts';

// Units that say when or how old, not how much: bars of them compare nothing.
const NOT_AMOUNTS = new Set(['年', '岁', '月', '个月', '天', '日', '小时', '届', '期', '版']);

function chartable(f: FigureRecord): boolean {
  return !f.range && !NOT_AMOUNTS.has(f.unit) && Number.isFinite(f.value);
}

/**
 * Figures outside a measure series compare when they share unit and topic and count the same kind of
 * thing. A unit alone does not say that: `%` is a share or a growth rate, `元` a total or an amount per
 * head, and a bare measure word (`个`, `座`) counts anything, so there the subject's head noun, its last
 * character in Chinese, must match too (`精品示范村` and `提档升级村` are both villages).
 */
export function kindOfQuantity(f: FigureRecord): string {
  const subject = f.subject ?? '';
  let kind = '';
  if (f.unit === '%') kind = f.change?.rate !== undefined ? 'rate' : 'share';
  else if (f.unit === '元') kind = PER_HEAD.test(subject) || PER_HEAD.test(wordsBefore(f)) ? 'per' : 'total';
  else if (BARE_COUNTS.has(f.unit)) kind = subject.slice(-1);
  return `${f.unit}\u0000${f.topic ?? ''}\u0000${kind}`;
}

const PER_HEAD = /每|人均|户均|平均|均/;

/** The clause before the figure: `…，基础养老金从每月143元提高至191元` → `基础养老金从每月143元提高至`. */
function wordsBefore(f: Pick<FigureRecord, 'sentence' | 'text'>): string {
  const at = f.sentence.indexOf(f.text);
  return at > 0 ? (f.sentence.slice(0, at).split(/[，,；;。]/).at(-1) ?? '') : '';
}

/**
 * Groups of two or more comparable figures, each figure in one group at most: first measure series,
 * then, of the figures left, those of one kind of quantity (kindOfQuantity). Groups come in reading order of their first figure.
 */
export function comparableGroups(figures: readonly FigureRecord[]): BarSpec[] {
  const usable = figures.filter(chartable);
  const groups: BarSpec[] = [];
  const used = new Set<FigureRecord>();
  for (const [measure, members] of groupBy(usable.filter((f) => f.measure), (f) => f.measure!)) {
    if (members.length < 2) continue;
    groups.push({ kind: 'bar', figures: members, measure, unit: members[0]!.unit });
    members.forEach((f) => used.add(f));
  }
  const rest = usable.filter((f) => !used.has(f) && f.topic && f.subject);
  for (const [, members] of groupBy(rest, kindOfQuantity)) {
    if (members.length < 2) continue;
    groups.push({ kind: 'bar', figures: members, unit: members[0]!.unit, topic: members[0]!.topic });
  }
  const first = (g: BarSpec) => [...g.figures].sort(textOrder)[0]!;
  return groups.sort((a, b) => textOrder(first(a), first(b)));
}

/** One bar chart per measure series with at least `min` figures, series with most figures first. */
export function measureSeries(figures: readonly FigureRecord[], min = 2): BarSpec[] {
  return [...groupBy(figures.filter((f) => f.measure && chartable(f)), (f) => f.measure!)]
    .filter(([, members]) => members.length >= min)
    .sort(([ka, a], [kb, b]) => b.length - a.length || cmp(ka, kb))
    .map(([measure, members]) => ({ kind: 'bar', figures: members, measure, unit: members[0]!.unit }));
}

/** The figures with a drawable before and after, or none; the `limit` most recent of them when there are more. */
export function changeSpec(figures: readonly FigureRecord[], limit = Infinity): ChangeSpec | undefined {
  const changes = figures.filter((f) => beforeAfter(f));
  if (changes.length === 0) return undefined;
  const shown = changes.length > limit ? newest(changes, limit) : changes;
  return { kind: 'change', figures: shown.sort(textOrder), ...subsetOf(shown, changes, 'newest') };
}

/** A bar chart cut to its `limit` most recent figures, saying so (subset), when it has more. */
export function newestBars(spec: BarSpec, limit: number): BarSpec {
  if (spec.figures.length <= limit) return spec;
  return { ...spec, figures: newest(spec.figures, limit), subset: { of: spec.figures.length, rule: 'newest' } };
}

/**
 * Small multiples of the measure series that two or more counties report, or none: the `limits` series
 * with most figures, and in each the most recent figure(s) of each county.
 */
export function multiplesSpec(
  figures: readonly FigureRecord[],
  limits: { measures: number; perCell: number } = { measures: COLLECTION_LIMITS.multiplesMeasures, perCell: COLLECTION_LIMITS.multiplesPerCell },
): MultiplesSpec | undefined {
  const byMeasure = groupBy(figures.filter((f) => f.measure && chartable(f) && countyOf(f.region)), (f) => f.measure!);
  // A series counts one thing per county: a county with several subjects under one measure (`投入` for a
  // canteen and for a coal chain) reports different things, and the row would compare nothing.
  const oneThingPerCounty = (members: FigureRecord[]) =>
    [...groupBy(members, (f) => countyOf(f.region)!).values()].every((list) => new Set(list.map((f) => f.subject)).size === 1);
  const shared = [...byMeasure].filter(([, members]) => new Set(members.map((f) => countyOf(f.region))).size >= 2 && oneThingPerCounty(members));
  if (shared.length === 0) return undefined;
  const chosen = shared.sort(([a, ma], [b, mb]) => mb.length - ma.length || cmp(a, b)).slice(0, limits.measures);
  const all = shared.flatMap(([, m]) => m);
  const members = chosen.flatMap(([, m]) => [...groupBy(m, (f) => countyOf(f.region)!).values()].flatMap((cell) => newest(cell, limits.perCell)));
  const perRegion = groupBy(members, (f) => countyOf(f.region)!);
  const regions = [...perRegion].sort(([a, fa], [b, fb]) => fb.length - fa.length || cmp(a, b)).map(([r]) => r);
  const measures = chosen.map(([m]) => m);
  return { kind: 'multiples', figures: [...members].sort(textOrder), regions, measures, ...subsetOf(members, all, 'latestPerCell') };
}

/**
 * The figures worth a card: those in a named series and those with a stated change first, then the
 * earliest in the text (a report's lede carries its headline numbers); one per subject, up to `limit`.
 */
export function notableFigures(figures: readonly FigureRecord[], limit = 4): FigureRecord[] {
  const score = (f: FigureRecord) => (f.measure ? 3 : 0) + (f.change ? 2 : 0) + (f.subject ? 1 : 0) + (f.qualifier === 'under' ? -2 : 0);
  const ranked = figures.filter((f) => !NOT_AMOUNTS.has(f.unit)).sort((a, b) => score(b) - score(a) || textOrder(a, b));
  const picked: FigureRecord[] = [];
  const subjects = new Set<string>();
  for (const f of ranked) {
    const subject = f.measure ?? f.subject ?? f.id;
    if (subjects.has(subject)) continue;
    subjects.add(subject);
    picked.push(f);
    if (picked.length === limit) break;
  }
  return picked.sort(textOrder);
}

export function cardsSpec(figures: readonly FigureRecord[], limit = 4): CardsSpec | undefined {
  const picked = notableFigures(figures, limit);
  return picked.length > 0 ? { kind: 'cards', figures: picked } : undefined;
}

/** Reports and figures per county (a town's count goes to its county), all 12 counties listed. */
export function regionCounts(reports: readonly ReportPlaces[], figures: readonly FigureRecord[]): RegionCount[] {
  return Object.keys(COUNTIES).map((county) => ({
    county,
    reports: reports.filter((r) => r.regions.some((name) => countyOf(name) === county)).length,
    figures: figures.filter((f) => countyOf(f.region) === county).length,
  }));
}

export function articleChartSpecs(figures: readonly FigureRecord[]): ChartSpec[] {
  return compact([cardsSpec(figures), ...comparableGroups(figures), changeSpec(figures)]);
}

/** The bar charts of a collection: the series with most figures, each cut to its most recent bars (limits.ts). */
export function collectionSeries(figures: readonly FigureRecord[]): BarSpec[] {
  return measureSeries(figures).slice(0, COLLECTION_LIMITS.series).map((spec) => newestBars(spec, COLLECTION_LIMITS.bars));
}

/** A topic's or a place's charts: cards, county comparisons, changes and series, each bounded (limits.ts). */
export function collectionChartSpecs(figures: readonly FigureRecord[]): ChartSpec[] {
  return compact([cardsSpec(figures), multiplesSpec(figures), changeSpec(figures, COLLECTION_LIMITS.changes), ...collectionSeries(figures)]);
}

export function dashboardChartSpecs(reports: readonly ReportPlaces[], figures: readonly FigureRecord[]): ChartSpec[] {
  return compact([
    { kind: 'map', counts: regionCounts(reports, figures) },
    multiplesSpec(figures),
    changeSpec(figures, COLLECTION_LIMITS.changes),
    ...collectionSeries(figures),
  ]);
}

function subsetOf(shown: readonly FigureRecord[], all: readonly FigureRecord[], rule: Subset['rule']): { subset?: Subset } {
  return shown.length < all.length ? { subset: { of: all.length, rule } } : {};
}

function compact<T>(items: readonly (T | undefined)[]): T[] {
  return items.filter((x): x is T => x !== undefined);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
