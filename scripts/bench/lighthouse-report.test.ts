import { describe, expect, it } from 'vitest';
import {
  chromiumFlags,
  chromiumVersion,
  failingAudits,
  formatLighthouse,
  medianRun,
  mergeLighthouse,
  offSiteRequests,
  pageResult,
  pagesToAudit,
  pickArticle,
  type LighthouseResult,
  type LighthouseSection,
} from './lighthouse-report.ts';

type Audit = NonNullable<LighthouseResult['audits'][string]>;

/** A small LHR: performance with its metrics, accessibility with one audit, the rest perfect. */
function lhr(over: { performance?: number; tbt?: number; contrast?: number; requests?: string[]; runtimeError?: boolean } = {}): LighthouseResult {
  const audit = (id: string, title: string, score: number | null, extra: Partial<Audit> = {}): Audit => ({
    id,
    title,
    score,
    scoreDisplayMode: 'numeric',
    ...extra,
  });
  const tbt = over.tbt ?? 0;
  return {
    lighthouseVersion: '13.5.0',
    configSettings: { formFactor: 'mobile', throttlingMethod: 'simulate' },
    environment: { hostUserAgent: 'Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/156.0.0.0 Safari/537.36', benchmarkIndex: 2000 },
    runWarnings: [],
    ...(over.runtimeError ? { runtimeError: { code: 'NO_FCP', message: 'The page did not paint any content.' } } : {}),
    categories: {
      performance: {
        score: over.performance ?? 1,
        auditRefs: [
          { id: 'first-contentful-paint', weight: 10 },
          { id: 'largest-contentful-paint', weight: 25 },
          { id: 'total-blocking-time', weight: 30 },
          { id: 'cumulative-layout-shift', weight: 25 },
          { id: 'speed-index', weight: 10 },
          { id: 'render-blocking-insight', weight: 0 },
          { id: 'diagnostics', weight: 0 },
        ],
      },
      accessibility: { score: over.contrast === undefined ? 1 : 0.96, auditRefs: [{ id: 'color-contrast', weight: 7 }, { id: 'manual-check', weight: 0 }] },
      'best-practices': { score: 1, auditRefs: [] },
      seo: { score: 1, auditRefs: [] },
    },
    audits: {
      'first-contentful-paint': audit('first-contentful-paint', 'First Contentful Paint', 0.99, { numericValue: 1063.4, displayValue: '1.1 s' }),
      'largest-contentful-paint': audit('largest-contentful-paint', 'Largest Contentful Paint', 1, { numericValue: 1100.2 }),
      'total-blocking-time': audit('total-blocking-time', 'Total Blocking Time', tbt > 100 ? 0.9 : 1, { numericValue: tbt, displayValue: `${tbt} ms` }),
      'cumulative-layout-shift': audit('cumulative-layout-shift', 'Cumulative Layout Shift', 1, { numericValue: 0.00012 }),
      'speed-index': audit('speed-index', 'Speed Index', 1, { numericValue: 1063 }),
      'render-blocking-insight': audit('render-blocking-insight', 'Render-blocking requests', 0, { scoreDisplayMode: 'metricSavings', displayValue: 'Est savings of 90 ms' }),
      diagnostics: audit('diagnostics', 'Diagnostics', null, { scoreDisplayMode: 'informative' }),
      'color-contrast': audit('color-contrast', 'Background and foreground colors do not have a sufficient contrast ratio.', over.contrast ?? 1, { scoreDisplayMode: 'binary' }),
      'manual-check': audit('manual-check', 'Manual', 0, { scoreDisplayMode: 'manual' }),
      'network-requests': audit('network-requests', 'Network Requests', null, {
        scoreDisplayMode: 'informative',
        details: { type: 'table', items: (over.requests ?? ['http://127.0.0.1:4000/zh/']).map((url) => ({ url })) },
      }),
    },
  };
}

describe('failingAudits', () => {
  it('lists nothing for a category at 100, even when one of its insights fails', () => {
    expect(failingAudits(lhr())).toEqual([]);
  });

  it('lists the scored audits of a category under 100 first, then its insights, skipping manual and informative ones', () => {
    const failing = failingAudits(lhr({ performance: 0.97, tbt: 180, contrast: 0 }));
    expect(failing.map((a) => [a.category, a.id, a.score, a.weight])).toEqual([
      ['performance', 'total-blocking-time', 90, 30],
      ['performance', 'first-contentful-paint', 99, 10],
      ['performance', 'render-blocking-insight', 0, 0],
      ['accessibility', 'color-contrast', 0, 7],
    ]);
    expect(failing[0]!.displayValue).toBe('180 ms');
    expect(failing[3]).not.toHaveProperty('displayValue');
  });
});

describe('pageResult and medianRun', () => {
  it('turns a run into scores 0–100, rounded metrics and the failing audits', () => {
    const row = pageResult({ label: 'article (zh)', path: 'zh/articles/x/' }, [lhr({ performance: 0.984, tbt: 150 })], 12.345);
    expect(row).toMatchObject({
      label: 'article (zh)',
      path: 'zh/articles/x/',
      scores: { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 },
      performanceRuns: [98],
      metrics: { fcpMs: 1063, lcpMs: 1100, tbtMs: 150, cls: 0, speedIndexMs: 1063 },
      seconds: 12.3,
    });
    expect(row.failing.map((a) => a.id)).toContain('total-blocking-time');
  });

  it('reports the run with the median performance score, ties by the lower blocking time', () => {
    const runs = [lhr({ performance: 1, tbt: 10 }), lhr({ performance: 0.9, tbt: 300 }), lhr({ performance: 0.98, tbt: 120 })];
    expect(medianRun(runs)).toBe(runs[2]);
    const ties = [lhr({ performance: 1, tbt: 40 }), lhr({ performance: 1, tbt: 0 }), lhr({ performance: 1, tbt: 20 })];
    expect(medianRun(ties)).toBe(ties[2]);
    // An even count takes the lower middle: the pessimistic one of the two.
    const two = [lhr({ performance: 1 }), lhr({ performance: 0.95 })];
    expect(medianRun(two)).toBe(two[1]);
    const row = pageResult({ label: 'home (zh)', path: 'zh/' }, runs, 30);
    expect(row.scores.performance).toBe(98);
    expect(row.performanceRuns).toEqual([100, 90, 98]);
  });

  it('throws on a run Lighthouse could not finish', () => {
    expect(() => pageResult({ label: 'x', path: 'zh/' }, [lhr({ runtimeError: true })], 1)).toThrow(/NO_FCP/);
    expect(() => medianRun([])).toThrow();
  });
});

describe('chromiumVersion', () => {
  it('reads the version from /json/version’s Browser or from a user agent', () => {
    expect(chromiumVersion('HeadlessChrome/156.0.8078.79')).toBe('Chromium 156.0.8078.79');
    expect(chromiumVersion('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36')).toBe('Chromium 156.0.0.0');
    expect(chromiumVersion(undefined)).toBe('unknown');
  });
});

describe('offSiteRequests', () => {
  it('finds requests to any host but the audited origin; data:, blob: and chrome: stay in the browser', () => {
    const result = lhr({
      requests: [
        'http://127.0.0.1:4000/zh/',
        'http://127.0.0.1:4000/_astro/a.css',
        'data:image/svg+xml,<svg/>',
        'blob:http://127.0.0.1:4000/1234',
        'chrome://terms/',
        'https://fonts.example.com/a.woff2',
        'http://127.0.0.1:5000/other-port.js',
        'http://localhost:4000/zh/',
      ],
    });
    expect(offSiteRequests(result, 'http://127.0.0.1:4000/')).toEqual([
      'http://127.0.0.1:5000/other-port.js',
      'http://localhost:4000/zh/',
      'https://fonts.example.com/a.woff2',
    ]);
    expect(offSiteRequests(lhr(), 'http://127.0.0.1:4000/')).toEqual([]);
  });
});

describe('pickArticle and pagesToAudit', () => {
  it('picks the heaviest article that has both a Chinese page and an English twin', () => {
    const costs = [
      { page: 'zh/articles/light/index.html', gzipBytes: 5000 },
      { page: 'en/articles/light/index.html', gzipBytes: 5200 },
      { page: 'zh/articles/zh-only/index.html', gzipBytes: 20000 },
      { page: 'zh/articles/heavy/index.html', gzipBytes: 9000 },
      { page: 'en/articles/heavy/index.html', gzipBytes: 12000 },
    ];
    expect(pickArticle(costs)).toBe('heavy');
    expect(pickArticle([{ page: 'zh/articles/alone/index.html', gzipBytes: 1 }])).toBeUndefined();
  });

  it('audits home, the article in both languages and the data page in both', () => {
    expect(pagesToAudit('heavy').map((p) => p.path)).toEqual(['zh/', 'zh/articles/heavy/', 'en/articles/heavy/', 'zh/data/', 'en/data/']);
  });
});

const SECTION: LighthouseSection = {
  measuredAt: '2026-11-25T08:00:00.000Z',
  lighthouseVersion: '13.5.0',
  chromium: 'Chromium 156.0.8078.79',
  formFactor: 'mobile',
  throttling: 'simulate',
  benchmarkIndex: 2000,
  runs: 3,
  served: 'as deployed (gzip, cache headers)',
  seconds: 136.4,
  pages: [
    pageResult({ label: 'home (zh)', path: 'zh/' }, [lhr(), lhr(), lhr()], 20),
    pageResult({ label: 'data (en)', path: 'en/data/' }, [lhr({ performance: 0.98, tbt: 170 })], 30),
  ],
};

describe('formatLighthouse', () => {
  it('prints a Markdown table per page, the settings, then the audits under 100', () => {
    const text = formatLighthouse(SECTION);
    const lines = text.split('\n');
    expect(lines[0]).toBe('| page | path | Performance | Accessibility | Best practices | SEO | FCP | LCP | TBT | CLS | performance per run |');
    expect(lines[2]).toBe('| home (zh) | /zh/ | 100 | 100 | 100 | 100 | 1.1 s | 1.1 s | 0 ms | 0 | 100, 100, 100 |');
    expect(lines[3]).toBe('| data (en) | /en/data/ | 98 | 100 | 100 | 100 | 1.1 s | 1.1 s | 170 ms | 0 | 98 |');
    expect(text).toContain('Lighthouse 13.5.0, Chromium 156.0.8078.79 headless, mobile profile, simulate throttling (benchmark index 2000)');
    expect(text).toContain('median of 3 runs per page; 136 s for 2 pages; measured 2026-11-25.');
    expect(text).toContain('- data (en) /en/data/\n  - [Performance] Total Blocking Time — 170 ms (90)');
    expect(text).toContain('  - [Performance, not scored] Render-blocking requests — Est savings of 90 ms (0)');
    expect(text).not.toContain('- home (zh)');
  });
});

describe('mergeLighthouse', () => {
  const sizes = [{ size: 'seeds', articles: 15 }];

  it('replaces the lighthouse section and keeps machine and sizes as they were, in their order', () => {
    const before = `${JSON.stringify({ machine: { cores: 2 }, sizes, lighthouse: { old: true } }, null, 2)}\n`;
    const after = mergeLighthouse(before, SECTION);
    const parsed = JSON.parse(after) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['machine', 'sizes', 'lighthouse']);
    expect(parsed.sizes).toEqual(sizes);
    expect(parsed.machine).toEqual({ cores: 2 });
    expect(parsed.lighthouse).toEqual(JSON.parse(JSON.stringify(SECTION)));
    expect(after.endsWith('}\n')).toBe(true);
    // Running it again changes nothing else.
    expect(mergeLighthouse(after, SECTION)).toBe(after);
  });

  it('starts afresh, and says so, when the file is missing or not a JSON object', () => {
    const why: string[] = [];
    expect(Object.keys(JSON.parse(mergeLighthouse(undefined, SECTION)))).toEqual(['lighthouse']);
    expect(Object.keys(JSON.parse(mergeLighthouse('{oops', SECTION, (w) => why.push(w))))).toEqual(['lighthouse']);
    expect(Object.keys(JSON.parse(mergeLighthouse('[1, 2]', SECTION, (w) => why.push(w))))).toEqual(['lighthouse']);
    expect(why).toEqual(['not valid JSON', 'not a JSON object']);
  });
});

describe('chromiumFlags', () => {
  it('runs headless, resolves no host name but 127.0.0.1, and drops the sandbox only for root', () => {
    expect(chromiumFlags(false)).toContain('--headless=new');
    expect(chromiumFlags(false)).toContain('--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1');
    expect(chromiumFlags(false)).not.toContain('--no-sandbox');
    expect(chromiumFlags(true)).toContain('--no-sandbox');
  });
});
