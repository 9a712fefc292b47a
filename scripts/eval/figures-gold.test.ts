// The seed figure gold stays well-formed as people correct it: every value from the vocabulary the guide
// (tests/fixtures/figures-gold/README.md) allows, every key a word of its own label, no figure named twice.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS, loadSeedGold, STATUSES } from './figures-gold.ts';

const ROOT = join(import.meta.dirname, '..', '..');
// The topic keys of the gold guide (the same as src/domain/topics.ts TOPICS, not yet committed when this was written).
const TOPICS = 'education health elderly-care childcare employment heating housing transport water environment culture-sports public-safety economy agriculture governance'.split(' ');
const gold = loadSeedGold(join(ROOT, 'tests', 'fixtures', 'figures-gold'), join(ROOT, 'seeds'));
const figures = gold.articles.flatMap((a) => a.figures.map((f) => ({ article: a.id, ...f })));

describe('seed figure gold', () => {
  it('names every article by id, title and first words', () => {
    for (const a of gold.articles) expect([a.id, a.title, a.first].every(Boolean), String(a.id)).toBe(true);
  });

  it('uses only the guide vocabulary', () => {
    const wrong = figures.filter(
      (f) =>
        !(STATUSES as readonly string[]).includes(f.status) ||
        !(KINDS as readonly string[]).includes(f.kind) ||
        !TOPICS.includes(f.topic ?? '') ||
        !f.region ||
        !(f.year === null || (f.year >= 1990 && f.year <= 2100)) ||
        !f.label_en ||
        f.paragraph === undefined,
    );
    expect(wrong.map((f) => `${f.article} ${f.text}`)).toEqual([]);
  });

  it('gives keys that its own label passes', () => {
    const wrong = figures.filter((f) => f.keys.length === 0 || f.keys.length > 3 || !f.keys.every((k) => k.split('|').some((w) => f.label.includes(w))));
    expect(wrong.map((f) => `${f.article} ${f.text}: ${f.label} [${f.keys.join(', ')}]`)).toEqual([]);
  });

  it('names each figure once (text, paragraph and sentence)', () => {
    const names = figures.map((f) => `${f.article}|${f.text}|${f.paragraph}|${f.sentence ?? ''}`);
    expect(names.length - new Set(names).size).toBe(0);
  });
});
