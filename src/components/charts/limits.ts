// How much a chart may draw on a page that gathers many reports (a topic's or a place's page, the
// dashboard and its topic pages), so that the page stays the same size however large the archive grows.
// An article's charts are bounded by the article and are not cut. A cut chart says so in its caption
// ("10 of 230 figures: those of the most recent years") and its CSV holds exactly what it draws; every
// figure stays in the archive downloads (data/figures.csv, .json). The numbers keep the largest such page
// under 300 KB of HTML (dashboard.test.ts): a glance, not the archive.
export const COLLECTION_LIMITS = {
  /** Bars in one bar chart: the most recent figures of the series. */
  bars: 10,
  /** Rows of the before/after chart: the most recent changes. */
  changes: 8,
  /** Rows of the target-against-reached chart: the most recent goals. */
  targets: 8,
  /** Bar charts on a page: the measure series with most figures. */
  series: 4,
  /** Rows (measure series) of the small multiples, those with most figures. */
  multiplesMeasures: 3,
  /** Bars per county and row of the small multiples: the most recent figure. */
  multiplesPerCell: 1,
} as const;

/** Rows of the dashboard's figure table: the most recent figures of its scope. */
export const DASHBOARD_TABLE_ROWS = 100;
