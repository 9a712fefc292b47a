// How much a measure's page (issue 18) shows, so that it stays the same size however many years and
// places the archive gathers: its charts draw the most recent, its table is paged, and its CSV
// (data/measures/<key>.csv) is always complete. Each cut says so on the page ("10 of 230 figures …").
export const MEASURE_LIMITS = {
  /** Rows of the figure table on one page (then …/2/, …/3/): as many as a year page's. */
  tableRows: 50,
  /** Series (status, kind and unit of the measure) charted on the page: those with most figures. */
  chartedSeries: 3,
  /** Years on an over-time chart: the most recent. */
  years: 8,
  /** Places (one row each) on an over-time chart: those with the most recent figures. */
  places: 6,
  /** Rows of the target-against-reached chart: the most recent goals (as collection pages). */
  targets: 8,
} as const;
