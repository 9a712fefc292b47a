// Runs a built site's own search bundle (dist/pagefind/pagefind.js, its years' indexes merged) in Node, so the recall test queries
// exactly what the browser would, without a browser. Node 24 has what the bundle needs (WebAssembly,
// Intl.Segmenter with full ICU for splitting Chinese queries, fetch) except two browser things, which
// are stood in for here: `fetch` of file: URLs, and `document`, from whose <html lang> Pagefind picks
// the language's index.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sortByYear } from '../../src/components/search/sort-by-year.ts';
import en from '../../src/i18n/en.json' with { type: 'json' };
import zh from '../../src/i18n/zh.json' with { type: 'json' };

export interface PagefindData {
  /** Site URL of the page: `/zh/articles/<id>/` (with the base, when one is given). */
  url: string;
  /** The matching words of the page in context, with `<mark>` around each. */
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindData>;
}

/** One language's index, as pagefind.js's own instance API gives it. */
export interface NodePagefind {
  search(term: string | null, options?: object): Promise<{ results: PagefindResult[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

interface PagefindModule {
  createInstance(options: { basePath?: string; baseUrl?: string }): NodePagefind & { mergeIndex(path: string, options?: object): Promise<void> };
}

let fetchPatched = false;

function allowFileFetch(): void {
  if (fetchPatched) return;
  fetchPatched = true;
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('file:')) return networkFetch(input, init);
    try {
      return new Response(await readFile(fileURLToPath(url)));
    } catch {
      return new Response(null, { status: 404 });
    }
  };
}

/** Search a built site's index for one language, as a page with `<html lang={htmlLang}>` would. */
export async function openSearch(distDir: string, htmlLang: string): Promise<NodePagefind> {
  allowFileFetch();
  const bundle = join(distDir, 'pagefind');
  // One module instance per language: the bundle keeps its WebAssembly in module state, and a browser
  // page only ever loads one language's.
  const moduleUrl = `${pathToFileURL(join(bundle, 'pagefind.js')).href}?lang=${encodeURIComponent(htmlLang)}`;
  const pagefind = (await import(moduleUrl)) as PagefindModule;
  // Pagefind reads <html lang> when an instance is made; currentScript null keeps wasm-bindgen off `location`.
  const previous = (globalThis as { document?: unknown }).document;
  (globalThis as { document?: unknown }).document = { currentScript: null, querySelector: () => ({ getAttribute: () => htmlLang }) };
  // One index per year (scripts/search/buckets.ts): the first folder holding the language is searched and
  // the others merged into it, as components/search/pagefind-load.ts does in the browser.
  const manifest = await readManifest(bundle);
  const folders = manifest.languages[htmlLang.toLowerCase()] ?? [''];
  const instance = pagefind.createInstance({ basePath: `${pathToFileURL(join(bundle, folders[0])).href}/`, baseUrl: '/' });
  (globalThis as { document?: unknown }).document = previous;
  await Promise.all(folders.slice(1).map((folder) => instance.mergeIndex(`${pathToFileURL(join(bundle, folder)).href}/`, { baseUrl: '/' })));
  // A search sorted by date asked year by year, as the search page asks it (components/search/sort-by-year.ts).
  const yearFilter = (htmlLang.toLowerCase().startsWith('zh') ? zh : en)['filter.year'];
  const sorted = sortByYear(instance, yearFilter, manifest.years ?? []);
  return { search: (term, options) => sorted.search(term, options ?? {}) as ReturnType<NodePagefind['search']>, filters: () => instance.filters() };
}

/** `indexes.json`: per language the folders holding its index, newest first, and the years (none without one). */
async function readManifest(bundle: string): Promise<{ languages: Record<string, string[]>; years?: string[] }> {
  return JSON.parse(await readFile(join(bundle, 'indexes.json'), 'utf8').catch(() => '{"languages":{}}'));
}

/** `/zh/articles/some-id/` → `some-id`; undefined for any other page. */
export function articleIdOfUrl(url: string): string | undefined {
  return /\/articles\/([^/]+)\/$/.exec(url)?.[1];
}

/** The article ids of the first `n` results, their data loaded. */
export async function topArticleIds(results: readonly PagefindResult[], n = 5): Promise<string[]> {
  const data = await Promise.all(results.slice(0, n).map((r) => r.data()));
  return data.map((d) => articleIdOfUrl(d.url) ?? d.url);
}
