// Two builds of the same sources are byte-for-byte the same: no build time, random id or file-system
// order leaks into dist/. The second build has its own name, so build-site.ts builds it from scratch
// in another folder (a different absolute path too, which catches paths leaking into the output)
// rather than handing back the first from its cache. It also renders one page at a time where the site renders
// PAGES_AT_ONCE (src/lib/build-progress.ts): pages rendered side by side must not change a byte.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../site/build-site.ts';
import { compareTrees, describeDifference, isSame } from './same-bytes.ts';

describe('compareTrees on hand-made folders', () => {
  const root = mkdtempSync(join(tmpdir(), 'same-bytes-'));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('finds the changed, missing and extra files and shows the first differing bytes', () => {
    write('a/index.html', '<p>same</p>');
    write('b/index.html', '<p>same</p>');
    write('a/zh/index.html', '<footer>built 2025-01-01T10:00:00Z</footer>');
    write('b/zh/index.html', '<footer>built 2025-01-01T10:00:07Z</footer>');
    write('a/old.css', 'x');
    write('b/new.css', 'x');
    const diff = compareTrees(join(root, 'a'), join(root, 'b'));
    expect(diff).toEqual({ onlyInFirst: ['old.css'], onlyInSecond: ['new.css'], changed: ['zh/index.html'] });
    expect(isSame(diff)).toBe(false);
    const message = describeDifference(diff, join(root, 'a'), join(root, 'b'));
    expect(message).toContain('zh/index.html: first difference at byte 32');
    expect(message).toContain('10:00:00Z');
    expect(message).toContain('10:00:07Z');
  });

  it('calls identical folders the same', () => {
    write('c/x.txt', '长治');
    write('d/x.txt', '长治');
    expect(isSame(compareTrees(join(root, 'c'), join(root, 'd')))).toBe(true);
  });
});

/** Sets astro's build.concurrency of a project copy to 1; fails when the config no longer says PAGES_AT_ONCE. */
function oneAtATime(project: string): void {
  const config = `${project}/astro.config.mjs`;
  const text = readFileSync(config, 'utf8');
  const changed = text.replace('concurrency: PAGES_AT_ONCE', 'concurrency: 1');
  if (changed === text) throw new Error('astro.config.mjs: no `concurrency: PAGES_AT_ONCE` to set to 1');
  writeFileSync(config, changed);
}

describe('the site build', () => {
  it('gives byte-for-byte the same dist/ twice, the second one page at a time (every file, sha256)', async () => {
    const first = await buildSite({ name: 'root' });
    const second = await buildSite({ name: 'reproducible-second', editProject: oneAtATime });
    expect(first.distDir).not.toBe(second.distDir);
    const diff = compareTrees(first.distDir, second.distDir);
    expect(isSame(diff), describeDifference(diff, first.distDir, second.distDir)).toBe(true);
  }, 900_000);
});
