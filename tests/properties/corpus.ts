// The pages the output properties of issue 15 (checks.ts) are run over: every dev page as written, every dev
// page printed each other way a text export prints it (the variants of the metamorphic eval,
// scripts/eval/variants.ts), and the seeds. Never the holdout. Each page is ingested once, in memory, as a
// seed of its own; the property files share the result across their properties.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '../../scripts/ingest/decode.ts';
import { ingest, type BuiltArticle, type SeedReport } from '../../scripts/ingest/pipeline.ts';
import { loadPages, ORIGINAL, VARIANTS, type PageText } from '../../scripts/eval/variants.ts';
import type { Variant } from '../../scripts/eval/variants-forms.ts';

/** One page as the ingest read it: where it came from, its text, what the ingest made of it. */
export interface ReadPage {
  /** `dev 03-benbaoxun-items (crlf)`, `seed 001_….txt`: what a violation names. */
  label: string;
  /** The page text as decoded (LF line ends). */
  text: string;
  articles: BuiltArticle[];
  report: SeedReport;
}

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');

/** Ingests one page text as a UTF-8 seed of its own. */
export function readPage(label: string, name: string, text: string): ReadPage {
  const result = ingest([{ name, bytes: new TextEncoder().encode(text) }], []);
  return { label, text, articles: result.articles, report: result.reports[0]! };
}

/**
 * One dev page in `every` for each printed variant (a different share for each variant, by its place in VARIANTS,
 * so the variants together still print every page), as CI runs them: every page in every variant is ~6 minutes of
 * CPU, too much of CI's 20. `CZ_PROPERTIES_ALL=1` reads every page in every variant.
 */
export const SAMPLE_EVERY = process.env.CZ_PROPERTIES_ALL === '1' ? 1 : 6;

let texts: PageText[] | undefined;

/**
 * The dev pages with their gold, read once per test file: loadPages parses every dev page's gold (some 3 CPU s), and
 * a variants file asks for the pages of some twenty variants. Nothing changes them (a variant prints a new text).
 */
function devTexts(): PageText[] {
  texts ??= loadPages();
  return texts;
}

/** Every dev page printed as `variant` prints it, ingested; with `sample`, only the pages of its share. */
export function devPages(variant: Variant = ORIGINAL, sample?: { index: number; every: number }): ReadPage[] {
  const pages = devTexts().filter((_, i) => !sample || i % sample.every === sample.index % sample.every);
  return pages.map(({ gold, text }) => {
    const label = variant === ORIGINAL ? `dev ${gold.name}` : `dev ${gold.name} (${variant.name})`;
    return readPage(label, `${gold.name}.txt`, variant.page(text, gold));
  });
}

/** The seed pages, each ingested from its bytes as the CLI reads them. */
export function seedPages(): ReadPage[] {
  return readdirSync(SEEDS)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((name) => {
      const bytes = new Uint8Array(readFileSync(join(SEEDS, name)));
      const result = ingest([{ name, bytes }], []);
      return { label: `seed ${name}`, text: decode(bytes).text, articles: result.articles, report: result.reports[0]! };
    });
}

/**
 * The variants of shard `index` of `count`, each with the share of dev pages it prints (SAMPLE_EVERY): every
 * variant falls in exactly one shard, so the shard files together run every variant, each file within its time.
 */
export function variantShard(index: number, count: number): { variant: Variant; sample: { index: number; every: number } }[] {
  return VARIANTS.flatMap((variant, i) => (i % count === index ? [{ variant, sample: { index: i, every: SAMPLE_EVERY } }] : []));
}
