import { describe, expect, it } from 'vitest';
import { TOPICS } from '../../../src/domain/topics.ts';
import { TOPIC_KEYWORDS_EN } from './topics-en.ts';

describe('English topic lexicon', () => {
  it('gives every topic English words, each once, in lower case and Latin letters', () => {
    for (const topic of TOPICS) {
      const words = TOPIC_KEYWORDS_EN[topic].map((k) => k.word);
      expect(words.length, topic).toBeGreaterThanOrEqual(8);
      expect(new Set(words).size, topic).toBe(words.length);
      for (const word of words) expect(word, topic).toMatch(/^[a-z][a-z -]*[a-z]$/);
    }
  });

  it('never gives one word to two topics', () => {
    const seen = new Map<string, string>();
    for (const topic of TOPICS) {
      for (const { word } of TOPIC_KEYWORDS_EN[topic]) {
        expect(seen.get(word), `${word} in ${topic}`).toBeUndefined();
        seen.set(word, topic);
      }
    }
  });
});
