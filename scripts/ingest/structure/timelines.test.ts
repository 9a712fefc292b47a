import { describe, expect, it } from 'vitest';
import { isTimeline, isTimelineEntry, yearOnly } from './timelines.ts';

describe('timelines', () => {
  it('reads a line opened by a date and a space or a dash as an entry', () => {
    expect(isTimelineEntry('4月2日 县第一座智慧公厕投用。')).toBe(true);
    expect(isTimelineEntry('2024年6月——城南污水处理厂扩建完工')).toBe(true);
    expect(isTimelineEntry('2023.09 老年大学新校区开课')).toBe(true);
  });

  it('reads no report opened by its date and a comma', () => {
    expect(isTimelineEntry('4月2日，记者从县住建局获悉，县第一座智慧公厕投用。')).toBe(false);
    expect(isTimelineEntry('2024年全县新增就业3600人。')).toBe(false);
  });

  it('tells a year alone from a year and its month', () => {
    expect(yearOnly('2024年 县城 大事记')).toBe(true);
    expect(yearOnly('2024年6月 开工')).toBe(false);
  });

  it('needs three entries', () => {
    expect(isTimeline(['1月 启动', '6月 开工'])).toBe(false);
    expect(isTimeline(['1月 启动规划', '6月 项目开工', '12月 建成投用'])).toBe(true);
  });
});
