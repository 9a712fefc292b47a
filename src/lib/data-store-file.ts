// An Astro integration (astro.config.mjs) that hands the build's pages the content store by reading its file
// when they first ask for it, instead of as a module of the bundle (issue 17). Astro's content plugin loads
// the virtual module `astro:data-layer-content` as `export default JSON.parse("<the whole data-store.json>")`:
// at 10,000 articles a 38 MB string literal that Vite hands to the bundler, the bundler writes into a chunk,
// and Node compiles when getCollection first imports it — ~8 s of CPU in a 40 s one-changed-article build
// (profiled: compileSourceTextModule 5.9 s, the plugin's handler 1.1 s, the bundler's copies ~0.9 s), the same
// in every build whatever changed. Here the module is a few lines that read the file Astro's content sync has
// just written (cacheDir/data-store.json, the file Astro's plugin itself reads in a build) and parse it:
// ~0.4 s. Same data, same pages (tests/site and the byte-for-byte build tests). The module keeps Astro's
// content-data mark, so the incremental build leaves it out of every page's code hash, as it does Astro's.
// Only `astro build` with the single-file store (Astro's default) is changed; `astro dev` keeps Astro's.
// Should Astro rename the module or the mark, data-store-file.test.ts fails.
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The virtual module Astro's content runtime imports for the store, as the bundler resolves it. */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';
/** The store's file name under Astro's cacheDir in a build (astro/dist/content/consts.js DATA_STORE_FILE). */
export const DATA_STORE_FILE = 'data-store.json';
/** What marks a module as content data for the incremental build (astro/dist/core/build/incremental-metadata.js). */
export const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } } as const;

/**
 * The module's code: the store read from `file` when first imported. Astro's runtime swallows an error from
 * this import and goes on with an empty store, which would publish a site without reports; so a store that
 * cannot be read stops the build here, saying which file.
 */
export function dataStoreModule(file: string): string {
  return [
    `import { readFileSync } from 'node:fs';`,
    `let store;`,
    `try {`,
    `  store = JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
    `} catch (e) {`,
    `  console.error(\`content store \${${JSON.stringify(file)}} could not be read (\${e.message}): the build stops rather than publish an archive without its reports\`);`,
    `  process.exit(1);`,
    `}`,
    `export default store;`,
  ].join('\n');
}

/** The Vite plugin: loads Astro's store module from `file`, ahead of Astro's own loader. */
export function dataStoreFilePlugin(file: string): Plugin {
  return {
    name: 'cz-data-store-file',
    enforce: 'pre',
    load: {
      order: 'pre',
      filter: { id: /^\0astro:data-layer-content$/ },
      handler(id) {
        // No file: no collection synced anything, and Astro's loader gives its empty store.
        if (id !== DATA_STORE_MODULE || !existsSync(file)) return null;
        return { code: dataStoreModule(file), map: { mappings: '' }, meta: CONTENT_DATA_META };
      },
    },
  };
}

export function dataStoreFile(): AstroIntegration {
  return {
    name: 'cz-data-store-file',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        // A chunked store (experimental.collectionStorage) is many modules already; dev reloads the module on edits.
        const storage = (config.experimental as { collectionStorage?: unknown }).collectionStorage;
        if (command !== 'build' || (storage !== undefined && storage !== 'single-file')) return;
        updateConfig({ vite: { plugins: [dataStoreFilePlugin(fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir)))] } });
      },
    },
  };
}
