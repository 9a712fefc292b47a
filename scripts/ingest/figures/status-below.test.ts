import { describe, expect, it } from 'vitest';
import { statusOf } from './status.ts';
import { scopeFor } from './scope.fixture.ts';

// Made-up tables under the paragraph that introduces them: what the paragraph sets out below — a plan, a quota, a
// target figure or a task, its unit in brackets aside — makes the cells plans; the progress of one does not.
const rows = '乡镇 新建 改造\n城关镇 12 30\n西营镇 8 25';
const cell = (preceding: string) => statusOf({ ...scopeFor(rows, '12', { unit: '个' }), preceding });

describe('a table under a paragraph setting out what is to be filled', () => {
  it('reads the cells as plans when the last noun before 如下 / 见下表 is a plan, a quota, a target figure or a task', () => {
    expect(cell('今年各乡镇村级养老服务站建设任务如下（单位：个）：')).toBe('plan');
    expect(cell('经研究，现下达各乡镇年度建设指标如下。')).toBe('plan');
    expect(cell('经研究，各乡镇年度建设指标分解如下：')).toBe('plan');
    expect(cell('全县本批共开发公益性岗位120个，各乡镇招聘名额（单位：个）如下：')).toBe('plan');
  });

  it('keeps them actual when the paragraph sets out how a plan went (完成情况如下, 执行情况见下表)', () => {
    expect(cell('截至10月底，各乡镇建设任务完成情况如下（单位：个）：')).toBe('actual');
    expect(cell('今年以来，各乡镇年度计划执行情况见下表。')).toBe('actual');
  });

  it('keeps them actual under a release’s indicators (经济指标如下, 指标见下表): an indicator is a quota only where assigned', () => {
    expect(cell('1—9月全县主要经济指标如下：')).toBe('actual');
    expect(cell('前三季度，各县区主要民生指标见下表。')).toBe('actual');
  });
});

describe('a table under a paragraph publishing what is proposed (拟…予以公示)', () => {
  it('reads the cells as plans when the paragraph publishes proposed projects or posts for comment', () => {
    expect(cell('现将2025年度第三批拟安排项目予以公示。本批共安排项目6个，拟投入资金820万元。')).toBe('plan');
    expect(cell('经审核，现将拟聘用公益性岗位人员名单公示如下：')).toBe('plan');
  });
  it('keeps them actual under a notice of what was done, or a 公示 of no proposal', () => {
    expect(cell('现将2025年度已完工项目予以公示。')).toBe('actual');
    expect(cell('现将今年各乡镇低保发放情况予以公示。')).toBe('actual');
  });
});
