// What kind of span a figure is counted over, by the form of its printed period (issue: a measure's page
// set Shangdang's 2800 piles "added since 2024" — a running total over two years — beside Huguan's 200
// "added in 2025"). Figures of one measure followed over the years (like.ts measureSeries) compare only
// when their spans are of one kind: a calendar year (no period printed, or `2025年`, `2025年全年`), the
// same part of a year (`1至10月`, `上半年`, `截至2024年底`: the year itself read as any year), or — for a
// running total from a dated start (`2024年以来`, `2021年至今`) — the very same start, since a total
// since 2021 and one since 2024 count over different lengths of time.

/** The span key: `year`, a running total's printed start (`from:…`), or the period with its years as `Y`. */
export function spanOf(period: string | undefined): string {
  const printed = (period ?? '').replace(/\s+/g, '');
  if (!printed) return 'year';
  // A running total from a dated start: its start is what it means.
  if (/\d{4}年/.test(printed) && /(?:以来|至今|来)$/.test(printed)) return `from:${printed}`;
  const form = printed
    .replace(/\d{4}/g, 'Y')
    .replace(/^(?:今年|本年|当年)/, 'Y年')
    .replace(/^Y年(?:全年|度)$/, 'Y年');
  return form === 'Y年' || form === '全年' ? 'year' : form;
}
