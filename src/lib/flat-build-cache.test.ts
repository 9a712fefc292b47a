// flat-build-cache.ts: Astro's incremental cache on one file a page in 256 folders instead of a folder a page.
// The installed Astro's class must still have the form the replacement relies on (an upgrade that changes it
// fails here, not silently in a build), the methods must cache, restore and prune the same bytes Astro's do,
// a copy is restored only when the last build to write the manifest finished on this layout, and a class of
// another form is left as it is.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  astroCacheClass,
  FLAT_DIR,
  flatCachedFile,
  flatMethods,
  hasExpectedForm,
  MANIFEST_FILE,
  METHODS,
  recordingManifest,
  useFlatLayout,
} from './flat-build-cache.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cz-flat-cache-'));
  dirs.push(dir);
  return dir;
}

/** A cache folder, and one build on it: the methods called on one object, as Astro calls them on its cache. */
function cacheFolder() {
  const root = tempDir();
  const settings = { config: { cacheDir: pathToFileURL(`${root}/cache/`) } };
  const build = () => {
    const cache = {};
    let manifest = 0;
    return {
      write: (page: string, body: string | Buffer) => flatMethods.writeOutputFile.call(cache, settings, page, body),
      restore: (page: string, to: string) => flatMethods.restoreOutputFile.call(cache, settings, page, pathToFileURL(join(root, to))),
      prune: (page: string) => flatMethods.deleteOutputFile.call(cache, settings, page),
      // Astro's writeManifest writes the keys of the build; a new text each build.
      finish: () =>
        recordingManifest(() => {
          mkdirSync(join(root, 'cache'), { recursive: true });
          writeFileSync(join(root, 'cache', MANIFEST_FILE), `{"build":${Date.now()}${manifest++}}`);
        }).call(cache, settings),
    };
  };
  return { root, settings, build };
}

describe('flat build cache', () => {
  it('finds the installed Astro class in the form it replaces (three methods, the only uses of the cached path)', () => {
    const cacheClass = astroCacheClass();
    expect(cacheClass).toBeDefined();
    expect(hasExpectedForm(cacheClass!)).toBe(true);
  });

  it('names a cached page by its output path, in one of 256 folders, never a folder a page', () => {
    const cacheDir = pathToFileURL(`${tempDir()}/`);
    const a = flatCachedFile(cacheDir, 'zh/articles/a/index.html');
    expect(a.href).toMatch(new RegExp(`/${FLAT_DIR}[0-9a-f]{2}/[0-9a-f]{40}\\.html$`));
    expect(flatCachedFile(cacheDir, 'zh/articles/a/index.html').href).toBe(a.href);
    expect(flatCachedFile(cacheDir, 'en/articles/a/index.html').href).not.toBe(a.href);
  });

  it('caches, restores and prunes the same bytes', async () => {
    const { root, settings, build } = cacheFolder();
    const page = 'zh/articles/甲/index.html';
    const body = Buffer.from('<!doctype html><p>长治</p>');
    const first = build();
    await first.write(page, body);
    await first.write('zh/about/index.html', 'about');
    first.finish();
    expect(readdirSync(join(root, 'cache', FLAT_DIR)).filter((f) => /^[0-9a-f]{2}$/.test(f)).length).toBe(2);

    const second = build();
    expect(await second.restore(page, 'dist/zh/articles/甲/index.html')).toBe(true);
    expect(readFileSync(join(root, 'dist/zh/articles/甲/index.html'))).toEqual(body);
    // A cached copy is its own file: editing the page in dist/ leaves the cache as the build wrote it.
    writeFileSync(join(root, 'dist/zh/articles/甲/index.html'), 'edited');
    expect(await second.restore(page, 'dist2/index.html')).toBe(true);
    expect(readFileSync(join(root, 'dist2/index.html'))).toEqual(body);

    await second.prune(page);
    expect(existsSync(flatCachedFile(settings.config.cacheDir, page))).toBe(false);
    await second.prune(page); // pruning a missing copy is not an error, as with Astro's rm({ force })
    second.finish();
    expect(await build().restore(page, 'dist3/index.html')).toBe(false);
  });

  it('restores nothing after a build that stopped, or a manifest another layout wrote, and removes that layout once', async () => {
    const { root, build } = cacheFolder();
    const page = 'zh/about/index.html';
    const first = build();
    await first.write(page, 'first');
    first.finish();

    // A build that rewrote a copy and stopped before its manifest: the copy may not be what the manifest's keys say.
    await build().write(page, 'stopped');
    expect(await build().restore(page, 'a/index.html')).toBe(false);
    const third = build();
    await third.write(page, 'third');
    third.finish();
    expect(await build().restore(page, 'b/index.html')).toBe(true);

    // Astro's own layout (an older checkout) wrote the manifest last: the flat copies are not trusted.
    mkdirSync(join(root, 'cache', 'dist', 'zh', 'about'), { recursive: true });
    writeFileSync(join(root, 'cache', 'dist', 'zh', 'about', 'index.html'), 'old layout');
    writeFileSync(join(root, 'cache', MANIFEST_FILE), '{"layout":"astro"}');
    const fourth = build();
    expect(await fourth.restore(page, 'c/index.html')).toBe(false);
    await fourth.write(page, 'fourth');
    fourth.finish();
    expect(existsSync(join(root, 'cache', 'dist'))).toBe(false);
    expect(await build().restore(page, 'd/index.html')).toBe(true);
    expect(readFileSync(join(root, 'd/index.html'), 'utf8')).toBe('fourth');
  });

  it('leaves a class of another form untouched', () => {
    const original = async () => undefined;
    class Other {
      writeOutputFile = original;
    }
    expect(useFlatLayout(Other as never)).toBe(false);

    const source = (extra: string) =>
      // A class whose methods use the cached path, and one more use: a fourth method reaching a cached file.
      new Function(
        'getCachedOutputFile',
        `return class { ${METHODS.map((m) => `async ${m}(s, o) { return getCachedOutputFile(s, o); }`).join(' ')} writeManifest() {} ${extra} }`,
      )(() => undefined);
    const fourUses = source('hasOutputFile(s, o) { return getCachedOutputFile(s, o); }');
    const before = fourUses.prototype.writeOutputFile;
    expect(useFlatLayout(fourUses)).toBe(false);
    expect(fourUses.prototype.writeOutputFile).toBe(before);
    const threeUses = source('');
    expect(useFlatLayout(threeUses)).toBe(true);
    expect(threeUses.prototype.writeOutputFile).toBe(flatMethods.writeOutputFile);
    expect(useFlatLayout(threeUses)).toBe(false); // once only: a second call finds Astro's methods gone
  });
});
