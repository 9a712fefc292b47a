// The dashboard's pages: all figures at /<lang>/data/, one pre-built page per topic at /<lang>/data/<topic>/;
// every figure of a year as a file for the filters (/<lang>/data/years/<year>.json) and as pages that work
// without JavaScript (/<lang>/data/years/<year>/, then …/2/ …).
import type { Topic } from '../../../domain/topics.ts';
import type { Lang } from '../../../lib/i18n.ts';

export function dataPath(lang: Lang, topic?: Topic): string {
  return topic ? `${lang}/data/${topic}/` : `${lang}/data/`;
}

/** The year file the filters fetch: `zh/data/years/2025.json`, `zh/data/years/undated.json`. */
export function yearIndexPath(lang: Lang, key: string): string {
  return `${lang}/data/years/${key}.json`;
}

/** The first page of a year's figures: `zh/data/years/2025/`. */
export function yearPagePath(lang: Lang, key: string): string {
  return `${lang}/data/years/${key}/`;
}
