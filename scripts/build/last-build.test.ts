import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ASTRO_MANIFEST } from './keep-dist.ts';
import { checkLastBuild, forgetLastBuild, inputsFingerprint, LAST_BUILD_FILE, recordLastBuild } from './last-build.ts';

let root: string;

function write(path: string, text: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** A tiny project that has been built once: inputs, a dist/ and the record of that build. */
function builtProject(env: NodeJS.ProcessEnv = {}): Record<string, string> {
  write('content/articles/zh/a.md', '---\ntitle: "甲"\n---\n\n正文。\n');
  write('content/figures/a.json', '[]\n');
  write('src/pages/index.astro', '<p>hi</p>\n');
  write('astro.config.mjs', 'export default {};\n');
  write('dist/index.html', '<p>hi</p>\n');
  write('dist/zh/articles/a/index.html', '<p>甲</p>\n');
  const inputs = inputsFingerprint(root, env, 'v24.0.0');
  recordLastBuild(root, 'dist', inputs);
  return inputs;
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cz-last-build-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the last build', () => {
  it('is current when nothing it read changed and dist/ is as it left it', () => {
    const inputs = builtProject();
    const verdict = checkLastBuild(root, 'dist', inputsFingerprint(root, {}, 'v24.0.0'));
    expect(verdict.upToDate).toBe(true);
    if (verdict.upToDate) expect(verdict.record.inputs).toEqual(inputs);
  });

  it('is not current without a record, or after it was forgotten (a build started and may have failed)', () => {
    write('content/a.md', 'x');
    expect(checkLastBuild(root, 'dist', inputsFingerprint(root)).upToDate).toBe(false);
    builtProject();
    forgetLastBuild(root);
    expect(checkLastBuild(root, 'dist', inputsFingerprint(root, {}, 'v24.0.0'))).toEqual({ upToDate: false, why: 'no record of a finished build', distIntact: false });
  });

  it('names the part that changed: an article, the code, a new file, the environment, Node', () => {
    builtProject({ SITE_URL: 'https://a.example' });
    const check = (env: NodeJS.ProcessEnv = { SITE_URL: 'https://a.example' }, node = 'v24.0.0') => checkLastBuild(root, 'dist', inputsFingerprint(root, env, node));
    expect(check().upToDate).toBe(true);

    write('content/articles/zh/a.md', '---\ntitle: "甲"\n---\n\n正文！\n'); // same length, one character changed
    expect(check()).toEqual({ upToDate: false, why: 'changed since the last build: content/', distIntact: true });
    write('content/articles/zh/a.md', '---\ntitle: "甲"\n---\n\n正文。\n');
    expect(check().upToDate).toBe(true);

    write('src/lib/new.ts', 'export {};\n');
    expect(check()).toMatchObject({ upToDate: false, why: 'changed since the last build: src/' });
    rmSync(join(root, 'src/lib/new.ts'));
    expect(check().upToDate).toBe(true);

    expect(check({ SITE_URL: 'https://b.example' })).toMatchObject({ why: expect.stringContaining('environment') });
    expect(check({ SITE_URL: 'https://a.example', CZ_YEAR_GROUP_MIN: '1' })).toMatchObject({ upToDate: false });
    expect(check({ SITE_URL: 'https://a.example', HOME: '/elsewhere' }).upToDate).toBe(true); // not read by the build
    expect(check(undefined, 'v24.1.0')).toMatchObject({ why: expect.stringContaining('Node') });

    write('.env.production', 'PUBLIC_X=1\n');
    expect(check()).toMatchObject({ why: expect.stringContaining('config') });
  });

  it('is not current when a file of dist/ was deleted, added, edited or replaced', () => {
    const cases: [string, () => void][] = [
      ['deleted', () => rmSync(join(root, 'dist/zh/articles/a/index.html'))],
      ['added', () => write('dist/stray.html', 'x')],
      // Same length: only its modification time tells.
      ['edited', () => write('dist/index.html', '<p>ho</p>\n')],
      ['replaced', () => writeFileSync(join(root, 'dist/index.html'), readFileSync(join(root, 'dist/index.html')))],
      ['removed', () => rmSync(join(root, 'dist'), { recursive: true })],
    ];
    for (const [what, change] of cases) {
      const inputs = builtProject();
      change();
      const verdict = checkLastBuild(root, 'dist', inputs);
      expect(verdict.upToDate, what).toBe(false);
      expect(verdict, what).toMatchObject({ why: expect.stringMatching(/dist\//), distIntact: false });
    }
  });

  it("lets a rebuild keep dist/ only while dist/ and astro's cache manifest are as the build left them", () => {
    write(ASTRO_MANIFEST, '{"routes":{}}');
    builtProject();
    write('content/articles/zh/b.md', 'new');
    const changed = () => checkLastBuild(root, 'dist', inputsFingerprint(root, {}, 'v24.0.0'));
    expect(changed()).toMatchObject({ upToDate: false, distIntact: true });
    // Another build used astro's cache since (`astro build --outDir elsewhere`): its pages may be newer than dist/'s.
    write(ASTRO_MANIFEST, '{"routes":{"x":{}}}');
    expect(changed()).toMatchObject({ upToDate: false, distIntact: false });
    write(ASTRO_MANIFEST, '{"routes":{}}');
    expect(changed()).toMatchObject({ distIntact: true });
    rmSync(join(root, ASTRO_MANIFEST));
    expect(changed()).toMatchObject({ distIntact: false });
  });

  it('keeps its record outside dist/, and is not current for another output folder', () => {
    const inputs = builtProject();
    expect(LAST_BUILD_FILE.startsWith('node_modules')).toBe(true);
    expect(checkLastBuild(root, 'shards/hub/dist', inputs)).toMatchObject({ upToDate: false });
  });

  it('treats an unreadable record as no record', () => {
    const inputs = builtProject();
    writeFileSync(join(root, LAST_BUILD_FILE), '{ not json');
    expect(checkLastBuild(root, 'dist', inputs)).toEqual({ upToDate: false, why: 'the record of the last build is unreadable', distIntact: false });
  });
});
