import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeBayes, type NaiveBayes } from '../ingest/learn/bayes.ts';
import { TOPIC_MODEL_FILE } from '../ingest/figures/topic-model.ts';
import { topicRows, trainTopicModel } from './topics.ts';

describe('the committed topic model', () => {
  it('is what the trainer makes of the dev pages it names', () => {
    const committed = readFileSync(TOPIC_MODEL_FILE, 'utf8');
    const { groups } = JSON.parse(committed) as NaiveBayes;
    const made = serializeBayes(trainTopicModel(topicRows(groups)));
    if (made !== committed) {
      throw new Error(
        'scripts/ingest/lexicon/topic-model.json is not what the dev pages and their gold teach now (ingest or a gold file changed): run npm run train',
      );
    }
    expect(made).toBe(committed);
  }, 600_000);
});
