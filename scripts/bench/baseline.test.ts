import { describe, expect, it } from 'vitest';
import { median, side } from './baseline.ts';

describe('the baseline bench over several runs', () => {
  it('takes the middle run, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it("gives a side the medians of its runs' wall and CPU seconds, the largest peak and every run", () => {
    const runs = [
      { seconds: 30, cpuSeconds: 12, peakMB: 900 },
      { seconds: 20, cpuSeconds: 10, peakMB: 950 },
      { seconds: 25, cpuSeconds: 16, peakMB: 920 },
    ];
    expect(side(runs, 5000)).toEqual({
      pages: 5000,
      seconds: 25,
      peakMB: 950,
      pagesPerSecond: 200,
      cpuSeconds: 12,
      cpuMsPerPage: 2.4,
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
    });
  });
});
