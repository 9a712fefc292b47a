import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { filePatterns } from './file-patterns.ts';

// Names as ingest writes them (pinyin slugs) and as an editor might save them (spaces, commas, braces, Chinese).
const char = fc.constantFrom(...'abz09-_.', ' ', ',', '{', '}', '(', ')', '[', ']', '!', '+', '@', '*', '?', '长', '治');
const stem = fc.string({ unit: char, minLength: 1, maxLength: 8 });
const file = fc.tuple(fc.constantFrom('zh/', 'en/', '', 'a/b/'), stem, fc.constantFrom('.md', '.mdx')).map(([d, s, e]) => `${d}${s}${e}`);

describe('filePatterns', () => {
  it('finds every listed file and no other with tinyglobby, as Astro’s glob() loader looks them up', async () => {
    const root = mkdtempSync(join(tmpdir(), 'cz-file-patterns-'));
    let run = 0;
    try {
      await fc.assert(
        fc.asyncProperty(fc.uniqueArray(file, { minLength: 1, maxLength: 30 }), fc.uniqueArray(file, { maxLength: 30 }), async (listed, others) => {
          const dir = join(root, String(run++));
          for (const f of new Set([...listed, ...others])) {
            mkdirSync(join(dir, f, '..'), { recursive: true });
            writeFileSync(join(dir, f), '');
          }
          const found = await glob(filePatterns(listed), { cwd: dir, expandDirectories: false });
          expect(found.sort()).toEqual([...listed].sort());
        }),
        { numRuns: 60 },
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('names the plain files of a folder in brace lists, none longer than picomatch allows', () => {
    const many = Array.from({ length: 9000 }, (_, i) => `zh/zhe-shi-yi-pian-hen-chang-de-wen-zhang-${i}.md`);
    const patterns = filePatterns([...many, 'en/one.md', 'zh/with space.md']);
    expect(patterns.length).toBeLessThan(20);
    for (const p of patterns) expect(p.length).toBeLessThan(65_536);
    expect(patterns).toContain('en/one.md');
    expect(patterns).toContain('zh/with space.md');
  });

  it('finds a share of 300 slugs and the odd names beside them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cz-file-patterns-'));
    try {
      const all = [...Array.from({ length: 300 }, (_, i) => `zh/a-${i}.md`), 'zh/b,c.md', 'zh/{d}.md', 'en/e f.md', 'en/长治.md', 'zh/x.mdx'];
      for (const f of all) {
        mkdirSync(join(dir, f, '..'), { recursive: true });
        writeFileSync(join(dir, f), '');
      }
      const listed = all.filter((_, i) => i % 3 === 0).concat('zh/b,c.md', 'zh/{d}.md', 'en/长治.md');
      const found = await glob(filePatterns(listed), { cwd: dir, expandDirectories: false });
      expect(found.sort()).toEqual([...new Set(listed)].sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
