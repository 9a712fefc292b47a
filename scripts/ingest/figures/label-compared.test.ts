// A gap to a wider place's average keeps whose average it is (label-compared.ts). Made-up sentences.
import { describe, expect, it } from 'vitest';
import { label } from './label.fixture.ts';
import { comparedWith } from './label-compared.ts';

describe('a gap to a wider average', () => {
  it('keeps the comparison and the wider place', () => {
    expect(label('全县城镇新增就业增速达到6.1%，高于全市平均水平1.4个百分点。', '1.4个百分点')).toBe('高于全市平均水平');
    expect(label('全县农村居民人均可支配收入增速比全省平均高0.8个百分点。', '0.8个百分点')).toContain('全省平均');
  });

  it('reads points and per cent only, and no average of the place itself', () => {
    expect(comparedWith('', '高于全市平均水平', '元')).toBe('');
    expect(comparedWith('', '较上年提高', '个百分点')).toBe('');
  });
});
