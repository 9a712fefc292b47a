// `npm run ingest -- --review [--out DIR]`: the review report on disk. Reads every seed with its sidecar
// and hints, runs the pipeline on all of them exactly as a full ingest run does (ids from the content
// folder's articles, so the report names the ids ingest would write), and writes one HTML page per seed and
// an index into DIR (default `review/`, kept out of git). It writes nothing else: content/ is only read.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hintsName } from '../hints/read.ts';
import { ARTICLES, idsInUse, learnFacts, type FileFacts } from '../outputs.ts';
import { ingest, type BuiltArticle, type SeedDrafts, type SeedInput } from '../pipeline.ts';
import { sidecarName } from '../seed-meta.ts';
import { renderReviewIndex, renderReviewPage, reviewFileName } from './html.ts';
import { reviewPage, type ReviewInput, type ReviewPage } from './model.ts';

export interface ReviewOptions {
  /** The seeds folder. */
  seeds: string;
  /** The content folder, read for the ids already given. */
  content: string;
  /** Where the report goes. */
  out: string;
}

/** Writes the report; returns the pages it made (for the CLI's summary). */
export async function writeReview(options: ReviewOptions): Promise<ReviewPage[]> {
  const seeds = readSeeds(options.seeds);
  const { known, reserved } = idsInUse(contentFacts(options.content));
  const result = ingest(seeds, known, reserved, true);
  const pages = result.pages.map((p) => reviewPage(reviewInput(p, result.articles.filter((a) => a.article.source.seed === p.report.seed))));
  await mkdir(options.out, { recursive: true });
  for (const page of pages) await writeFile(join(options.out, reviewFileName(page.seed)), renderReviewPage(page));
  await writeFile(join(options.out, 'index.html'), renderReviewIndex(pages));
  return pages;
}

/** What the model reads of one seed's pipeline output and its built articles. */
export function reviewInput(drafts: SeedDrafts, articles: readonly BuiltArticle[]): ReviewInput {
  const { report, page } = drafts;
  return {
    seed: report.seed,
    ...(report.encoding && { encoding: report.encoding }),
    ...(report.error && { error: report.error }),
    ...(page && { page }),
    articles: articles.map(({ article, figures }) => ({
      id: article.id,
      title: article.title,
      kind: article.kind,
      lang: article.lang,
      ...(article.byline !== undefined && { byline: article.byline }),
      ...(article.year !== undefined && { year: article.year }),
      regions: article.regions,
      source: { blocks: article.source.blocks },
      figures,
    })),
    warnings: report.warnings ?? [],
  };
}

function readSeeds(dir: string): SeedInput[] {
  const names = readdirSync(dir);
  const present = new Set(names);
  const side = (file: string) => (present.has(file) ? { file: join(dir, file), text: readFileSync(join(dir, file), 'utf8') } : undefined);
  return names
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((name) => {
      const meta = side(sidecarName(name));
      const hints = side(hintsName(name));
      return { name, bytes: new Uint8Array(readFileSync(join(dir, name))), ...(meta && { meta }), ...(hints && { hints }) };
    });
}

function contentFacts(content: string): Map<string, FileFacts> {
  const dir = join(content, ARTICLES);
  const facts = new Map<string, FileFacts>();
  if (!existsSync(dir)) return facts;
  for (const name of readdirSync(dir).filter((n) => /\.mdx?$/u.test(n)).sort()) {
    const path = `${ARTICLES}/${name}`;
    facts.set(path, learnFacts(path, readFileSync(join(content, path), 'utf8')));
  }
  return facts;
}
