import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPORT_ROUTE } from '../../src/lib/build-progress.ts';
import { aheadSummary, indexReportsWhenWritten, reportPlan, type ReportPlan } from './index-ahead.ts';

const root = mkdtempSync(join(tmpdir(), 'index-ahead-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const report = (group: string) => `${REPORT_ROUTE}\t${group}\n`;
const plan: ReportPlan = { groups: ['2025', '2024'], pagesOf: (group) => [`zh/articles/${group}-a/index.html`, `en/articles/${group}-a/index.html`] };

describe('indexReportsWhenWritten', () => {
  it('indexes each group once the next group or another route begins, in turn', async () => {
    const progress = join(root, 'progress-1.txt');
    const calls: [string, readonly string[], readonly string[] | undefined][] = [];
    let planned = 0;
    let end!: () => void;
    const ahead = indexReportsWhenWritten(
      progress,
      'dist',
      async () => (planned++, plan),
      new Promise<void>((resolve) => (end = resolve)),
      5,
      async (site, files, options) => {
        calls.push([site, files, options?.groups]);
        return [{ bucket: files[0]!.split('/')[2]!.split('-')[0]!, pages: files.length, reused: false }];
      },
    );
    writeFileSync(progress, `/404\n${report('2025')}`);
    await tick(30);
    expect(calls).toEqual([]);
    writeFileSync(progress, `/404\n${report('2025')}${report('2024')}`);
    await tick(30);
    expect(calls).toEqual([['dist', plan.pagesOf('2025'), plan.groups]]);
    writeFileSync(progress, `/404\n${report('2025')}${report('2024')}/[lang]/data/[topic]\n`);
    await tick(30);
    expect(calls.map(([, files]) => files)).toEqual([plan.pagesOf('2025'), plan.pagesOf('2024')]);
    expect(planned).toBe(1);
    end();
    const result = await ahead.result;
    expect(result && 'buckets' in result && result.buckets.map((b) => b.bucket)).toEqual(['2025', '2024']);
  });

  it('starts no group after astro ends, and says how far ahead it began', async () => {
    const progress = join(root, 'progress-2.txt');
    writeFileSync(progress, `${report('2025')}${report('2024')}`);
    let end!: () => void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    const indexed: string[] = [];
    const ahead = indexReportsWhenWritten(progress, 'dist', async () => plan, ended, 5, async (_site, files) => {
      indexed.push(files[0]!);
      await tick(20);
      end(); // astro ends while the first group is indexed
      writeFileSync(progress, `${report('2025')}${report('2024')}/[lang]/about\n`);
      return [{ bucket: '2025', pages: 2, reused: false }];
    });
    const result = await ahead.result;
    expect(indexed).toEqual(['zh/articles/2025-a/index.html']);
    expect(result && 'buckets' in result && result.buckets).toEqual([{ bucket: '2025', pages: 2, reused: false }]);
    expect(aheadSummary(result)).toMatch(/^build: the reports' search index began [\d.]+ s before astro ended and took [\d.]+ s \(indexed 2025\)$/);
  });

  it('gives up when astro ends first, and reports a failed index without throwing', async () => {
    expect(aheadSummary(undefined)).toBeUndefined();
    let end!: () => void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    const never = indexReportsWhenWritten(join(root, 'none.txt'), 'dist', async () => plan, ended, 5, async () => {
      throw new Error('not to be called');
    });
    end();
    expect(await never.result).toBeUndefined();

    const progress = join(root, 'progress-3.txt');
    writeFileSync(progress, `${report('2025')}/[lang]/regions/[region]/[...page]\n`);
    const failed = indexReportsWhenWritten(progress, 'dist', async () => plan, new Promise(() => undefined), 5, async () => {
      throw new Error('pagefind could not index');
    });
    const said = await failed.result;
    expect(said).toEqual({ failed: 'pagefind could not index' });
    expect(aheadSummary(said)).toBe("build: the reports' search index beside astro failed (pagefind could not index); the index after astro runs it again");
  });
});

describe('reportPlan', () => {
  it("lists a group's report pages in every language folder that has them", () => {
    const site = join(root, 'site');
    for (const page of ['zh/articles/a', 'en/articles/a', 'zh/articles/b', 'zh/years/2024']) mkdirSync(join(site, page), { recursive: true });
    for (const page of ['zh/articles/a', 'en/articles/a', 'zh/articles/b']) writeFileSync(join(site, page, 'index.html'), '<html></html>');
    const planned = reportPlan(site, ['2024', '2023'], new Map([['a', '2024'], ['b', '2024'], ['c', '2023']]));
    expect(planned.pagesOf('2024')).toEqual(['en/articles/a/index.html', 'zh/articles/a/index.html', 'zh/articles/b/index.html']);
    expect(planned.pagesOf('2023')).toEqual([]);
    expect(planned.pagesOf('2022')).toEqual([]);
  });
});
