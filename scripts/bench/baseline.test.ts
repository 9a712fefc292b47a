import { describe, expect, it } from 'vitest';
import { median, minimalConfig, side } from './baseline.ts';
import { readTime } from './site/project.ts';

describe('the baseline bench over several runs', () => {
  it('takes the middle run, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it("gives a side the medians of its runs' wall, CPU, system and GC seconds, the largest peak and every run", () => {
    const runs = [
      { seconds: 30, cpuSeconds: 12, systemSeconds: 3, gcSeconds: 2.5, peakMB: 900 },
      { seconds: 20, cpuSeconds: 10, systemSeconds: 2, gcSeconds: 2, peakMB: 950 },
      { seconds: 25, cpuSeconds: 16, systemSeconds: 4, gcSeconds: 3, peakMB: 920 },
    ];
    expect(side(runs, 5000)).toEqual({
      pages: 5000,
      seconds: 25,
      peakMB: 950,
      pagesPerSecond: 200,
      cpuSeconds: 12,
      cpuMsPerPage: 2.4,
      systemMsPerPage: 0.6,
      gcMsPerPage: 0.5,
      runs: [
        { seconds: 30, cpuSeconds: 12 },
        { seconds: 20, cpuSeconds: 10 },
        { seconds: 25, cpuSeconds: 16 },
      ],
    });
  });

  it('reads one run as before: its own figures, no list of runs, no CPU figures without GNU time', () => {
    expect(side([{ seconds: 10, cpuSeconds: undefined, peakMB: undefined }], 1000)).toEqual({
      pages: 1000,
      seconds: 10,
      peakMB: null,
      pagesPerSecond: 100,
      cpuSeconds: null,
      cpuMsPerPage: null,
      systemMsPerPage: null,
      gcMsPerPage: null,
    });
  });

  it('gives no GC figure when one run of several has none (its observer wrote nothing)', () => {
    const runs = [
      { seconds: 10, cpuSeconds: 5, systemSeconds: 1, gcSeconds: 1 },
      { seconds: 12, cpuSeconds: 6, systemSeconds: 1 },
    ];
    expect(side(runs, 1000)).toMatchObject({ cpuMsPerPage: 5.5, systemMsPerPage: 1, gcMsPerPage: null });
  });
});

describe("the minimal site's config", () => {
  it("keeps Astro's defaults (one page at a time) unless told how many pages to render at once", () => {
    expect(minimalConfig()).toContain('defineConfig({})');
    expect(minimalConfig(4)).toContain('defineConfig({ build: { concurrency: 4 } })');
  });
});

describe("GNU time's line", () => {
  it('gives the peak in MB, user + system CPU seconds and the system part, from the last line', () => {
    expect(readTime('Command exited with non-zero status 1\n204800 12.5 3.25\n')).toEqual({ peakMB: 209.7152, cpuSeconds: 15.75, systemSeconds: 3.25 });
  });
});
