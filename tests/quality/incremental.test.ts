// Incremental builds (Astro's experimental.incrementalBuild with the pages' cacheKeys, src/lib/cache-keys.ts)
// are only worth having if they are right: after an edit, a rebuild that reuses the last build's pages
// gives byte-for-byte what a clean build of the edited content gives, and it renders again exactly the
// pages whose keys changed (plus the few pages without a key), no more. Two edits on the seed site: an
// English translation's text (a handful of pages), then a Chinese article's title and text (its pages,
// the listings, neighbours and related articles that show it, and the pages spanning the archive), then
// the code of a Markdown plugin (Astro's content store keeps rendered HTML, and knows a plugin changed only
// by the digest article-processor.ts puts in the config: without it the rebuild kept the old article text),
// then the CSS of a component only the data pages use: every page links the site's one stylesheet, whose name
// changes, so every page is rendered again (src/lib/one-stylesheet.ts; without it the pages that do not use
// the component kept linking a stylesheet the build no longer writes).
// Each project copy has its own astro cache (build-site.ts copyProject), so nothing is shared.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnvironment, copyProject, TEST_SITE_URL } from '../site/build-site.ts';
import { compareTrees, describeDifference, isSame } from './same-bytes.ts';

const work = mkdtempSync(join(tmpdir(), 'cz-incremental-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What one `astro build` did: the output files it rendered and those it took from the cache. */
interface BuildLog {
  rendered: string[];
  reused: string[];
}

async function astroBuild(project: string): Promise<BuildLog> {
  const { stdout } = await promisify(execFile)(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: project,
    env: buildEnvironment({ SITE_URL: TEST_SITE_URL, BASE_PATH: '/' }),
    maxBuffer: 64 * 1024 * 1024,
  });
  const log: BuildLog = { rendered: [], reused: [] };
  // Astro prints `├─ /page` as a page starts and its time (or `(cached)`, `(restored)`) when it is done; pages
  // rendered side by side (build.concurrency) share a line, but a reused page's mark follows its name at once.
  for (const entry of stdout.replace(/\u001b\[[0-9;]*m/g, '').split(/(?=├─ )/)) {
    const page = /^├─ \/(\S+?)(?=\s|\d\d[:.]\d\d[:.]\d\d|$)/.exec(entry)?.[1];
    if (page) (/^├─ \S+ \((cached|restored)\)/.test(entry) ? log.reused : log.rendered).push(page);
  }
  return log;
}

/** The keyed pages of the last build (Astro's manifest in the project's cacheDir): output file → cacheKey. */
function keyedPages(project: string): Map<string, string> {
  const manifest = JSON.parse(readFileSync(join(project, 'node_modules/.astro/incremental-build.json'), 'utf8')) as {
    routes: Record<string, { paths: Record<string, { cacheKey: string; outputFile: string }> }>;
  };
  return new Map(Object.values(manifest.routes).flatMap((r) => Object.values(r.paths).map((p) => [p.outputFile, p.cacheKey] as const)));
}

function edit(project: string, file: string, change: (text: string) => string): void {
  const path = join(project, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit of ${file} changed nothing`);
  writeFileSync(path, after);
}

const ZH = 'content/articles/zh/jiu-ye-shi-min-sheng-zhi-ben.md';
const EN = 'content/articles/en/min-sheng-wei-ben-xing-fu-sheng-huo.md';
/** An English translation's text only: its fields, and so its translation state, stay as they were. */
const editEnglishText = (project: string) => edit(project, EN, (t) => t.replace(/\n\n([^\n#<][^\n]*)\n/, '\n\n$1 (Corrected.)\n'));
/** A Chinese article's title and a paragraph: every page that shows its title changes too. */
const editChinese = (project: string) =>
  edit(project, ZH, (t) => t.replace(/^title: "(.*)"$/m, 'title: "$1（更正）"').replace(/\n\n([^\n#<][^\n]*)\n/, '\n\n$1（补记）\n'));
/** A Markdown plugin's code: every number kept with its unit in an article's text gets an attribute. */
const PLUGIN = 'src/lib/markdown/figure-values.ts';
const editPlugin = (project: string) => edit(project, PLUGIN, (t) => t.replace('properties: { className: [FIGURE_WHOLE_CLASS] }', "properties: { className: [FIGURE_WHOLE_CLASS], dataEdited: '' }"));

/** A style rule added to a component that only the data pages show. */
const STYLED = 'src/components/charts/dashboard/Dashboard.astro';
const editStyle = (project: string) => edit(project, STYLED, (t) => t.replace('</style>', '  .cz-edited-rule { outline: none; }\n</style>'));

/** The rebuild after an edit renders exactly the keyed pages whose key changed, and reuses the rest. */
function expectOnlyChangedKeys(before: Map<string, string>, after: Map<string, string>, log: BuildLog): string[] {
  const changed = [...after].filter(([file, key]) => before.get(file) !== key).map(([file]) => file).sort();
  const renderedKeyed = log.rendered.filter((file) => after.has(file)).sort();
  expect(renderedKeyed).toEqual(changed);
  expect(log.reused.length).toBe(after.size - changed.length);
  return changed;
}

describe('an incremental build after an edit', () => {
  it('renders only the pages whose keys changed and ends byte-identical to a clean build of the edited content', async () => {
    const project = join(work, 'incremental');
    copyProject(project);
    const first = await astroBuild(project);
    const keys0 = keyedPages(project);
    expect(first.reused).toEqual([]);
    expect(keys0.size).toBeGreaterThan(100);

    editEnglishText(project);
    const afterEnglish = await astroBuild(project);
    const keys1 = keyedPages(project);
    const changedByEnglish = expectOnlyChangedKeys(keys0, keys1, afterEnglish);
    // Its pages in both languages and the side-by-side pages, and the feeds quoting it; nothing else.
    expect(changedByEnglish).toEqual(
      expect.arrayContaining(['en/articles/min-sheng-wei-ben-xing-fu-sheng-huo/index.html', 'zh/articles/min-sheng-wei-ben-xing-fu-sheng-huo/parallel/index.html']),
    );
    expect(changedByEnglish.length).toBeLessThanOrEqual(8);

    editChinese(project);
    const afterChinese = await astroBuild(project);
    const changedByChinese = expectOnlyChangedKeys(keys1, keyedPages(project), afterChinese);
    expect(changedByChinese).toContain('en/topics/employment/index.html');
    expect(changedByChinese).not.toContain('zh/articles/min-sheng-wei-ben-xing-fu-sheng-huo/parallel/index.html');
    expect(changedByChinese.length).toBeLessThan(keys1.size / 2);

    editPlugin(project);
    await astroBuild(project);
    const articles = join(project, 'dist/zh/articles');
    const edited = readdirSync(articles).filter((id) => readFileSync(join(articles, id, 'index.html'), 'utf8').includes('data-edited'));
    expect(edited.length).toBeGreaterThan(0); // the seed articles whose text has a number with its unit

    editStyle(project);
    const afterStyle = await astroBuild(project);
    expect(afterStyle.rendered).toContain('zh/articles/min-sheng-wei-ben-xing-fu-sheng-huo/index.html');
    expect(afterStyle.reused.filter((file) => file.endsWith('.html'))).toEqual([]);

    const clean = join(work, 'clean');
    copyProject(clean);
    editEnglishText(clean);
    editChinese(clean);
    editPlugin(clean);
    editStyle(clean);
    const cleanLog = await astroBuild(clean);
    expect(cleanLog.reused).toEqual([]);
    const diff = compareTrees(join(project, 'dist'), join(clean, 'dist'));
    expect(isSame(diff), describeDifference(diff, join(project, 'dist'), join(clean, 'dist'))).toBe(true);
  }, 600_000);
});
