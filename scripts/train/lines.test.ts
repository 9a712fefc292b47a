import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODEL_FILE } from '../ingest/learn/lines-model.ts';
import { labelLines } from './lines-gold.ts';
import { committedExclude, modelJson, trainingPages, trainModel } from './lines.ts';
import { labelPage } from './lines-gold.ts';

describe('labelLines', () => {
  it('labels a kicker as the head it opens, the title under it and a deck as its later lines, a brief\'s opening as a start', () => {
    const gold = {
      articles: [
        { kicker: '民生实事回头看', title: '电梯进了老楼', subtitle: '——潞州区加装电梯45部', starts: '为了这部电梯' },
        { title: '【城区新建三处口袋公园】', starts: '11月18日' },
        { untitled: true, starts: '本报讯（记者 李明）近日，壶关县' },
      ],
    } as unknown as Parameters<typeof labelLines>[0];
    const lines = ['民生实事回头看', '电梯进了老楼', '——潞州区加装电梯45部', '为了这部电梯，住户商量了两年。', '城区新建三处口袋公园', '11月18日，公园建成。', '近日，壶关县新建公园2处。'];
    expect(labelLines(gold, lines)).toEqual(['title', 'stack', 'stack', 'other', 'title', 'other', 'start']);
  });
});

const WEIGHT_DRIFT = 0.05;

describe('the committed line model', () => {
  it('is what the dev gold trains (else: run npm run train)', { timeout: 300_000 }, () => {
    const exclude = committedExclude();
    const trained = trainModel(trainingPages(exclude).map(labelPage), exclude);
    const text = readFileSync(MODEL_FILE, 'utf8');
    const committed = JSON.parse(text) as typeof trained;
    // In step: the same features, every weight within a hair of what the gold trains now (a change elsewhere in
    // ingest that moves a few lines moves the weights a little; a new feature or page moves them more).
    const drift = Math.max(...trained.weights.map((w, k) => Math.abs(w - (committed.weights[k] ?? Number.NaN))));
    if (committed.features.join() !== trained.features.join() || !(drift <= WEIGHT_DRIFT)) {
      expect.fail(`scripts/ingest/learn/lines-model.json is out of step with the dev gold and learn/lines.ts (weights drift ${drift.toFixed(3)}): run npm run train`);
    }
    expect(modelJson(committed)).toBe(text);
    // Small: one weight a feature.
    expect(text.length).toBeLessThan(4_000);
  });
});
