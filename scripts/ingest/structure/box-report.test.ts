import { describe, expect, it } from 'vitest';
import { reportOfBox } from './box-report.ts';

// Made-up page texts in the form of a data box printed beside its report.
describe('reportOfBox: the report a data box restates', () => {
  const box = '数读沁县旧改\n◆改造老旧小区28个\n◆涉及楼栋210栋\n◆惠及居民6400户';
  const reports = [
    '武乡县：供热热线全天候响应\n入冬以来，武乡县组建维修小分队7支，受理诉求980件。',
    '沁县：28个老旧小区换新颜\n今年，沁县改造老旧小区28个，涉及楼栋210栋，惠及居民6400户。',
  ];

  it('is the report whose figures the box prints, wherever it stands', () => {
    expect(reportOfBox(box, reports)).toBe(1);
    expect(reportOfBox(box, [...reports].reverse())).toBe(0);
  });

  it('is none when no report shares two of its figures', () => {
    expect(reportOfBox(box, [reports[0]!, '沁县：新建公园3个\n今年，沁县新建公园3个，改造老旧小区28个。'])).toBeUndefined();
  });
});
