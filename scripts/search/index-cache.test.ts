import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keepIndex, restoreIndex, siteFingerprint } from './index-cache.ts';
import { indexReportsAhead, indexSite } from './index-site.ts';

const root = mkdtempSync(join(tmpdir(), 'search-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(site: string, file: string, text: string): void {
  mkdirSync(dirname(join(site, file)), { recursive: true });
  writeFileSync(join(site, file), text);
}

const page = (title: string, text: string) => `<!doctype html><html lang="zh"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

describe('siteFingerprint', () => {
  const site = join(root, 'fp');
  write(site, 'zh/a/index.html', page('供热', '集中供热覆盖全县。'));
  write(site, 'zh/b/index.html', page('就业', '新增就业岗位。'));
  const settings = { args: ['--site', '.'] };
  const before = siteFingerprint(site, settings);

  it('follows the pages and settings, not other files or the index itself', () => {
    write(site, 'data/figures.csv', 'a,b\n');
    write(site, 'pagefind/pagefind.js', 'old index');
    expect(siteFingerprint(site, settings)).toBe(before);
    expect(siteFingerprint(site, { args: ['--site', '.', '--exclude-selectors', '.x'] })).not.toBe(before);
    write(site, 'zh/b/index.html', page('就业', '新增就业岗位3000个。'));
    const edited = siteFingerprint(site, settings);
    expect(edited).not.toBe(before);
    write(site, 'zh/c/index.html', page('养老', '养老服务。'));
    expect(siteFingerprint(site, settings)).not.toBe(edited);
  });

  it('restores a kept index only for the fingerprint it was made from', () => {
    const cache = join(root, 'cache');
    write(site, 'out/pagefind.js', 'bundle');
    keepIndex(cache, 'f1', join(site, 'out'), 2);
    expect(restoreIndex(cache, 'f2', join(site, 'restored'))).toBeUndefined();
    expect(restoreIndex(cache, 'f1', join(site, 'restored'))).toBe(2);
    expect(readdirSync(join(site, 'restored'))).toEqual(['pagefind.js']);
  });

  it('keeps and restores an index by hard links to the same files, folders and all', () => {
    const cache = join(root, 'linked-cache');
    write(site, 'linked/pagefind-entry.json', '{}');
    write(site, 'linked/index/zh_1.pf_index', 'chunk');
    keepIndex(cache, 'f1', join(site, 'linked'), 1);
    expect(restoreIndex(cache, 'f1', join(site, 'linked-back'))).toBe(1);
    for (const file of ['pagefind-entry.json', 'index/zh_1.pf_index']) {
      expect(readFileSync(join(site, 'linked-back', file), 'utf8')).toBe(readFileSync(join(site, 'linked', file), 'utf8'));
      expect(statSync(join(site, 'linked-back', file)).ino).toBe(statSync(join(site, 'linked', file)).ino);
    }
  });
});

describe('indexSite with kept indexes, one per year', () => {
  const dated = (year: string, title: string, text: string) => page(title, text).replace('<main data-pagefind-body>', `<main data-pagefind-body data-pagefind-meta="year:${year}">`);
  const summary = (result: Awaited<ReturnType<typeof indexSite>>) => Object.fromEntries(result.buckets.map((b) => [b.bucket, `${b.pages}${b.reused ? ' reused' : ''}`]));

  // As src/lib/content/shard.ts groups years: here every year alone, the undated on their own.
  const groups = ['2024', '2023', 'undated'];
  // A report of 2024, one of 2023 and an undated one.
  const writeThreeReports = (site: string) => {
    write(site, 'zh/articles/a/index.html', dated('2024', '供热', '集中供热覆盖全县。'));
    write(site, 'zh/articles/b/index.html', dated('2023', '就业', '新增就业岗位。'));
    write(site, 'zh/articles/c/index.html', page('养老', '养老服务。'));
  };

  it('runs Pagefind for the years whose pages changed and reuses the others', async () => {
    const site = join(root, 'site');
    const cacheDir = join(root, 'site-cache');
    writeThreeReports(site);
    const first = await indexSite(site, { cacheDir, groups });
    expect(first).toMatchObject({ pages: 3, reused: false });
    expect(summary(first)).toEqual({ '2024': '1', '2023': '1', undated: '1' });
    const files = readdirSync(join(site, 'pagefind'), { recursive: true }).sort();
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'indexes.json', '2023/pagefind-entry.json', 'undated/pagefind-entry.json']));
    expect(files).not.toContain('2023/pagefind.js'); // loaded from the root only
    expect(JSON.parse(readFileSync(join(site, 'pagefind', 'indexes.json'), 'utf8'))).toEqual({ languages: { zh: ['', '2023/', 'undated/'] }, years: ['2024', '2023'] });

    rmSync(join(site, 'pagefind'), { recursive: true }); // as astro build empties dist/
    expect(await indexSite(site, { cacheDir, groups })).toMatchObject({ pages: 3, reused: true });
    expect(readdirSync(join(site, 'pagefind'), { recursive: true }).sort()).toEqual(files);

    write(site, 'zh/articles/d/index.html', dated('2023', '教育', '新建学校。'));
    const edited = await indexSite(site, { cacheDir, groups });
    expect(summary(edited)).toEqual({ '2024': '1 reused', '2023': '2', undated: '1 reused' });
    // Regrouped (2023 and 2024 together): the kept indexes of groups gone are deleted.
    await indexSite(site, { cacheDir, groups: ['2023-2024', 'undated'] });
    expect(readdirSync(join(cacheDir, 'years')).sort()).toEqual(['2023-2024', 'undated']);
    expect(await indexSite(site, { cacheDir, groups: ['2023-2024', 'undated'] })).toMatchObject({ reused: true });
    expect(summary(await indexSite(site, { cacheDir: null, groups }))).toEqual({ '2024': '1', '2023': '2', undated: '1' });
    // Years grouped: one index of them all.
    expect(summary(await indexSite(site, { cacheDir: null, groups: ['2023-2024+undated'] }))).toEqual({ '2023-2024+undated': '4' });
    expect(readdirSync(site)).not.toContain('pagefind.work');
  });

  it('with the last index kept in place, replaces only the re-indexed groups: the same files as a clean index', async () => {
    const site = join(root, 'kept');
    const cacheDir = join(root, 'kept-cache');
    writeThreeReports(site);
    await indexSite(site, { cacheDir, groups });
    const files = (dir: string) => (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[]).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();
    const bytes = (dir: string) => Object.fromEntries(files(dir).map((file) => [file, readFileSync(join(dir, file)).toString('base64')]));
    const inode = (file: string) => statSync(join(site, 'pagefind', file)).ino;
    const undatedEntry = inode('undated/pagefind-entry.json');
    const rootEntry = inode('pagefind-entry.json');
    // A clean index of the same pages to compare with, made apart.
    const compare = async () => {
      const clean = join(root, `clean-${Math.random()}`);
      for (const file of files(site).filter((f) => !f.startsWith('pagefind/'))) write(clean, file, readFileSync(join(site, file), 'utf8'));
      await indexSite(clean, { cacheDir: null, groups });
      expect(bytes(join(site, 'pagefind'))).toEqual(bytes(join(clean, 'pagefind')));
    };

    // A non-root group edited: its folder is replaced, the root's and the undated's left as they are.
    write(site, 'zh/articles/b/index.html', dated('2023', '就业', '新增就业岗位3000个。'));
    const edited = await indexSite(site, { cacheDir, groups, keptIndex: true });
    expect(summary(edited)).toEqual({ '2024': '1 reused', '2023': '1', undated: '1 reused' });
    expect(edited.read).toBe(1); // the edited page: the others' notes still hold (lib/file-notes.ts)
    expect([inode('undated/pagefind-entry.json'), inode('pagefind-entry.json')]).toEqual([undatedEntry, rootEntry]);
    // The replaced index and its old kept copy went to the trash (lib/trash.ts), not into the site.
    const trash = () => readdirSync(join(cacheDir, 'trash'));
    expect(trash()).toHaveLength(2);
    await compare();

    // The newest (root) group edited: its files are replaced, the other groups' folders inside it stay.
    write(site, 'zh/articles/a/index.html', dated('2024', '供热', '集中供热覆盖全县城区。'));
    expect(summary(await indexSite(site, { cacheDir, groups, keptIndex: true }))).toEqual({ '2024': '1', '2023': '1 reused', undated: '1 reused' });
    expect(inode('undated/pagefind-entry.json')).toBe(undatedEntry);
    await compare();

    // Nothing changed: nothing copied or written but the manifest.
    expect(await indexSite(site, { cacheDir, groups, keptIndex: true })).toMatchObject({ reused: true, read: 0 });
    expect(trash()).toEqual([]); // the last run's trash is deleted by the next run
    await compare();

    // Regrouped: the places changed, so the folder is assembled anew, still the same as a clean index.
    const regrouped = ['2023-2024', 'undated'];
    expect(summary(await indexSite(site, { cacheDir, groups: regrouped, keptIndex: true }))).toEqual({ '2023-2024': '2', undated: '1 reused' });
    const clean = join(root, 'clean-regrouped');
    cpSync(site, clean, { recursive: true });
    rmSync(join(clean, 'pagefind'), { recursive: true });
    await indexSite(clean, { cacheDir: null, groups: regrouped });
    expect(bytes(join(site, 'pagefind'))).toEqual(bytes(join(clean, 'pagefind')));

    // A group's index rewritten by something else (another tool, an older build): not taken for the one placed.
    const before = bytes(join(site, 'pagefind'));
    await indexSite(join(root, 'clean-regrouped'), { cacheDir: null, groups: regrouped });
    rmSync(join(site, 'pagefind', 'undated'), { recursive: true });
    cpSync(join(root, 'clean-regrouped', 'pagefind', 'undated'), join(site, 'pagefind', 'undated'), { recursive: true });
    writeFileSync(join(site, 'pagefind', 'undated', 'pagefind-entry.json'), '{"languages":{}}');
    expect(summary(await indexSite(site, { cacheDir, groups: regrouped, keptIndex: true }))).toEqual({ '2023-2024': '2 reused', undated: '1 reused' });
    expect(bytes(join(site, 'pagefind'))).toEqual(before);

    // A folder not as the record says (keptIndex not given): the record is not trusted, every index placed anew.
    rmSync(join(site, 'pagefind', 'undated'), { recursive: true });
    expect(await indexSite(site, { cacheDir, groups: regrouped })).toMatchObject({ reused: true });
    expect(bytes(join(site, 'pagefind'))).toEqual(bytes(join(clean, 'pagefind')));
  });

  it('indexes the groups side by side into the same files as one after the other', async () => {
    const site = join(root, 'lanes');
    writeThreeReports(site);
    write(site, 'zh/articles/d/index.html', dated('2023', '学校', '新建学校两所。'));
    const tree = (dir: string) =>
      Object.fromEntries(
        (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
          .filter((e) => e.isFile())
          .map((e) => [join(e.parentPath, e.name).slice(dir.length + 1), readFileSync(join(e.parentPath, e.name)).toString('base64')]),
      );
    const indexWith = async (jobs: string) => {
      const saved = process.env.CZ_PAGEFIND_JOBS;
      process.env.CZ_PAGEFIND_JOBS = jobs;
      try {
        const result = await indexSite(site, { cacheDir: null, groups });
        return { summary: summary(result), files: tree(join(site, 'pagefind')) };
      } finally {
        if (saved === undefined) delete process.env.CZ_PAGEFIND_JOBS;
        else process.env.CZ_PAGEFIND_JOBS = saved;
      }
    };
    const one = await indexWith('1');
    const three = await indexWith('3');
    // One lane of one thread each (indexReportsAhead beside astro): the same index.
    const lane = await indexSite(site, { cacheDir: null, groups, jobs: 1, threads: 1 });
    expect(summary(lane)).toEqual(one.summary);
    expect(tree(join(site, 'pagefind'))).toEqual(one.files);
    expect(one.summary).toEqual({ '2024': '1', '2023': '2', undated: '1' });
    expect(three.summary).toEqual(one.summary);
    expect(Object.keys(three.files).length).toBeGreaterThan(10);
    expect(three.files).toEqual(one.files);
  });

  it("indexes the reports' groups ahead into the cache; the index after takes them and runs only the archive's", async () => {
    const site = join(root, 'ahead');
    const cacheDir = join(root, 'ahead-cache');
    writeThreeReports(site);
    write(site, 'zh/data/x/index.html', page('数据', '数据页。'));
    const list = (dir: string) => (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[]).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();
    const ahead = await indexReportsAhead(site, list(site), { cacheDir, groups });
    expect(Object.fromEntries(ahead.map((b) => [b.bucket, `${b.pages}${b.reused ? ' reused' : ''}`]))).toEqual({ '2024': '1', '2023': '1', undated: '1' });
    expect(readdirSync(site)).not.toContain('pagefind');
    const after = await indexSite(site, { cacheDir, groups });
    expect(summary(after)).toEqual({ '2024': '1 reused', '2023': '1 reused', undated: '1 reused', archive: '1' });
    const clean = join(root, 'ahead-clean');
    cpSync(site, clean, { recursive: true });
    rmSync(join(clean, 'pagefind'), { recursive: true });
    await indexSite(clean, { cacheDir: null, groups });
    const bytes = (dir: string) => Object.fromEntries(list(dir).map((file) => [file, readFileSync(join(dir, file)).toString('base64')]));
    expect(bytes(join(site, 'pagefind'))).toEqual(bytes(join(clean, 'pagefind')));
  });

  it('says so when no page is indexed', async () => {
    const site = join(root, 'empty');
    write(site, 'zh/index.html', '<html lang="zh"><body><p>no body mark</p></body></html>');
    await expect(indexSite(site, { cacheDir: null, groups: [] })).rejects.toThrow(/no HTML pages/);
  });
});
