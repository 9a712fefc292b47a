// The data files of every chart the site draws, in either language, worked out once per build: for the
// endpoint that writes them (src/pages/data/charts/[chart].csv.ts) and for data/datapackage.json, which
// lists them. A file has no language (./csv.ts), so a chart drawn on both the Chinese and the English
// page is one file. Reads the content loader, so it is imported only by those endpoints.
import { getArticles } from '../../lib/content/articles.ts';
import { LANGS } from '../../lib/i18n.ts';
import type { CsvFile } from './csv.ts';
import { siteChartCsvs, siteChartSpecs } from './registry.ts';
import { measureChartCsvs } from '../measures/chart-csvs.ts';
import { getMeasurePages } from '../measures/load.ts';

let files: Promise<CsvFile[]> | undefined;

export function getSiteChartCsvs(): Promise<CsvFile[]> {
  files ??= Promise.all(LANGS.map((lang) => getArticles(lang))).then((perLang) => {
    const specs = perLang.flatMap((articles) => siteChartSpecs(articles.map((a) => ({ ...a, source: a.body.body }))));
    return siteChartCsvs(specs);
  }).then(async (charts) => {
    // And the charts of the measure pages (issue 18), in either language; one file per distinct data.
    const measures = (await Promise.all(LANGS.map(getMeasurePages))).flatMap(measureChartCsvs);
    return [...new Map([...charts, ...measures].map((csv) => [csv.name, csv])).values()];
  });
  return files;
}
