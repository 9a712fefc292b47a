import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { discardDist, keyedOutputs, listFiles, prepareKeptDist, pruneStale, relistFolders } from './keep-dist.ts';
import { Trash } from '../lib/trash.ts';

let root: string;
let dist: string;

function write(path: string, text = 'x'): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** An astro manifest recording these output files as keyed pages of one route. */
function manifest(path: string, outputs: string[]): string {
  const paths = Object.fromEntries(outputs.map((file, i) => [`/p${i}/`, { cacheKey: `k${i}`, outputFile: file }]));
  write(path, JSON.stringify({ version: 1, routes: { 'src/pages/x.astro': { dependencyHash: 'h', paths } } }));
  return join(root, path);
}

const exists = (file: string) => existsSync(join(dist, file));

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cz-keep-dist-'));
  dist = join(root, 'dist');
  for (const file of ['zh/articles/a/index.html', 'zh/articles/b/index.html', 'zh/articles/old/index.html', 'data/figures.csv', 'index.html', '_astro/site.abc.css', 'pagefind/pagefind.js', 'sitemap-0.xml']) {
    write(`dist/${file}`);
  }
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('a kept dist/', () => {
  it("reads astro's keyed outputs, decoded; none from a missing or broken manifest", () => {
    expect(keyedOutputs(manifest('m.json', ['zh/articles/a/index.html', 'zh/%E4%B8%AD/index.html']))).toEqual(new Set(['zh/articles/a/index.html', 'zh/中/index.html']));
    expect(keyedOutputs(join(root, 'missing.json')).size).toBe(0);
    write('broken.json', '{');
    expect(keyedOutputs(join(root, 'broken.json')).size).toBe(0);
  });

  it("keeps only the last build's keyed pages before astro runs, and never a redirect page", () => {
    const before = manifest('before.json', ['zh/articles/a/index.html', 'zh/articles/b/index.html', 'zh/articles/old/index.html', 'data/figures.csv']);
    const { kept, removed } = prepareKeptDist(dist, before, join(root, 'marker'), ['zh/articles/old/index.html']);
    expect([kept, removed]).toEqual([3, 5]);
    expect(['zh/articles/a/index.html', 'zh/articles/b/index.html', 'data/figures.csv'].every(exists)).toBe(true);
    for (const gone of ['zh/articles/old/index.html', 'index.html', '_astro/site.abc.css', 'pagefind/pagefind.js', 'sitemap-0.xml']) expect(exists(gone), gone).toBe(false);
    // Emptied folders go too.
    expect(readdirSync(dist).sort()).toEqual(['data', 'zh']);
  });

  it('after astro, removes the pages it no longer builds and keeps what it kept or wrote', async () => {
    const before = manifest('before.json', ['zh/articles/a/index.html', 'zh/articles/b/index.html', 'data/figures.csv']);
    const { since } = prepareKeptDist(dist, before, join(root, 'marker'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    // astro: a kept (cached) page, b drafted away, a new page, an unkeyed page and an asset written.
    write('dist/zh/articles/c/index.html');
    write('dist/index.html');
    write('dist/_astro/site.def.css');
    const after = manifest('after.json', ['zh/articles/a/index.html', 'zh/articles/c/index.html', 'data/figures.csv']);
    expect(pruneStale(dist, after, since)).toEqual(['zh/articles/b/index.html']);
    expect(['zh/articles/a/index.html', 'zh/articles/c/index.html', 'data/figures.csv', 'index.html', '_astro/site.def.css'].every(exists)).toBe(true);
    expect(existsSync(join(dist, 'zh/articles/b'))).toBe(false);
  });

  it('keeps the search index when told to, before and after astro', async () => {
    const before = manifest('before.json', ['zh/articles/a/index.html']);
    const { since } = prepareKeptDist(dist, before, join(root, 'marker'), [], ['pagefind/']);
    expect(exists('pagefind/pagefind.js')).toBe(true);
    expect(exists('_astro/site.abc.css')).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(pruneStale(dist, before, since, ['pagefind/'])).toEqual([]);
    expect(exists('pagefind/pagefind.js')).toBe(true);
  });
});

describe('a listing brought up to date', () => {
  const isIndex = (name: string) => name === 'pagefind' || name.startsWith('pagefind.');
  const name = fc.constantFrom('a', 'b', 'pagefind', 'pagefind.work', 'pagefind-ui', '供热', 'x y', 'index.html');
  const path = fc.array(name, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/'));

  it('is the listing of the folder once only the rewritten top folders changed, whatever they hold', () => {
    fc.assert(
      fc.property(fc.uniqueArray(path, { maxLength: 12 }), fc.uniqueArray(path, { maxLength: 12 }), (before, after) => {
        rmSync(dist, { recursive: true, force: true });
        const place = (files: string[], keep: (file: string) => boolean) => {
          for (const file of files) {
            if (!keep(file)) continue;
            try {
              write(`dist/${file}`);
            } catch {
              // a path that runs through a file of the same name: no such tree
            }
          }
        };
        const inIndex = (file: string) => file.includes('/') && isIndex(file.slice(0, file.indexOf('/')));
        mkdirSync(dist, { recursive: true });
        place(before, () => true);
        const listed = listFiles(dist);
        // Only the index's folders change: emptied, then filled with other files.
        for (const entry of readdirSync(dist)) if (isIndex(entry) && listFiles(dist).some((f) => f.startsWith(`${entry}/`))) rmSync(join(dist, entry), { recursive: true, force: true });
        place(after, inIndex);
        expect(relistFolders(dist, listed, isIndex)).toEqual(listFiles(dist));
      }),
      { numRuns: 60 },
    );
  });
});


describe('discardDist', () => {
  it('takes the last build away at once, keeps a .git folder, and deletes the rest by the time it settles', async () => {
    const root = mkdtempSync(join(tmpdir(), 'cz-discard-'));
    const dist = join(root, 'dist');
    for (const file of ['index.html', 'zh/articles/a/index.html', 'pagefind/pagefind.js', '.git/HEAD']) {
      mkdirSync(dirname(join(dist, file)), { recursive: true });
      writeFileSync(join(dist, file), file);
    }
    const trash = new Trash(join(root, 'trash'));
    const discarded = discardDist(dist, trash);
    expect(readdirSync(dist)).toEqual(['.git']); // gone before astro starts
    await discarded;
    expect(readdirSync(trash.dir)).toEqual([]);
    expect(readFileSync(join(dist, '.git/HEAD'), 'utf8')).toBe('.git/HEAD');
    await expect(discardDist(join(root, 'none'), trash)).resolves.toBeUndefined();
  });
});
