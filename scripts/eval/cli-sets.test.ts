// What the evals print of the holdout: its figures only when asked for by name, and no set's failures at all unless
// one set is named, so that no one tuning the ingest reads the holdout's by accident (issue 15's honest score).
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETS } from './figures.ts';
import { run } from './pages.ts';

describe('the evals and the holdout', () => {
  it('scores the seeds and dev figures unless the holdout is named', () => {
    expect([...DEFAULT_SETS]).toEqual(['seeds', 'dev']);
  });

  it('refuses --verbose over every set at once, before reading any page', async () => {
    await expect(run(['--verbose'])).rejects.toThrow(/name one set \(--set dev/);
    await expect(run(['--verbose', '--set', 'all'])).rejects.toThrow(/name one set/);
  });
});
