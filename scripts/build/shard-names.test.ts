import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listShards, yearCounts } from './shard-names.ts';

function write(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

describe('yearCounts', () => {
  it('counts the published reports per year; drafts and translations count for none', () => {
    const counts = yearCounts([{ year: 2023 }, { year: 2025 }, {}, { year: 2019, draft: true }, { year: 2018, translationOf: 'x' }, { year: 2025 }]);
    expect(Object.fromEntries(counts)).toEqual({ 2023: 1, 2025: 2, undated: 1 });
  });
});

describe('listShards', () => {
  it('makes the seeds one group by default (15 reports), and a group a year when every year stands alone', async () => {
    expect(await listShards('content')).toHaveLength(1);
    const each = (await listShards('content', 1))!;
    expect(each.length).toBeGreaterThan(2);
    expect(each.at(-1)).toMatch(/\+undated$/);
  });

  it('lists the same groups from its notes as from reading every file, and follows an edited file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'cz-shard-notes-'));
    try {
      const article = (year: number) => `---\ntitle: t\nyear: ${year}\n---\n\n正文。\n`;
      for (let i = 0; i < 6; i++) write(join(root, 'content/articles/zh', `a${i}.md`), article(i < 3 ? 2024 : 2023));
      const notes = join(root, 'notes.json');
      const fresh = await listShards(join(root, 'content'), 3, 100, null);
      expect(fresh).toEqual(['2024', '2023']);
      expect(await listShards(join(root, 'content'), 3, 100, notes)).toEqual(fresh);
      expect(await listShards(join(root, 'content'), 3, 100, notes)).toEqual(fresh);
      // One article moved to 2023 (a new modification time): 2024 now too small to stand alone.
      write(join(root, 'content/articles/zh/a0.md'), article(2023));
      const later = new Date(Date.now() + 5000);
      utimesSync(join(root, 'content/articles/zh/a0.md'), later, later);
      expect(await listShards(join(root, 'content'), 3, 100, notes)).toEqual(await listShards(join(root, 'content'), 3, 100, null));
      expect(await listShards(join(root, 'content'), 3, 100, notes)).not.toEqual(fresh);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('says there is nothing to list without a content folder', async () => {
    expect(await listShards('no-such-folder')).toBeUndefined();
  });
});
