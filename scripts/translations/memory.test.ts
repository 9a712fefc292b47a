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
    // The changed paragraph: not pre-filled, but its three unchanged sentences are offered, the changed one not.
    expect(units.p3!.target).toBeUndefined();
    const offered = [units.p3!.note].flat().filter((n) => n?.startsWith('translation memory:'));
    expect(offered).toHaveLength(3);
    expect(offered[0]).toBe(
      "translation memory: 「文化是民生幸福指标。」 was translated in jiu-ye-shi-min-sheng-zhi-ben#p3 as: Culture is a measure of people's happiness.",
    );
    expect(offered.join('\n')).not.toContain('守护历史');
  });

  it('pre-fills a paragraph made of sentences all translated before, from the sentence memory', async () => {
    const copy = await copyContent();
    cleanups.push(copy.done);
    const zh = join(copy.dir, 'articles', 'zh');
    // A new article reusing two sentences of jiu-ye's paragraph 3, in another order, in a paragraph of its own.
    const text = await readFile(join(zh, 'jiu-ye-shi-min-sheng-zhi-ben.md'), 'utf8');
    const body = '\n发挥图书馆等文化阵地作用，开展文化惠民演出等活动，满足群众精神文化需求。文化是民生幸福指标。\n';
    await writeFile(join(zh, 'xin-wen.md'), text.replace(/\n---\n[\s\S]*$/, `\n---\n${body}`).replace('title: "就业是民生之本"', 'title: "新闻"'));
    const pairs = await readPairs(copy.dir);
    const pair = pairs.find((p) => p.id === 'xin-wen')!;
    const units = (await readXliff(await exportArticle(pair, buildMemory(pairs), loadGlossary().terms))).resources[pair.id]!;
    expect(units.p1!.target).toBe(
      "It is making use of libraries and other cultural venues and holding free cultural performances for the public and other events to meet people's cultural needs. Culture is a measure of people's happiness.",
    );
    expect([units.p1!.note].flat()).toContain('translation memory: every sentence was translated before (jiu-ye-shi-min-sheng-zhi-ben#p3); confirm or change');
    expect(units.title!.target).toBeUndefined();
  });

  it('remembers only up-to-date translations, and never offers a unit its own English', async () => {
    const pairs = await readPairs('content');
    const memory = buildMemory(pairs);
    const title = pairs.find((p) => p.id === 'jiu-ye-shi-min-sheng-zhi-ben')!.zh.cut.units[0]!.text;
    expect(memory.sentences.size).toBeGreaterThan(100);
    expect(recall(memory, ` ${title} `, 'other#title')?.from).toBe('jiu-ye-shi-min-sheng-zhi-ben#title');
    expect(recall(memory, title, 'jiu-ye-shi-min-sheng-zhi-ben#title')).toBeUndefined();
    const outdated = pairs.map((p) => (p.id === 'jiu-ye-shi-min-sheng-zhi-ben' ? { ...p, state: 'outdated' as const } : p));
    expect(recall(buildMemory(outdated), title, 'other#title')).toBeUndefined();
  });
});
