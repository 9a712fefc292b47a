import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { NaiveBayes } from '../ingest/learn/bayes.ts';
import { TOPIC_MODEL_FILE } from '../ingest/figures/topic-model.ts';
import { topicRows, trainTopicModel } from './topics.ts';

/**
 * How far the committed model may sit from what the trainer makes now: the share of all word weight that moved
 * (summed over every word and topic). An ingest change that pairs a few figures otherwise moves a fraction of a
 * percent and leaves the model in step; a gold file's new topics, a new page or a change to what a figure's
 * words are moves more, and asks for `npm run train`.
 */
const DRIFT = 0.01;

/** Share of word weight that differs between two models (0 the same, 1 nothing shared). */
export function weightDrift(a: NaiveBayes, b: NaiveBayes): number {
  let moved = 0;
  let total = 0;
  for (const word of new Set([...Object.keys(a.words), ...Object.keys(b.words)])) {
    const x = a.words[word] ?? {};
    const y = b.words[word] ?? {};
    for (const label of new Set([...Object.keys(x), ...Object.keys(y)])) {
      moved += Math.abs((x[label] ?? 0) - (y[label] ?? 0));
      total += Math.max(x[label] ?? 0, y[label] ?? 0);
    }
  }
  return total === 0 ? 0 : moved / total;
}

describe('the committed topic model', () => {
  it('measures drift as the share of word weight moved', () => {
    const m = (words: NaiveBayes['words']): NaiveBayes => ({ alpha: 1, groups: [], labels: {}, words });
    expect(weightDrift(m({ 学校: { education: 2 } }), m({ 学校: { education: 2 } }))).toBe(0);
    expect(weightDrift(m({ 学校: { education: 3 } }), m({ 学校: { education: 2, health: 1 } }))).toBeCloseTo(2 / 4);
    expect(weightDrift(m({ 学校: { education: 1 } }), m({ 医院: { health: 1 } }))).toBe(1);
  });

  it('is what the trainer makes of the dev pages it names, within a small drift', () => {
    const committed = JSON.parse(readFileSync(TOPIC_MODEL_FILE, 'utf8')) as NaiveBayes;
    const made = trainTopicModel(topicRows(committed.groups));
    const drift = weightDrift(committed, made);
    if (drift > DRIFT) {
      throw new Error(
        `scripts/ingest/lexicon/topic-model.json is not what the dev pages and their gold teach now (${(100 * drift).toFixed(2)}% of its word weight moved; ingest or a gold file changed): run npm run train`,
      );
    }
    expect(made.groups).toEqual(committed.groups);
  }, 600_000);
});
