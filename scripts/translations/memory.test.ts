import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/lib/glossary.ts';
import { readPairs } from './content.ts';
import { buildMemory, recall } from './memory.ts';
import { exportArticle } from './xliff/export.ts';
import { copyContent, edit, readXliff } from './xliff/fixture.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

describe('translation memory', () => {
  it('pre-fills, on export, units whose Chinese was translated in another article, marked to confirm', async () => {
    const copy = await copyContent();
    cleanups.push(copy.done);
    // A sidebar printed again on a later page, one sentence changed: a new article without a translation.
    const zh = join(copy.dir, 'articles', 'zh');
    await writeFile(join(zh, 'jiu-ye-zai-ci.md'), await readFile(join(zh, 'jiu-ye-shi-min-sheng-zhi-ben.md'), 'utf8'));
    await edit(join(zh, 'jiu-ye-zai-ci.md'), '守护历史根脉。', '守护历史文脉。');
    const pairs = await readPairs(copy.dir);
    const pair = pairs.find((p) => p.id === 'jiu-ye-zai-ci')!;
    expect(pair.state).toBe('missing');
    const units = (await readXliff(await exportArticle(pair, buildMemory(pairs), loadGlossary().terms))).resources[pair.id]!;
    const original = pairs.find((p) => p.id === 'jiu-ye-shi-min-sheng-zhi-ben')!.en!.cut.units;
    for (const id of ['title', 'p1', 'p2']) {
      expect(units[id]!.target, id).toBe(original.find((u) => u.id === id)!.text);
      expect([units[id]!.note].flat(), id).toContain(`translation memory: the same Chinese was translated in jiu-ye-shi-min-sheng-zhi-ben#${id}; confirm or change`);
    }
    expect(units.p3!.target).toBeUndefined();
    expect(JSON.stringify(units.p3!.note ?? '')).not.toContain('translation memory');
  });

  it('remembers only up-to-date translations, and never offers a unit its own English', async () => {
    const pairs = await readPairs('content');
    const memory = buildMemory(pairs);
    const title = pairs.find((p) => p.id === 'jiu-ye-shi-min-sheng-zhi-ben')!.zh.cut.units[0]!.text;
    expect(recall(memory, ` ${title} `, 'other#title')?.from).toBe('jiu-ye-shi-min-sheng-zhi-ben#title');
    expect(recall(memory, title, 'jiu-ye-shi-min-sheng-zhi-ben#title')).toBeUndefined();
    const outdated = pairs.map((p) => (p.id === 'jiu-ye-shi-min-sheng-zhi-ben' ? { ...p, state: 'outdated' as const } : p));
    expect(recall(buildMemory(outdated), title, 'other#title')).toBeUndefined();
  });
});
