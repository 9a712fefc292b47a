// The region map's text alternative and table order.
import { t, type Lang } from '../../../lib/i18n.ts';
import { countText } from '../../../lib/plural.ts';
import { placeName } from '../labels.ts';
import type { RegionCount } from '../spec.ts';

/** Most reports first, then most figures, then the lexicon's order (stable sort). */
export function countyOrder(counts: readonly RegionCount[]): RegionCount[] {
  return [...counts].sort((a, b) => b.reports - a.reports || b.figures - a.figures);
}

export function mapSummary(lang: Lang, counts: readonly RegionCount[]): string {
  const withReports = countyOrder(counts).filter((c) => c.reports > 0);
  const list = withReports
    .map((c) => t(lang, 'chart.map.summaryItem', { name: placeName(lang, c.county), reports: countText(lang, 'chart.map.reportsLong', c.reports), figures: countText(lang, 'chart.map.figures', c.figures) }))
    .join(lang === 'zh' ? '；' : '; ');
  return t(lang, 'chart.map.summary', { list: list || '—', none: counts.length - withReports.length });
}
