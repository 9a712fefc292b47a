// What a chart is, before it is drawn: its kind and the figures (or counts) it draws, as choose.ts picks
// them and every chart component, the CSV writer and the registry of all charts read them. Plain types,
// so a kind's data module can name its spec without importing the choosing.
import type { FigureRecord } from '../../domain/figure.ts';
import type { Topic } from '../../domain/topics.ts';
import type { LikeGroupInfo } from './like.ts';
import type { TargetPair } from './target/target.ts';

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
  /** What the bars share (like.ts): the thing counted, status, kind, unit and period. */
  like: LikeGroupInfo;
  /** Set when the bars are one measure series. */
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
/** A row of the small multiples: one like-with-like group (like.ts), the figures it draws in it. */
export interface MultiplesRow extends LikeGroupInfo {
  figures: FigureRecord[];
}
export interface MultiplesSpec {
  kind: 'multiples';
  figures: FigureRecord[];
  /** Counties, one panel each, most figures first. */
  regions: string[];
  /** One row each: the same in every panel. */
  rows: MultiplesRow[];
  subset?: Subset;
}
/** Target (or plan) against what was reached: one row per pair (target/target.ts). */
export interface TargetSpec {
  kind: 'target';
  pairs: TargetPair[];
  /** Every figure of the pairs, in reading order (for the CSV). */
  figures: FigureRecord[];
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
export type ChartSpec = BarSpec | ChangeSpec | MultiplesSpec | TargetSpec | CardsSpec | MapSpec;

/** What the map counts per article: its id and the places it names. */
export interface ReportPlaces {
  id: string;
  regions: readonly string[];
}
