import { describe, expect, it } from 'vitest';
import { unitInfo } from '../../../src/domain/units.ts';
import { PREFIX_BEFORE, PREFIX_QUALIFIER, SUFFIX_AT, SUFFIX_QUALIFIER, UNIT_AT } from './units.ts';

const unitAt = (text: string) => {
  UNIT_AT.lastIndex = 0;
  return UNIT_AT.exec(text)?.[0];
};

describe('units', () => {
  it('matches the longest unit', () => {
    expect(unitAt('人次，')).toBe('人次');
    expect(unitAt('个月内')).toBe('个月');
    expect(unitAt('个百分点')).toBe('个百分点');
    expect(unitAt('平方米区域')).toBe('平方米');
    expect(unitAt('千米')).toBe('千米');
  });

  it('leaves out words that make dates, ordinals and labels', () => {
    for (const word of ['月', '日', '时', '级', '等', '届', '周年', '线', '号', '版']) expect(unitAt(word), word).toBeUndefined();
  });

  it('records variants under the base unit', () => {
    expect(unitInfo('成')).toEqual({ kind: 'percent', base: '%', factor: 10 });
    expect(unitInfo('块')).toEqual({ kind: 'count' });
    expect(unitInfo('百分点')?.base).toBe('个百分点');
    expect(unitInfo('摄氏度')?.base).toBe('℃');
    expect(unitInfo('公里')?.kind).toBe('measure');
    expect(unitInfo('分钟')?.kind).toBe('duration');
  });
});

describe('qualifier words', () => {
  it('maps the issue’s words to qualifiers', () => {
    expect(PREFIX_QUALIFIER.get('约')).toBe('about');
    expect(PREFIX_QUALIFIER.get('近')).toBe('about');
    expect(PREFIX_QUALIFIER.get('超')).toBe('over');
    expect(PREFIX_QUALIFIER.get('不足')).toBe('under');
    expect(PREFIX_QUALIFIER.get('<')).toBe('under');
    expect(SUFFIX_QUALIFIER.get('左右')).toBe('about');
    expect(SUFFIX_QUALIFIER.get('以上')).toBe('over');
    expect(SUFFIX_QUALIFIER.get('以下')).toBe('under');
  });

  it('prefers the longer prefix word', () => {
    expect(PREFIX_BEFORE.exec('超过')?.[0]).toBe('超过');
    SUFFIX_AT.lastIndex = 0;
    expect(SUFFIX_AT.exec('以上')?.[0]).toBe('以上');
  });
});
