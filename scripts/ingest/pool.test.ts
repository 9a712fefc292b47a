import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from './cli.ts';
import { jobsFor, JobsError, MIN_SEEDS_FOR_WORKERS } from './pool.ts';

describe('jobsFor', () => {
  it('stays on the main thread for a few seeds, and takes a worker per core for many', () => {
    expect(jobsFor(MIN_SEEDS_FOR_WORKERS - 1, undefined, 8)).toBe(1);
    expect(jobsFor(MIN_SEEDS_FOR_WORKERS, undefined, 2)).toBe(2);
    expect(jobsFor(5000, undefined, 1)).toBe(1);
  });

  it('takes the count asked for, never more workers than seeds, and refuses a count that is not one', () => {
    expect(jobsFor(3, '2', 8)).toBe(2);
    expect(jobsFor(1, '4', 8)).toBe(1);
    expect(jobsFor(0, '4', 8)).toBe(1);
    expect(jobsFor(500, '', 2)).toBe(2);
    for (const bad of ['0', '-1', '1.5', 'two']) expect(() => jobsFor(10, bad, 2)).toThrow(JobsError);
  });
});

describe('ingest on workers', () => {
  const root = mkdtempSync(join(tmpdir(), 'cz-ingest-pool-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** Every file under `dir`, by path, with its text. */
  const filesOf = (dir: string) =>
    new Map(
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .sort()
        .filter((path) => path.includes('.'))
        .map((path) => [path, readFileSync(join(dir, path), 'utf8')]),
    );

  // Pages of many layouts (the dev set's first 12: more than one chunk of seeds, many of articles), so articles, ids and figures of every kind cross threads.
  const seeds = join(root, 'seeds');
  mkdirSync(seeds);
  const dev = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'pages', 'dev');
  for (const name of readdirSync(dev).filter((n) => n.endsWith('.txt')).sort().slice(0, 12)) copyFileSync(join(dev, name), join(seeds, name));

  it('writes the same files, byte for byte, with two workers as on the main thread', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      for (const jobs of ['1', '2']) {
        expect(await main(['--seeds', seeds, '--out', join(root, `jobs-${jobs}`), '--quiet', '--no-cache', '--jobs', jobs])).toBe(0);
      }
    } finally {
      log.mockRestore();
    }
    const one = filesOf(join(root, 'jobs-1'));
    const two = filesOf(join(root, 'jobs-2'));
    expect(one.size).toBeGreaterThan(12 * 2);
    expect([...two.keys()]).toEqual([...one.keys()]);
    for (const [path, text] of one) expect(two.get(path), path).toBe(text);
  });

  it('names a bad --jobs and exits 2 without writing', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(await main(['--seeds', seeds, '--out', join(root, 'bad'), '--jobs', 'many'])).toBe(2);
      expect(error.mock.calls.flat().join('\n')).toContain('--jobs must be a whole number of 1 or more, not “many”');
    } finally {
      error.mockRestore();
    }
    expect(readdirSync(root)).not.toContain('bad');
  });
});
