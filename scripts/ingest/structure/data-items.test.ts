import { describe, expect, it } from 'vitest';
import { isDataItem, isFigureLine, isItemLabel, isLabelColonFigure } from './data-items.ts';

describe('data items', () => {
  it('reads a figure alone on its line', () => {
    for (const t of ['12.8万人次', '3600个', '97.3%', '5.2 万户', '约1200吨', '460+']) expect(isFigureLine(t)).toBe(true);
    for (const t of ['2025年我县民生账本', '新增3处', '全县新增就业3600人。', '1. 青羊大街']) expect(isFigureLine(t)).toBe(false);
  });

  it('reads a short label of words under it', () => {
    expect(isItemLabel('城乡居民医保参保')).toBe(true);
    expect(isItemLabel('全县参保率达到97%，')).toBe(false);
  });

  it('reads the two lines as one item', () => {
    expect(isDataItem(['12.8万人次', '图书馆年接待读者'])).toBe(true);
    expect(isDataItem(['图书馆年接待读者', '12.8万人次'])).toBe(false);
    expect(isDataItem(['12.8万人次'])).toBe(false);
  });
});

describe('isLabelColonFigure (issue 15)', () => {
  it('is a label, a colon and a figure with its unit, full-width digits too', () => {
    for (const line of ['城乡居民医保参保人数：２６．８万人', '县域内就诊率：90.2%', '家庭医生签约服务覆盖率： ７６％', '新建换热站:12座']) expect(isLabelColonFigure(line), line).toBe(true);
  });
  it('is no bare number (a phone), no sentence, no time, no field of a notice', () => {
    for (const line of ['服务电话：5723100', '时间：12月6日', '地点：县文化馆', '全县建成换热站12座，供热面积达1260万平方米。', '注：数据截至11月底', '记者：王芳']) expect(isLabelColonFigure(line), line).toBe(false);
  });
});
