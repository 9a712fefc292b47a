// A paper's own reporter named by the paper's kind alone (`晚报记者 郭 峰`, `日报记者 李某`), as 本报记者 is: a byline
// (bylines.ts ROLE), so a headline over it and a dated lead heads an article of its own. Made-up lines and pages.
import { describe, expect, it } from 'vitest';
import { isBylineLine } from './bylines.ts';
import { structurePage } from '../segment.ts';

describe("the paper's own reporter", () => {
  it('reads 晚报记者 and 日报记者 before names as a byline, as 上党晚报记者 was', () => {
    for (const t of ['晚报记者 郭 峰', '日报记者 李某某', '晚报记者 陈 曦 摄', '上党晚报记者 郭 峰']) expect(isBylineLine(t), t).toBe(true);
  });
  it('leaves a line that names no one', () => {
    for (const t of ['晚报记者走访农贸市场', '晚报记者节', '记者手记']) expect(isBylineLine(t), t).toBe(false);
  });
  it('starts an article at a headline over such a byline after running text, no blank line between', () => {
    const page = [
      '高新区人才驿站投用', '本报记者 某某', '高新区人才驿站今年3月投入使用，设有人才公寓280套。', '高新区组织人事部负责人介绍，今年园区计划引进各类人才2000名。',
      '冬季“菜篮子”价稳量足', '晚报记者 郭 峰', '12月2日，记者走访市区几家农贸市场发现，蔬菜供应充足，价格总体平稳。', '市商务局数据显示，目前全市蔬菜日均上市量约1850吨。',
    ].join('\n');
    const { segments } = structurePage(page);
    expect(segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text)).toEqual(['高新区人才驿站投用', '冬季“菜篮子”价稳量足']);
    expect(segments[1]!.blocks.find((b) => b.kind === 'byline')?.text).toBe('晚报记者 郭 峰');
  });
});
