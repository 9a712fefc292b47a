// `<FigureChart>` as editors write it in an article's MDX: which figures it names and how to draw them.
//   <FigureChart measure="heating-network-km" />                 a measure series across the archive: its
//                                                                like-with-like group (like.ts) of actual
//                                                                figures of the latest year with most figures
//                                                                (its most recent figures when it has more: limits.ts)
//   <FigureChart ids={["min-sheng-wei-ben-xing-fu-sheng-huo-a37ec9f1", "…"]} />   figures by id; as bars they
//                                                                must be like with like, else the tag is refused
//                                                                saying what differs (cards take any figures)
//   type="bar" | "change" | "cards"                              optional; by default a before/after
//                                                                chart when every figure states one, else bars
// The same resolution serves the component and the CSV endpoint, which finds the tags in the MDX source.
import { measureByKey } from '../../domain/measures.ts';
import type { FigureRecord } from '../../domain/figure.ts';
import { beforeAfter } from './change/change.ts';
import { drawable, likeGroups, unlikeness, type LikeGroup } from './like.ts';
import { COLLECTION_LIMITS } from './limits.ts';
import { newest, valueOrder } from './order.ts';
import type { ChartSpec, Subset } from './spec.ts';

export const FIGURE_CHART_TYPES = ['bar', 'change', 'cards'] as const;
export type FigureChartType = (typeof FIGURE_CHART_TYPES)[number];

export interface FigureChartProps {
  measure?: string;
  ids?: readonly string[];
  type?: string;
}

export class FigureChartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FigureChartError';
  }
}

/** The chart a `<FigureChart>` draws from `pool` (every figure of the archive); throws a FigureChartError naming the problem. */
export function resolveFigureChart(props: FigureChartProps, pool: readonly FigureRecord[], where = 'an article'): ChartSpec {
  const type = props.type;
  if (type !== undefined && !(FIGURE_CHART_TYPES as readonly string[]).includes(type)) {
    throw new FigureChartError(`<FigureChart type="${type}"> in ${where}: type must be one of ${FIGURE_CHART_TYPES.join(', ')}.`);
  }
  if ((props.measure === undefined) === (props.ids === undefined)) {
    throw new FigureChartError(`<FigureChart> in ${where}: give either measure="<key>" or ids={["<figure id>", …]}, not ${props.measure === undefined ? 'neither' : 'both'}.`);
  }
  let figures: FigureRecord[];
  // A series grows with the archive: the chart draws its most recent figures and says so (limits.ts).
  let subset: Subset | undefined;
  if (props.measure !== undefined) {
    if (!measureByKey(props.measure)) {
      throw new FigureChartError(`<FigureChart measure="${props.measure}"> in ${where}: no such measure; the keys are in src/domain/measures.ts.`);
    }
    const members = pool.filter((f) => f.measure === props.measure);
    if (members.length === 0) throw new FigureChartError(`<FigureChart measure="${props.measure}"> in ${where}: no figure belongs to this measure yet.`);
    const group = seriesOf(likeGroups(members, 1));
    if (!group) throw new FigureChartError(`<FigureChart measure="${props.measure}"> in ${where}: none of its figures can be charted (each needs a status other than anecdote, a kind and a year).`);
    figures = group.figures;
    if (figures.length > COLLECTION_LIMITS.bars) {
      subset = { of: figures.length, rule: 'newest' };
      figures = newest(figures, COLLECTION_LIMITS.bars);
    }
  } else {
    const byId = new Map(pool.map((f) => [f.id, f]));
    const missing = props.ids!.filter((id) => !byId.has(id));
    if (props.ids!.length === 0) throw new FigureChartError(`<FigureChart ids={[]}> in ${where}: the list of figure ids is empty.`);
    if (missing.length > 0) {
      throw new FigureChartError(`<FigureChart ids> in ${where}: no figure has the id ${missing.map((m) => `"${m}"`).join(', ')} (ids are in content/figures/<article>.json).`);
    }
    figures = [...new Set(props.ids!)].map((id) => byId.get(id)!);
  }
  const chosen = (type as FigureChartType | undefined) ?? (figures.every((f) => beforeAfter(f)) ? 'change' : 'bar');
  if (chosen === 'change') {
    const changes = figures.filter((f) => drawable(f) && beforeAfter(f));
    if (changes.length === 0) throw new FigureChartError(`<FigureChart type="change"> in ${where}: none of its figures states both a before and an after value (an anecdote's never counts).`);
    if (new Set(changes.map((f) => f.status)).size > 1) {
      throw new FigureChartError(`<FigureChart type="change"> in ${where}: its figures mix ${[...new Set(changes.map((f) => f.status ?? 'unread'))].join(' and ')}; plans and targets never share a chart with what was done.`);
    }
    return { kind: 'change', figures: changes, ...(subset && { subset }) };
  }
  if (chosen === 'cards') return { kind: 'cards', figures };
  const why = unlikeness(figures);
  if (why) throw new FigureChartError(`<FigureChart ids> in ${where}: these figures do not make one bar chart: ${why}. Name figures that compare, or add type="cards".`);
  const { figures: members, ...like } = likeGroups(figures, 1)[0]!;
  return {
    kind: 'bar',
    figures: [...members].sort(valueOrder),
    like,
    measure: like.measure,
    unit: like.unit,
    topic: new Set(members.map((f) => f.topic)).size === 1 ? members[0]!.topic : undefined,
    ...(subset && { subset }),
  };
}

/** A measure's series to draw: actual figures before plans, then the latest year, then the most figures. */
function seriesOf(groups: readonly LikeGroup[]): LikeGroup | undefined {
  const latest = (g: LikeGroup) => Math.max(-Infinity, ...g.figures.map((f) => f.year ?? -Infinity));
  return [...groups].sort(
    (a, b) => Number(b.status === 'actual') - Number(a.status === 'actual') || latest(b) - latest(a) || b.figures.length - a.figures.length,
  )[0];
}

/**
 * The `<FigureChart …/>` tags of an MDX body with their props, for the CSV endpoint. Reads the two
 * documented forms (a string `measure`/`type`, an array literal of strings `ids`); anything else in
 * the tag is ignored here and left to the MDX compiler.
 */
export function findFigureCharts(body: string): FigureChartProps[] {
  const tags = body.match(/<FigureChart\b[^>]*?\/?>/g) ?? [];
  return tags.map((tag) => {
    const props: FigureChartProps = {};
    const measure = tag.match(/\bmeasure\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})/);
    if (measure) props.measure = measure[1] ?? measure[2] ?? measure[3];
    const type = tag.match(/\btype\s*=\s*(?:"([^"]*)"|'([^']*)')/);
    if (type) props.type = type[1] ?? type[2];
    const ids = tag.match(/\bids\s*=\s*\{\s*\[([^\]]*)\]\s*\}/);
    if (ids) props.ids = [...ids[1]!.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]!);
    return props;
  });
}
