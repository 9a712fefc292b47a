// Every chart the site draws, for the endpoint that writes their CSV files
// (src/pages/data/charts/[chart].csv.ts, through ./site-csvs.ts). It calls the same choose.ts functions as
// the pages: article, topic and region pages (ChartsSection), the dashboard and its
// topic pages, and the `<FigureChart>` tags in the MDX each language's pages render.
import { TOPICS, type Topic } from '../../domain/topics.ts';
import { isDataFigure, type FigureRecord } from '../../domain/figure.ts';
import { chartCsv, type CsvFile } from './csv.ts';
import { FigureChartError, findFigureCharts, resolveFigureChart } from './figure-chart.ts';
import { articleChartSpecs, collectionChartSpecs, dashboardChartSpecs } from './choose.ts';
import { regionFigures, topicFigures } from '../../lib/taxonomy.ts';
import type { ChartSpec, ReportPlaces } from './spec.ts';

export interface RegistryArticle extends ReportPlaces {
  figures: FigureRecord[];
  topics: readonly Topic[];
  /** The MDX source the page renders (for `<FigureChart>` tags). */
  source?: string;
}

/**
 * Every figure of the articles that may be shown as data (domain/figure.ts isDataFigure: not one person's
 * own account), one list per list of articles (never changed once made): the dashboard's
 * pages and the site's chart files ask for it for each topic, and a new list each time made the figure
 * index (lib/taxonomy.ts, kept per list object) again for each (issue 17: 3.3 s of CPU at 10,000 articles,
 * profiled). A caller must not change it.
 */
export function allFigures(articles: readonly { figures: FigureRecord[] }[]): readonly FigureRecord[] {
  let all = allMemo.get(articles);
  if (!all) allMemo.set(articles, (all = articles.flatMap((a) => a.figures.filter(isDataFigure))));
  return all;
}

const allMemo = new WeakMap<readonly object[], FigureRecord[]>();

/** What the dashboard (all figures, or one topic's page) charts and counts. */
export function dashboardScope<A extends RegistryArticle>(articles: readonly A[], topic?: Topic): { figures: FigureRecord[]; reports: A[] } {
  const all = allFigures(articles);
  if (!topic) return { figures: [...all], reports: [...articles] };
  return {
    figures: topicFigures(all, topic),
    reports: articles.filter((a) => a.topics.includes(topic) || a.figures.some((f) => f.topic === topic)),
  };
}

export function siteChartSpecs(articles: readonly RegistryArticle[]): ChartSpec[] {
  const all = allFigures(articles);
  const specs: ChartSpec[] = [];
  for (const a of articles) specs.push(...articleChartSpecs(a.figures));
  for (const topic of [undefined, ...TOPICS]) {
    const { figures, reports } = dashboardScope(articles, topic);
    if (figures.length === 0) continue;
    specs.push(...dashboardChartSpecs(reports, figures));
    if (topic) specs.push(...collectionChartSpecs(figures));
  }
  const places = new Set([...articles.flatMap((a) => a.regions), ...all.flatMap((f) => (f.region ? [f.region] : []))]);
  for (const place of places) specs.push(...collectionChartSpecs(regionFigures(all, place)));
  for (const a of articles) {
    for (const props of findFigureCharts(a.source ?? '')) {
      try {
        specs.push(resolveFigureChart(props, all));
      } catch (error) {
        // The article page reports a broken tag, naming the article; a CSV for it is moot.
        if (!(error instanceof FigureChartError)) throw error;
      }
    }
  }
  return specs;
}

/** One CSV file per distinct chart data (cards have no CSV link: they are text already). */
export function siteChartCsvs(specs: readonly ChartSpec[]): CsvFile[] {
  const files = new Map<string, CsvFile>();
  for (const spec of specs) {
    if (spec.kind === 'cards') continue;
    const csv = chartCsv(spec);
    files.set(csv.name, csv);
  }
  return [...files.values()];
}
