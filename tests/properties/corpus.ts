// The pages the output properties of issue 15 (checks.ts) are run over: every dev page as written, every dev
// page printed each other way a text export prints it (the variants of the metamorphic eval,
// scripts/eval/variants.ts), and the seeds. Never the holdout. Each page is ingested once, in memory, as a
// seed of its own; the property files share the result across their properties.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '../../scripts/ingest/decode.ts';
import { ingest, type BuiltArticle, type SeedReport } from '../../scripts/ingest/pipeline.ts';
import { loadPages, ORIGINAL, VARIANTS } from '../../scripts/eval/variants.ts';
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

/** Every dev page printed as `variant` prints it, ingested. */
export function devPages(variant: Variant = ORIGINAL): ReadPage[] {
  return loadPages().map(({ gold, text }) => {
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
 * The variants of shard `index` of `count`: every variant falls in exactly one shard, so the shard files
 * together run the dev pages in every variant, each file within its time.
 */
export function variantShard(index: number, count: number): Variant[] {
  return VARIANTS.filter((_, i) => i % count === index);
}
