// The bundle of many small downloads: unpacked into exactly the files it names, with their bytes; files it no
// longer names removed, unchanged ones left as they are; the bundle itself never left in the output.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleBody, unpackBundle } from './file-bundle.ts';

const BUNDLE = 'data/articles/csv-bundle.json';
const dirs: string[] = [];
function outDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cz-bundle-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function writeBundle(dir: string, files: [string, string][]): void {
  mkdirSync(join(dir, 'data/articles'), { recursive: true });
  writeFileSync(join(dir, BUNDLE), bundleBody(files));
}

describe('unpackBundle', () => {
  it('writes each named file with its exact text and removes the bundle', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z0-9-]{1,12}$/).map((s) => `${s}.csv`), fc.string({ unit: 'binary' })), { selector: ([name]) => name, maxLength: 8 }),
        (files) => {
          const dir = outDir();
          writeBundle(dir, files);
          const unpacked = unpackBundle(dir, BUNDLE)!;
          expect(unpacked.written).toBe(files.length);
          expect(readdirSync(join(dir, 'data/articles')).sort()).toEqual(files.map(([name]) => name).sort());
          for (const [name, text] of files) expect(readFileSync(join(dir, 'data/articles', name), 'utf8')).toBe(text);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('leaves unchanged files untouched, rewrites changed ones and removes the ones no longer named', () => {
    const dir = outDir();
    const folder = join(dir, 'data/articles');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'same.csv'), '\uFEFFa,b\r\n1,2\r\n');
    writeFileSync(join(folder, 'edited.csv'), 'old');
    writeFileSync(join(folder, 'removed.csv'), 'gone');
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(join(folder, 'same.csv'), past, past);
    writeBundle(dir, [['same.csv', '\uFEFFa,b\r\n1,2\r\n'], ['edited.csv', 'new'], ['added.csv', 'x']]);
    expect(unpackBundle(dir, BUNDLE)).toEqual({ written: 2, unchanged: 1, removed: ['removed.csv'] });
    expect(readdirSync(folder).sort()).toEqual(['added.csv', 'edited.csv', 'same.csv']);
    expect(readFileSync(join(folder, 'edited.csv'), 'utf8')).toBe('new');
    expect(statSync(join(folder, 'same.csv')).mtime.getTime()).toBe(past.getTime());
  });

  it('keeps a file whatever its plain name, __proto__ and numbers included', () => {
    const dir = outDir();
    const files: [string, string][] = [['__proto__', 'p'], ['2024', 'y'], ['constructor', 'c']];
    writeBundle(dir, files);
    expect(unpackBundle(dir, BUNDLE)!.written).toBe(3);
    for (const [name, text] of files) expect(readFileSync(join(dir, 'data/articles', name), 'utf8')).toBe(text);
  });

  it('does nothing where the build wrote no bundle (a shard without these files)', () => {
    const dir = outDir();
    mkdirSync(join(dir, 'data/articles'), { recursive: true });
    writeFileSync(join(dir, 'data/articles/kept.csv'), 'k');
    expect(unpackBundle(dir, BUNDLE)).toBeUndefined();
    expect(readdirSync(join(dir, 'data/articles'))).toEqual(['kept.csv']);
  });

  it('refuses a name that would leave the folder, and a bundle that is not an object of texts', () => {
    expect(() => bundleBody([['../index.html', 'x']])).toThrow(/not a plain file name/);
    expect(() => bundleBody([['a.csv', 'x'], ['a.csv', 'y']])).toThrow(/given twice/);
    const dir = outDir();
    mkdirSync(join(dir, 'data/articles'), { recursive: true });
    writeFileSync(join(dir, BUNDLE), JSON.stringify({ 'sub/a.csv': 'x' }));
    expect(() => unpackBundle(dir, BUNDLE)).toThrow(/sub\/a\.csv.*not a plain file name/);
    writeFileSync(join(dir, BUNDLE), JSON.stringify(['a.csv']));
    expect(() => unpackBundle(dir, BUNDLE)).toThrow(/not an object/);
    writeFileSync(join(dir, BUNDLE), JSON.stringify({ 'a.csv': 3 }));
    expect(() => unpackBundle(dir, BUNDLE)).toThrow(/not a file's text/);
  });
});
