// The pure half of `npm run bench -- lighthouse`: which pages to audit, what a Lighthouse result (LHR)
// becomes in bench/results.json, the table printed and pasted into the README, and the check that no
// request left 127.0.0.1. Unit-tested in lighthouse-report.test.ts; scripts/bench/lighthouse.ts runs
// Chromium and Lighthouse.

/** The categories audited, in the order of the table. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

const CATEGORY_TITLES: Record<Category, string> = {
  performance: 'Performance',
  accessibility: 'Accessibility',
  'best-practices': 'Best practices',
  seo: 'SEO',
};

/** The lab metrics kept per page (Lighthouse audit ids → short names). */
const METRICS = {
  'first-contentful-paint': 'fcpMs',
  'largest-contentful-paint': 'lcpMs',
  'total-blocking-time': 'tbtMs',
  'cumulative-layout-shift': 'cls',
  'speed-index': 'speedIndexMs',
} as const;

/** The part of a Lighthouse result (LHR) this module reads. */
export interface LighthouseResult {
  lighthouseVersion: string;
  requestedUrl?: string;
  finalDisplayedUrl?: string;
  configSettings?: { formFactor?: string; throttlingMethod?: string };
  environment?: { hostUserAgent?: string; benchmarkIndex?: number };
  runWarnings?: string[];
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<
    string,
    | {
        id: string;
        title: string;
        score: number | null;
        scoreDisplayMode: string;
        displayValue?: string;
        numericValue?: number;
        details?: { type?: string; items?: unknown[] };
      }
    | undefined
  >;
}

export interface PageToAudit {
  /** e.g. `home (zh)`, `article (en)`. */
  label: string;
  /** Path below the site's base, e.g. `zh/`, `en/articles/some-id/`. */
  path: string;
}

export interface FailingAudit {
  category: Category;
  id: string;
  title: string;
  displayValue?: string;
  /** 0–100, as Lighthouse shows it. */
  score: number;
  /** The audit's weight in its category; 0 for diagnostics and insights, which do not change the score. */
  weight: number;
}

export interface LighthousePage {
  label: string;
  path: string;
  /** 0–100 per category; null when Lighthouse could not score it. */
  /** 0–100 per category, from the median run (see medianRun). */
  scores: Record<Category, number | null>;
  /** The performance score of every run, in the order run. */
  performanceRuns: (number | null)[];
  /** The median run's lab metrics. */
  metrics: { fcpMs: number | null; lcpMs: number | null; tbtMs: number | null; cls: number | null; speedIndexMs: number | null };
  failing: FailingAudit[];
  runWarnings: string[];
  seconds: number;
}

export interface LighthouseSection {
  measuredAt: string;
  lighthouseVersion: string;
  chromium: string;
  formFactor: string;
  throttling: string;
  /** Lighthouse's CPU benchmark of this machine (higher is faster; simulated throttling scales by it). */
  benchmarkIndex: number | null;
  /** Lighthouse runs per page; the median one is reported. */
  runs: number;
  /** How the pages were served: `as deployed` is deploy/nginx.conf's gzip and cache headers. */
  served: string;
  /** The whole run: Lighthouse on every page, without the site build. */
  seconds: number;
  pages: LighthousePage[];
}

/**
 * Chromium's flags besides chrome-launcher's defaults (which already turn off background networking,
 * component updates, sync, translation, safe browsing's pings and the first-run page): headless, no host
 * name resolves (the site is on the 127.0.0.1 literal, so any other host fails before a connection), and no
 * sandbox when running as root, where Chromium refuses to start with one. No `--disable-features` here: a
 * second one would replace chrome-launcher's list (Translate, OptimizationHints, MediaRouter …) instead of
 * adding to it.
 */
export function chromiumFlags(isRoot: boolean): string[] {
  return [
    '--headless=new',
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
    ...(isRoot ? ['--no-sandbox'] : []),
  ];
}

/** Audit score 0–1 → 0–100 as Lighthouse's report rounds it. */
const percent = (score: number | null | undefined) => (typeof score === 'number' ? Math.round(score * 100) : null);

/** Audits that hold a category under 100: weighted ones first, then diagnostics and insights of that category. */
export function failingAudits(lhr: LighthouseResult): FailingAudit[] {
  const failing: FailingAudit[] = [];
  for (const category of CATEGORIES) {
    const c = lhr.categories[category];
    if (!c || c.score === 1) continue;
    const found: FailingAudit[] = [];
    for (const ref of c.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || typeof audit.score !== 'number' || audit.score >= 1) continue;
      // `informative`, `manual` and `notApplicable` audits carry no score; `metricSavings` ones (insights)
      // pass at 1 and fail at 0 or 0.5 without moving the category score.
      if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
      found.push({
        category,
        id: audit.id,
        title: audit.title,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
        score: percent(audit.score)!,
        weight: ref.weight,
      });
    }
    found.sort((a, b) => Number(b.weight > 0) - Number(a.weight > 0) || a.score - b.score || a.id.localeCompare(b.id));
    failing.push(...found);
  }
  return failing;
}

/**
 * The run to report out of several of the same page: the one with the median performance score (the
 * lower middle for an even count), ties broken by Total Blocking Time, the metric that varies most on a
 * busy machine. Lighthouse's own advice for variable scores is the median of several runs.
 */
export function medianRun<T extends LighthouseResult>(runs: readonly T[]): T {
  if (runs.length === 0) throw new Error('medianRun: no runs');
  const key = (r: T) => [r.categories.performance?.score ?? -1, -(r.audits['total-blocking-time']?.numericValue ?? Infinity)] as const;
  const sorted = [...runs].sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1]);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** One page's row for bench/results.json. */
export function pageResult(page: PageToAudit, runs: readonly LighthouseResult[], seconds: number): LighthousePage {
  for (const r of runs) if (r.runtimeError) throw new Error(`Lighthouse could not audit ${page.path}: ${r.runtimeError.code} ${r.runtimeError.message}`);
  const lhr = medianRun(runs);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, percent(lhr.categories[c]?.score)])) as Record<Category, number | null>;
  const metrics = Object.fromEntries(
    Object.entries(METRICS).map(([id, name]) => {
      const value = lhr.audits[id]?.numericValue;
      return [name, typeof value === 'number' ? Number(value.toFixed(name === 'cls' ? 3 : 0)) : null];
    }),
  ) as LighthousePage['metrics'];
  return {
    label: page.label,
    path: page.path,
    scores,
    performanceRuns: runs.map((r) => percent(r.categories.performance?.score)),
    metrics,
    failing: failingAudits(lhr),
    runWarnings: [...new Set(runs.flatMap((r) => r.runWarnings ?? []))],
    seconds: Number(seconds.toFixed(1)),
  };
}

/** `Chromium 156.0.8078.79` from Lighthouse's host user agent (`… HeadlessChrome/156.0.8078.79 …`). */
export function chromiumVersion(userAgent: string | undefined): string {
  const match = /(?:HeadlessChrome|Chrome|Chromium)\/([\d.]+)/.exec(userAgent ?? '');
  return match ? `Chromium ${match[1]}` : 'unknown';
}

/**
 * Requests the page made to anywhere but the audited origin: http(s) and ws(s) URLs on another host.
 * `data:`, `blob:` and `chrome:` URLs stay in the browser.
 */
export function offSiteRequests(lhr: LighthouseResult, origin: string): string[] {
  const items = (lhr.audits['network-requests']?.details?.items ?? []) as { url?: string }[];
  const allowed = new URL(origin).host;
  const off = new Set<string>();
  for (const { url } of items) {
    if (!url) continue;
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      off.add(url);
      continue;
    }
    if (/^(https?|wss?):$/.test(parsed.protocol) && parsed.host !== allowed) off.add(url);
  }
  return [...off].sort();
}

/**
 * The article audited: the heaviest article page of the build (gzip bytes of HTML, CSS and JS, as
 * scripts/bench/site/budgets.ts counts them) whose Chinese page and English twin both exist.
 * `costs` are article pages as `zh/articles/<id>/index.html` with their cost.
 */
export function pickArticle(costs: readonly { page: string; gzipBytes: number }[]): string | undefined {
  const byId = new Map<string, Set<string>>();
  for (const { page } of costs) {
    const m = /^(zh|en)\/articles\/([^/]+)\/index\.html$/.exec(page.replaceAll('\\', '/'));
    if (!m) continue;
    if (!byId.has(m[2]!)) byId.set(m[2]!, new Set());
    byId.get(m[2]!)!.add(m[1]!);
  }
  const heaviest = [...costs]
    .map((c) => ({ ...c, id: /^(?:zh|en)\/articles\/([^/]+)\//.exec(c.page.replaceAll('\\', '/'))?.[1] }))
    .filter((c) => c.id && byId.get(c.id)!.size === 2)
    .sort((a, b) => b.gzipBytes - a.gzipBytes || a.page.localeCompare(b.page));
  return heaviest[0]?.id;
}

/** The pages of issue 9: the Chinese home page, one article in both languages, the data page in both. */
export function pagesToAudit(articleId: string): PageToAudit[] {
  return [
    { label: 'home (zh)', path: 'zh/' },
    { label: 'article (zh)', path: `zh/articles/${articleId}/` },
    { label: 'article (en)', path: `en/articles/${articleId}/` },
    { label: 'data (zh)', path: 'zh/data/' },
    { label: 'data (en)', path: 'en/data/' },
  ];
}

const cell = (n: number | null) => (n === null ? '–' : String(n));
const ms = (n: number | null) => (n === null ? '–' : `${(n / 1000).toFixed(1)} s`);

/** A Markdown table, one row per page, with the run's settings under it; then the audits under 100. */
export function formatLighthouse(section: LighthouseSection): string {
  const head = ['page', 'path', ...CATEGORIES.map((c) => CATEGORY_TITLES[c]), 'FCP', 'LCP', 'TBT', 'CLS', 'performance per run'];
  const rows = section.pages.map((p) => [
    p.label,
    `/${p.path}`,
    ...CATEGORIES.map((c) => cell(p.scores[c])),
    ms(p.metrics.fcpMs),
    ms(p.metrics.lcpMs),
    p.metrics.tbtMs === null ? '–' : `${p.metrics.tbtMs} ms`,
    p.metrics.cls === null ? '–' : String(p.metrics.cls),
    p.performanceRuns.map(cell).join(', '),
  ]);
  const lines = [
    `| ${head.join(' | ')} |`,
    `| ${head.map((_, i) => (i >= 2 ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
    `Lighthouse ${section.lighthouseVersion}, ${section.chromium} headless, ${section.formFactor} profile, ${section.throttling} throttling` +
      `${section.benchmarkIndex === null ? '' : ` (benchmark index ${section.benchmarkIndex})`}, served ${section.served}; median of ${section.runs} run${section.runs === 1 ? '' : 's'} per page;` +
      ` ${section.seconds.toFixed(0)} s for ${section.pages.length} pages; measured ${section.measuredAt.slice(0, 10)}.`,
  ];
  const failing = section.pages.filter((p) => p.failing.length);
  if (failing.length) {
    lines.push('', 'Audits under 100:');
    for (const p of failing) {
      lines.push(`- ${p.label} /${p.path}`);
      for (const a of p.failing) {
        const weight = a.weight > 0 ? '' : ', not scored';
        lines.push(`  - [${CATEGORY_TITLES[a.category]}${weight}] ${a.title}${a.displayValue ? ` — ${a.displayValue}` : ''} (${a.score})`);
      }
    }
  }
  for (const p of section.pages) for (const w of p.runWarnings) lines.push(`warning (${p.label}): ${w}`);
  return lines.join('\n');
}

/**
 * bench/results.json with its `lighthouse` section replaced and every other key (machine, sizes …) as it
 * was. `previous` is the file's text, or undefined when there is none; text that is not a JSON object is
 * reported through `onInvalid` and started afresh, as `npm run bench -- build` does.
 */
export function mergeLighthouse(previous: string | undefined, section: LighthouseSection, onInvalid: (why: string) => void = () => {}): string {
  let data: Record<string, unknown> = {};
  if (previous !== undefined) {
    try {
      const parsed: unknown = JSON.parse(previous);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
      else onInvalid('not a JSON object');
    } catch {
      onInvalid('not valid JSON');
    }
  }
  return `${JSON.stringify({ ...data, lighthouse: section }, null, 2)}\n`;
}
