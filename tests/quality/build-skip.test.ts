// `npm run build` with nothing changed since its last successful build skips astro and Pagefind and leaves
// dist/ as it was (scripts/build/last-build.ts, issue 17), and never hands back a stale dist/: an edited
// article, a deleted or edited file of dist/ each make the next build build again. After an edit it builds
// into the dist/ it left (scripts/build/keep-dist.ts), and the result is byte for byte a build from scratch of
// the edited content, even when an article was drafted away and its address redirected. On the seeds, in
// private copies of the project (their own ingest, astro and search caches).
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
afterAll(() => rmSync(root, { recursive: true, force: true }), 120_000); // a big tree, on a busy machine

const build = (...args: string[]) => buildIn(project, ...args);

async function buildIn(cwd: string, ...args: string[]): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['scripts/build.ts', ...args], {
      cwd,
      env: buildEnvironment({ BASE_PATH: '/', SITE_URL: 'https://example.org' }),
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout.replace(/\u001b\[[0-9;]*m/g, '');
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`build ${args.join(' ')} failed:\n${`${stdout}\n${stderr}`.split('\n').slice(-30).join('\n')}`);
  }
}

/**
 * The edits, made the same way in the rebuilt project and the clean one: a paragraph added to one article;
 * another drafted, its old address redirected to a third (content/redirects.yaml).
 */
function editContent(dir: string): { id: string; drafted: string } {
  const zh = (name: string) => join(dir, 'content/articles/zh', `${name}.md`);
  const id = 'jiu-ye-shi-min-sheng-zhi-ben';
  writeFileSync(zh(id), readFileSync(zh(id), 'utf8').replace(/\n\n([^\n#<][^\n]*。)\n/, '\n\n$1（补记）\n'));
  const drafted = 'ba-min-sheng-yuan-jing-hui-cheng';
  writeFileSync(zh(drafted), readFileSync(zh(drafted), 'utf8').replace(/^(title: .*)$/m, '$1\ndraft: true'));
  const redirects = join(dir, 'content/redirects.yaml');
  writeFileSync(redirects, `${readFileSync(redirects, 'utf8').trimEnd()}\n${drafted}: ${id}\n`);
  return { id, drafted };
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

    const first = await build();
    expect(rebuilt(first)).toBe(true);
    // Astro told the routes it rendered (src/lib/build-progress.ts), the reports' before the archive's, so their
    // search index began beside it (build/index-ahead.ts): a change of Astro's route order or middleware shows here.
    expect(first).toMatch(/build: the reports' search index began [\d.]+ s before astro ended and took [\d.]+ s \(indexed /);
    const kept = join(root, 'first-dist');
    cpSync(dist, kept, { recursive: true });
    const before = times(dist);

    const again = await build();
    expect(skipped(again), again).toBe(true);
    expect(isSame(compareTrees(dist, kept))).toBe(true);
    expect(times(dist)).toEqual(before);

    // An editor's fix of an article, another article drafted and its address sent to a third: built again into
    // the kept dist/, the page shows the fix, the drafted one's pages are redirects, and dist/ is a clean build's.
    const { id, drafted } = editContent(project);
    const afterEdit = await build();
    expect(afterEdit).toMatch(/build: building \(changed since the last build: content\/\)/);
    expect(afterEdit).toMatch(/build: dist\/ kept for astro: \d+ pages/);
    expect(rebuilt(afterEdit)).toBe(true);
    expect(readFileSync(join(dist, 'zh/articles', id, 'index.html'), 'utf8')).toContain('（补记）');
    expect(readFileSync(join(dist, 'zh/articles', drafted, 'index.html'), 'utf8')).toMatch(/http-equiv="refresh"/i);
    expect(listFiles(dist).some((f) => f.startsWith(`data/articles/${drafted}.csv`))).toBe(false);
    const clean = join(root, 'clean');
    copyProject(clean);
    cpSync(join(PROJECT_ROOT, 'seeds'), join(clean, 'seeds'), { recursive: true });
    editContent(clean);
    await buildIn(clean);
    const diff = compareTrees(dist, join(clean, 'dist'));
    expect(isSame(diff), JSON.stringify(diff).slice(0, 500)).toBe(true);
    expect(skipped(await build())).toBe(true);

    // dist/ tampered with: a page deleted, another edited (same length). Each time the build restores it.
    const page = join(dist, 'zh/index.html');
    const home = readFileSync(page);
    rmSync(page);
    const afterDelete = await build();
    expect(afterDelete).toMatch(/build: building \(dist\/ is not as the last build left it/);
    expect(afterDelete).not.toMatch(/dist\/ kept/); // a dist/ touched since is emptied and built whole
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
