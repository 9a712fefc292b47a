import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateFrontmatter } from './frontmatter-lines.ts';

const FILE = readFileSync(join(import.meta.dirname, '../../content/articles/zh/jiu-ye-shi-min-sheng-zhi-ben.md'), 'utf8');
const lineOfText = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('locateFrontmatter', () => {
  it('reads an ingested file and finds each field on its line of the file', () => {
    const fm = locateFrontmatter(FILE)!;
    expect(fm.errors).toEqual([]);
    expect((fm.data as { title: string }).title).toBe('就业是民生之本');
    expect(fm.lineOf(['title'])).toBe(lineOfText(FILE, 'title:'));
    expect(fm.lineOf(['topics', 1])).toBe(lineOfText(FILE, 'topics:'));
    expect(fm.lineOf(['source', 'blocks'])).toBe(lineOfText(FILE, 'blocks:'));
    const warnings = (fm.data as { warnings: string[] }).warnings;
    const block56 = warnings.findIndex((w) => w.startsWith('block 56'));
    expect(block56).toBeGreaterThan(0);
    expect(fm.lineOf(['warnings', block56])).toBe(lineOfText(FILE, 'block 56'));
  });

  it("gives a missing field the line of what holds it, and the whole frontmatter the fence's line", () => {
    const fm = locateFrontmatter(FILE)!;
    expect(fm.lineOf(['source', 'nothing'])).toBe(lineOfText(FILE, 'source:'));
    expect(fm.lineOf(['subtitle'])).toBe(1);
    expect(fm.lineOf([])).toBe(1);
  });

  it('counts lines from the top of the file when blank lines come before the fence', () => {
    const fm = locateFrontmatter('\n\n---\ntitle: "就业"\nyear: "2025"\n---\n正文\n')!;
    expect(fm.lineOf(['year'])).toBe(5);
    expect(fm.endLine).toBe(6);
  });

  it('reports a YAML mistake at its file line, without the yaml package\'s own position', () => {
    const fm = locateFrontmatter('---\ntitle: "就业\nlang: zh\n---\n')!;
    expect(fm.errors).toHaveLength(1);
    expect(fm.errors[0]!.line).toBeGreaterThanOrEqual(2);
    expect(fm.errors[0]!.message).not.toMatch(/at line \d+/);
  });

  it('reads dates as dates, as Astro does, and says undefined for a file without frontmatter', () => {
    expect((locateFrontmatter('---\ntitle: 2026-01-26\n---\n')!.data as { title: unknown }).title).toBeInstanceOf(Date);
    expect(locateFrontmatter('就业是民生之本。\n')).toBeUndefined();
  });
});
