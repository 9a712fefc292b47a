import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { byteOrder, hashFiles, listFiles, sumsText, treeHash } from './hashing.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cz-hashing-'));
  // Names as the site has them, plus ones whose order differs between locales and byte order.
  for (const file of ['zh/index.html', 'zh-x/a.txt', 'Z.txt', 'a.txt', '_astro/x.css', '壶关县.txt']) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), `${file}\n就业是民生之本。\n`);
  }
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('listFiles', () => {
  it('lists every file (no folders) in byte order, the order LC_ALL=C sort gives', async () => {
    const files = await listFiles(dir);
    expect(files).toEqual(['Z.txt', '_astro/x.css', 'a.txt', 'zh-x/a.txt', 'zh/index.html', '壶关县.txt']);
    const sorted = execFileSync('sh', ['-c', 'find . -type f | sed "s|^./||" | LC_ALL=C sort'], { cwd: dir, encoding: 'utf8' });
    expect(files).toEqual(sorted.trim().split('\n'));
    expect(byteOrder('zh-x', 'zh/')).toBeLessThan(0);
  });
});

describe('sumsText and treeHash', () => {
  it('writes what sha256sum writes, so sha256sum -c reads it', async () => {
    const files = await hashFiles(dir, await listFiles(dir));
    const expected = execFileSync('sh', ['-c', 'find . -type f | sed "s|^./||" | LC_ALL=C sort | xargs -d "\\n" sha256sum'], { cwd: dir, encoding: 'utf8' });
    expect(sumsText(files)).toBe(expected);
    writeFileSync(join(dir, 'SUMS'), sumsText(files));
    expect(execFileSync('sha256sum', ['-c', '--quiet', 'SUMS'], { cwd: dir, encoding: 'utf8' })).toBe('');
  });

  it('hashes a folder as `find <label> -type f | LC_ALL=C sort | xargs sha256sum | sha256sum` does', async () => {
    const parent = join(dir, '..');
    const label = dir.slice(parent.length + 1);
    const shell = execFileSync('sh', ['-c', `find ${label} -type f | LC_ALL=C sort | xargs -d "\\n" sha256sum | sha256sum`], { cwd: parent, encoding: 'utf8' });
    expect(await treeHash(dir, label)).toEqual({ files: 6, sha256: shell.split(' ')[0] });
  });
});
