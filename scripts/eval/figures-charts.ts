// The groups of figures the site draws in one chart, worked out by the site's own chart choice
// (src/components/charts/choose.ts, with a place's and a topic's figures from src/lib/taxonomy.ts) from a
// set's figures: each article's bar charts, each topic's and each place's collection charts, the
// dashboard's. Only this file knows where the choice lives: if it moves, change the imports here.
import { articleChartSpecs, collectionChartSpecs, dashboardChartSpecs } from '../../src/components/charts/choose.ts';
import { countyOf, regionFigures, topicFigures } from '../../src/lib/taxonomy.ts';
import type { ChartSpec } from '../../src/components/charts/spec.ts';

// The record and topic types as the picker takes them, wherever the vocabulary lives.
type FigureRecord = Parameters<typeof articleChartSpecs>[0][number];
type Topic = Parameters<typeof topicFigures>[1];

export interface ChartGroup<F> {
  where: string;
  figures: F[];
}

/** A row of a target chart: a plan or target set beside what was reached (plan against actual by design). */
export interface ChartPair<F> {
  where: string;
  goal: F;
  reached: F;
}

/**
 * Every chart that sets figures side by side — a bar chart, a row of small multiples — as a group, with
 * `charted`: every figure some chart draws (before/after and target charts included), and `pairs`: the
 * rows of the target charts.
 */
export function chartGroups<F extends { id: string }>(articles: readonly { id: string; figures: readonly F[] }[]): {
  groups: ChartGroup<F>[];
  charted: F[];
  pairs: ChartPair<F>[];
} {
  const all = articles.flatMap((a) => a.figures) as unknown as FigureRecord[];
  const pages: { where: string; specs: ChartSpec[] }[] = articles.map((a) => ({
    where: `article ${a.id}`,
    specs: articleChartSpecs(a.figures as unknown as FigureRecord[]),
  }));
  for (const topic of new Set(all.map((f) => f.topic).filter((t): t is Topic => Boolean(t)))) {
    pages.push({ where: `topic ${topic}`, specs: collectionChartSpecs(topicFigures(all, topic)) });
  }
  const places = new Set(all.flatMap((f) => [f.region, countyOf(f.region)]).filter((r): r is string => Boolean(r)));
  for (const place of places) pages.push({ where: `region ${place}`, specs: collectionChartSpecs(regionFigures(all, place)) });
  pages.push({ where: 'dashboard', specs: dashboardChartSpecs([], all) });

  const groups: ChartGroup<F>[] = [];
  const pairs: ChartPair<F>[] = [];
  const charted = new Set<FigureRecord>();
  for (const { where, specs } of pages) {
    for (const spec of specs) {
      if (spec.kind === 'bar') groups.push({ where, figures: spec.figures as unknown as F[] });
      if (spec.kind === 'multiples') {
        for (const row of spec.rows) groups.push({ where: `${where} (small multiples)`, figures: row.figures as unknown as F[] });
      }
      // A target chart's rows, like a before/after chart's, each stand alone: a goal beside what was
      // reached (of one thing, kind, unit and place; plan against actual by design), so no row is a group.
      if (spec.kind === 'target') for (const p of spec.pairs) pairs.push({ where, goal: p.goal as unknown as F, reached: p.reached as unknown as F });
      if (spec.kind === 'bar' || spec.kind === 'multiples' || spec.kind === 'change' || spec.kind === 'target') spec.figures.forEach((f) => charted.add(f));
    }
  }
  return { groups: groups.filter((g) => g.figures.length > 1), charted: [...charted] as unknown as F[], pairs };
}
