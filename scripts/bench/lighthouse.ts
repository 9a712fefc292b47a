// `npm run bench -- lighthouse [--dist DIR] [--runs N] [--reports DIR]`: Lighthouse scores (performance,
// accessibility, best practices, SEO) on Lighthouse's default mobile profile with simulated throttling,
// for the Chinese home page, the heaviest article page in Chinese and its English twin, and the data page
// in both languages (issue 9). Debian's Chromium runs headless, a fresh profile per run; each page runs
// --runs times (3) and the median run is reported, as scores vary on a busy machine.
// Without --dist the seed site is built first (astro + Pagefind, by tests/site/build-site.ts, cached in the
// OS temp folder); --dist takes a build made for the base path /. The site is served on 127.0.0.1 as
// deployed: gzip and cache headers as deploy/nginx.conf sends them (tests/e2e/serve.ts, asDeployed).
// Nothing leaves 127.0.0.1: Chromium resolves no host name (--host-resolver-rules) and chrome-launcher's
// flags turn off its background networking; Lighthouse's Node API checks for no updates, reports no errors
// anywhere and writes JSON only (no report fonts); and the run fails if a page's network log names another
// host. (Checked with strace: the only other socket is Chromium's IPv6 reachability probe, a UDP connect()
// to a public DNS address that sends no packet; the bench also runs unchanged under `unshare -n`.)
// Prints the table and the audits under 100, and writes the `lighthouse` section of bench/results.json.
// Not part of `npm test`: it takes minutes and its numbers depend on the machine.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_PATH, chromiumAvailable, INSTALL_HINT } from '../../tests/e2e/browser.ts';
import { serveStatic } from '../../tests/e2e/serve.ts';
import { buildSite } from '../../tests/site/build-site.ts';
import { RESULTS_FILE } from './build.ts';
import {
  CATEGORIES,
  chromiumFlags,
  chromiumVersion,
  formatLighthouse,
  mergeLighthouse,
  offSiteRequests,
  pageResult,
  pagesToAudit,
  pickArticle,
  type LighthousePage,
  type LighthouseResult,
  type LighthouseSection,
} from './lighthouse-report.ts';
import { articlePages, pageCost } from './site/budgets.ts';

class UsageError extends Error {}

function options(args: string[]) {
  try {
    const { values } = parseArgs({ args, options: { dist: { type: 'string' }, runs: { type: 'string', default: '3' }, reports: { type: 'string' } } });
    const runs = Number(values.runs);
    if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs must be a whole number ≥ 1, got ${values.runs}`);
    return { dist: values.dist && resolve(values.dist), runs, reports: values.reports && resolve(values.reports) };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** One Lighthouse run in a fresh Chromium; also the browser's version, which its user agent no longer tells. */
async function audit(url: string): Promise<{ lhr: LighthouseResult; browser: string }> {
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: chromiumFlags(process.getuid?.() === 0), logLevel: 'silent' });
  try {
    const version = (await (await fetch(`http://127.0.0.1:${chrome.port}/json/version`)).json()) as { Browser?: string };
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return { lhr: result.lhr as unknown as LighthouseResult, browser: version.Browser ?? '' };
  } finally {
    chrome.kill();
  }
}

/** Entry point for `npm run bench -- lighthouse`. */
export async function run(args: string[] = []): Promise<LighthouseSection | undefined> {
  let opts: ReturnType<typeof options>;
  try {
    opts = options(args);
  } catch (error) {
    console.error(`lighthouse bench: ${(error as Error).message}\nusage: npm run bench -- lighthouse [--dist DIR] [--runs N] [--reports DIR]`);
    process.exitCode = 2;
    return undefined;
  }
  if (!chromiumAvailable()) throw new Error(`Chromium not found at ${CHROMIUM_PATH} (install: ${INSTALL_HINT})`);

  let dist = opts.dist;
  if (dist) {
    if (!existsSync(join(dist, 'zh', 'index.html'))) throw new Error(`${dist} holds no built site (no zh/index.html)`);
  } else {
    console.log('lighthouse bench: building the seed site (astro + Pagefind; cached when nothing changed) …');
    // A name of its own: test runs prune older `root` builds, which could take this one away mid-run.
    dist = (await buildSite({ name: 'lighthouse-bench' })).distDir;
  }
  const cache = new Map<string, number>();
  const articleId = pickArticle(articlePages(dist).map((p) => pageCost(dist, p, cache)));
  if (!articleId) throw new Error(`${dist} has no article with both a Chinese and an English page`);
  const pages = pagesToAudit(articleId);
  for (const p of pages) if (!existsSync(join(dist, p.path, 'index.html'))) throw new Error(`${dist} has no page /${p.path}`);

  const server = await serveStatic(dist, '/', { asDeployed: true });
  const started = performance.now();
  const results: LighthousePage[] = [];
  const offSite = new Set<string>();
  let first: LighthouseResult | undefined;
  let browser = '';
  const benchmarkIndexes: number[] = [];
  try {
    for (const page of pages) {
      const url = new URL(page.path, server.url).href;
      const runs: LighthouseResult[] = [];
      const pageStarted = performance.now();
      for (let i = 1; i <= opts.runs; i++) {
        console.log(`lighthouse bench: ${page.label} ${url}${opts.runs > 1 ? ` (run ${i} of ${opts.runs})` : ''} …`);
        const { lhr, browser: version } = await audit(url);
        first ??= lhr;
        browser ||= version;
        if (typeof lhr.environment?.benchmarkIndex === 'number') benchmarkIndexes.push(lhr.environment.benchmarkIndex);
        runs.push(lhr);
        for (const u of offSiteRequests(lhr, server.url)) offSite.add(`${page.path}: ${u}`);
        if (opts.reports) {
          mkdirSync(opts.reports, { recursive: true });
          writeFileSync(join(opts.reports, `${page.path.replace(/\/$/, '').replaceAll('/', '_')}-${i}.json`), JSON.stringify(lhr, null, 1));
        }
      }
      results.push(pageResult(page, runs, (performance.now() - pageStarted) / 1000));
    }
  } finally {
    await server.close();
  }

  const section: LighthouseSection = {
    measuredAt: new Date().toISOString(),
    lighthouseVersion: first!.lighthouseVersion,
    chromium: chromiumVersion(browser || first!.environment?.hostUserAgent),
    formFactor: first!.configSettings?.formFactor ?? 'unknown',
    throttling: first!.configSettings?.throttlingMethod ?? 'unknown',
    benchmarkIndex: benchmarkIndexes.length ? benchmarkIndexes.sort((a, b) => a - b)[Math.floor((benchmarkIndexes.length - 1) / 2)]! : null,
    runs: opts.runs,
    served: 'as deployed (gzip, cache headers)',
    seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
    pages: results,
  };
  console.log(`\n${formatLighthouse(section)}`);
  if (offSite.size) {
    // A request to another host means the site is not self-contained: no results are saved.
    throw new Error(`requests left 127.0.0.1:\n  ${[...offSite].join('\n  ')}`);
  }
  const previous = existsSync(RESULTS_FILE) ? readFileSync(RESULTS_FILE, 'utf8') : undefined;
  mkdirSync(join(RESULTS_FILE, '..'), { recursive: true });
  writeFileSync(RESULTS_FILE, mergeLighthouse(previous, section, (why) => console.error(`lighthouse bench: ${RESULTS_FILE} was ${why}; starting it afresh`)));
  console.log(`\nlighthouse bench: results in ${RESULTS_FILE}${opts.reports ? `, full reports in ${opts.reports}` : ''}`);
  return section;
}

if (import.meta.main) await run(process.argv.slice(2));
