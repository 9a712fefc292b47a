import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPORT_ROUTE } from '../../src/lib/build-progress.ts';
import { aheadSummary, indexReportsWhenWritten } from './index-ahead.ts';

const root = mkdtempSync(join(tmpdir(), 'index-ahead-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('indexReportsWhenWritten', () => {
  it('waits until a route after the reports begins, then indexes the pages listed then', async () => {
    const progress = join(root, 'progress-1.txt');
    const calls: [string, readonly string[]][] = [];
    let listed = ['zh/articles/a/index.html'];
    const ahead = indexReportsWhenWritten(progress, 'dist', () => listed, new Promise(() => undefined), 5, async (site, files) => {
      calls.push([site, files]);
      return [{ bucket: '2024', pages: 1, reused: false }];
    });
    writeFileSync(progress, `/404\n${REPORT_ROUTE}\n`);
    await tick(30);
    expect(calls).toEqual([]);
    listed = ['zh/articles/a/index.html', 'zh/articles/b/index.html'];
    writeFileSync(progress, `/404\n${REPORT_ROUTE}\n/[lang]/data/[topic]\n`);
    const result = await ahead.result;
    expect(calls).toEqual([['dist', ['zh/articles/a/index.html', 'zh/articles/b/index.html']]]);
    expect(result && 'buckets' in result && result.buckets).toEqual([{ bucket: '2024', pages: 1, reused: false }]);
    expect(aheadSummary(result)).toMatch(/^build: the reports' search index began [\d.]+ s before astro ended and took [\d.]+ s \(indexed 2024\)$/);
  });

  it('gives up when astro ends first, and reports a failed index without throwing', async () => {
    expect(aheadSummary(undefined)).toBeUndefined();
    let end!: () => void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    const never = indexReportsWhenWritten(join(root, 'none.txt'), 'dist', () => [], ended, 5, async () => {
      throw new Error('not to be called');
    });
    end();
    expect(await never.result).toBeUndefined();

    const progress = join(root, 'progress-2.txt');
    writeFileSync(progress, `${REPORT_ROUTE}\n/[lang]/regions/[region]/[...page]\n`);
    const failed = indexReportsWhenWritten(progress, 'dist', () => [], new Promise(() => undefined), 5, async () => {
      throw new Error('pagefind could not index');
    });
    const said = await failed.result;
    expect(said).toEqual({ failed: 'pagefind could not index' });
    expect(aheadSummary(said)).toBe("build: the reports' search index beside astro failed (pagefind could not index); the index after astro runs it again");
  });
});
