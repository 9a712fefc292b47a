import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignIds, slugify } from './ids.ts';

describe('slugify', () => {
  it('romanises the start of a title into toneless pinyin', () => {
    expect(slugify('办好民生实事 书写幸福答卷')).toBe('ban-hao-min-sheng-shi-shi-shu-xie');
    expect(slugify('把民生愿景绘成幸福实景')).toMatch(/^ba-min-sheng-yuan-jing/);
  });

  it('reads place names right', () => {
    expect(slugify('长治交警全省公安交警系统')).toMatch(/^chang-zhi-/);
    expect(slugify('长子理发师')).toMatch(/^zhang-zi-/);
  });

  it('keeps digits and Latin letters', () => {
    expect(slugify('朱静调研2024年教育')).toContain('2024');
    expect(slugify('XINWENSHIPI')).toBe('xinwenshipi');
  });

  it('is always a short non-empty ASCII slug', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (title) => {
        const slug = slugify(title);
        expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(slug.length).toBeLessThanOrEqual(48);
      }),
      { numRuns: 300 },
    );
  });
});

describe('assignIds', () => {
  const seed = '001_8b22fcf75f3261b3.txt';

  it('de-duplicates equal titles', () => {
    const ids = assignIds(
      [
        { seed, title: '新年新气象', firstBlock: 1 },
        { seed, title: '新年新气象', firstBlock: 9 },
      ],
      [],
    );
    expect(ids).toEqual(['xin-nian-xin-qi-xiang', 'xin-nian-xin-qi-xiang-2']);
  });

  it('gives two articles of one title on a page their own ids again, whatever order the files come in', () => {
    const claims = [
      { seed, title: '新年新气象', firstBlock: 1 },
      { seed, title: '新年新气象', firstBlock: 9 },
    ];
    const first = assignIds(claims, []);
    // As ingest reads content/: by file name, where `…-2` sorts before the id without a suffix.
    const known = first.map((id, i) => ({ id, ...claims[i]! })).sort((a, b) => (`${a.id}.md` < `${b.id}.md` ? -1 : 1));
    expect(known[0]!.id).toBe('xin-nian-xin-qi-xiang-2');
    expect(assignIds(claims, known)).toEqual(first);
  });

  it('keeps the ids articles already have, even when their titles changed', () => {
    const known = [
      { id: 'old-title', seed, title: '旧标题', firstBlock: 19 },
      { id: 'zheng-bing', seed, title: '全市征兵工作电视电话会召开', firstBlock: 40 },
    ];
    const ids = assignIds(
      [
        { seed, title: '全市征兵工作电视电话会召开', firstBlock: 19 },
        { seed, title: '新标题', firstBlock: 19 },
      ],
      known,
    );
    expect(ids).toEqual(['zheng-bing', 'old-title']);
  });

  it('does not rename existing articles when a new seed brings a clashing title', () => {
    const known = [{ id: 'xin-nian-xin-qi-xiang', seed: '001.txt', title: '新年新气象', firstBlock: 0 }];
    const ids = assignIds(
      [
        { seed: '000.txt', title: '新年新气象', firstBlock: 0 },
        { seed: '001.txt', title: '新年新气象', firstBlock: 0 },
      ],
      known,
    );
    expect(ids).toEqual(['xin-nian-xin-qi-xiang-2', 'xin-nian-xin-qi-xiang']);
  });

  it('avoids reserved ids (hand-written articles)', () => {
    expect(assignIds([{ seed, title: '新年新气象', firstBlock: 0 }], [], ['xin-nian-xin-qi-xiang'])).toEqual([
      'xin-nian-xin-qi-xiang-2',
    ]);
  });
});
