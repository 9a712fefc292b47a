// The reports the data page's sentences count, from the one list of reports and figures its charts draw:
// the introduction's "N figures from R of the T reports" (R: the reports that print a figure) and the map's
// note (M of the T reports name a county or district; one naming several is on each of their tiles, so the
// tiles can add up to more than M). A reader saw "129 figures from 9 reports" over a map whose tiles add
// up to 14 and took one for a mistake: they count different things, and the words now say which.
import { countyOf } from '../../../lib/taxonomy.ts';
import type { FigureRecord } from '../../../domain/figure.ts';
import type { ReportPlaces } from '../spec.ts';

export interface DashboardCounts {
  figures: number;
  /** All reports of the page's scope, with figures or without. */
  reports: number;
  /** The reports that print at least one of the figures. */
  reportsWithFigures: number;
  /** The reports that name a county or district (a town counts for its county): those the map counts. */
  reportsOnMap: number;
}

export function dashboardCounts(reports: readonly ReportPlaces[], figures: readonly FigureRecord[]): DashboardCounts {
  return {
    figures: figures.length,
    reports: reports.length,
    reportsWithFigures: new Set(figures.map((f) => f.article)).size,
    reportsOnMap: reports.filter((r) => r.regions.some((place) => countyOf(place) !== undefined)).length,
  };
}
