// The home page's "year at a glance": a few figures from the latest year the archive has figures for.
// The rule, simple enough to state on the page: only figures in a named series (a `measure`, so they are
// comparable and have an English label), of the latest year; in each series the largest value; one
// series per topic, the one reported most often that year; topics in the vocabulary's order.
import { TOPICS, type FigureRecord, type Topic } from '../../scripts/ingest/types.ts';

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
  year?: number;
  topics: readonly Topic[];
  figures: readonly FigureRecord[];
}

export function keyFigures(articles: readonly Source[], limit = 6): KeyFigures | undefined {
  const candidates = articles.flatMap((a) =>
    a.figures
      .filter((f) => f.measure && f.qualifier !== 'under')
      .map((f) => ({ figure: f, article: a.id, year: f.year ?? a.year, topic: f.topic ?? a.topics[0] })),
  );
  const years = candidates.map((c) => c.year).filter((y): y is number => y !== undefined);
  if (years.length === 0) return undefined;
  const year = Math.max(...years);

  // measure → its reports that year
  const series = new Map<string, typeof candidates>();
  for (const c of candidates) {
    if (c.year !== year) continue;
    const list = series.get(c.figure.measure!) ?? [];
    list.push(c);
    series.set(c.figure.measure!, list);
  }

  const bestByTopic = new Map<Topic, { count: number; pick: (typeof candidates)[number] }>();
  for (const reports of series.values()) {
    const largest = reports.reduce((a, b) => (b.figure.value > a.figure.value ? b : a));
    const topic = largest.topic;
    if (!topic) continue;
    const current = bestByTopic.get(topic);
    if (!current || reports.length > current.count) bestByTopic.set(topic, { count: reports.length, pick: largest });
  }

  const figures = TOPICS.flatMap((t) => {
    const best = bestByTopic.get(t);
    return best ? [{ figure: best.pick.figure, article: best.pick.article }] : [];
  }).slice(0, limit);
  return figures.length > 0 ? { year, figures } : undefined;
}
