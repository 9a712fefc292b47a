// `npm run build` with nothing changed since its last successful build skips astro and Pagefind and leaves
// dist/ as it was (scripts/build/last-build.ts, issue 17), and never hands back a stale dist/: an edited
// article, a deleted or edited file of dist/ each make the next build build again. On the seeds, in a private
// copy of the project (its own ingest, astro and search caches).
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnvironment, copyProject, PROJECT_ROOT } from '../site/build-site.ts';
import { listFiles } from '../site/links.ts';
import { compareTrees, isSame } from './same-bytes.ts';

const root = mkdtempSync(join(tmpdir(), 'cz-build-skip-'));
const project = join(root, 'project');
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function build(...args: string[]): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['scripts/build.ts', ...args], {
      cwd: project,
      env: buildEnvironment({ BASE_PATH: '/', SITE_URL: 'https://example.org' }),
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout.replace(/\u001b\[[0-9;]*m/g, '');
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`build ${args.join(' ')} failed:\n${`${stdout}\n${stderr}`.split('\n').slice(-30).join('\n')}`);
  }
}

const skipped = (log: string) => /build: nothing changed since the last build .*dist\/ kept/.test(log) && !/astro build/.test(log);
const rebuilt = (log: string) => /build: astro build done/.test(log) && /build: (pagefind indexed|search index of)/.test(log);

/** Every file of dist/ with its modification time: a skipped build must not even touch them. */
function times(dist: string): Map<string, number> {
  return new Map(listFiles(dist).map((f) => [f, statSync(join(dist, f)).mtimeMs]));
}

describe('npm run build when nothing changed', () => {
  it('skips astro and Pagefind, keeps dist/ byte for byte, and builds again after any change to the inputs or to dist/', async () => {
    copyProject(project);
    cpSync(join(PROJECT_ROOT, 'seeds'), join(project, 'seeds'), { recursive: true });
    const dist = join(project, 'dist');

    expect(rebuilt(await build())).toBe(true);
    const kept = join(root, 'first-dist');
    cpSync(dist, kept, { recursive: true });
    const before = times(dist);

    const again = await build();
    expect(skipped(again), again).toBe(true);
    expect(isSame(compareTrees(dist, kept))).toBe(true);
    expect(times(dist)).toEqual(before);

    // An editor's fix of an article: built again, and the page shows it.
    const id = 'jiu-ye-shi-min-sheng-zhi-ben';
    const article = join(project, 'content/articles/zh', `${id}.md`);
    writeFileSync(article, readFileSync(article, 'utf8').replace(/\n\n([^\n#<][^\n]*。)\n/, '\n\n$1（补记）\n'));
    const afterEdit = await build();
    expect(afterEdit).toMatch(/build: building \(changed since the last build: content\/\)/);
    expect(rebuilt(afterEdit)).toBe(true);
    expect(readFileSync(join(dist, 'zh/articles', id, 'index.html'), 'utf8')).toContain('（补记）');
    expect(skipped(await build())).toBe(true);

    // dist/ tampered with: a page deleted, another edited (same length). Each time the build restores it.
    const page = join(dist, 'zh/index.html');
    const home = readFileSync(page);
    rmSync(page);
    const afterDelete = await build();
    expect(afterDelete).toMatch(/build: building \(dist\/ is not as the last build left it/);
    expect(rebuilt(afterDelete)).toBe(true);
    expect(readFileSync(page)).toEqual(home);

    const css = listFiles(dist).find((f) => f.startsWith('_astro/') && f.endsWith('.css'));
    expect(css).toBeDefined();
    const cssFile = join(dist, css!);
    const original = readFileSync(cssFile);
    writeFileSync(cssFile, Buffer.from(original.toString('latin1').replace(/[a-z]/, 'z'), 'latin1'));
    expect(readFileSync(cssFile).length).toBe(original.length);
    expect(rebuilt(await build())).toBe(true);
    expect(readFileSync(cssFile)).toEqual(original);

    // --force builds even so.
    expect(rebuilt(await build('--force'))).toBe(true);
  }, 600_000);
});
