// `npm run eval -- variants`: a metamorphic page eval. Every dev page is printed again in the ways a real text
// export could print it with the same meaning (variants-forms.ts: markup around headlines, ASCII or full-width
// marks, rule lines between articles, blank lines gone or doubled, CRLF, indents, HTML tags), ingested in
// memory and scored against the same gold (rewritten where the variant changes a printed string). A rule that
// reads the form of a page and not one page's exact typing scores each variant like the original; the table
// names, per variant, the dev total and the pages that drop.
import { ingest } from '../ingest/pipeline.ts';
import { readOptions } from '../lib/command.ts';
import type { GoldPage } from './gold.ts';
import { producedArticle } from './produced.ts';
import { failure, tally, type Tally } from './report.ts';
import { scorePage, type Expectation } from './score.ts';
import { LAYOUT_VARIANTS } from './variants-layouts.ts';
import { VARIANTS as FORMS, type Variant } from './variants-forms.ts';
import { DEV, loadPages, type PageText } from './variants-pages.ts';

export { loadPages, type PageText };

/**
 * A page exported with no blank line that also carries markup, tags or escaped marks (pipe tables, `- ` lists and
 * Markdown/HTML characters read with no blank line to set them off): `no-blank-lines` after another form.
 */
function noBlankLinesWith(name: string): Variant {
  const noBlanks = FORMS.find((v) => v.name === 'no-blank-lines')!;
  const form = FORMS.find((v) => v.name === name)!;
  return { name: `no-blanks+${name}`, about: `${form.about}, every blank line removed`, page: (t, g) => noBlanks.page(form.page(t, g), g), ...(form.gold && { gold: form.gold }) };
}

/** Every variant: the forms of a line (variants-forms.ts), a few with no blank lines, then the layouts of a page (variants-layouts.ts). */
export const VARIANTS: Variant[] = [...FORMS, ...['md-headings', 'bold-titles', 'amp-entity', 'html-p', 'tabs'].map(noBlankLinesWith), ...LAYOUT_VARIANTS];

const USAGE = `usage: npm run eval -- variants [--variant NAME[,NAME…]] [--page NAME] [--verbose]
  --variant  only these variants (default: all; the list: --list)
  --page     only the dev pages whose name contains NAME
  --verbose  under each variant, the expectations that fail on it and held on the original page
  --list     the variants and what each changes
  --mixed    pages made of other dev pages' articles instead (variants-mixed.ts; --mixed --help for its options)`;

export interface VariantResult extends Tally {
  variant: string;
  pages: { page: string; held: number; total: number; expectations: Expectation[] }[];
}

/** One page text ingested in memory as a UTF-8 seed and scored against `gold`. */
export function scoreText(gold: GoldPage, text: string): Expectation[] {
  try {
    const result = ingest([{ name: `${gold.name}.txt`, bytes: new TextEncoder().encode(text) }], []);
    const error = result.reports.find((r) => r.error)?.error;
    if (error) return scorePage(gold, []).map((e) => ({ ...e, ok: false, got: `ingest failed: ${error}` }));
    return scorePage(gold, result.articles.map(producedArticle));
  } catch (e) {
    return scorePage(gold, []).map((x) => ({ ...x, ok: false, got: `ingest failed: ${e instanceof Error ? e.message : String(e)}` }));
  }
}

export const ORIGINAL: Variant = { name: 'original', about: 'the page as written', page: (t) => t };

export function runVariant(pages: readonly PageText[], variant: Variant): VariantResult {
  const results = pages.map(({ gold, text }) => {
    const expectations = scoreText(variant.gold ? variant.gold(gold, text) : gold, variant.page(text, gold));
    return { page: gold.name, ...tally(expectations), expectations };
  });
  const held = results.reduce((n, r) => n + r.held, 0);
  const total = results.reduce((n, r) => n + r.total, 0);
  return { variant: variant.name, held, total, pages: results };
}

/** The pages a variant scores lower than the original, most lost first: `78 -12`. */
export function drops(original: VariantResult, variant: VariantResult): { page: string; lost: number }[] {
  return variant.pages
    .map((p, i) => ({ page: p.page, lost: original.pages[i]!.held - p.held }))
    .filter((d) => d.lost > 0)
    .sort((a, b) => b.lost - a.lost || (a.page < b.page ? -1 : 1));
}

/** The failures of a variant's page that were not failures of the original page. */
export function newFailures(original: VariantResult['pages'][number], variant: VariantResult['pages'][number]): string[] {
  const before = new Set(original.expectations.filter((e) => !e.ok).map(failure));
  return variant.expectations.filter((e) => !e.ok).map(failure).filter((f) => !before.has(f));
}

const pct = (t: Tally) => (t.total === 0 ? '—' : `${((100 * t.held) / t.total).toFixed(1)}%`);

export async function run(args: string[]): Promise<void> {
  if (args.includes('--mixed')) return (await import('./variants-mixed-run.ts')).run(args.filter((a) => a !== '--mixed'));
  const read = readOptions('eval variants', USAGE, args, {
    variant: { type: 'string' },
    page: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    list: { type: 'boolean', default: false },
  });
  if (read.exit !== undefined) {
    process.exitCode = read.exit;
    return;
  }
  const { values } = read;
  if (values.list) {
    for (const v of VARIANTS) console.log(`${v.name.padEnd(20)} ${v.about}`);
    return;
  }
  const names = values.variant?.split(',').map((n) => n.trim());
  const unknown = names?.filter((n) => !VARIANTS.some((v) => v.name === n)) ?? [];
  if (unknown.length > 0) throw new Error(`--variant: no variant ${unknown.join(', ')} (see --list)`);
  const chosen = names ? VARIANTS.filter((v) => names.includes(v.name)) : VARIANTS;
  const pages = loadPages(DEV, values.page);
  if (pages.length === 0) throw new Error(`no dev page named like ${values.page}`);

  const original = runVariant(pages, ORIGINAL);
  console.log(`${'variant'.padEnd(20)} ${'held/total'.padStart(13)} ${'share'.padStart(6)} ${'Δ'.padStart(5)}  pages that drop`);
  console.log(`${'original'.padEnd(20)} ${`${original.held}/${original.total}`.padStart(13)} ${pct(original).padStart(6)}`);
  for (const variant of chosen) {
    const r = runVariant(pages, variant);
    const lost = drops(original, r);
    const shown = lost.slice(0, 8).map((d) => `${d.page.split("-")[0]} -${d.lost}`).join(', ');
    const more = lost.length > 8 ? ` … (${lost.length} pages)` : '';
    console.log(`${variant.name.padEnd(20)} ${`${r.held}/${r.total}`.padStart(13)} ${pct(r).padStart(6)} ${String(r.held - original.held).padStart(5)}  ${shown}${more}`);
    if (values.verbose) {
      for (const d of lost) {
        const i = r.pages.findIndex((p) => p.page === d.page);
        console.log(`    ${d.page}`);
        for (const f of newFailures(original.pages[i]!, r.pages[i]!)) console.log(`      ${f}`);
      }
    }
  }
}
