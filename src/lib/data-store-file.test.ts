// The build's content store read from its file (data-store-file.ts): the module's code gives the file's data
// and stops a build whose store cannot be read; the plugin loads only Astro's store module, ahead of Astro's
// loader; the integration adds it to `astro build` only; the installed Astro still names the module, the file
// and the incremental build's content-data mark as the plugin expects.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_DATA_META, DATA_STORE_FILE, DATA_STORE_MODULE, dataStoreFile, dataStoreFilePlugin, dataStoreModule } from './data-store-file.ts';

const astroRoot = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
const dir = mkdtempSync(join(tmpdir(), 'cz-data-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the module's code as Node would in the build: its default export as JSON, or its exit and message. */
function runModule(file: string): { status: number | null; stdout: string; stderr: string } {
  const module = join(dir, `store-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(module, dataStoreModule(file));
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', `const m = await import(${JSON.stringify(pathToFileURL(module).href)}); console.log(JSON.stringify(m.default));`], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('dataStoreModule', () => {
  it("gives the file's data, whatever its text holds", () => {
    const data = [{ 'zh/a "b"': 1 }, '供热管网38.1公里', '`${x}` \\ \u2028 </script>', [1, -1, null]];
    const file = join(dir, "it's `a` ${file}.json");
    writeFileSync(file, JSON.stringify(data));
    const run = runModule(file);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(data);
  });

  it('stops the build, naming the file, when the store cannot be read or parsed', () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '[{"half":');
    for (const file of [broken, join(dir, 'missing.json')]) {
      const run = runModule(file);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(file);
      expect(run.stderr).toContain('could not be read');
    }
  });
});

describe('dataStoreFilePlugin', () => {
  const file = join(dir, 'data-store.json');
  writeFileSync(file, '[]');
  const plugin = dataStoreFilePlugin(file);
  const load = plugin.load as { order: string; filter: { id: RegExp }; handler: (id: string) => { code: string; meta: unknown } | null };

  it("loads Astro's store module only, before Astro's own loader, with the content-data mark", () => {
    expect(plugin.enforce).toBe('pre');
    expect(load.order).toBe('pre');
    expect(load.filter.id.test(DATA_STORE_MODULE)).toBe(true);
    for (const other of ['astro:data-layer-content', '\0astro:data-layer-content-chunk:0123456789abcdef.txt.mjs', '\0astro:content', '/x/data-store.json']) {
      expect(load.filter.id.test(other) && load.handler(other)).toBeFalsy();
    }
    const loaded = load.handler(DATA_STORE_MODULE);
    expect(loaded?.code).toBe(dataStoreModule(file));
    expect(loaded?.meta).toEqual(CONTENT_DATA_META);
  });

  it("leaves a build without a store file to Astro's loader", () => {
    expect(dataStoreFilePlugin(join(dir, 'none.json')).load).toBeDefined();
    const none = dataStoreFilePlugin(join(dir, 'none.json')).load as typeof load;
    expect(none.handler(DATA_STORE_MODULE)).toBeNull();
  });
});

describe('dataStoreFile', () => {
  const setup = (command: string, experimental: object = {}) => {
    const added: unknown[] = [];
    const hook = (dataStoreFile() as AstroIntegration).hooks['astro:config:setup'] as (o: object) => void;
    hook({ command, config: { cacheDir: pathToFileURL(`${dir}/cache/`), experimental }, updateConfig: (c: { vite: { plugins: unknown[] } }) => added.push(...c.vite.plugins) });
    return added as ReturnType<typeof dataStoreFilePlugin>[];
  };

  it("adds the plugin to astro build, reading the store under Astro's cacheDir", () => {
    const [plugin] = setup('build');
    expect(plugin?.name).toBe('cz-data-store-file');
    const handler = (plugin!.load as { handler: (id: string) => { code: string } | null }).handler;
    expect(handler(DATA_STORE_MODULE)).toBeNull(); // no store written yet: Astro's loader
    mkdirSync(join(dir, 'cache'));
    writeFileSync(join(dir, 'cache', DATA_STORE_FILE), '[]');
    expect(handler(DATA_STORE_MODULE)?.code).toBe(dataStoreModule(join(dir, 'cache', DATA_STORE_FILE)));
  });

  it('leaves astro dev and a chunked store alone', () => {
    expect(setup('dev')).toEqual([]);
    expect(setup('build', { collectionStorage: 'chunked' })).toEqual([]);
    expect(setup('build', { collectionStorage: 'single-file' })).toHaveLength(1);
  });
});

describe('the installed Astro', () => {
  it('names the store module and its build file as the plugin expects, and loads it as JSON.parse of the file', () => {
    const consts = readFileSync(join(astroRoot, 'dist', 'content', 'consts.js'), 'utf8');
    expect(consts).toContain(`const DATA_STORE_VIRTUAL_ID = "${DATA_STORE_MODULE.slice(1)}";`);
    expect(consts).toContain('const RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID;');
    expect(consts).toContain(`const DATA_STORE_FILE = "${DATA_STORE_FILE}";`);
    const paths = readFileSync(join(astroRoot, 'dist', 'content', 'paths.js'), 'utf8');
    expect(paths).toMatch(/new URL\(DATA_STORE_FILE, isDev \? settings\.dotAstroDir : settings\.config\.cacheDir\)/);
    const plugin = readFileSync(join(astroRoot, 'dist', 'content', 'vite-plugin-content-virtual-mod.js'), 'utf8');
    expect(plugin).toContain('code: `export default JSON.parse(${JSON.stringify(jsonData)})`');
  });

  it("marks content data for the incremental build as the plugin's module is marked", async () => {
    const url = pathToFileURL(join(astroRoot, 'dist', 'core', 'build', 'incremental-metadata.js')).href;
    const { createContentDataIncrementalMetadata, isContentDataIncrementalModule } = await import(url);
    expect(createContentDataIncrementalMetadata()).toEqual(CONTENT_DATA_META);
    expect(isContentDataIncrementalModule({ meta: CONTENT_DATA_META })).toBe(true);
  });
});
