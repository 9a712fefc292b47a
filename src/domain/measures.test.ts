import { describe, expect, it } from 'vitest';
import { MEASURES, measureByKey } from './measures.ts';

describe('MEASURES', () => {
  it('has unique kebab-case keys, each with a Chinese and an English name and a unit label', () => {
    const keys = MEASURES.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const m of MEASURES) {
      expect(m.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(m.en).toMatch(/^[A-Z]/);
      expect(m.zh).toMatch(/^\p{Script=Han}/u);
      expect(m.unitLabel.length).toBeGreaterThan(0);
      expect(measureByKey(m.key)).toBe(m);
    }
  });

  it('defines every measure in a sentence in each language (its page says what it counts)', () => {
    for (const m of MEASURES) {
      expect(m.definition.zh, m.key).toMatch(/^\p{Script=Han}.*。$/u);
      expect(m.definition.en, m.key).toMatch(/^[A-Z].*\.$/);
    }
  });
});
