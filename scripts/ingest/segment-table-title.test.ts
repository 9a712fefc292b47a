import { describe, expect, it } from 'vitest';
import { structurePage } from './segment.ts';

// Made-up pages: a table's title on a line of its own, a blank line, then the table.
const page = (title: string, text: string) =>
  [
    '某县公租房保障范围扩大', '本报记者 孔 亮', text, title,
    '街道\t户数\t面积（平方米）\n东城\t320\t1.6\n西城\t280\t1.4\n南关\t210\t1.1', '注：面积为建筑面积。',
    '某镇：新建卫生室3所', '本报讯 近日，某镇3所村卫生室投入使用。（通讯员 李 强）',
  ].join('\n\n');
const plain = '今年，某县公租房保障范围扩大到新就业职工。';
const repeats = '今年，东城街道保障320户，西城街道保障280户。';

describe('segment: a table titled by a line of its own after an article (issue 15)', () => {
  it('gives the table and its title to the article when the title prints a unit', () => {
    const { segments } = structurePage(page('各街道保障情况（单位：户）', plain));
    expect(segments).toHaveLength(2);
    expect(segments[0]!.blocks.map((b) => b.text)).toContain('各街道保障情况（单位：户）');
    expect(segments[0]!.blocks.find((b) => b.text === '各街道保障情况（单位：户）')!.kind).toBe('paragraph');
  });

  it('gives it to the article when the table repeats figures of its text', () => {
    const { segments } = structurePage(page('某县各街道公租房保障情况', repeats));
    expect(segments).toHaveLength(2);
  });

  it('leaves a titled list with figures of its own a piece of its own', () => {
    const { segments } = structurePage(page('某县各街道公租房保障情况', plain));
    expect(segments).toHaveLength(3);
  });
});
