// The training rows of the figure-topic model: every dev page ingested on its own, as the page eval does, its
// figures paired with the gold ones as the figures eval pairs them (scripts/eval/), and each pair made a row —
// the words around the produced figure (figures/topic-model.ts), the gold topic as its label, the page as its
// group — with what the keyword rules make of the same figure (figures/topic.ts), so that ways of weighing the
// two can be compared on pages a model did not learn from (topics-cv.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topic } from '../../src/domain/topics.ts';
import { producedArticle } from '../eval/figures.ts';
import type { GoldArticle } from '../eval/figures-gold.ts';
import { matchFigures } from '../eval/figures-match.ts';
import { loadGold, type GoldPage } from '../eval/gold.ts';
import { articleContext, scopeAt } from '../ingest/figures/meaning.ts';
import { figureWords } from '../ingest/figures/topic-model.ts';
import { keywordEvidence } from '../ingest/figures/topic.ts';
import type { FigureScope } from '../ingest/figures/scope.ts';
import { ingest } from '../ingest/pipeline.ts';

export const DEV_PAGES = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'pages', 'dev');

export interface TopicRow {
  page: string;
  label: Topic;
  words: Map<string, number>;
  /** The keyword rules' weights and the article's topics, as topic.ts reads them. */
  evidence: Map<Topic, number>;
  articleTopics: readonly Topic[];
  /** The topic ingest gave the figure. */
  got?: string;
  scope: FigureScope;
}

/** The dev pages whose gold lists figures, less those whose names start with one of `skip`. */
export function devPages(skip: readonly string[] = []): GoldPage[] {
  return loadGold(DEV_PAGES).filter((p) => !skip.some((prefix) => p.name.startsWith(prefix)) && p.articles.some((a) => a.figures.length > 0));
}

/** One page's rows. */
export function pageRows(page: GoldPage): TopicRow[] {
  const result = ingest([{ name: `${page.name}.txt`, bytes: new Uint8Array(readFileSync(page.textFile)) }], []);
  const built = new Map(result.articles.map((b) => [b.article.id, b]));
  // (The page gold's shape as the figures eval reads it: figures-gold.ts.)
  const gold: GoldArticle[] = page.articles.map((a) => ({
    title: a.title,
    first: a.starts,
    figures: a.figures.map((f) => ({ ...f, region: f.region ?? undefined })),
  }));
  const rows: TopicRow[] = [];
  const contexts = new Map<string, ReturnType<typeof articleContext>>();
  for (const pair of matchFigures(gold, result.articles.map(producedArticle)).pairs) {
    const b = built.get(pair.article);
    const label = pair.gold.topic as Topic | undefined;
    if (!b || !label) continue;
    const record = pair.got as unknown as { paragraph: number; offset: number; text: string; unit: string; topic?: string };
    const context = contexts.get(pair.article) ?? contexts.set(pair.article, articleContext(b.article)).get(pair.article)!;
    const scope = scopeAt(context, record.paragraph, record.offset, record.offset + record.text.length, record.unit);
    rows.push({
      page: page.name,
      label,
      words: figureWords(scope),
      evidence: keywordEvidence(scope),
      articleTopics: context.meta.topics,
      ...(record.topic ? { got: record.topic } : {}),
      scope,
    });
  }
  return rows;
}
