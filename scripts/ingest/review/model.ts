// What the review report shows of one seed page, worked out from the pipeline's own output (the page's raw
// blocks, their roles after classification and hints, repair's joins and drops, the segments and the
// articles built from them): one row per raw block in page order — its text, the role it ended with, the
// article it went to, what repair did to it, the hint that set it and the warnings about it — and one entry
// per article with its title, fields and figures. Pure, so it is tested without files; html.ts renders it.

import type { FigureRecord } from '../../../src/domain/figure.ts';
import type { Block, BlockKind, RepairResult, Segment, Warning } from '../types.ts';

/** What the model is made from: the pipeline's output for one seed (see pipeline.ts SeedPage). */
export interface ReviewInput {
  seed: string;
  encoding?: string;
  /** Why the seed was skipped, when it was; then there are no blocks. */
  error?: string;
  page?: {
    raw: readonly string[];
    /** As classified, hints laid over. */
    blocks: readonly Block[];
    repair: RepairResult;
    segments: readonly Segment[];
    /** Raw block index → the hint keys that name it. */
    hinted: ReadonlyMap<number, readonly string[]>;
  };
  /** The articles made of the segments, in the same order. */
  articles: readonly ReviewArticleInput[];
  warnings: readonly Warning[];
}

export interface ReviewArticleInput {
  id: string;
  title: string;
  kind: string;
  lang: string;
  byline?: string;
  year?: number;
  regions: readonly string[];
  source: { blocks: readonly [number, number] };
  figures: readonly FigureRecord[];
}

export interface ReviewRow {
  /** Raw block index, 0-based, as warnings and hints count. */
  index: number;
  text: string;
  /** The role it ended with; for a dropped copy, the role it was read with. */
  role: BlockKind;
  /** 1-based article number; undefined for a dropped block or one no article holds. */
  article?: number;
  /** Joined: the raw blocks of the paragraph it is part of, when more than itself. */
  joinedWith?: readonly number[];
  /** Moved back to where it continues (a column fragment printed out of order). */
  moved?: boolean;
  dropped?: { duplicateOf: number; exact: boolean };
  hints: readonly string[];
  warnings: readonly Warning[];
}

export interface ReviewArticle extends ReviewArticleInput {
  /** 1-based, in page order. */
  number: number;
}

export interface ReviewPage {
  seed: string;
  encoding?: string;
  error?: string;
  rows: ReviewRow[];
  articles: ReviewArticle[];
  /** Warnings that name no block shown in a row. */
  pageWarnings: Warning[];
  counts: { blocks: number; articles: number; joins: number; dropped: number; moved: number; warnings: number };
}

export function reviewPage(input: ReviewInput): ReviewPage {
  const articles = input.articles.map((a, i) => ({ ...a, number: i + 1 }));
  const page = input.page;
  if (!page) {
    return { seed: input.seed, ...(input.encoding && { encoding: input.encoding }), ...(input.error && { error: input.error }), rows: [], articles, pageWarnings: [...input.warnings], counts: counts([], articles, input.warnings, 0, 0) };
  }
  const articleOf = new Map<number, number>();
  const finalRole = new Map<number, BlockKind>();
  page.segments.forEach((segment, k) => {
    for (const block of segment.blocks) {
      for (const s of block.source) {
        articleOf.set(s, articleNumber(k, s, articles));
        finalRole.set(s, block.kind);
      }
    }
  });
  const joinOf = new Map<number, { blocks: number[]; moved: boolean }>();
  for (const join of page.repair.joins) {
    for (const b of join.blocks) joinOf.set(b, { blocks: join.blocks, moved: join.reason === 'moved-fragment' && b !== join.blocks[0] });
  }
  const droppedOf = new Map(page.repair.dropped.map((d) => [d.block, d]));
  const classified = new Map(page.blocks.map((b) => [b.source[0], b.kind]));
  const shown = new Set(page.raw.map((_, i) => i));

  const rows = page.raw.map((text, index): ReviewRow => {
    const join = joinOf.get(index);
    const dropped = droppedOf.get(index);
    const article = articleOf.get(index);
    return {
      index,
      text,
      role: finalRole.get(index) ?? classified.get(index) ?? 'paragraph',
      ...(article !== undefined && !dropped && { article }),
      ...(join && join.blocks.length > 1 && { joinedWith: join.blocks }),
      ...(join?.moved && { moved: true }),
      ...(dropped && { dropped: { duplicateOf: dropped.duplicateOf, exact: dropped.exact } }),
      hints: page.hinted.get(index) ?? [],
      warnings: input.warnings.filter((w) => w.blocks.includes(index)),
    };
  });
  const pageWarnings = input.warnings.filter((w) => !w.blocks.some((b) => shown.has(b)));
  const moved = rows.filter((r) => r.moved).length;
  return {
    seed: input.seed,
    ...(input.encoding && { encoding: input.encoding }),
    rows,
    articles,
    pageWarnings,
    counts: counts(rows, articles, input.warnings, page.repair.joins.length, moved, page.repair.dropped.length),
  };
}

/**
 * The article a block of segment k went to: the k-th, when there is one article per segment (the usual
 * case); otherwise the one whose source range holds the block.
 */
function articleNumber(k: number, block: number, articles: readonly ReviewArticle[]): number {
  const byRange = articles.find((a) => block >= a.source.blocks[0] && block <= a.source.blocks[1]);
  const byOrder = articles[k];
  if (byOrder && block >= byOrder.source.blocks[0] && block <= byOrder.source.blocks[1]) return byOrder.number;
  return byRange?.number ?? byOrder?.number ?? k + 1;
}

function counts(
  rows: readonly ReviewRow[],
  articles: readonly ReviewArticle[],
  warnings: readonly Warning[],
  joins: number,
  moved: number,
  dropped = 0,
): ReviewPage['counts'] {
  return { blocks: rows.length, articles: articles.length, joins, dropped, moved, warnings: warnings.length };
}
