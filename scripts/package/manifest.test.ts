import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PackageError, releaseDate, releaseName } from './manifest.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

describe('releaseDate', () => {
  it('takes SOURCE_DATE_EPOCH when set', () => {
    expect(releaseDate({ SOURCE_DATE_EPOCH: '1767225600' }, ROOT)).toEqual({ date: new Date('2026-01-01T00:00:00Z'), from: 'SOURCE_DATE_EPOCH' });
  });

  it('else the date of the latest commit, never the clock', () => {
    const { date, from } = releaseDate({}, ROOT);
    expect(from).toBe('git commit');
    expect(releaseDate({}, ROOT).date).toEqual(date);
  });

  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds, and a folder without git history', () => {
    expect(() => releaseDate({ SOURCE_DATE_EPOCH: '2026-01-01' }, ROOT)).toThrow(PackageError);
    expect(() => releaseDate({}, '/')).toThrow(/Set SOURCE_DATE_EPOCH/);
  });
});

describe('releaseName', () => {
  it('is name-version-date (UTC)', () => {
    expect(releaseName('changzhi-civic-report', '0.1.0', new Date('2026-01-25T23:59:59Z'))).toBe('changzhi-civic-report-0.1.0-20260125');
  });
});
