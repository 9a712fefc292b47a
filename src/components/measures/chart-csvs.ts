// The data files of the charts on the measure pages (issue 18), for the endpoint that writes every chart's
// CSV and for data/datapackage.json (charts/site-csvs.ts adds them to the site's): the same figures the
// charts draw (measure-view.ts), through the same writer (charts/csv.ts), so each chart's link finds its file.
import { figuresCsv, type CsvFile } from '../charts/csv.ts';
import type { MeasurePage } from './measure-pages.ts';
import { seriesCharts, targetSpec } from './measure-view.ts';

export function measureChartCsvs(pages: readonly MeasurePage[]): CsvFile[] {
  return pages.flatMap((page) => {
    const target = targetSpec(page);
    return [
      ...seriesCharts(page).flatMap(({ map, timeline }) => [map, timeline].flatMap((view) => (view ? [figuresCsv(view.figures)] : []))),
      ...(target ? [figuresCsv(target.figures)] : []),
    ];
  });
}
