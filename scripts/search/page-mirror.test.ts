import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syncMirror } from './page-mirror.ts';

const root = mkdtempSync(join(tmpdir(), 'cz-page-mirror-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const site = join(root, 'dist');
const mirror = join(root, 'mirror');

function write(file: string, text: string): void {
  mkdirSync(dirname(join(site, file)), { recursive: true });
  writeFileSync(join(site, file), text);
}
const ino = (path: string) => statSync(path).ino;

describe('the mirror a group is indexed from', () => {
  it('holds exactly the group’s pages, each the site’s own file, and redoes only what changed', () => {
    write('zh/articles/a/index.html', 'a');
    write('zh/articles/b/index.html', 'b');
    write('zh/articles/c/index.html', 'c');
    expect(syncMirror(site, ['zh/articles/a/index.html', 'zh/articles/b/index.html'], mirror)).toEqual({ linked: 2, removed: 0 });
    expect(ino(join(mirror, 'zh/articles/a/index.html'))).toBe(ino(join(site, 'zh/articles/a/index.html')));
    expect(existsSync(join(mirror, 'zh/articles/c'))).toBe(false);

    // Nothing changed: nothing done. A page rewritten in place is already seen through its link.
    writeFileSync(join(site, 'zh/articles/a/index.html'), 'a, corrected');
    expect(syncMirror(site, ['zh/articles/a/index.html', 'zh/articles/b/index.html'], mirror)).toEqual({ linked: 0, removed: 0 });
    expect(readFileSync(join(mirror, 'zh/articles/a/index.html'), 'utf8')).toBe('a, corrected');

    // A page replaced by a new file (a build into an emptied dist/) is linked anew; a page gone from the group goes.
    rmSync(join(site, 'zh/articles/b/index.html'));
    write('zh/articles/b/index.html', 'b again');
    expect(syncMirror(site, ['zh/articles/b/index.html', 'zh/articles/c/index.html'], mirror)).toEqual({ linked: 2, removed: 1 });
    expect(readFileSync(join(mirror, 'zh/articles/b/index.html'), 'utf8')).toBe('b again');
    expect(existsSync(join(mirror, 'zh/articles/a'))).toBe(false);

    // Something else in the mirror (left by hand, or by an older build) is not indexed.
    mkdirSync(join(mirror, 'stray'), { recursive: true });
    writeFileSync(join(mirror, 'stray/index.html'), 'stray');
    expect(syncMirror(site, ['zh/articles/b/index.html', 'zh/articles/c/index.html'], mirror)).toEqual({ linked: 0, removed: 1 });
    expect(existsSync(join(mirror, 'stray'))).toBe(false);
  });
});
