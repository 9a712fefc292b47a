// The ingest as one pure function: seed pages in, articles, figure records and a report out.
// cli.ts reads the files, and writes what this returns.

import { decode, InputError, type Encoding } from './decode.ts';
import { describe } from './describe.ts';
import { emitArticle } from './emit.ts';
import { extractFigures } from './figures/index.ts';
import { assignIds, type KnownId } from './ids.ts';
import { structurePage } from './segment.ts';
import type { Article, ArticleDraft, Block, BlockKind, FigureRecord, Warning } from './types.ts';

export interface SeedInput {
  name: string;
  bytes: Uint8Array;
}

export interface SeedReport {
  seed: string;
  encoding?: Encoding;
  /** Why the seed was skipped, when it was. */
  error?: string;
  blocks?: Partial<Record<BlockKind, number>>;
  articles?: string[];
  joins?: number;
  dropped?: number;
  warnings?: Warning[];
}

export interface IngestResult {
  articles: { article: Article; mdx: string; figures: FigureRecord[] }[];
  reports: SeedReport[];
}

export function ingest(seeds: SeedInput[], known: KnownId[], reservedIds: Iterable<string> = []): IngestResult {
  const reports: SeedReport[] = [];
  const drafts: ArticleDraft[] = [];
  for (const seed of [...seeds].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const { report, pageDrafts } = ingestSeed(seed);
    reports.push(report);
    drafts.push(...pageDrafts);
  }

  const ids = assignIds(
    drafts.map((d) => ({ seed: d.source.seed, title: d.title, firstBlock: d.source.blocks[0] })),
    known,
    reservedIds,
  );
  const articles = drafts.map((draft, i) => {
    const article: Article = { ...draft, id: ids[i]! };
    return { article, mdx: emitArticle(article), figures: extractFigures(article) };
  });
  for (const report of reports) {
    report.articles = articles.filter((a) => a.article.source.seed === report.seed).map((a) => a.article.id);
  }
  return { articles, reports };
}

function ingestSeed(seed: SeedInput): { report: SeedReport; pageDrafts: ArticleDraft[] } {
  let text: string;
  let encoding: Encoding;
  try {
    ({ text, encoding } = decode(seed.bytes));
  } catch (e) {
    if (e instanceof InputError) return { report: { seed: seed.name, error: e.message }, pageDrafts: [] };
    throw e;
  }
  const page = structurePage(text);
  const pageYear = yearOfPage(page.blocks);
  const pageDrafts = page.segments.map((segment, index) => describe(segment, seed.name, pageYear, { index }));
  attachPageWarnings(pageDrafts, page.repair.warnings);
  const report: SeedReport = {
    seed: seed.name,
    encoding,
    blocks: countKinds(page.blocks),
    joins: page.repair.joins.length,
    dropped: page.repair.dropped.length,
    warnings: [...new Set([...page.repair.warnings, ...pageDrafts.flatMap((d) => d.warnings)])],
  };
  return { report, pageDrafts };
}

/** Repair warns per page; editors need each warning in the article it concerns, to see where text is missing. */
function attachPageWarnings(drafts: ArticleDraft[], warnings: Warning[]): void {
  for (const warning of warnings) {
    const owner = drafts.find((d) => warning.blocks.some((b) => b >= d.source.blocks[0] && b <= d.source.blocks[1]));
    if (owner && !owner.warnings.includes(warning)) owner.warnings.push(warning);
  }
}

/** A page's issue year, when its furniture prints one (`2026`, `聚焦 2025 长治两会`). */
function yearOfPage(blocks: Block[]): number | undefined {
  for (const block of blocks) {
    if (block.kind !== 'furniture') continue;
    const year = /(?:^|\D)(20\d\d)(?:\D|$)/.exec(block.text);
    if (year) return Number(year[1]);
  }
  return undefined;
}

function countKinds(blocks: Block[]): Partial<Record<BlockKind, number>> {
  const counts: Partial<Record<BlockKind, number>> = {};
  for (const b of blocks) counts[b.kind] = (counts[b.kind] ?? 0) + 1;
  return counts;
}
