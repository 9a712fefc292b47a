import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { memoEnabled, memoOnDisk } from './build-memo.ts';

const dir = mkdtempSync(join(tmpdir(), 'cz-memo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in for the built chunk that calls: its bytes are part of the key. */
function chunk(name: string, code: string): string {
  const path = join(dir, name);
  writeFileSync(path, code);
  return pathToFileURL(path).href;
}

describe('memoOnDisk', () => {
  it('computes once per key and reads the kept value back, until the inputs or the code change', async () => {
    const code = chunk('site-csvs_AbC123.mjs', 'export const x = 1;');
    let runs = 0;
    const compute = () => ({ files: [{ name: 'a', text: `run ${++runs}` }] });
    const memo = (inputs: unknown, url = code) => memoOnDisk('charts', url, inputs, compute, { dir, enabled: true });
    expect(await memo({ archive: 'd1' })).toEqual({ files: [{ name: 'a', text: 'run 1' }] });
    expect(await memo({ archive: 'd1' })).toEqual({ files: [{ name: 'a', text: 'run 1' }] });
    expect(runs).toBe(1);
    expect(await memo({ archive: 'd2' })).toEqual({ files: [{ name: 'a', text: 'run 2' }] });
    writeFileSync(new URL(code), 'export const x = 2;');
    expect(await memo({ archive: 'd2' })).toEqual({ files: [{ name: 'a', text: 'run 3' }] });
    expect(JSON.parse(readFileSync(join(dir, 'charts.json'), 'utf8')).value.files[0].text).toBe('run 3');
  });

  it('computes every time when off, and is off outside a production build of built JavaScript', async () => {
    let runs = 0;
    const off = () => memoOnDisk('off', chunk('x.mjs', ''), 1, () => ++runs, { dir, enabled: false });
    expect([await off(), await off()]).toEqual([1, 2]);
    const built = pathToFileURL(join(dir, 'chunks', 'site-csvs_AbC123.mjs')).href;
    expect(memoEnabled(built, true, {})).toBe(true);
    expect(memoEnabled(built, true, { CZ_BUILD_MEMO: '0' })).toBe(false);
    expect(memoEnabled(built, false, {})).toBe(false);
    expect(memoEnabled(pathToFileURL('/work/src/components/charts/site-csvs.ts').href, true, {})).toBe(false);
  });
});
