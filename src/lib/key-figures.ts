// The home page's "year at a glance": a few figures from the latest year the archive has achieved figures
// for. The rule, simple enough to state on the page (home.keyFiguresRule): only figures the reports give as
// done or reached (`status: 'actual'`; a plan, target, forecast or one person's account never, and a record
// without a status is not taken for actual, nor works under way or what a work will do once built), about
// the latest such year, with the place they are about;
// only figures in a named series (a `measure`, so they are comparable and have an English label); in each
// series (same measure, kind and unit) the largest value; one series per topic, the one reported most
// often that year; topics in the vocabulary's order.
import { TOPICS, type Topic } from '../domain/topics.ts';
import { isDataFigure, type FigureRecord } from '../domain/figure.ts';

export interface KeyFigure {
  figure: FigureRecord;
  /** The id of the article the figure is from. */
  article: string;
}

export interface KeyFigures {
  year: number;
  figures: KeyFigure[];
}

interface Source {
  id: string;
  figures: readonly FigureRecord[];
}

interface Candidate {
  figure: FigureRecord;
  article: string;
  year: number;
  topic: Topic;
}

// Works under way (在建, 正在施工) are actual as counts of what is being built, but not achievements; what a
// work will do once built (建成后可新增…) is a plan, however its status was set. Read in the figure's
// label and in its clause before it (the sentence from the last comma or stop before the figure).
const UNDER_WAY = /在建|正在|施工中|建设中|推进中|开工建设|建成后|投用后|投入使用后|完工后|竣工后/;

/** Whether a figure counts works under way or what a work will do once built. */
export function isUnderWay(figure: Pick<FigureRecord, 'label' | 'sentence' | 'text'>): boolean {
  if (figure.label && UNDER_WAY.test(figure.label)) return true;
  const at = figure.sentence.indexOf(figure.text);
  if (at < 0) return false;
  const before = figure.sentence.slice(0, at);
  const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf('。'), before.lastIndexOf('；')) + 1);
  return UNDER_WAY.test(clause);
}

/** A figure the home page may show: achieved, of a named series, with its own year, place and topic. */
export function isKeyFigureCandidate(figure: FigureRecord): boolean {
  return (
    isDataFigure(figure) &&
    figure.status === 'actual' &&
    !isUnderWay(figure) &&
    Boolean(figure.measure) &&
    figure.qualifier !== 'under' &&
    figure.year !== undefined &&
    Boolean(figure.region) &&
    figure.topic !== undefined
  );
}

export function keyFigures(articles: readonly Source[], limit = 6): KeyFigures | undefined {
  const candidates: Candidate[] = articles.flatMap((a) =>
    a.figures.filter(isKeyFigureCandidate).map((f) => ({ figure: f, article: a.id, year: f.year!, topic: f.topic! })),
  );
  if (candidates.length === 0) return undefined;
  const year = Math.max(...candidates.map((c) => c.year));

  // series (measure, kind, unit) → its reports that year
  const series = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.year !== year) continue;
    const f = c.figure;
    const key = `${f.measure}\u0000${f.kind ?? ''}\u0000${f.unit}`;
    const list = series.get(key) ?? [];
    list.push(c);
    series.set(key, list);
  }

  const bestByTopic = new Map<Topic, { count: number; pick: Candidate }>();
  for (const reports of series.values()) {
    const largest = reports.reduce((a, b) => (b.figure.value > a.figure.value ? b : a));
    const current = bestByTopic.get(largest.topic);
    if (!current || reports.length > current.count) bestByTopic.set(largest.topic, { count: reports.length, pick: largest });
  }

  const figures = TOPICS.flatMap((t) => {
    const best = bestByTopic.get(t);
    return best ? [{ figure: best.pick.figure, article: best.pick.article }] : [];
  }).slice(0, limit);
  return { year, figures };
}
