// `node scripts/train/lines-folds.ts [--thresholds 0.8,0.9]`: how the learned-heads pass (segment-learned-heads.ts)
// does on pages its model was not trained on. The dev pages (less the model's exclusion) are cut into five folds by
// name order; for each, a model is trained on the other four and the fold's pages are scored by the page eval with
// the pass off and at each threshold: articles found, junk, page score. Then the excluded dev pages (a session's blind
// pages), with the committed model, by the same measures; never a holdout page. (The holdout pages h13–h86 it also
// scored became dev pages 513–586 in session 28, so they are in the folds now.)
import { join } from 'node:path';
import { loadGold, type GoldPage } from '../eval/gold.ts';
import { evaluatePage } from '../eval/pages.ts';
import { withLearnedHeads } from '../ingest/segment-learned-heads.ts';
import { probability, type LineModel } from '../ingest/learn/lines-model.ts';
import { labelPage } from './lines-gold.ts';
import { committedExclude, examplesOf, trainModel } from './lines.ts';

const FOLDS = 5;

interface Tally {
  found: number;
  gold: number;
  junk: number;
  ok: number;
  all: number;
}

function score(pages: readonly GoldPage[], setting: { model?: LineModel; threshold?: number; textThreshold?: number; off?: boolean }): Tally {
  const t: Tally = { found: 0, gold: 0, junk: 0, ok: 0, all: 0 };
  for (const page of pages) {
    const result = withLearnedHeads(setting, () => evaluatePage(page));
    for (const e of result.expectations) {
      if (e.type === 'article') {
        t.gold++;
        if (e.ok) t.found++;
      }
      if (e.type === 'junk') t.junk++;
      t.all++;
      if (e.ok) t.ok++;
    }
  }
  return t;
}

const add = (a: Tally, b: Tally): Tally => ({ found: a.found + b.found, gold: a.gold + b.gold, junk: a.junk + b.junk, ok: a.ok + b.ok, all: a.all + b.all });
const show = (name: string, t: Tally) => `${name.padEnd(14)} articles ${t.found}/${t.gold}  junk ${t.junk}  score ${t.ok}/${t.all} (${((100 * t.ok) / t.all).toFixed(2)}%)`;

export function run(args: string[]): void {
  const at = args.indexOf('--thresholds');
  // `0.6` or `0.6/0.8`: the threshold for a head a byline or lead confirms, and for one over running text alone.
  const settings = (at >= 0 ? args[at + 1]! : '0.7,0.8,0.9,0.95').split(',');
  const thresholds = settings.map((t) => Number(t.split('/')[0]));
  const setting = (k: number) => ({ threshold: thresholds[k]!, textThreshold: Number(settings[k]!.split('/')[1] ?? settings[k]!.split('/')[0]) });
  const exclude = committedExclude();
  const out = exclude ? new RegExp(exclude, 'u') : undefined;
  const dev = loadGold(join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'pages', 'dev'));
  const train = dev.filter((p) => !out?.test(p.name));
  const labelled = train.map(labelPage);
  const totals = new Map<string, Tally>();
  const hits = new Map<number, { tp: number; fp: number; fn: number }>();
  const zero = (): Tally => ({ found: 0, gold: 0, junk: 0, ok: 0, all: 0 });
  for (let f = 0; f < FOLDS; f++) {
    const model = trainModel(labelled.filter((_, k) => k % FOLDS !== f), exclude);
    const pages = train.filter((_, k) => k % FOLDS === f);
    // The model on the fold's candidate lines: titles found and lines taken for titles wrongly.
    for (const example of labelled.filter((_, k) => k % FOLDS === f).flatMap(examplesOf)) {
      const p = probability(model.weights, example.x);
      for (const threshold of thresholds) {
        const h = hits.get(threshold) ?? { tp: 0, fp: 0, fn: 0 };
        if (p >= threshold && example.y === 1) h.tp++;
        else if (p >= threshold) h.fp++;
        else if (example.y === 1) h.fn++;
        hits.set(threshold, h);
      }
    }
    const off = score(pages, { off: true });
    const lines = [show(`fold ${f + 1} off`, off)];
    totals.set('off', add(totals.get('off') ?? zero(), off));
    settings.forEach((name, k) => {
      const t = score(pages, { model, ...setting(k) });
      totals.set(name, add(totals.get(name) ?? zero(), t));
      lines.push(show(`fold ${f + 1} ${name}`, t));
    });
    console.log(lines.join('\n'));
  }
  console.log('-- held-out folds, candidate lines: titles taken / lines taken wrongly / titles missed');
  for (const [k, h] of hits) console.log(`${String(k).padEnd(14)} ${h.tp} / ${h.fp} / ${h.fn}  precision ${(h.tp / Math.max(1, h.tp + h.fp)).toFixed(3)} recall ${(h.tp / Math.max(1, h.tp + h.fn)).toFixed(3)}`);
  console.log('-- held-out folds, pages');
  for (const [k, t] of totals) console.log(show(k, t));
  const blind = dev.filter((p) => out?.test(p.name));
  if (blind.length > 0) {
    console.log(`-- blind dev (${blind.length} pages), committed model`);
    console.log(show('off', score(blind, { off: true })));
    settings.forEach((name, k) => console.log(show(name, score(blind, setting(k)))));
  }
}

if (import.meta.main) run(process.argv.slice(2));
