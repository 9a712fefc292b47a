// `npm run eval -- figures`: how well ingest says what each figure means — status, year, period, region,
// topic, label and kind against the gold — and whether the charts the site would draw from its figures
// compare like with like. Ingest runs in memory (nothing is written into content/) on the seeds (gold in
// tests/fixtures/figures-gold/) and on the pages of tests/fixtures/pages/{dev,holdout}/ whose gold lists
// figures. Exits 1 when a set falls below `--min` (CI runs it with the project's thresholds).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest, type BuiltArticle } from '../ingest/pipeline.ts';
import { readOptions } from '../lib/command.ts';
import { chartGroups } from './figures-charts.ts';
import { loadPageGold, loadSeedGold, type GoldFigure, type GoldSet } from './figures-gold.ts';
import { matchFigures, type ProducedArticle, type ProducedFigure } from './figures-match.ts';
import { belowMin, formatSet, parseMin, type SetResult } from './figures-report.ts';
import { scoreFields, scoreGroups } from './figures-score.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SETS = ['seeds', 'dev', 'holdout'] as const;

/** What is scored unless --set names the holdout too: no one tuning the ingest reads the holdout's figures. */
export const DEFAULT_SETS = ['seeds', 'dev'] as const;

const USAGE = `usage: npm run eval -- figures [--set seeds,dev,holdout] [--verbose] [--min field=share,…] [--json FILE]
  --set      the sets to score (default: seeds,dev; the holdout only when named)
  --verbose  every wrong field (gold | got — sentence) and every chart group that mixes unlike figures
  --min      exit 1 when a set scores below: status, year, period, region, topic, label, kind, like
             (chart groups like with like) or found (gold figures found); e.g. --min status=0.9,topic=90%
  --json     write every score, miss and chart verdict to FILE`;

export async function run(args: string[]): Promise<void> {
  const read = readOptions('eval figures', USAGE, args, {
    set: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    min: { type: 'string' },
    json: { type: 'string' },
  });
  if (read.exit !== undefined) {
    process.exitCode = read.exit;
    return;
  }
  const { values } = read;
  const sets = (values.set ?? DEFAULT_SETS.join(',')).split(',').map((s) => s.trim());
  const unknown = sets.filter((s) => !(SETS as readonly string[]).includes(s));
  if (unknown.length > 0) throw new Error(`--set: unknown set ${unknown.join(', ')} (one of ${SETS.join(', ')})`);
  const min = parseMin(values.min);

  const results = sets.map((set) => evaluate(loadSet(set)));
  for (const r of results) console.log(formatSet(r, values.verbose ?? false));
  if (values.json) writeFileSync(values.json, `${JSON.stringify(results, null, 2)}\n`);
  const failures = results.flatMap((r) => belowMin(r, min));
  for (const line of failures) console.error(line);
  if (failures.length > 0) process.exitCode = 1;
}

function loadSet(set: string): GoldSet {
  if (set === 'seeds') return loadSeedGold(join(ROOT, 'tests', 'fixtures', 'figures-gold'), join(ROOT, 'seeds'));
  return loadPageGold(set, join(ROOT, 'tests', 'fixtures', 'pages', set));
}

/** Ingests a set's pages, pairs its figures with the gold and scores fields and chart groups. */
export function evaluate(gold: GoldSet): SetResult {
  const produced = gold.pages.length === 0 ? [] : ingest(gold.pages, []).articles.map(producedArticle);
  const matching = matchFigures(gold.articles, produced);
  const goldById = new Map<string, GoldFigure>(matching.pairs.map((p) => [p.got.id, p.gold]));
  const { groups, charted } = chartGroups(produced);
  return {
    set: gold.name,
    articles: gold.articles.length,
    score: scoreFields(matching),
    like: scoreGroups(groups, (f) => goldById.get(f.id), charted),
  };
}

/** A built article as the matcher and the chart choice take it (also for tests: the charts' CI gate). */
export function producedArticle(built: BuiltArticle): ProducedArticle {
  const first = built.article.body.find((node) => node.kind === 'paragraph');
  return {
    id: built.article.id,
    title: built.article.title,
    first: first?.text ?? '',
    body: built.article.body.map((node) => node.text).join('\n'),
    // The records carry today's fields and, as issue 14 lands, status, period, kind and label.
    figures: built.figures as unknown as ProducedFigure[],
  };
}
