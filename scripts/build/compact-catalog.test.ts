// The compact catalog's writer on a copy of the project's content/: one record per published report with the
// words its file gives, the notes reused for unchanged files, a file Astro would name otherwise sending every
// shard back to the whole archive, and a broken file named.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFrontmatter } from '../ingest/frontmatter.ts';
import type { CompactCatalog } from '../../src/lib/content/compact-catalog.ts';
import { CompactCatalogError, compactCatalogText, writeCompactCatalog } from './compact-catalog.ts';

let root: string;
const notes = () => join(root, 'notes.json');
const read = (text: string) => JSON.parse(text) as CompactCatalog;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cz-compact-'));
  cpSync('content/articles', join(root, 'content/articles'), { recursive: true });
  cpSync('content/figures', join(root, 'content/figures'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('compactCatalogText', () => {
  it('has a record per published Chinese report with its title, year and figure count from its files', () => {
    const zh = readdirSync(join(root, 'content/articles/zh')).map((f) => [f, readFrontmatter(readFileSync(join(root, 'content/articles/zh', f), 'utf8'))!] as const);
    const published = zh.filter(([, d]) => d.draft !== true);
    const compact = read(compactCatalogText(root, null).text);
    expect(compact.articles).toHaveLength(published.length);
    for (const [file, data] of published) {
      const record = compact.articles.find((a) => a.zh.path === `content/articles/zh/${file}`)!;
      expect(record.zh.title).toBe(data.title);
      expect(record.year).toBe(data.year);
      // The figure file's records and those the frontmatter lists.
      const figureFile = join(root, 'content/figures', `${record.id}.json`);
      const inFile = readdirSync(join(root, 'content/figures')).includes(`${record.id}.json`) ? (JSON.parse(readFileSync(figureFile, 'utf8')) as unknown[]) : [];
      expect(record.figures).toBe(inFile.length + (Array.isArray(data.figures) ? data.figures.length : 0));
    }
    // Newest first, as the catalog orders them.
    const years = compact.articles.map((a) => a.year ?? -Infinity);
    expect([...years].sort((a, b) => b - a)).toEqual(years);
  });

  it('parses only the files changed since its notes, with the same result as from scratch', () => {
    const first = compactCatalogText(root, notes());
    expect(first.read).toBeGreaterThan(10);
    expect(compactCatalogText(root, notes())).toEqual({ ...first, read: 0 });
    const file = join(root, 'content/articles/zh', readdirSync(join(root, 'content/articles/zh')).sort()[0]!);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: "(.*)"$/m, 'title: "$1（修订）"'));
    const again = compactCatalogText(root, notes());
    expect(again.read).toBe(1);
    expect(again.text).toContain('（修订）');
    expect(again.text).toBe(compactCatalogText(root, null).text);
  });

  it('sends every shard to the whole archive when a file without an id has a name Astro would slug', () => {
    expect(read(compactCatalogText(root, null).text).whole).toBeUndefined();
    const dir = join(root, 'content/articles/zh');
    const name = readdirSync(dir).sort()[0]!;
    const text = readFileSync(join(dir, name), 'utf8').replace(/^id: .*\n/m, '');
    rmSync(join(dir, name));
    writeFileSync(join(dir, 'Upper Case.md'), text);
    expect(read(compactCatalogText(root, null).text).whole).toBe(true);
  });

  it('names a file whose frontmatter the schema refuses', () => {
    const file = join(root, 'content/articles/zh', readdirSync(join(root, 'content/articles/zh')).sort()[0]!);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^lang: .*$/m, 'lang: "fr"'));
    expect(() => compactCatalogText(root, null)).toThrow(CompactCatalogError);
    expect(() => compactCatalogText(root, null)).toThrow(/content\/articles\/zh\/.*lang/);
  });
});

describe('writeCompactCatalog', () => {
  it('writes the file once and leaves it alone while its bytes would not change', () => {
    const first = writeCompactCatalog(root, 'catalog.json');
    expect(first.written).toBe(true);
    expect(readFileSync(join(root, 'catalog.json'), 'utf8')).toBe(compactCatalogText(root, null).text);
    expect(writeCompactCatalog(root, 'catalog.json').written).toBe(false);
  });
});
