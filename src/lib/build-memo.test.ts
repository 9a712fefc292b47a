import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeDigest, memoEnabled, memoOnDisk } from './build-memo.ts';

const dir = mkdtempSync(join(tmpdir(), 'cz-memo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in project: its src/ is part of every key. */
function project(name: string, code: string): string {
  const root = join(dir, name);
  mkdirSync(join(root, 'src', 'lib'), { recursive: true });
  writeFileSync(join(root, 'src', 'lib', 'x.ts'), code);
  writeFileSync(join(root, 'package.json'), '{}');
  return root;
}

describe('memoOnDisk', () => {
  it('computes once per key and reads the kept value back, until the inputs or the code change', async () => {
    let runs = 0;
    const compute = () => ({ files: [{ name: 'a', text: `run ${++runs}` }] });
    const memo = (inputs: unknown, root: string) => memoOnDisk('charts', inputs, compute, { dir: join(dir, 'memo'), root, enabled: true });
    const one = project('one', 'export const x = 1;');
    expect(await memo({ archive: 'd1' }, one)).toEqual({ files: [{ name: 'a', text: 'run 1' }] });
    expect(await memo({ archive: 'd1' }, one)).toEqual({ files: [{ name: 'a', text: 'run 1' }] });
    expect(runs).toBe(1);
    expect(await memo({ archive: 'd2' }, one)).toEqual({ files: [{ name: 'a', text: 'run 2' }] });
    // The same inputs with other code (another src/ file's bytes): computed again.
    expect(await memo({ archive: 'd2' }, project('two', 'export const x = 2;'))).toEqual({ files: [{ name: 'a', text: 'run 3' }] });
    expect(JSON.parse(readFileSync(join(dir, 'memo', 'charts.json'), 'utf8')).value.files[0].text).toBe('run 3');
  });

  it('digests the code by its files under src/ and the package files', () => {
    const a = project('a', 'export const x = 1;');
    const b = project('b', 'export const x = 1;');
    expect(codeDigest(a)).toBe(codeDigest(b));
    expect(codeDigest(project('c', 'export const x = 3;'))).not.toBe(codeDigest(a));
  });

  it('computes every time when off, and is off outside a production build', async () => {
    let runs = 0;
    const off = () => memoOnDisk('off', 1, () => ++runs, { dir, enabled: false });
    expect([await off(), await off()]).toEqual([1, 2]);
    expect(memoEnabled(true, {})).toBe(true);
    expect(memoEnabled(true, { CZ_BUILD_MEMO: '0' })).toBe(false);
    expect(memoEnabled(false, {})).toBe(false);
  });
});
