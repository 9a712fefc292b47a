// The bundle of many small downloads: unpacked into exactly the files it names, with their bytes; files it no
// longer names removed, unchanged ones left as they are; the bundle itself never left in the output. With notes
// kept between builds, the same bundle over the same files reads none of them, and any other case is unpacked
// as without notes.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleBody, notesFileOf, unpackBundle } from './file-bundle.ts';

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

describe('unpackBundle with notes', () => {
  const names = fc.constantFrom('a.csv', 'b.csv', 'c.csv', '供热.csv', '__proto__');
  const files = fc.uniqueArray(fc.tuple(names, fc.string({ maxLength: 6 })), { selector: ([name]) => name, maxLength: 4 });
  /** What may happen to the folder between two builds: nothing, a file's bytes, a file removed, one added. */
  const tamper = fc.constantFrom('none', 'edit', 'remove', 'add');

  const contents = (folder: string) => Object.fromEntries(readdirSync(folder).sort().map((name) => [name, readFileSync(join(folder, name), 'utf8')]));

  it('leaves the folder exactly as the bundle says, whatever happened to it since the last unpack', () => {
    fc.assert(
      fc.property(files, files, tamper, (first, second, change) => {
        const dir = outDir();
        const notes = notesFileOf(join(dir, 'cache'), BUNDLE);
        const folder = join(dir, 'data/articles');
        writeBundle(dir, first);
        unpackBundle(dir, BUNDLE, notes);
        const present = readdirSync(folder);
        if (change === 'edit' && present[0]) writeFileSync(join(folder, present[0]), `${readFileSync(join(folder, present[0]), 'utf8')}!`);
        if (change === 'remove' && present[0]) rmSync(join(folder, present[0]));
        if (change === 'add') writeFileSync(join(folder, 'stray.csv'), 's');
        writeBundle(dir, second);
        unpackBundle(dir, BUNDLE, notes);
        expect(contents(folder)).toEqual(Object.fromEntries([...second].sort(([a], [b]) => (a < b ? -1 : 1))));
      }),
      { numRuns: 80 },
    );
  });

  it('reads no file when the bundle and the files are as the last unpack left them', () => {
    const dir = outDir();
    const notes = notesFileOf(join(dir, 'cache'), BUNDLE);
    const folder = join(dir, 'data/articles');
    const files: [string, string][] = [['a.csv', 'one'], ['b.csv', 'two']];
    writeBundle(dir, files);
    expect(unpackBundle(dir, BUNDLE, notes)).toEqual({ written: 2, unchanged: 0, removed: [] });
    // A time set to the second (the notes keep nanoseconds), then noted by an unpack that compares the bytes.
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(join(folder, 'a.csv'), past, past);
    writeBundle(dir, files);
    expect(unpackBundle(dir, BUNDLE, notes)).toEqual({ written: 0, unchanged: 2, removed: [] });
    // Bytes changed behind the notes' back, size and time kept: only a reader of the file could tell.
    writeFileSync(join(folder, 'a.csv'), 'ONE');
    utimesSync(join(folder, 'a.csv'), past, past);
    writeBundle(dir, files);
    expect(unpackBundle(dir, BUNDLE, notes)).toEqual({ written: 0, unchanged: 2, removed: [] });
    expect(readFileSync(join(folder, 'a.csv'), 'utf8')).toBe('ONE');
    expect(readdirSync(folder).sort()).toEqual(['a.csv', 'b.csv']);
    // Without notes the files are read and compared: the bytes come back.
    writeBundle(dir, files);
    expect(unpackBundle(dir, BUNDLE)).toEqual({ written: 1, unchanged: 1, removed: [] });
    expect(readFileSync(join(folder, 'a.csv'), 'utf8')).toBe('one');
  });

  it("keeps each bundle's notes apart, under the cache folder", () => {
    expect(notesFileOf('/c', 'data/articles/csv-bundle.json')).toBe(join('/c', 'cz-file-bundles', 'data__articles__csv-bundle.json.notes.json'));
    expect(notesFileOf('/c', 'data/charts/csv-bundle.json')).not.toBe(notesFileOf('/c', 'data/articles/csv-bundle.json'));
  });
});

