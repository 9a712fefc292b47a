// What the page eval reads of an ingested article: the fields a gold file speaks about, taken from ingest's
// output in one place. Fields ingest does not make yet (a figure's status, kind, label, period) are read when
// present and otherwise left out, so their expectations fail until ingest makes them.
import type { BuiltArticle } from '../ingest/pipeline.ts';

export interface ProducedFigure {
  text: string;
  value: number;
  unit: string;
  status?: string;
  year?: number;
  period?: string;
  region?: string;
  topic?: string;
  /** The figure's label, or its subject while ingest has no label. */
  label?: string;
  kind?: string;
}

export interface ProducedArticle {
  title: string;
  /** `inferred`: ingest made the title up (no headline on the page). */
  titleFrom: string;
  lang: string;
  kind: string;
  kicker?: string;
  subtitle?: string;
  byline?: string;
  year?: number;
  regions: string[];
  topics: string[];
  captions: string[];
  continued?: { from?: string; to?: string };
  /** Headings and paragraphs in reading order (captions are in `captions`). */
  body: { kind: string; text: string }[];
  figures: ProducedFigure[];
}

export function producedArticle(built: BuiltArticle): ProducedArticle {
  const a = built.article;
  return {
    title: a.title,
    titleFrom: a.titleFrom,
    lang: a.lang,
    kind: a.kind,
    kicker: a.kicker,
    subtitle: a.subtitle,
    byline: a.byline,
    year: a.year,
    regions: [...a.regions],
    topics: [...a.topics],
    captions: [...a.captions],
    continued: a.continued,
    body: a.body.filter((n) => n.kind !== 'caption').map((n) => ({ kind: n.kind, text: n.text })),
    figures: built.figures.map((record) => {
      const f = record as unknown as Record<string, unknown>;
      const text = (k: string) => (typeof f[k] === 'string' ? (f[k] as string) : undefined);
      return {
        text: record.text,
        value: record.value,
        unit: record.unit,
        status: text('status'),
        year: record.year,
        period: text('period'),
        region: record.region,
        topic: record.topic,
        label: text('label') ?? record.subject,
        kind: text('kind'),
      };
    }),
  };
}
