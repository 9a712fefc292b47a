// Which charts a set of figures gets. The same functions serve the pages that draw the charts and the
// endpoint that writes each chart's CSV, so every CSV link on the site has its file.
//   article:    cards, a bar chart per like-with-like group (like.ts), target against reached, before/after
//   collection: (a topic's or a place's figures) cards, small multiples of the groups several counties
//               report, target against reached, before/after, a bar chart for each of the most recent
//               and largest groups
//   dashboard:  the region map, small multiples, target against reached, before/after, the same bar charts
// A chart only ever sets like beside like (like.ts): one measure (or label), status, kind, unit and
// period; anecdotes are never charted, and plans, targets and forecasts get charts of their own.
// Collection and dashboard charts draw at most what limits.ts allows, so their pages do not grow with
// the archive; article charts are bounded by the article.
import { COUNTIES } from '../../domain/places/regions.ts';
import { isDataFigure, type FigureRecord } from '../../domain/figure.ts';
import { countyOf } from '../../lib/taxonomy.ts';
import { beforeAfter } from './change/change.ts';
import { figureListKey } from './figure-list-key.ts';
import { drawable, likeGroups, NOT_AMOUNTS, type LikeGroup } from './like.ts';
import { COLLECTION_LIMITS } from './limits.ts';
import { cmp, newest, textOrder } from './order.ts';
import type { BarSpec, CardsSpec, ChangeSpec, ChartSpec, MultiplesRow, MultiplesSpec, RegionCount, ReportPlaces, Subset, TargetSpec } from './spec.ts';
import { targetPairs } from './target/target.ts';

function barSpec(group: LikeGroup): BarSpec {
  const { figures, ...like } = group;
  return { kind: 'bar', figures, like, measure: like.measure, unit: like.unit, ...(topicOf(figures) && { topic: topicOf(figures) }) };
}

function topicOf(figures: readonly FigureRecord[]): FigureRecord['topic'] {
  return new Set(figures.map((f) => f.topic)).size === 1 ? figures[0]!.topic : undefined;
}

/** The latest year a group's figures are about (a figure without one counts as none). */
function latestYear(figures: readonly FigureRecord[]): number {
  return Math.max(-Infinity, ...figures.map((f) => f.year ?? -Infinity));
}

/** Groups of two or more like figures (like.ts), each figure in one group at most, in reading order of their first figure. */
export function comparableGroups(figures: readonly FigureRecord[]): BarSpec[] {
  const first = (g: LikeGroup) => [...g.figures].sort(textOrder)[0]!;
  return likeGroups(figures)
    .sort((a, b) => textOrder(first(a), first(b)))
    .map(barSpec);
}

/**
 * One bar chart per like-with-like group of at least `min` figures: the most recent groups first, then
 * those with most figures (a topic's or a place's page shows the first few: limits.ts).
 */
export function measureSeries(figures: readonly FigureRecord[], min = 2): BarSpec[] {
  return [
    ...sameFigures(seriesMemo, figures, `${min}`, () =>
      likeGroups(figures, min)
        .sort((a, b) => latestYear(b.figures) - latestYear(a.figures) || b.figures.length - a.figures.length || cmp(a.key, b.key))
        .map(barSpec),
    ),
  ];
}

const seriesMemo = new Map<string, BarSpec[]>();

/** Figures a before/after chart may draw: actual ones (never an anecdote, a plan or a target) with both ends. */
function drawableChange(f: FigureRecord): boolean {
  return drawable(f) && f.status === 'actual' && beforeAfter(f) !== undefined;
}

/** The figures with a drawable before and after, or none; the `limit` most recent of them when there are more. */
export function changeSpec(figures: readonly FigureRecord[], limit = Infinity): ChangeSpec | undefined {
  const changes = figures.filter(drawableChange);
  if (changes.length === 0) return undefined;
  const shown = changes.length > limit ? newest(changes, limit) : changes;
  return { kind: 'change', figures: shown.sort(textOrder), ...subsetOf(shown, changes, 'newest') };
}

/** A bar chart cut to its `limit` most recent figures, saying so (subset), when it has more. */
export function newestBars(spec: BarSpec, limit: number): BarSpec {
  if (spec.figures.length <= limit) return spec;
  return { ...spec, figures: newest(spec.figures, limit), subset: { of: spec.figures.length, rule: 'newest' } };
}

/** The figure a cell of the small multiples shows first: the county's own before one of its towns', then the newest. */
function cellOrder(a: FigureRecord, b: FigureRecord): number {
  const own = (f: FigureRecord) => (f.region !== undefined && f.region in COUNTIES ? 0 : 1);
  return own(a) - own(b) || (b.year ?? -Infinity) - (a.year ?? -Infinity) || textOrder(a, b) || cmp(a.id, b.id);
}

/**
 * Small multiples of the actual like-with-like groups that two or more counties report, or none: the
 * `limits.measures` most recent groups with most counties, and in each county the `limits.perCell`
 * figures it gives (the county's own first, then its towns'). Each row is one group, so one year or
 * period; each bar says whether it is the county's figure or a town's.
 */
export function multiplesSpec(
  figures: readonly FigureRecord[],
  limits: { measures: number; perCell: number } = { measures: COLLECTION_LIMITS.multiplesMeasures, perCell: COLLECTION_LIMITS.multiplesPerCell },
): MultiplesSpec | undefined {
  const counties = (g: LikeGroup) => new Set(g.figures.map((f) => countyOf(f.region)));
  const shared = likeGroups(figures.filter((f) => f.status === 'actual' && countyOf(f.region)))
    .filter((g) => counties(g).size >= 2)
    .sort((a, b) => latestYear(b.figures) - latestYear(a.figures) || counties(b).size - counties(a).size || b.figures.length - a.figures.length || cmp(a.key, b.key));
  if (shared.length === 0) return undefined;
  const chosen = shared.slice(0, limits.measures);
  const all = shared.flatMap((g) => g.figures);
  const rows: MultiplesRow[] = chosen.map(({ figures: members, ...like }) => ({
    ...like,
    figures: [...groupBy(members, (f) => countyOf(f.region)!).values()].flatMap((cell) => [...cell].sort(cellOrder).slice(0, limits.perCell)).sort(textOrder),
  }));
  const members = rows.flatMap((r) => r.figures);
  const perRegion = groupBy(members, (f) => countyOf(f.region)!);
  const regions = [...perRegion].sort(([a, fa], [b, fb]) => fb.length - fa.length || cmp(a, b)).map(([r]) => r);
  return { kind: 'multiples', figures: [...members].sort(textOrder), regions, rows, ...subsetOf(members, all, 'latestPerCell') };
}

/** Target (or plan) against what was reached, for the measures the figures give both of, or none. */
export function targetSpec(figures: readonly FigureRecord[], limit = Infinity): TargetSpec | undefined {
  const pairs = targetPairs(figures);
  if (pairs.length === 0) return undefined;
  const shown = pairs.length > limit ? [...pairs].sort((a, b) => (b.goal.year ?? -Infinity) - (a.goal.year ?? -Infinity)).slice(0, limit) : pairs;
  return {
    kind: 'target',
    pairs: shown,
    figures: shown.flatMap((p) => [p.reached, p.goal]).sort(textOrder),
    ...(shown.length < pairs.length && { subset: { of: pairs.length * 2, rule: 'newest' as const } }),
  };
}

/**
 * The figures worth a card: actual ones first (a plan's card says it is a plan), those in a named series
 * and those with a stated change, then the earliest in the text (a report's lede carries its headline
 * numbers); one per subject, up to `limit`. Never an anecdote. A topic's or a place's page (`newest`) takes
 * the most recent year's first among equals: text order, which runs oldest year first, gave its cards
 * 2024's 13.5 km and 750,000 m² over 2025's 38.1 km and 5 million m².
 */
export function notableFigures(figures: readonly FigureRecord[], limit = 4, order: 'text' | 'newest' = 'text'): FigureRecord[] {
  const score = (f: FigureRecord) =>
    (f.status === 'actual' ? 4 : 0) + (f.measure ? 3 : 0) + (f.change ? 2 : 0) + (f.label || f.subject ? 1 : 0) + (f.qualifier === 'under' ? -2 : 0);
  const recency = (a: FigureRecord, b: FigureRecord) => (order === 'newest' ? (b.year ?? -Infinity) - (a.year ?? -Infinity) : 0);
  const ranked = figures
    .filter((f) => isDataFigure(f) && !NOT_AMOUNTS.has(f.unit))
    .sort((a, b) => score(b) - score(a) || recency(a, b) || textOrder(a, b));
  const picked: FigureRecord[] = [];
  const subjects = new Set<string>();
  for (const f of ranked) {
    const subject = f.measure ?? f.label ?? f.subject ?? f.id;
    if (subjects.has(subject)) continue;
    subjects.add(subject);
    picked.push(f);
    if (picked.length === limit) break;
  }
  return picked.sort(textOrder);
}

export function cardsSpec(figures: readonly FigureRecord[], limit = 4, order: 'text' | 'newest' = 'text'): CardsSpec | undefined {
  const picked = notableFigures(figures, limit, order);
  return picked.length > 0 ? { kind: 'cards', figures: picked } : undefined;
}

/** Reports and figures per county (a town's count goes to its county), all 12 counties listed. */
export function regionCounts(reports: readonly ReportPlaces[], figures: readonly FigureRecord[]): RegionCount[] {
  // One pass over each list (the dashboard's lists are the whole archive's), not one per county.
  const reportsIn = new Map<string, number>();
  for (const r of reports) for (const county of new Set(r.regions.map(countyOf))) tally(reportsIn, county);
  const figuresIn = new Map<string, number>();
  for (const f of figures) tally(figuresIn, countyOf(f.region));
  return Object.keys(COUNTIES).map((county) => ({ county, reports: reportsIn.get(county) ?? 0, figures: figuresIn.get(county) ?? 0 }));
}

function tally(counts: Map<string, number>, key: string | undefined): void {
  if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
}

export function articleChartSpecs(figures: readonly FigureRecord[]): ChartSpec[] {
  // Its page in each language and the site's chart files (registry.ts) hand over the report's one list of figures.
  let specs = articleMemo.get(figures);
  if (!specs) articleMemo.set(figures, (specs = compact([cardsSpec(figures), ...comparableGroups(figures), targetSpec(figures), changeSpec(figures)])));
  return [...specs];
}

const articleMemo = new WeakMap<readonly FigureRecord[], ChartSpec[]>();

/** The bar charts of a collection: the most recent and largest groups, each cut to its most recent bars (limits.ts). */
export function collectionSeries(figures: readonly FigureRecord[]): BarSpec[] {
  return measureSeries(figures).slice(0, COLLECTION_LIMITS.series).map((spec) => newestBars(spec, COLLECTION_LIMITS.bars));
}

/**
 * A topic's or a place's charts: cards, county comparisons, targets, changes and series, each bounded
 * (limits.ts). The cards too are kept per list (sameFigures): choosing them ranks every figure of the
 * collection, once for its page in each language and once for the site's chart files (issue 17: 1.4 s of
 * CPU at 10,000 articles, profiled).
 */
export function collectionChartSpecs(figures: readonly FigureRecord[]): ChartSpec[] {
  return [...sameFigures(cardsMemo, figures, 'newest', () => compact([cardsSpec(figures, 4, 'newest')])), ...sharedCharts(figures)];
}

const cardsMemo = new Map<string, CardsSpec[]>();

export function dashboardChartSpecs(reports: readonly ReportPlaces[], figures: readonly FigureRecord[]): ChartSpec[] {
  return [{ kind: 'map', counts: regionCounts(reports, figures) }, ...sharedCharts(figures)];
}

/** What a collection's and a dashboard's charts share: county comparisons, targets, changes and series. */
function sharedCharts(figures: readonly FigureRecord[]): ChartSpec[] {
  return sameFigures(sharedMemo, figures, '', () =>
    compact([multiplesSpec(figures), targetSpec(figures, COLLECTION_LIMITS.targets), changeSpec(figures, COLLECTION_LIMITS.changes), ...collectionSeries(figures)]),
  );
}

const sharedMemo = new Map<string, ChartSpec[]>();

/**
 * `make()` once per list of the same figure records (the same objects, in the same order) and `extra`: a
 * topic's, a place's or the dashboard's figures are charted by its page in each language and again for the
 * site's chart files (registry.ts), each time from a list of its own, and working the charts out again for
 * each grew with the archive (a quarter of a build's CPU at 10,000 articles, profiled). A figure record is
 * never changed once loaded, and a caller gets its own copy of the list.
 */
function sameFigures<T>(memo: Map<string, T[]>, figures: readonly FigureRecord[], extra: string, make: () => T[]): T[] {
  const key = figureListKey(figures, extra);
  let made = memo.get(key);
  if (!made) memo.set(key, (made = make()));
  return made;
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
