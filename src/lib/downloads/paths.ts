// Where the data downloads are on the site: site-relative paths without the base (pass them through
// `href`). Pure, so the chart components and the unit tests can name a file without loading content.
// Every table file is under data/, beside data/datapackage.json, because a Data Package may name its
// files only by paths below its own folder (no `../`).

export const downloadPaths = {
  csv: 'data/figures.csv',
  json: 'data/figures.json',
  article: (id: string) => `data/articles/${id}.csv`,
  /** A chart's data: its name is a hash of the content (src/components/charts/csv.ts). */
  chart: (name: string) => `data/charts/${name}.csv`,
  /** Every figure of a measure's page (issue 18: src/components/measures/). */
  measure: (key: string) => `data/measures/${key}.csv`,
  datapackage: 'data/datapackage.json',
  /** The Table Schema shared by the charts' files of one table (./datapackage.ts). */
  schema: (table: string) => `data/schemas/${table}.json`,
};

/** A download's path relative to data/datapackage.json, as the descriptor names it: `figures.csv`. */
export function packagePath(path: string): string {
  if (!path.startsWith('data/')) throw new Error(`${path} is outside data/: a Data Package cannot name it`);
  return path.slice('data/'.length);
}

/**
 * The folders of small downloads a build writes from one output each, a bundle unpacked into the folder when
 * the build is done (./file-bundle.ts): each folder holds its bundle's files and nothing else.
 */
export const BUNDLED_FOLDERS = ['data/articles/', 'data/charts/', 'data/measures/'] as const;
export type BundledFolder = (typeof BUNDLED_FOLDERS)[number];

/** The name of a folder's bundle, never the name of one of its files (those end in `.csv`). */
export const BUNDLE_NAME = 'csv-bundle';

/** Where a folder's bundle is written: `data/articles/csv-bundle.json`. */
export const bundlePath = (folder: BundledFolder): string => `${folder}${BUNDLE_NAME}.json`;
