import { describe, expect, it } from 'vitest';
import { isIssuerLine, isSignedDate } from './issuers.ts';

describe('issuers', () => {
  it('reads a body’s name alone as an issuer', () => {
    for (const t of ['黎城县供电公司', '武乡县民政局', '中共沁县县委办公室', '长治市城市照明管理处', '壶关县医疗保障局']) expect(isIssuerLine(t), t).toBe(true);
  });

  it('reads no caption, column name, heading or sentence as one', () => {
    for (const t of ['老人们在幸福院用餐', '生活提示', '一图读懂', '县医院：专家坐诊到乡镇', '请到县民政局', '黎城县供电公司。'])
      expect(isIssuerLine(t), t).toBe(false);
  });

  it('reads a date alone as the day it was signed', () => {
    expect(isSignedDate('2025年3月1日')).toBe(true);
    expect(isSignedDate('二〇二五年三月一日')).toBe(true);
    expect(isSignedDate('2025年3月1日，全县…')).toBe(false);
  });
});
