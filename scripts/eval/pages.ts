// `npm run eval -- pages`: how well ingest reads newspaper pages it was not written for. Each page of the
// page sets (tests/fixtures/pages/dev and holdout) is ingested in memory — nothing is written into content/ —
// and its articles are scored against the page's gold file: articles found and no junk, titles, roles,
// dates, places, text kept, furniture out, figures and their fields. Exits 1 when a set scores below --min.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../ingest/pipeline.ts';
import { readOptions } from '../lib/command.ts';
import { loadGold, type GoldPage } from './gold.ts';
import { neverBroken } from './never.ts';
import { producedArticle } from './produced.ts';
import { belowMin, formatSummary, parseShare, summarize, type PageResult } from './report.ts';
import { scorePage } from './score.ts';

const PAGES = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'pages');
const SETS = ['dev', 'holdout'] as const;

const USAGE = `usage: npm run eval -- pages [--set dev|holdout|all] [--page NAME] [--numbers A-B] [--verbose] [--min SHARE] [--json FILE]
  --set      the page set to score (default: all)
  --page     only the pages whose name contains NAME (e.g. 03 or benbaoxun)
  --numbers  only the pages whose leading number is from A to B (e.g. 513-626; h-pages by their number)
  --verbose  every failed expectation, gold against got (of one set: --set dev, or --set holdout for its writer)
  --min      exit 1 when a set holds less than this share of its expectations (0.98 or 98%)
  --json     write every page's expectations and the totals to FILE`;

export async function run(args: string[]): Promise<void> {
  const read = readOptions('eval pages', USAGE, args, {
    set: { type: 'string', default: 'all' },
    page: { type: 'string' },
    numbers: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    min: { type: 'string' },
    json: { type: 'string' },
  });
  if (read.exit !== undefined) {
    process.exitCode = read.exit;
    return;
  }
  const { values } = read;
  const set = values.set ?? 'all';
  if (set !== 'all' && !(SETS as readonly string[]).includes(set)) throw new Error(`--set: ${set} is not one of dev, holdout, all`);
  const min = values.min === undefined ? undefined : parseShare(values.min);
  // The holdout's failures are for its writer alone: printed only when it is the set asked for by name.
  if (values.verbose && set === 'all') throw new Error('--verbose prints every failure: name one set (--set dev; --set holdout only for the holdout\'s writer)');

  const pages = (set === 'all' ? SETS : [set]).flatMap((s) => loadGold(join(PAGES, s)));
  const range = values.numbers === undefined ? undefined : parseRange(values.numbers);
  const chosen = pages
    .filter((p) => !values.page || p.name.includes(values.page))
    .filter((p) => !range || inRange(p.name, range));
  if (chosen.length === 0) throw new Error(`no page to score${values.page ? ` named like ${values.page}` : ''}${values.numbers ? ` numbered ${values.numbers}` : ''} in ${PAGES}`);

  const summary = summarize(chosen.map(evaluatePage));
  console.log(formatSummary(summary, values.verbose ?? false));
  if (values.json) writeFileSync(values.json, `${JSON.stringify(summary, null, 2)}\n`);
  const low = min === undefined ? [] : belowMin(summary, min);
  for (const line of low) console.error(line);
  if (low.length > 0) process.exitCode = 1;
}

/** `513-626` → [513, 626]; a clear error for anything else. */
export function parseRange(text: string): [number, number] {
  const m = /^(\d+)-(\d+)$/.exec(text.trim());
  if (!m || Number(m[1]) > Number(m[2])) throw new Error(`--numbers: ${text} is not a range like 513-626`);
  return [Number(m[1]), Number(m[2])];
}

/** Whether a page's leading number (`604-…`, `h197-…`) lies in the range: a page name without one never does. */
export function inRange(name: string, [from, to]: [number, number]): boolean {
  const m = /^h?(\d+)-/.exec(name);
  return m !== null && Number(m[1]) >= from && Number(m[1]) <= to;
}

/** Ingests one page on its own, as a seed would be, and scores it against its gold. */
export function evaluatePage(page: GoldPage): PageResult {
  const bytes = new Uint8Array(readFileSync(page.textFile));
  try {
    const result = ingest([{ name: `${page.name}.txt`, bytes }], []);
    const error = result.reports.find((r) => r.error)?.error;
    if (error) return failed(page, error);
    const produced = result.articles.map(producedArticle);
    return { set: page.set, page: page.name, expectations: scorePage(page, produced), never: neverBroken(page, produced) };
  } catch (e) {
    return failed(page, e instanceof Error ? e.message : String(e));
  }
}

/** A page ingest could not read: every expectation it sets fails, so the totals stay comparable. */
function failed(page: GoldPage, error: string): PageResult {
  const expectations = scorePage(page, []).map((e) => ({ ...e, ok: false, got: `ingest failed: ${error}` }));
  return { set: page.set, page: page.name, error, expectations };
}
