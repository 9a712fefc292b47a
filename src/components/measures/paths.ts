// Where a measure's pages and file are: `zh/data/measures/` (the index), `zh/data/measures/<key>/` (then
// `…/2/` for more of its table) and `data/measures/<key>.csv` (every figure of the page, both languages'
// columns). Site-relative without the base: pass them through `href` (src/lib/urls.ts).
import { downloadPaths } from '../../lib/downloads/paths.ts';
import type { Lang } from '../../lib/i18n.ts';

export const measurePaths = {
  index: (lang: Lang) => `${lang}/data/measures/`,
  page: (lang: Lang, key: string) => `${lang}/data/measures/${key}/`,
  csv: downloadPaths.measure,
};
