// The ingest as one pure function: seed pages in, articles, figure records and a report out.
// cli.ts reads the files, and writes what this returns.

import { splitBlocks } from './blocks.ts';
import { decode, InputError, type Encoding } from './decode.ts';
import { describe } from './describe.ts';
import { heldBackCounties, printsHeldBackStem } from './describe/held-back.ts';
import { homeCountyOf } from './describe/home-county.ts';
import { isAdviceBox } from './describe/advice-box.ts';
import { presentYear } from './describe/year.ts';
import { emitArticle } from './emit.ts';
import { extractFigures } from './figures/index.ts';
import { assignIds, type IdClaim, type KnownId } from './ids.ts';
import { HintsError, mergePageFacts, parseHints } from './hints/read.ts';
import { resolveHints, type PageOverrides } from './hints/resolve.ts';
import { parseSeedMeta, SeedMetaError } from './seed-meta.ts';
import { structurePage } from './segment.ts';
import { reportOfBox } from './structure/box-report.ts';
import { pageFactsOf, type PageFacts } from './structure/page-lines.ts';
import type { IngestedArticle, ArticleDraft, Block, BlockKind, RepairResult, Segment, Warning } from './types.ts';
import type { FigureRecord } from '../../src/domain/figure.ts';
import { REGIONS } from '../../src/domain/places/regions.ts';

export interface SeedInput {
  name: string;
  bytes: Uint8Array;
  /** The seed's sidecar (`seeds/<name>.yaml`, seed-meta.ts), when it has one: its path for messages, its text. */
  meta?: { file: string; text: string };
  /** The seed's hints (`seeds/<name>.hints.yaml`, hints/read.ts), when it has them: its path, its text. */
  hints?: { file: string; text: string };
}

export interface SeedReport {
  seed: string;
  encoding?: Encoding;
  /** Why the seed was skipped, when it was. */
  error?: string;
  /** The page's paper, date and number as ingest took them (sidecar over date line), when known. */
  page?: PageFacts;
  /** Titles of the articles no date line, sidecar or text gives a year. */
  undated?: string[];
  blocks?: Partial<Record<BlockKind, number>>;
  articles?: string[];
  joins?: number;
  dropped?: number;
  warnings?: Warning[];
}

export interface IngestResult {
  articles: BuiltArticle[];
  reports: SeedReport[];
  /** Each seed's drafts, in name order; with its page when asked for (`keepPages`). */
  pages: SeedDrafts[];
}

export interface SeedDrafts {
  report: SeedReport;
  drafts: ArticleDraft[];
  /** The page as the stages left it, when asked for (the review report reads it). */
  page?: SeedPage;
}

/** A page's stages as they went: raw blocks, blocks as classified (hints laid over), repair, segments. */
export interface SeedPage {
  raw: string[];
  blocks: Block[];
  repair: RepairResult;
  segments: Segment[];
  /** Raw block index → the hint keys that name it. */
  hinted: ReadonlyMap<number, readonly string[]>;
}

export interface BuiltArticle {
  article: IngestedArticle;
  /** The article's .md as emit writes it. */
  markdown: string;
  figures: FigureRecord[];
}

export function ingest(seeds: SeedInput[], known: KnownId[], reservedIds: Iterable<string> = [], keepPages = false): IngestResult {
  const pages = [...seeds].sort((a, b) => (a.name < b.name ? -1 : 1)).map((seed) => draftSeed(seed, keepPages));
  const drafts = pages.flatMap((p) => p.drafts);
  const ids = assignIds(drafts.map(claimOf), known, reservedIds);
  const articles = drafts.map((draft, i) => buildArticle(draft, ids[i]!));
  const reports = pages.map((p) => p.report);
  for (const report of reports) {
    report.articles = articles.filter((a) => a.article.source.seed === report.seed).map((a) => a.article.id);
  }
  return { articles, reports, pages };
}

/**
 * The stages of ingest() one at a time, for the incremental run (cache.ts): a page's drafts depend on its
 * bytes and name only, and an article's files on its draft and id only, so a page whose bytes and ids
 * are unchanged needs neither stage again.
 */
export function draftSeed(seed: SeedInput, keepPage = false): SeedDrafts {
  let text: string;
  let encoding: Encoding;
  try {
    ({ text, encoding } = decode(seed.bytes));
  } catch (e) {
    if (e instanceof InputError) return { report: { seed: seed.name, error: e.message }, drafts: [] };
    throw e;
  }
  let meta: PageFacts = {};
  let overrides: PageOverrides | undefined;
  try {
    meta = seed.meta ? parseSeedMeta(seed.meta.file, seed.meta.text) : {};
    // An editor's hints: roles and splits obeyed by structurePage, page facts beside the sidecar's.
    const hints = seed.hints ? parseHints(seed.hints.file, seed.hints.text) : undefined;
    meta = mergePageFacts(meta, seed.meta?.file, hints);
    if (hints) overrides = resolveHints(hints, splitBlocks(text), seed.name);
  } catch (e) {
    if (e instanceof SeedMetaError || e instanceof HintsError) return { report: { seed: seed.name, error: e.message }, drafts: [] };
    throw e;
  }
  const page = structurePage(text, overrides);
  // The sidecar wins over what the page's own lines print.
  const facts: PageFacts = { ...pageFactsOf(page.blocks.filter((b) => b.kind === 'furniture').map((b) => b.text)), ...meta };
  const pageYear = facts.date !== undefined ? Number(facts.date.slice(0, 4)) : yearOfPage(page.blocks);
  // A county's paper: its 我县 and 全县 are the county its masthead names.
  const homeCounty = homeCountyOf(page.blocks.filter((b) => b.kind === 'furniture').map((b) => b.text));
  // The date line's year goes with each draft: it is what 今年 means in the article's figures.
  const drafts = page.segments.map((segment, index) => {
    const draft = datePage(describe(segment, seed.name, pageYear, { index }, homeCounty), facts);
    return pageYear === undefined ? draft : { ...draft, pageYear };
  });
  attachPageWarnings(drafts, page.repair.warnings);
  withSiblingYears(drafts, pageYear);
  withPageCounties(drafts);
  withBoxPlaces(drafts);
  const undated = drafts.filter((d) => d.year === undefined).map((d) => d.title);
  const report: SeedReport = {
    seed: seed.name,
    encoding,
    ...(Object.keys(facts).length > 0 && { page: facts }),
    ...(undated.length > 0 && { undated }),
    blocks: countKinds(page.blocks),
    joins: page.repair.joins.length,
    dropped: page.repair.dropped.length,
    warnings: [...new Set([...page.repair.warnings, ...drafts.flatMap((d) => d.warnings)])],
  };
  if (!keepPage) return { report, drafts };
  const kept: SeedPage = { raw: splitBlocks(text), ...page, hinted: overrides?.hinted ?? new Map() };
  return { report, drafts, page: kept };
}

/**
 * A page that states its date (date line or sidecar) gives every article on it that date, and its year:
 * the year an article reports on is the year of the page it reports in. The source cites the page.
 */
function datePage(draft: ArticleDraft, facts: PageFacts): ArticleDraft {
  const { paper, date, page } = facts;
  const source = { ...(paper !== undefined && { paper }), ...(date !== undefined && { date }), ...(page !== undefined && { page }), ...draft.source };
  if (date === undefined) return { ...draft, source };
  return { ...draft, year: Number(date.slice(0, 4)), date, source };
}

/**
 * Articles of one page are printed together: on a page that prints no date, an article whose text names
 * no year gets, for its figures (`siblingYear`; its own `year` stays unknown, as describe read it), the year
 * of the day the page's other articles open with (`本报讯 2025年11月18日，…`, or a date line the structure
 * took for text): a report that opens with its day is printed within days of it, so that year is what the
 * undated article's 今年 means. A year a sibling names alone (`2024年，全县…`) looks back, as does a day
 * further into a feature (`…2023年10月15日，…比武活动举行`, seed 001), and says nothing of when the page
 * was printed: the annotation guide leaves such an article's year unknown (tests/fixtures/pages/README.md;
 * dev pages 18, 32, 46, 59). Changes the drafts in place.
 */
function withSiblingYears(drafts: ArticleDraft[], pageYear: number | undefined): void {
  if (pageYear !== undefined) return;
  const counts = new Map<number, number>();
  for (const d of drafts) {
    const year = openingPieces(d).map(presentYear).find((y) => y !== undefined);
    if (year !== undefined) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  if (ranked.length === 0 || (ranked[1] && ranked[1][1] === ranked[0]![1])) return;
  for (const d of drafts) if (d.year === undefined) d.siblingYear = ranked[0]![0];
}

/**
 * A box or brief that names no place of its own but a county's held-back stem (数读潞州民生) is about that
 * county when another article of its page names it in full (潞州区：一本民生账…; describe/held-back.ts).
 * Changes the drafts in place.
 */
function withPageCounties(drafts: ArticleDraft[]): void {
  const pageKeys = new Set(drafts.flatMap((d) => d.regions));
  for (const d of drafts) {
    if (d.lang !== 'zh' || d.regions.length > 0) continue;
    const counties = heldBackCounties([d.title, d.subtitle ?? '', ...d.body.map((n) => n.text)].join('\n'), pageKeys);
    if (counties.length > 0) d.regions = counties;
  }
}

/**
 * A box printed beside a report (a data box, a related link: kind `sidebar`) that names no place of its own
 * but prints figures (digits) is about the places of the report it stands beside, the nearest article above
 * it: their county-level places (or the city), not the towns its text names (一组数据 under 屯留区：就业服务…
 * is 屯留区's). A box of advice without a figure (小贴士 预防流感记住“五要”) is about no place. A box that
 * prints a held-back stem (数读潞州民生) names its own place, which only withPageCounties may read. A box that
 * restates two figures or more of a report on the page (`◆改造老旧小区46个` / `…改造老旧小区46个，…`) is that
 * report's, above or below it (structure/box-report.ts).
 * Changes the drafts in place.
 */
function withBoxPlaces(drafts: ArticleDraft[]): void {
  drafts.forEach((d, i) => {
    if (d.kind !== 'sidebar' || d.lang !== 'zh' || d.regions.length > 0) return;
    // A box of advice that prints no figure (小贴士: 一要勤洗手…) is general knowledge, about no place.
    if (!/\d/u.test([d.title, ...d.body.map((n) => n.text)].join('\n'))) return;
    // … nor is one under a label of advice or of words explained whose digits are only times, temperatures or a
    // hotline (`健康小贴士` 每天开窗2~3次; describe/advice-box.ts).
    if (isAdviceBox(d.title, d.body.map((n) => n.text).join('\n'))) return;
    // `数读潞州民生` names its place, held back where the page does not name it in full (withPageCounties).
    if (printsHeldBackStem([d.title, ...d.body.map((n) => n.text)].join('\n'))) return;
    // The report whose figures the box restates, above or below it (structure/box-report.ts); else the nearest above.
    const reports = drafts.filter((a) => a.kind !== 'sidebar' && a.lang === 'zh');
    const told = reportOfBox(textOf(d), reports.map(textOf));
    const beside = told !== undefined ? reports[told] : drafts.slice(0, i).findLast((a) => a.kind !== 'sidebar' && a.lang === 'zh');
    const places = (beside?.regions ?? []).filter((key) => REGIONS[key]?.level !== 'town');
    if (places.length > 0) d.regions = places;
  });
}

/** A draft's title, deck and body as one text. */
function textOf(d: ArticleDraft): string {
  return [d.title, d.subtitle ?? '', ...d.body.map((n) => n.text)].join('\n');
}

/** Where a draft says when it is: its title and deck, its lead (the first paragraph) and its captions. */
function openingPieces(d: ArticleDraft): string[] {
  const lead = d.body.find((n) => n.kind === 'paragraph');
  const captions = d.body.filter((n) => n.kind === 'caption').map((n) => n.text);
  return [d.title, d.subtitle ?? '', lead?.text ?? '', ...captions, ...d.captions];
}

/** What assignIds needs to know about an article. */
export function claimOf(draft: ArticleDraft): IdClaim {
  return { seed: draft.source.seed, title: draft.title, firstBlock: draft.source.blocks[0] };
}

export function buildArticle(draft: ArticleDraft, id: string): BuiltArticle {
  const article: IngestedArticle = { ...draft, id };
  // The figure reader reads Chinese: an English item has no figure records.
  return { article, markdown: emitArticle(article), figures: article.lang === 'zh' ? extractFigures(article) : [] };
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
  for (const title of r.undated ?? []) lines.push(`  year unknown: “${title}”: no date line, sidecar or past year in its text dates it`);
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
