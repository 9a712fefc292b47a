// What the evals print of the holdout: its figures only when asked for by name, and no set's failures at all unless
// one set is named, so that no one tuning the ingest reads the holdout's by accident (issue 15's honest score).
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETS } from './figures.ts';
import { inRange, parseRange, run } from './pages.ts';

describe('the evals and the holdout', () => {
  it('scores the seeds and dev figures unless the holdout is named', () => {
    expect([...DEFAULT_SETS]).toEqual(['seeds', 'dev']);
  });

  it('refuses --verbose over every set at once, before reading any page', async () => {
    await expect(run(['--verbose'])).rejects.toThrow(/name one set \(--set dev/);
    await expect(run(['--verbose', '--set', 'all'])).rejects.toThrow(/name one set/);
  });

  it('chooses pages by their leading number, so a range never catches a page that only contains the digits', () => {
    expect(parseRange('513-626')).toEqual([513, 626]);
    expect(inRange('604-holiday-service-page', [513, 626])).toBe(true);
    expect(inRange('h197-county-page', [197, 206])).toBe(true);
    expect(inRange('352-county-paper-513', [513, 626])).toBe(false);
    expect(inRange('seed-without-number', [1, 999])).toBe(false);
    expect(() => parseRange('626-513')).toThrow(/not a range like 513-626/);
    expect(() => parseRange('5xx')).toThrow(/--numbers: 5xx/);
  });
});
