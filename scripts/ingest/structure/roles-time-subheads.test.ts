// Subheads that say only when (`【2016年】`, `6:30`) or which part of a story follows (`上篇：路通了`), between the
// paragraphs of one signed feature: sections of it, never headlines of articles nor photo captions
// (time-labels.ts, run-headline.ts, run-captions.ts). The lines are made up in those forms.
import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../blocks.ts';

const kinds = (raw: string[]) => classifyBlocks(raw).map((b) => b.kind);
const LEAD = '从县城出发向东，沿着新修的沥青路走半个小时，就到了镇上。十年前，这里还有5个村不通硬化路。';
const P1 = '那一年冬天，镇里开始修建第一条通村水泥路，全长8.6公里。';
const P2 = '到那年年底，全镇行政村全部通了硬化路，农村公路累计达到63公里。';

describe('a year in brackets between the paragraphs of a feature', () => {
  it('is a section heading of the feature, not the headline of an article', () => {
    expect(kinds(['一条山路的十年', '通讯员 王 敏', LEAD, '【2016年】', P1, '【2020年】', P2])).toEqual(['headline', 'byline', 'paragraph', 'heading', 'paragraph', 'heading', 'paragraph']);
  });

  it('leaves a bracketed clause over a new piece its headline', () => {
    expect(kinds(['一条山路的十年', '通讯员 王 敏', LEAD, '【冬季招聘会下周举行】', P1])[3]).toBe('headline');
  });
});

describe('a figure alone in brackets between the paragraphs of a data piece (`一组数据看…`)', () => {
  it('is a section heading of the piece, not the headline of an article', () => {
    const F1 = '今年以来，全市城镇新增就业4.6万人，完成全年任务的108%。';
    const F2 = '全市城镇调查失业率稳定在5%以内，就业形势总体平稳。';
    expect(kinds(['一组数据看就业', '本报记者 王 敏', LEAD, '【4.6万人】', F1, '【98.6%】', F2])).toEqual(['headline', 'byline', 'paragraph', 'heading', 'paragraph', 'heading', 'paragraph']);
  });
});

describe('a part of a story told in parts, over the part\'s first subhead', () => {
  it('is a section heading, not a photo caption', () => {
    expect(kinds(['一条山路的十年', '通讯员 王 敏', LEAD, '上篇：路通了', '【2016年】', P1])).toEqual(['headline', 'byline', 'paragraph', 'heading', 'heading', 'paragraph']);
  });
});
