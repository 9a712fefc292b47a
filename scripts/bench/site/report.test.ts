// The bench's table of results.json: every row the file holds prints, a row recorded by hand with only some
// fields (the 50,000 row) showing `–` for the rest instead of stopping the bench after its runs.
import { describe, expect, it } from 'vitest';
import { formatTable } from './report.ts';

const machine = { cores: 2, cpu: 'AMD EPYC', memoryGB: 23.5, node: 'v24', platform: 'linux x64' };

describe('formatTable', () => {
  it('prints a row measured by the bench and a row recorded by hand with only some fields', () => {
    const table = formatTable(
      [
        {
          size: '100',
          articles: 100,
          ingest: { seconds: 0.8, peakMB: 155 },
          ingestUnchanged: { seconds: 0.3, peakMB: 120 },
          astro: { seconds: 5.3, peakMB: 738 },
          pagefind: { seconds: 0.6, peakMB: 90 },
          fullBuildSeconds: 6.7,
          peakMB: 738,
          htmlPages: 356,
          pagesPerSecond: 67,
          distMB: 14.1,
          indexMB: 1.2,
          incremental: { ingestSeconds: 0.36, fullBuildSeconds: 7.3 },
        },
        { size: '50000', articles: 50435, ingest: { seconds: 273.3, peakMB: 2283 }, astro: { seconds: 1768 }, pagefind: { seconds: 757.2 } },
      ],
      machine,
    );
    const rows = table.split('\n').filter((line) => line.startsWith('| 100 ') || line.startsWith('| 50000 '));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('| 5.3 s | 738 MB | 67 |');
    expect(rows[1]).toBe('| 50000 | 50435 | 273.3 s | 2283 MB | – | 1768.0 s | – | – | 757.2 s | – | – | – | – | – | – | – | – | – | – |');
  });
});
