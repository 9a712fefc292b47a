import { mkdirSync, mkdtempSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { keptGlob } from './kept-glob.ts';

const root = mkdtempSync(join(tmpdir(), 'cz-kept-glob-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Stored {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: string;
}

/** A collection's store and meta store as Astro's content layer hands them to a loader, kept between syncs. */
function memoryStore() {
  const entries = new Map<string, Stored>();
  const meta = new Map<string, string>();
  const reads: string[] = [];
  const store = {
    get: (id: string) => entries.get(id),
    entries: () => [...entries.entries()],
    values: () => [...entries.values()],
    keys: () => [...entries.keys()],
    set: (entry: Stored) => {
      const old = entries.get(entry.id);
      if (entry.digest && old?.digest === entry.digest) return false;
      entries.set(entry.id, entry);
      return true;
    },
    delete: (id: string) => void entries.delete(id),
    clear: () => entries.clear(),
    has: (id: string) => entries.has(id),
    addAssetImport: () => {},
    addAssetImports: () => {},
    addModuleImport: () => {},
  };
  // A made-up entry type: `id: x` on the first line names the entry (as a frontmatter slug would), the rest is the body.
  const entryType = {
    getEntryInfo: ({ contents, fileUrl }: { contents: string; fileUrl: URL }) => {
      reads.push(fileUrl.pathname.split('/').pop()!);
      const slug = /^id: (\S+)\n/.exec(contents)?.[1];
      return { body: contents, data: slug ? { slug } : {} };
    },
  };
  const context = (dir: string): LoaderContext =>
    ({
      collection: 'articles',
      store,
      meta: { get: (k: string) => meta.get(k), set: (k: string, v: string) => void meta.set(k, v), has: (k: string) => meta.has(k), delete: (k: string) => void meta.delete(k) },
      logger: { warn() {}, error() {}, info() {}, debug() {} },
      config: { root: pathToFileURL(`${dir}/`), srcDir: pathToFileURL(`${dir}/src/`), cacheDir: pathToFileURL(`${dir}/cache/`) },
      parseData: async ({ data }: { data: Record<string, unknown> }) => data,
      generateDigest: (d: unknown) => JSON.stringify(d),
      entryTypes: new Map([['.md', entryType]]),
    }) as unknown as LoaderContext;
  return { entries, reads, context };
}

/** What a loader left in a store after syncing `dir`: id → file and body. */
async function sync(loader: Loader, s: ReturnType<typeof memoryStore>, dir: string) {
  s.reads.length = 0;
  await loader.load(s.context(dir));
  return Object.fromEntries([...s.entries.values()].map((e) => [e.id, `${e.filePath} ${e.body}`]).sort());
}

describe('keptGlob', () => {
  const dir = join(root, 'site');
  const base = join(dir, 'content/articles');
  const write = (name: string, text: string) => {
    mkdirSync(join(base, name, '..'), { recursive: true });
    writeFileSync(join(base, name), text);
  };

  it('leaves the same entries as Astro’s glob() after files are added, edited, touched, renamed by id and deleted, reading only those', async () => {
    write('zh/a.md', 'a text');
    write('zh/b.md', 'b text');
    write('en/b.md', 'b in English');
    write('zh/c.mdx', 'not markdown');
    write('.hidden/d.md', 'hidden');
    const kept = memoryStore();
    const plain = memoryStore();
    const loader = keptGlob({ base: './content/articles', extension: '.md' });
    const astro = glob({ pattern: '**/*.md', base: './content/articles' });
    const both = async () => {
      const got = await sync(loader, kept, dir);
      expect(got).toEqual(await sync(astro, plain, dir));
      return got;
    };

    expect(Object.keys(await both())).toEqual(['en/b', 'zh/a', 'zh/b']);
    expect(kept.reads.sort()).toEqual(['a.md', 'b.md', 'b.md']);

    await both();
    expect(kept.reads).toEqual([]);

    write('zh/a.md', 'a text, edited');
    write('zh/e.md', 'a new file');
    expect((await both())['zh/a']).toBe('content/articles/zh/a.md a text, edited');
    expect(kept.reads.sort()).toEqual(['a.md', 'e.md']);

    // Touched, same text: read again, the entry unchanged.
    utimesSync(join(base, 'zh/b.md'), new Date(), new Date(Date.now() + 5000));
    await both();
    expect(kept.reads).toEqual(['b.md']);

    // A file that now names another id leaves no entry under the old one.
    write('zh/e.md', 'id: renamed\nthe same file');
    expect(Object.keys(await both())).toEqual(['en/b', 'renamed', 'zh/a', 'zh/b']);

    unlinkSync(join(base, 'zh/a.md'));
    expect(Object.keys(await both())).toEqual(['en/b', 'renamed', 'zh/b']);
    expect(kept.reads).toEqual([]);
  });

  it('reads a file again when its entry is missing from the store, whatever the notes say', async () => {
    const kept = memoryStore();
    const loader = keptGlob({ base: './content/articles', extension: '.md' });
    // Another store's notes (the last test's, in the same cache folder) count for nothing here.
    await sync(loader, kept, dir);
    expect(kept.reads.sort()).toEqual(['b.md', 'b.md', 'e.md']);
    kept.entries.delete('zh/b');
    const got = await sync(loader, kept, dir);
    expect(kept.reads).toEqual(['b.md']);
    expect(got['zh/b']).toBe('content/articles/zh/b.md b text');
  });
});
