// A sharded build gives the site an unsharded one gives (issue 17): in a private copy of the project (the
// seeds: 2025 with four reports, 2024 three, 2023 two, six undated; with CZ_YEAR_GROUP_MIN=1 and
// CZ_YEAR_GROUP_MAX=3 every year is a shard, 2025 and the undated are cut into parts by a hash of each
// report's id: 2025.1of2, 2025.2of2, 2024, 2023, undated.1of2, undated.2of2), `npm run build -- --no-ingest`
// once, then `--shard <group>` for every shard `--list-shards` names, `--hub` and `--merge`; each shard wrote
// only its article routes (and the few routes without getStaticPaths, which Astro always builds), the merged
// dist/ has the same files with the same bytes, search index included, and a search in Chromium on it finds a
// report of every shard, parts included. Each shard's astro loaded only its own reports' files (the rest of the
// archive came from the compact catalog, src/lib/content/compact-catalog.ts).
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FROM_YEARS } from '../../scripts/build/merge.ts';
import { readFrontmatter } from '../../scripts/ingest/frontmatter.ts';
import { groupOf } from '../../src/lib/content/shard.ts';
import { CHROMIUM_ARGS, BROWSER_PATH } from '../e2e/browser.ts';
import { chromiumOrSkip, resultIds, searchFor } from '../e2e/search-support.ts';
import { serveStatic, type StaticServer } from '../e2e/serve.ts';
import { buildEnvironment, copyProject } from '../site/build-site.ts';
import { listFiles } from '../site/links.ts';
import { compareTrees, firstDifference } from './same-bytes.ts';

const root = mkdtempSync(join(tmpdir(), 'cz-shards-'));
const project = join(root, 'project');
let shards: string[] = [];

async function build(...args: string[]): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['scripts/build.ts', ...args], {
      cwd: project,
      // Every year a shard of its own, none past three reports: a bigger year and the undated in parts
      // (src/lib/content/shard.ts; by default the seeds' 15 reports are one group). With a SITE_URL, so the
      // feeds and the sitemap (joined from every shard's, build/sitemap-merge.ts) are built too.
      env: buildEnvironment({ BASE_PATH: '/', SITE_URL: 'https://example.org', CZ_YEAR_GROUP_MIN: '1', CZ_YEAR_GROUP_MAX: '3' }),
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`build ${args.join(' ')} failed:\n${`${stdout}\n${stderr}`.split('\n').slice(-30).join('\n')}`);
  }
}

/** One published Chinese report of each shard (its newest year's, or an undated one), with its title. */
function reportPerShard(): Map<string, { id: string; title: string }> {
  const dir = join(project, 'content/articles/zh');
  const found = new Map<string, { id: string; title: string }>();
  for (const file of readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).sort()) {
    const data = readFrontmatter(readFileSync(join(dir, file), 'utf8')) ?? {};
    if (data.draft === true) continue;
    const id = file.replace(/\.mdx?$/, '');
    const shard = groupOf(shards, typeof data.year === 'number' ? data.year : undefined, id);
    if (shard !== undefined && !found.has(shard)) found.set(shard, { id, title: String(data.title) });
  }
  return found;
}

/** The Chinese article files of each shard's reports (project-relative paths). */
function filesPerShard(): Map<string, string[]> {
  const dir = join(project, 'content/articles/zh');
  const found = new Map<string, string[]>();
  for (const file of readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).sort()) {
    const data = readFrontmatter(readFileSync(join(dir, file), 'utf8')) ?? {};
    if (data.draft === true) continue;
    const shard = groupOf(shards, typeof data.year === 'number' ? data.year : undefined, file.replace(/\.mdx?$/, ''));
    if (shard !== undefined) found.set(shard, [...(found.get(shard) ?? []), `content/articles/zh/${file}`]);
  }
  return found;
}

/**
 * What every run writes: public/ and the routes without parameters (src/pages/index.astro → index.html,
 * robots.txt.ts → robots.txt), which Astro builds always, having no getStaticPaths to return nothing.
 */
function alwaysWritten(): string[] {
  const routes = listFiles(join(project, 'src/pages'))
    .filter((p) => !p.includes('['))
    .map((p) => (p.endsWith('.astro') ? p.replace(/(^|\/)(index|404)\.astro$/, '$1$2.html').replace(/\.astro$/, '/index.html') : p.replace(/\.[jt]s$/, '')));
  return [...routes, ...listFiles(join(project, 'public'))].sort();
}

beforeAll(async () => {
  copyProject(project); // content/ as ingest left it (the copy has no seeds): every build runs --no-ingest
  await build('--no-ingest');
  renameSync(join(project, 'dist'), join(root, 'unsharded'));
  shards = JSON.parse((await build('--list-shards')).trim()) as string[];
  // One shard after another: two astro processes on one checkout share its .astro/ folder, where Astro renames
  // its own temporary files (a clean-clone CI run failed on content-assets.mjs.tmp); on CI, one job each, on
  // a checkout of its own (deploy/github-actions.yml).
  for (const shard of shards) await build('--shard', shard, '--no-ingest');
  await build('--hub', '--no-ingest');
  await build('--merge');
}, 1_200_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a sharded build', () => {
  it('has a shard per year of the seeds, a year and the undated past the maximum cut into parts', () => {
    expect(shards.length).toBeGreaterThan(4);
    // Parts of a year and of the undated, each holding reports (reportPerShard below finds one in every shard).
    expect(shards.filter((s) => /^\d{4}\.\dof\d$/.test(s)).length).toBeGreaterThanOrEqual(2);
    expect(shards.filter((s) => /^undated\.\dof\d$/.test(s)).length).toBeGreaterThanOrEqual(2);
    expect(shards.filter((s) => /^\d{4}$/.test(s)).length).toBeGreaterThan(0);
    expect(new Set(reportPerShard().keys())).toEqual(new Set(shards));
  });

  it('renders in a year’s shard only that year’s article routes, not the pages that span the archive', () => {
    const unsharded = listFiles(join(root, 'unsharded'));
    const always = alwaysWritten();
    expect(always).toContain('index.html');
    expect(always.every((p) => unsharded.includes(p)), `${always.join(', ')} are not all in the site`).toBe(true);
    for (const shard of shards) {
      const written = listFiles(join(project, 'shards', shard, 'dist'));
      expect(written.filter((p) => /^zh\/articles\/[^/]+\/index\.html$/.test(p)).length, shard).toBeGreaterThan(0);
      // Its sitemap (@astrojs/sitemap's, of the pages it built) is joined with the others' by the merge.
      expect(written, shard).toContain('sitemap-index.xml');
      expect(written.filter((p) => !FROM_YEARS.test(p) && !/^sitemap-(?:index|\d+)\.xml$/.test(p)).sort(), shard).toEqual(always);
    }
    // The hub: every other page (its search index is written beside dist/, not in it), no report's CSV.
    const hub = listFiles(join(project, 'shards', 'hub', 'dist'));
    const archiveWide = (files: string[]) => files.filter((p) => !FROM_YEARS.test(p) && !p.startsWith('pagefind/')).sort();
    expect(archiveWide(hub)).toEqual(archiveWide(unsharded));
    expect(hub.filter((p) => p.startsWith('data/articles/'))).toEqual([]);
  });

  it('loads into a shard’s astro only its own reports’ files, the others from the compact catalog; into the hub’s none', () => {
    const files = filesPerShard();
    for (const shard of shards) {
      // Astro's content store of the shard (its own cache folder: astro.config.mjs) names every file it loaded.
      const store = readFileSync(join(project, 'node_modules/.astro/shards', shard, 'data-store.json'), 'utf8');
      const loaded = [...new Set(store.match(/content\/articles\/zh\/[^"]+\.mdx?/g) ?? [])].sort();
      expect(loaded, shard).toEqual(files.get(shard));
    }
    // The hub renders no report's text: its catalog reads the article files itself, none is in its store.
    const hub = readFileSync(join(project, 'node_modules/.astro/shards/hub/data-store.json'), 'utf8');
    expect(hub.match(/content\/articles\/[^"]+\.mdx?/g) ?? []).toEqual([]);
    expect(hub).toContain('content/figures/');
  });

  it('merges into the same files, byte for byte, as an unsharded build', () => {
    const merged = join(project, 'dist');
    const diff = compareTrees(join(root, 'unsharded'), merged);
    const first = diff.changed[0];
    expect(diff.onlyInFirst, 'missing from the merged site').toEqual([]);
    expect(diff.onlyInSecond, 'only in the merged site').toEqual([]);
    expect(diff.changed, first && firstDifference(join(root, 'unsharded', first), join(merged, first))).toEqual([]);
    expect(readdirSync(join(merged, 'zh', 'articles')).length).toBeGreaterThan(10);
    // The merged sitemap names every report's page, which only the years' shards built.
    const sitemap = readFileSync(join(merged, 'sitemap-0.xml'), 'utf8');
    for (const { id } of reportPerShard().values()) expect(sitemap).toContain(`https://example.org/zh/articles/${id}/`);
  });
});

const available = chromiumOrSkip('sharded build search test');

describe.skipIf(!available)('search on the merged site', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveStatic(join(project, 'dist'), '/');
    browser = await chromium.launch({ executablePath: BROWSER_PATH, args: CHROMIUM_ARGS });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds a report of every shard by its title', async () => {
    const reports = reportPerShard();
    expect([...reports.keys()].sort()).toEqual([...shards].sort());
    for (const [shard, { id, title }] of reports) {
      const page = await browser.newPage();
      await page.goto(`${server.url}zh/search/`);
      await searchFor(page, title);
      expect(await resultIds(page), `${shard}: ${title}`).toContain(id);
      await page.close();
    }
  });
});
