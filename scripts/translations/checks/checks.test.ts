import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { translationProblems } from '../commands/check.ts';
import { readPairs } from '../content.ts';
import { copyContent, edit } from '../xliff/fixture.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** The problems after one planted fault in a private copy of content/. */
async function problemsAfter(plant: (dir: string) => Promise<void>) {
  const copy = await copyContent();
  cleanups.push(copy.done);
  await plant(copy.dir);
  return translationProblems(await readPairs(copy.dir), copy.dir);
}

const en = (dir: string, id: string) => join(dir, 'articles', 'en', `${id}.md`);

describe('the translation check fails on a planted fault', () => {
  it('a figure dropped from an English paragraph, naming article, unit and figure', async () => {
    const problems = await problemsAfter((dir) => edit(en(dir, 'shang-dang-qu-ju-jiao-min-sheng'), 'offered 1,944 odd-job positions', 'offered odd-job positions'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: expect.stringContaining('shang-dang-qu-ju-jiao-min-sheng.md'), field: 'unit p10 (paragraph 10)', severity: 'error' });
    expect(problems[0]!.en).toMatch(/figure 1944个 \(1944\) of shang-dang-qu-ju-jiao-min-sheng is not in the English/);
  });

  it('a figure changed in the English, in any of its forms', async () => {
    const problems = await problemsAfter((dir) => edit(en(dir, 'shang-dang-qu-ju-jiao-min-sheng'), '1.7 million yuan', '1.6 million yuan'));
    expect(problems.map((p) => p.en)).toEqual([expect.stringMatching(/^figure 170余万元 \(1700000\)/)]);
  });

  it('a glossary term translated another way', async () => {
    const problems = await problemsAfter((dir) => edit(en(dir, 'lu-an-hua-gong-yu-wu-mei-ye'), 'Yuwu Coal Company has used', 'Yuwu Mining has used'));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe('unit p2 (paragraph 2)');
    expect(problems[0]!.en).toMatch(/余吾煤业公司 is "Yuwu Coal Company" in the glossary/);
  });

  it('a missing unit, and the paragraph counts that then disagree', async () => {
    const problems = await problemsAfter((dir) => edit(en(dir, 'jiu-ye-shi-min-sheng-zhi-ben'), /\n\nCulture is a measure[^\n]*\n$/, '\n'));
    expect(problems.map((p) => [p.field, p.en])).toEqual([
      ['unit p3 (paragraph 3)', expect.stringMatching(/^missing: the Chinese has it, the English does not/)],
      [undefined, expect.stringMatching(/^2 paragraph\(s\) where the Chinese jiu-ye-shi-min-sheng-zhi-ben has 3/)],
    ]);
  });

  it('a stale source hash: the Chinese changed after the translation', async () => {
    const problems = await problemsAfter((dir) => edit(join(dir, 'articles', 'zh', 'jiu-ye-shi-min-sheng-zhi-ben.md'), '保障群众稳定就业。', '保障群众稳定就业！'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', file: expect.stringContaining('en/jiu-ye-shi-min-sheng-zhi-ben.md') });
    expect(problems[0]!.en).toMatch(/^sourceHash: stale/);
  });
});
