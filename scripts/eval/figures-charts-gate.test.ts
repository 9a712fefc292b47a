// CI gate for issue 14 ("no chart that groups figures of different status, kind or measure; no anecdote in
// a chart"): the charts the site draws from the seeds' figures (the site's own choice, through
// figures-charts.ts) are checked against the hand-checked gold. Any chart group whose members differ in
// status, kind or unit by the gold, or that holds an anecdote, fails the build; so does a target chart
// row that is not a plan or target beside an actual figure of the same kind and unit. Labels that differ
// by the gold are reported by `npm run eval -- figures` (the like-with-like share), not failed here.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../ingest/pipeline.ts';
import { chartGroups } from './figures-charts.ts';
import { loadSeedGold, type GoldFigure } from './figures-gold.ts';
import { matchFigures, type ProducedFigure } from './figures-match.ts';
import { producedArticle } from './figures.ts';
import { labelFits, scoreGroups, type GroupVerdict } from './figures-score.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** The verdicts that break the rule: status, kind or unit differ, an anecdote, or members the gold cannot judge. */
function breaches(verdicts: readonly GroupVerdict[]): string[] {
  return verdicts
    .filter((v) => !v.like && /status|kind|unit|anecdote|not in gold/.test(v.why ?? ''))
    .map((v) => `${v.where.join('; ')}: ${v.why} — ${v.shown.join(' ')}`);
}

describe('the seeds’ charts compare like with like (CI gate)', () => {
  const gold = loadSeedGold(join(ROOT, 'tests', 'fixtures', 'figures-gold'), join(ROOT, 'seeds'));
  const produced = ingest(gold.pages, []).articles.map(producedArticle);
  const matching = matchFigures(gold.articles, produced);
  const goldById = new Map<string, GoldFigure>(matching.pairs.map((p) => [p.got.id, p.gold]));
  const goldOf = (f: ProducedFigure) => goldById.get(f.id);
  const { groups, charted, pairs } = chartGroups(produced);
  const like = scoreGroups(groups, goldOf, charted);

  it('draws no chart whose figures differ in status, kind or unit, or hold an anecdote', () => {
    console.log(`seeds: ${like.groups} chart groups, ${like.like} like with like by the gold; ${pairs.length} target rows; ${charted.length} figures charted`);
    expect(breaches(like.verdicts)).toEqual([]);
    expect(like.anecdotesCharted).toEqual([]);
  });

  it('sets only a plan or target beside an actual figure of the same thing, kind and unit in a target chart', () => {
    // The same thing: each one's gold label passes the other's keys (a plan is worded differently from a result).
    const wrong = pairs.filter(({ goal, reached }) => {
      const g = goldOf(goal);
      const r = goldOf(reached);
      if (!g || !r) return true;
      const sameThing = labelFits(g.keys, r.label) && labelFits(r.keys, g.label);
      return !['plan', 'target'].includes(g.status) || r.status !== 'actual' || g.kind !== r.kind || (g.unit ?? goal.unit) !== (r.unit ?? reached.unit) || !sameThing;
    });
    expect(wrong.map((p) => `${p.where}: ${p.goal.text} / ${p.reached.text}`)).toEqual([]);
  });

  it('would catch a chart that mixed them (the gate is not vacuous)', () => {
    const found = matching.pairs.map((p) => p.got);
    const byStatus = (status: string) => found.find((f) => goldOf(f)?.status === status)!;
    const mixed = [{ where: 'test', figures: [byStatus('actual'), byStatus('plan')] }];
    expect(breaches(scoreGroups(mixed, goldOf).verdicts)).toHaveLength(1);
    const anecdote = [{ where: 'test', figures: [byStatus('anecdote'), byStatus('actual')] }];
    expect(breaches(scoreGroups(anecdote, goldOf).verdicts)[0]).toMatch(/anecdote/);
  });
});
