// The one recogniser of a run of days (period-printed-days.ts), as period-printed.ts and place-offices.ts read it.
// Made-up runs beside near misses.
import { describe, expect, it } from 'vitest';
import { DAYS_RUN } from './period-printed-days.ts';

const run = new RegExp(`^${DAYS_RUN}$`, 'u');

describe('DAYS_RUN', () => {
  it('reads a run of days joined by 至, 到 or any dash, the last day with its month or without', () => {
    for (const text of ['11月3日至9日', '11月3日到9日', '11月3日—9日', '11月3日–9日', '11月3日－9日', '11月3日-9日', '11月3日~9日', '11月3日～9日', '11月28日至12月4日', '11月3日 — 9日']) {
      expect(run.test(text), text).toBe(true);
    }
  });
  it('not a day alone, a run of months, nor a run missing its last day', () => {
    for (const text of ['11月3日', '10月至11月', '11月3日至', '11月至9日', '3日至9日']) expect(run.test(text), text).toBe(false);
  });
});
