// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { articleRedirects } from './scripts/redirects/integration.ts';
import { cspOptions } from './src/lib/csp.ts';
import { cspDigestMemo } from './src/lib/csp-digest-memo.ts';
import { dataStoreFile } from './src/lib/data-store-file.ts';
import { fileBundles } from './src/lib/downloads/file-bundle.ts';
import { BUNDLED_FOLDERS, bundlePath } from './src/lib/downloads/paths.ts';
import { oneStylesheet } from './src/lib/one-stylesheet.ts';
import { articleProcessor } from './src/lib/markdown/article-processor.ts';
import { sitemapOptions } from './src/lib/sitemap.ts';
import { startGate } from './src/lib/start-gate.ts';
import { buildProgress, PAGES_AT_ONCE } from './src/lib/build-progress.ts';

// SITE_URL gives canonical URLs, feeds and the sitemap; BASE_PATH deploys under a sub-path (`/archive/cz/`).
// Both are optional: without SITE_URL links stay paths on the site and there is no feed or sitemap (they
// need full URLs), never a made-up host.
const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH || '/';

// Add integrations (sitemap, RSS helpers …) to this list, one per line.
const integrations = [
  startGate(), // first: `npm run build` starts astro beside ingest, held here until ingest is done (src/lib/start-gate.ts)
  buildProgress(), // tells `npm run build` when the reports' pages are written, to index them beside astro (src/lib/build-progress.ts)
  mdx(),
  ...(site ? [sitemap(sitemapOptions(site, base))] : []),
  articleRedirects(), // pages at old article addresses, from content/redirects.yaml
  fileBundles(BUNDLED_FOLDERS.map(bundlePath)), // data/articles/, charts/, measures/ from one output each (src/lib/downloads/file-bundle.ts)
  dataStoreFile(), // the build's pages read the content store's file, not a 38 MB module (src/lib/data-store-file.ts)
];

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The site's CSS is one file every page links (src/lib/one-stylesheet.ts), fetched once, not inlined in each page.
  // Four pages render at once (PAGES_AT_ONCE): one page mostly waits on its folder and files, so one at a time
  // leaves a core idle.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: PAGES_AT_ONCE },
  integrations,
  // Article text renders literally (no GFM, no smart quotes), with the `#p<N>` anchors figures link to.
  // No syntax highlighting: reports have no code, and Shiki's inline styles would break the CSP below.
  markdown: { processor: articleProcessor(), syntaxHighlight: false },
  // Both languages live under their prefix (/zh/, /en/); the splash page at / chooses, so no redirect.
  i18n: {
    locales: ['zh', 'en'],
    defaultLocale: 'zh',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  devToolbar: { enabled: false },
  // A strict Content-Security-Policy on every page, as a <meta> tag with the hashes of the site's scripts
  // and styles (src/lib/csp.ts); not applied by `astro dev`.
  security: { csp: cspOptions() },
  // Pages whose getStaticPaths cacheKey (src/lib/cache-keys.ts) and code are unchanged since the last build
  // are copied from the cache (cacheDir, node_modules/.astro/) instead of rendered again.
  experimental: { incrementalBuild: true },
  // A shard of a sharded build (`npm run build -- --shard 2024`, src/lib/content/shard.ts) keeps its own cache,
  // so shards built in turn on one checkout do not evict each other's pages; an ordinary build is unchanged.
  ...(process.env.CZ_SHARD ? { cacheDir: `./node_modules/.astro/shards/${process.env.CZ_SHARD}` } : {}),
  // `npm run build` sets CZ_KEEP_DIST when dist/ is exactly what its last build wrote (scripts/build/keep-dist.ts):
  // astro then builds into it instead of emptying it, and leaves a page whose key is unchanged in place rather
  // than copying it back from the cache (37,000 files at 10,000 articles). Not part of Astro's config hash.
  // Astro hashes each inline script and style for the policy once per build, not once per page (src/lib/csp-digest-memo.ts).
  vite: { plugins: [cspDigestMemo(), oneStylesheet()], ...(process.env.CZ_KEEP_DIST === '1' ? { build: { emptyOutDir: false } } : {}) },
});
