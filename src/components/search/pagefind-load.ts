// Loading Pagefind's bundle on the search page: the language's index and, when a query finds little, the
// other language's; started as soon as the search box gets focus (search-client.ts), so that on a slow link
// the script, its WebAssembly and the index's metadata are on their way before the reader has typed (the
// header box does the same on every page: header-warmup.ts).
// One instance per bundle and language for the page's life: focusing twice loads nothing twice.
// The index is one Pagefind index per year (scripts/search/buckets.ts): `pagefind/indexes.json` lists, per
// language, the folders holding it, newest first; the first is searched and the others merged into it with
// `mergeIndex` (each adds its small entry file and metadata, never a second WebAssembly). The list is
// fetched while pagefind.js loads; without it (a site indexed before) the bundle's root is the one index.

/** What pagefind.js gives for a result; its data (excerpt, title, url) is one more download. */
export interface PagefindResult<D = unknown> {
  id: string;
  data: () => Promise<D>;
}

/** The part of a Pagefind instance (pagefind.js `createInstance`) the site uses. */
export interface PagefindInstance<R extends { id: string } = PagefindResult> {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<{ results: R[] } | null>;
}

interface PagefindBundle {
  createInstance(options: Record<string, unknown>): PagefindInstance<never> & { mergeIndex(path: string, options?: Record<string, unknown>): Promise<void> };
}

/** `pagefind/indexes.json`, as scripts/search/buckets.ts writes it. */
interface IndexManifest {
  languages: Record<string, string[]>;
  years?: string[];
}

/** The folders under the bundle that hold `language`'s index, newest first ('' is the bundle's root). */
export function indexFolders(manifest: IndexManifest | null, language: string): string[] {
  const key = language.toLowerCase();
  const folders = manifest?.languages[key] ?? manifest?.languages[key.split('-')[0]];
  return folders && folders.length > 0 ? folders : [''];
}

async function loadManifest(bundle: string): Promise<IndexManifest | null> {
  try {
    const response = await fetch(`${bundle}indexes.json`);
    return response.ok ? ((await response.json()) as IndexManifest) : null;
  } catch {
    return null;
  }
}

export interface BundleLocation {
  /** Where the bundle is: `<base>pagefind/`. */
  bundle: string;
  /** The site's base, for the results' URLs. */
  base: string;
}

const loaded = new Map<string, Promise<PagefindInstance>>();

/**
 * The Pagefind instance of the index for `language` (an `<html lang>` value such as `zh-CN` or `en`; the
 * page's own by default), loaded and initialised: script, WebAssembly and the language's metadata.
 */
export function loadPagefind<R extends { id: string } = PagefindResult>(where: BundleLocation, language = document.documentElement.lang): Promise<PagefindInstance<R>> {
  const key = `${where.bundle} ${language.toLowerCase()}`;
  let instance = loaded.get(key);
  if (!instance) {
    instance = createFor(where, language);
    loaded.set(key, instance);
    // A failed load (offline for a moment) may be tried again on the next focus or search.
    instance.catch(() => loaded.delete(key));
  }
  return instance as unknown as Promise<PagefindInstance<R>>;
}

const manifests = new Map<string, Promise<IndexManifest | null>>();

function manifestOf(where: BundleLocation): Promise<IndexManifest | null> {
  let manifest = manifests.get(where.bundle);
  if (!manifest) manifests.set(where.bundle, (manifest = loadManifest(where.bundle)));
  return manifest;
}

/** The years that have an index, newest first (none for a site indexed as one). */
export async function indexYears(where: BundleLocation): Promise<string[]> {
  return (await manifestOf(where))?.years ?? [];
}

async function createFor(where: BundleLocation, language: string): Promise<PagefindInstance> {
  const manifest = manifestOf(where);
  const [module, folders] = await Promise.all([
    import(/* @vite-ignore */ `${where.bundle}pagefind.js`) as Promise<PagefindBundle>,
    manifest.then((m) => indexFolders(m, language)),
  ]);
  // No web worker: on a site this size the search is quick on the main thread, and the worker's script
  // would be one more download (40 KB) before the first result.
  const options = { basePath: `${where.bundle}${folders[0]}`, baseUrl: where.base, noWorker: true };
  const root = document.documentElement;
  const pageLanguage = root.lang;
  let pagefind: ReturnType<PagefindBundle['createInstance']>;
  if (language === pageLanguage) {
    pagefind = module.createInstance(options);
  } else {
    // pagefind.js (1.x) picks the index by the page's <html lang>, read once, synchronously, as the instance
    // is created; it takes no language option. The attribute names the other language for that moment only:
    // nothing renders in between, and the instance keeps the language it was created with.
    root.lang = language;
    try {
      pagefind = module.createInstance(options);
    } finally {
      root.lang = pageLanguage;
    }
  }
  const searchOptions = { excerptLength: 24 };
  await pagefind.options(searchOptions);
  // The merged indexes take the instance's language and wait for its WebAssembly: loaded side by side.
  await Promise.all([
    pagefind.init(),
    ...folders.slice(1).map((folder) => pagefind.mergeIndex(`${where.bundle}${folder}`, { baseUrl: where.base, ...searchOptions })),
  ]);
  return pagefind as PagefindInstance;
}
