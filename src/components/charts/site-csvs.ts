// The data files of every chart the site draws, in either language, worked out once per build: for the
// endpoint that writes them (src/pages/data/charts/[chart].csv.ts) and for data/datapackage.json, which
// lists them. A file has no language (./csv.ts), so a chart drawn on both the Chinese and the English
// page is one file. Reads the content loader, so it is imported only by those endpoints. Kept on disk between
// builds while what they are made of is unchanged (lib/build-memo.ts): 7.8 s at 10,000 articles.
import { getArticles, getCacheKeys } from '../../lib/content/articles.ts';
import { memoOnDisk } from '../../lib/build-memo.ts';
import { LANGS } from '../../lib/i18n.ts';
import type { CsvFile } from './csv.ts';
import { siteChartCsvs, siteChartSpecs } from './registry.ts';
import { measureChartCsvs } from '../measures/chart-csvs.ts';
import { getMeasurePages } from '../measures/load.ts';

let files: Promise<CsvFile[]> | undefined;

export function getSiteChartCsvs(): Promise<CsvFile[]> {
  files ??= Promise.all(LANGS.map((lang) => getArticles(lang))).then(async (perLang) => {
    const articles = perLang.map((list) => list.map((a) => ({ ...a, source: a.body.body })));
    // Kept between builds (lib/build-memo.ts): the files are made of every report's fields and figures (the
    // archive digest, with the glossary), the site's address and base, and the texts that place charts by tag.
    const inputs = {
      archive: (await getCacheKeys()).archive('chart-csvs'),
      site: import.meta.env.SITE ?? null,
      base: import.meta.env.BASE_URL,
      tags: articles.flatMap((list, i) => list.flatMap((a) => (a.source?.includes('<FigureChart') ? [[LANGS[i], a.id, a.source]] : []))),
    };
    return memoOnDisk('chart-csvs', inputs, async () => {
      const charts = siteChartCsvs(articles.flatMap((list) => siteChartSpecs(list)));
      // And the charts of the measure pages (issue 18), in either language; one file per distinct data.
      const measures = (await Promise.all(LANGS.map(getMeasurePages))).flatMap(measureChartCsvs);
      return [...new Map([...charts, ...measures].map((csv) => [csv.name, csv])).values()];
    });
  });
  return files;
}
