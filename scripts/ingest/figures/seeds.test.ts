// The acceptance test of issue 3 on the real seeds: the hand-counted figures of each page (fixtures/
// expected-*.ts) must be found with the right value, unit and qualifier (recall ≥ 95% per seed), and no
// figure may touch a date, ordinal, code or slogan listed as must-not.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IngestedArticle } from '../types.ts';
import type { FigureRecord } from '../../../src/domain/figure.ts';
import { EXPECTED_000 } from './fixtures/expected-000.ts';
import { EXPECTED_001 } from './fixtures/expected-001.ts';
import { EXPECTED_002 } from './fixtures/expected-002.ts';
import { EXPECTED_003 } from './fixtures/expected-003.ts';
import { EXPECTED_004 } from './fixtures/expected-004.ts';
import type { ExpectedFigure, ExpectedSeed } from './fixtures/expected-types.ts';
import { articleFromSeed, SEEDS } from './fixtures/seed-articles.ts';
import { extractFigures } from './index.ts';

const SEEDS_DIR = join(import.meta.dirname, '../../../seeds');
const EXPECTED: Record<string, ExpectedSeed> = {
  '000': EXPECTED_000,
  '001': EXPECTED_001,
  '002': EXPECTED_002,
  '003': EXPECTED_003,
  '004': EXPECTED_004,
};
const MIN_RECALL = 0.95;

function load(key: string): IngestedArticle {
  const meta = SEEDS[key]!;
  return articleFromSeed(`seed-${key}`, readFileSync(join(SEEDS_DIR, meta.file), 'utf8'), meta);
}

function matches(record: FigureRecord, want: ExpectedFigure): boolean {
  return record.text === want.text && record.value === want.value && record.unit === want.unit && record.qualifier === want.qualifier;
}

/** Pairs expected figures with records in reading order, each record used once. */
function pair(records: FigureRecord[], expected: ExpectedFigure[]) {
  const used = new Set<number>();
  const found: { want: ExpectedFigure; record: FigureRecord }[] = [];
  const missed: ExpectedFigure[] = [];
  for (const want of expected) {
    const i = records.findIndex((r, n) => !used.has(n) && matches(r, want));
    if (i < 0) missed.push(want);
    else {
      used.add(i);
      found.push({ want, record: records[i]! });
    }
  }
  return { found, missed, extra: records.filter((_, n) => !used.has(n)) };
}

describe.each(Object.keys(EXPECTED))('figures of seed %s', (key) => {
  const article = load(key);
  const records = extractFigures(article);
  const expected = EXPECTED[key]!;

  it(`finds at least ${MIN_RECALL * 100}% of the hand-counted figures, with value, unit and qualifier`, () => {
    const { found, missed, extra } = pair(records, expected.figures);
    const recall = found.length / expected.figures.length;
    const precision = found.length / records.length;
    console.log(
      `seed ${key}: recall ${(recall * 100).toFixed(1)}% (${found.length}/${expected.figures.length}), ` +
        `precision ${(precision * 100).toFixed(1)}% (${records.length} extracted)` +
        (missed.length ? `\n  missed: ${missed.map((m) => m.text).join(' ')}` : '') +
        (extra.length ? `\n  not in the ground truth: ${extra.map((r) => r.text).join(' ')}` : ''),
    );
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(precision).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it('states the changes the sentences give', () => {
    for (const { want, record } of pair(records, expected.figures).found) {
      if (want.change) expect(record.change, want.text).toMatchObject(want.change);
    }
  });

  it('extracts nothing that overlaps a date, an ordinal, a code or a slogan', () => {
    const paragraphs = article.body.filter((n) => n.kind === 'paragraph').map((n) => n.text);
    for (const banned of expected.mustNot) {
      let occurrences = 0;
      paragraphs.forEach((text, p) => {
        for (let at = text.indexOf(banned); at >= 0; at = text.indexOf(banned, at + 1)) {
          occurrences++;
          const clash = records.find((r) => r.paragraph === p + 1 && r.offset! < at + banned.length && r.offset! + r.text.length > at);
          expect(clash?.text, `"${banned}" in paragraph ${p + 1} became a figure`).toBeUndefined();
        }
      });
      expect(occurrences, `must-not "${banned}" does not occur in seed ${key}: fix the fixture`).toBeGreaterThan(0);
    }
  });

  it('anchors every record on its paragraph and sentence', () => {
    for (const r of records) {
      const paragraph = article.body.filter((n) => n.kind === 'paragraph')[r.paragraph - 1]!;
      expect(paragraph.text.slice(r.offset, r.offset! + r.text.length)).toBe(r.text);
      expect(paragraph.text).toContain(r.sentence);
      expect(r.sentence).toContain(r.text);
    }
  });
});
