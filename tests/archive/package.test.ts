// `npm run package` on a built site: the release unpacks (tar.gz and zip) to exactly the files of dist/,
// `sha256sum -c SHA256SUMS` passes, the manifest lists every file and the build's inputs, and packaging
// the same site twice, even in another time zone, gives byte-identical archives; --warc adds a WARC.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import * as tar from 'tar';
import { WARCParser } from 'warcio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashFiles, listFiles } from '../../scripts/package/hashing.ts';
import type { Manifest } from '../../scripts/package/manifest.ts';
import type { BuiltSite } from '../site/build-site.ts';
import { buildEditorSite } from './fixture-site.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const EPOCH = '1767225600'; // 2026-01-01T00:00:00Z
const NAME = 'changzhi-civic-report-0.1.0-20260101';

let site: BuiltSite;
let work: string;

function packageSite(out: string, env: Record<string, string> = {}): string {
  return execFileSync(process.execPath, [join(ROOT, 'scripts/package/cli.ts'), '--dist', site.distDir, '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH, ...env },
  });
}

beforeAll(async () => {
  site = await buildEditorSite();
  work = mkdtempSync(join(tmpdir(), 'cz-package-'));
  packageSite(join(work, 'a'));
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run package', () => {
  it('writes the two archives, SHA256SUMS, MANIFEST.json and VERIFY.md, named from package.json and the date', async () => {
    await expect(listFiles(join(work, 'a'))).resolves.toEqual(['MANIFEST.json', 'SHA256SUMS', 'VERIFY.md', `${NAME}.tar.gz`, `${NAME}.zip`]);
  });

  it('gives byte-identical archives for the same site, whatever the time zone', () => {
    packageSite(join(work, 'b'), { TZ: 'Asia/Shanghai' });
    for (const file of [`${NAME}.tar.gz`, `${NAME}.zip`, 'SHA256SUMS']) {
      expect(readFileSync(join(work, 'b', file)).equals(readFileSync(join(work, 'a', file))), file).toBe(true);
    }
  });

  it('unpacks from the tar.gz to exactly the files of dist/, with fixed times and no owners', async () => {
    const into = join(work, 'untar');
    mkdirSync(into);
    const entries: { path: string; mtime?: Date; uid?: number; mode?: number }[] = [];
    await tar.list({ file: join(work, 'a', `${NAME}.tar.gz`), onReadEntry: (e) => entries.push({ path: e.path, mtime: e.mtime, uid: e.uid, mode: e.mode }) });
    expect(new Set(entries.map((e) => e.mtime?.toISOString()))).toEqual(new Set(['2026-01-01T00:00:00.000Z']));
    expect(entries.every((e) => !e.uid && e.mode === 0o644)).toBe(true);
    await tar.extract({ file: join(work, 'a', `${NAME}.tar.gz`), cwd: into });
    await expect(hashFiles(join(into, NAME), await listFiles(join(into, NAME)))).resolves.toEqual(await hashFiles(site.distDir, await listFiles(site.distDir)));
  });

  it('unpacks from the zip to exactly the files of dist/', async () => {
    const unzipped = unzipSync(new Uint8Array(readFileSync(join(work, 'a', `${NAME}.zip`))));
    const paths = await listFiles(site.distDir);
    expect(Object.keys(unzipped)).toEqual(paths.map((p) => `${NAME}/${p}`));
    for (const path of paths) expect(Buffer.from(unzipped[`${NAME}/${path}`]!).equals(readFileSync(join(site.distDir, path))), path).toBe(true);
  });

  it('passes sha256sum -c for every file inside and for the archives', () => {
    const into = join(work, 'check');
    execFileSync('cp', ['-r', join(work, 'a'), into]);
    execFileSync('tar', ['-xzf', `${NAME}.tar.gz`], { cwd: into });
    const report = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: into, encoding: 'utf8' });
    const lines = report.trim().split('\n');
    expect(lines.every((l) => l.endsWith(': OK'))).toBe(true);
    expect(lines).toContain(`${NAME}.tar.gz: OK`);
    expect(lines).toContain(`${NAME}.zip: OK`);
    expect(lines).toContain(`${NAME}/index.html: OK`);
  });

  it('records every file, the archives, the inputs and the tools in MANIFEST.json', async () => {
    const manifest = JSON.parse(readFileSync(join(work, 'a', 'MANIFEST.json'), 'utf8')) as Manifest;
    expect(manifest.release).toBe(NAME);
    expect(manifest.date).toBe('2026-01-01T00:00:00.000Z');
    expect(manifest.dateFrom).toBe('SOURCE_DATE_EPOCH');
    expect(manifest.files).toEqual(await hashFiles(site.distDir, await listFiles(site.distDir)));
    expect(manifest.archives.map((a) => a.path)).toEqual([`${NAME}.tar.gz`, `${NAME}.zip`]);
    expect(manifest.inputs.seeds.map((s) => s.path)).toEqual((await listFiles(join(ROOT, 'seeds'))).map((p) => `seeds/${p}`));
    const contentListing = execFileSync('sh', ['-c', 'find content -type f | LC_ALL=C sort | xargs sha256sum | sha256sum'], { cwd: ROOT, encoding: 'utf8' });
    expect(manifest.inputs.content.sha256).toBe(contentListing.split(' ')[0]);
    expect(manifest.inputs.lockfile?.path).toBe('package-lock.json');
    expect(Object.keys(manifest.tools)).toEqual(expect.arrayContaining(['node', 'astro', 'pagefind']));
    expect(readFileSync(join(work, 'a', 'VERIFY.md'), 'utf8')).toContain('sha256sum -c SHA256SUMS');
  });

  it('with --warc also writes the site as a WARC, every file at its address, checked by SHA256SUMS', async () => {
    const out = join(work, 'warc');
    execFileSync(process.execPath, [join(ROOT, 'scripts/package/cli.ts'), '--dist', site.distDir, '--out', out, '--warc'], { cwd: ROOT, env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH } });
    const urls: string[] = [];
    for await (const record of new WARCParser([new Uint8Array(readFileSync(join(out, `${NAME}.warc.gz`)))])) {
      if (record.warcType === 'response') urls.push(record.warcTargetURI!);
    }
    const paths = await listFiles(site.distDir);
    expect(urls).toHaveLength(paths.length);
    expect(urls).toContain(`${site.site}${site.base}zh/articles/jiu-ye-shi-min-sheng-zhi-ben/`);
    expect(readFileSync(join(out, 'SHA256SUMS'), 'utf8')).toContain(`  ${NAME}.warc.gz\n`);
  });

  it('says plainly when there is no built site or no usable date', () => {
    const run = (args: string[], env: Record<string, string>) => {
      try {
        execFileSync(process.execPath, [join(ROOT, 'scripts/package/cli.ts'), ...args], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, ...env } });
        return { status: 0, stderr: '' };
      } catch (error) {
        const e = error as { status: number; stderr: string };
        return { status: e.status, stderr: e.stderr };
      }
    };
    const empty = run(['--dist', join(work, 'nothing-here'), '--out', join(work, 'x')], { SOURCE_DATE_EPOCH: EPOCH });
    expect(empty.status).toBe(1);
    expect(empty.stderr).toMatch(/^package: .*nothing-here holds no built site \(no index\.html\): run `npm run build` first/);
    expect(empty.stderr).not.toContain('    at ');
    const badDate = run(['--dist', site.distDir, '--out', join(work, 'y')], { SOURCE_DATE_EPOCH: 'yesterday' });
    expect(badDate.status).toBe(1);
    expect(badDate.stderr).toContain('SOURCE_DATE_EPOCH=yesterday: write whole seconds since 1970-01-01 UTC');
  });
});
