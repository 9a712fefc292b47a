// What a chart is, before it is drawn: its kind and the figures (or counts) it draws, as choose.ts picks
// them and every chart component, the CSV writer and the registry of all charts read them. Plain types,
// so a kind's data module can name its spec without importing the choosing.
import type { FigureRecord } from '../../domain/figure.ts';
import type { Topic } from '../../domain/topics.ts';

/**
 * Set on a chart that draws fewer figures than it was chosen from (limits.ts): how many there were, and
 * which were kept — the most recent, or the most recent of each county and series (small multiples).
 */
export interface Subset {
  of: number;
  rule: 'newest' | 'latestPerCell';
}

export interface BarSpec {
  kind: 'bar';
  figures: FigureRecord[];
  /** Set when the bars are one measure series; else they share `unit` and `topic`. */
  measure?: string;
  unit: string;
  topic?: Topic;
  subset?: Subset;
}
export interface ChangeSpec {
  kind: 'change';
  figures: FigureRecord[];
  subset?: Subset;
}
export interface MultiplesSpec {
  kind: 'multiples';
  figures: FigureRecord[];
  /** Counties, one panel each, most figures first. */
  regions: string[];
  /** Measure keys, one row each. */
  measures: string[];
  subset?: Subset;
}
export interface CardsSpec {
  kind: 'cards';
  figures: FigureRecord[];
}
export interface RegionCount {
  county: string;
  reports: number;
  figures: number;
}
export interface MapSpec {
  kind: 'map';
  counts: RegionCount[];
}
export type ChartSpec = BarSpec | ChangeSpec | MultiplesSpec | CardsSpec | MapSpec;

/** What the map counts per article: its id and the places it names. */
export interface ReportPlaces {
  id: string;
  regions: readonly string[];
}
