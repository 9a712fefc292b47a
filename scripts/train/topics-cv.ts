// Cross-validation of the figure-topic model: the dev pages cut into five folds by page; for each fold a model is
// trained on the other four and the figures of the fold are given a topic by each way of weighing the model beside
// the keyword rules. The mean share of held-out figures each way gets right is what decides how topic.ts uses the
// model (a way that gains only on the pages it learned from does not carry to pages nobody read).
import type { Topic } from '../../src/domain/topics.ts';
import { posterior, scoringModel, trainBayes, type TrainOptions } from '../ingest/learn/bayes.ts';
import { figureWords, RINGS, type Rings } from '../ingest/figures/topic-model.ts';
import { chooseTopic } from '../ingest/figures/topic.ts';
import type { TopicRow } from './topic-rows.ts';

export type Combine = (row: TopicRow, model: { probabilities: Map<string, number>; known: number }) => Topic | undefined;

const PRIOR = [0.6, 0.4, 0.3, 0.2];
function argmax<T>(scores: Map<T, number>): T | undefined {
  let best: T | undefined;
  let top = -Infinity;
  for (const [k, v] of scores) if (v > top) [best, top] = [k, v];
  return best;
}
function withPrior(row: TopicRow): Map<Topic, number> {
  const total = new Map(row.evidence);
  row.articleTopics.forEach((t, i) => total.set(t, (total.get(t) ?? 0) + (PRIOR[i] ?? 0.1)));
  return total;
}

/**
 * The ways compared: the keywords alone (as before the model), the model alone, the model as the answer where no
 * keyword is near, the model's probabilities added at λ (`sumλ`; `+keep`: not where no keyword is near), the model
 * deciding between the keywords' two best when they are within a margin (`tie…`), and what topic.ts does (`landed`).
 */
export const WAYS: Record<string, Combine> = {
  keywords: (row) => chooseTopic(row.evidence, row.articleTopics),
  landed: (row, m) => chooseTopic(row.evidence, row.articleTopics, m.known > 0 ? (m.probabilities as Map<Topic, number>) : undefined),
  model: (row, m) => argmax(m.probabilities) as Topic,
  fallback: (row, m) => (row.evidence.size === 0 && m.known > 0 ? (argmax(m.probabilities) as Topic) : chooseTopic(row.evidence, row.articleTopics)),
};
for (const lambda of [0.5, 1, 2, 4, 8]) {
  WAYS[`sum${lambda}`] = (row, m) => {
    const total = withPrior(row);
    for (const [t, p] of m.probabilities) total.set(t as Topic, (total.get(t as Topic) ?? 0) + lambda * p);
    return argmax(total);
  };
  WAYS[`sum${lambda}+keep`] = (row, m) => {
    if (row.evidence.size === 0) return row.articleTopics[0] ?? (argmax(m.probabilities) as Topic);
    const total = withPrior(row);
    for (const [t, p] of m.probabilities) total.set(t as Topic, (total.get(t as Topic) ?? 0) + lambda * p);
    return argmax(total);
  };
}
for (const margin of [1, 2, 4]) {
  WAYS[`tie${margin}`] = (row, m) => {
    if (row.evidence.size === 0) return chooseTopic(row.evidence, row.articleTopics);
    const ranked = [...withPrior(row)].sort((a, b) => b[1] - a[1]);
    if (ranked.length < 2 || ranked[0]![1] - ranked[1]![1] >= margin) return ranked[0]![0];
    const [a, b] = [ranked[0]![0], ranked[1]![0]];
    return (m.probabilities.get(b) ?? 0) > (m.probabilities.get(a) ?? 0) ? b : a;
  };
}

export interface FoldResult {
  way: string;
  folds: number[];
  mean: number;
}

/** Each way's share right on each held-out fold. */
export function crossValidate(rows: readonly TopicRow[], k = 5, options: TrainOptions = {}, rings: Rings = RINGS): FoldResult[] {
  const pages = [...new Set(rows.map((r) => r.page))].sort();
  const foldOf = new Map(pages.map((p, i) => [p, i % k]));
  const words = rings === RINGS ? rows.map((r) => r.words) : rows.map((r) => figureWords(r.scope, rings));
  const right = new Map(Object.keys(WAYS).map((w) => [w, Array.from({ length: k }, () => 0)]));
  const counts = Array.from({ length: k }, () => 0);
  for (let fold = 0; fold < k; fold++) {
    const train = rows.flatMap((r, i) => (foldOf.get(r.page) === fold ? [] : [{ words: words[i]!, label: r.label, group: r.page }]));
    const model = scoringModel(trainBayes(train, options));
    rows.forEach((r, i) => {
      if (foldOf.get(r.page) !== fold) return;
      counts[fold]!++;
      const m = posterior(model, words[i]!);
      for (const [name, way] of Object.entries(WAYS)) if (way(r, m) === r.label) right.get(name)![fold]!++;
    });
  }
  return [...right].map(([way, r]) => {
    const folds = r.map((n, i) => n / counts[i]!);
    return { way, folds, mean: folds.reduce((a, b) => a + b, 0) / k };
  });
}
