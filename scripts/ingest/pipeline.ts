// The ingest as one pure function: seed pages in, articles, figure records and a report out.
// cli.ts reads the files, and writes what this returns.

import { decode, InputError, type Encoding } from './decode.ts';
import { describe } from './describe.ts';
import { emitArticle } from './emit.ts';
import { extractFigures } from './figures/index.ts';
import { assignIds, type IdClaim, type KnownId } from './ids.ts';
import { structurePage } from './segment.ts';
import type { IngestedArticle, ArticleDraft, Block, BlockKind, Warning } from './types.ts';
import type { FigureRecord } from '../../src/domain/figure.ts';

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
  articles: BuiltArticle[];
  reports: SeedReport[];
}

export interface SeedDrafts {
  report: SeedReport;
  drafts: ArticleDraft[];
}

export interface BuiltArticle {
  article: IngestedArticle;
  /** The article's .md as emit writes it. */
  markdown: string;
  figures: FigureRecord[];
}

export function ingest(seeds: SeedInput[], known: KnownId[], reservedIds: Iterable<string> = []): IngestResult {
  const pages = [...seeds].sort((a, b) => (a.name < b.name ? -1 : 1)).map(draftSeed);
  const drafts = pages.flatMap((p) => p.drafts);
  const ids = assignIds(drafts.map(claimOf), known, reservedIds);
  const articles = drafts.map((draft, i) => buildArticle(draft, ids[i]!));
  const reports = pages.map((p) => p.report);
  for (const report of reports) {
    report.articles = articles.filter((a) => a.article.source.seed === report.seed).map((a) => a.article.id);
  }
  return { articles, reports };
}

/**
 * The stages of ingest() one at a time, for the incremental run (cache.ts): a page's drafts depend on its
 * bytes and name only, and an article's files on its draft and id only, so a page whose bytes and ids
 * are unchanged needs neither stage again.
 */
export function draftSeed(seed: SeedInput): SeedDrafts {
  let text: string;
  let encoding: Encoding;
  try {
    ({ text, encoding } = decode(seed.bytes));
  } catch (e) {
    if (e instanceof InputError) return { report: { seed: seed.name, error: e.message }, drafts: [] };
    throw e;
  }
  const page = structurePage(text);
  const pageYear = yearOfPage(page.blocks);
  // The date line's year goes with each draft: it is what 今年 means in the article's figures.
  const drafts = page.segments.map((segment, index) => {
    const draft = describe(segment, seed.name, pageYear, { index });
    return pageYear === undefined ? draft : { ...draft, pageYear };
  });
  attachPageWarnings(drafts, page.repair.warnings);
  const report: SeedReport = {
    seed: seed.name,
    encoding,
    blocks: countKinds(page.blocks),
    joins: page.repair.joins.length,
    dropped: page.repair.dropped.length,
    warnings: [...new Set([...page.repair.warnings, ...drafts.flatMap((d) => d.warnings)])],
  };
  return { report, drafts };
}

/** What assignIds needs to know about an article. */
export function claimOf(draft: ArticleDraft): IdClaim {
  return { seed: draft.source.seed, title: draft.title, firstBlock: draft.source.blocks[0] };
}

export function buildArticle(draft: ArticleDraft, id: string): BuiltArticle {
  const article: IngestedArticle = { ...draft, id };
  return { article, markdown: emitArticle(article), figures: extractFigures(article) };
}

/** The lines ingest prints for a seed it read. */
export function describeSeed(r: SeedReport): string {
  const kinds = Object.entries(r.blocks ?? {})
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  const lines = [
    `${r.seed} (${r.encoding}): ${r.articles?.length ?? 0} article(s); blocks: ${kinds}; ${r.joins} joined, ${r.dropped} duplicate(s) dropped`,
  ];
  for (const w of r.warnings ?? []) lines.push(`  warning [${w.code}] blocks ${w.blocks.join(',')}: ${w.message}`);
  return lines.join('\n');
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
