// The site's CSS as one cached file (issue 17). Astro inlined every stylesheet under 4 KB into each page
// (`build.inlineStylesheets: 'auto'`): ~7 KB of CSS in every article page's HTML, and each <style> a hash in
// its Content-Security-Policy. astro.config.mjs sets `inlineStylesheets: 'never'`, and this Vite plugin puts
// every CSS module of the page build (the components' <style> blocks and the .css files they import) into
// one chunk, so each page links one stylesheet, `_astro/site.<hash>.css`, that a browser fetches once.
//
// One file for all pages has a catch with Astro's incremental build: a page is copied from the last build
// when the code it imports is unchanged, and a page that does not use the component whose CSS was edited
// would keep linking the old file, which the new build no longer writes. So Head.astro (in every page's
// <head>) imports `virtual:cz/stylesheet-digest`, a module whose text is the digest of every style source of
// the site: editing CSS anywhere re-renders every page (each page's link changes), editing markup does not.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

export const STYLESHEET_DIGEST_MODULE = 'virtual:cz/stylesheet-digest';
const RESOLVED_DIGEST_MODULE = `\0${STYLESHEET_DIGEST_MODULE}`;
/** Module ids whose CSS goes into the one file: `X.astro?astro&type=style&index=0&lang.css` and `x.css`. */
export const CSS_MODULE = /\.css(?:$|\?)/;
/** Files that are stylesheets as a whole. */
const STYLE_FILE = /\.(?:css|scss|sass|less|styl|pcss)$/;
/** A component's <style> element, with its attributes (is:global changes what it compiles to); a self-closed one too. */
const STYLE_BLOCK = /<style\b[^>]*?(?:\/>|>[\s\S]*?<\/style\s*>)/gi;

/** The <style> elements of an .astro component's source, in order. */
export function styleBlocks(source: string): string[] {
  return source.match(STYLE_BLOCK) ?? [];
}

/**
 * The digest of every style source under `srcDir`: each stylesheet file whole and each .astro file's
 * <style> elements, by path, in path order. It changes when any CSS of the site changes, and only then.
 */
export function stylesheetDigest(srcDir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(srcDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && (entry.name.endsWith('.astro') || STYLE_FILE.test(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const styles = file.endsWith('.astro') ? styleBlocks(text) : [text];
    if (styles.length === 0) continue;
    hash.update(`${relative(srcDir, file).replaceAll('\\', '/')}\0${styles.join('\0')}\0`);
  }
  return hash.digest('hex');
}

/** The Vite plugin of astro.config.mjs: one CSS chunk in the page build, and the digest module. */
export function oneStylesheet(): Plugin {
  let srcDir = '';
  return {
    name: 'cz-one-stylesheet',
    // Pages are rendered by the prerender environment; its CSS chunks become the pages' stylesheets.
    configEnvironment(name) {
      if (name !== 'prerender') return undefined;
      return { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'site', test: CSS_MODULE }] } } } } };
    },
    configResolved(config) {
      srcDir = join(config.root, 'src');
    },
    resolveId: {
      filter: { id: /^virtual:cz\/stylesheet-digest$/ },
      handler: () => RESOLVED_DIGEST_MODULE,
    },
    load: {
      filter: { id: /^\0virtual:cz\/stylesheet-digest$/ },
      handler: () => `export default ${JSON.stringify(stylesheetDigest(srcDir))};\n`,
    },
  };
}
