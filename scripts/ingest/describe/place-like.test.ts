import { describe, expect, it } from 'vitest';
import { placeLikeWords } from './place-like.ts';

describe('placeLikeWords', () => {
  it('finds names before a division suffix that the gazetteer lacks', () => {
    expect(placeLikeWords('平顺县杏城镇的村民')).toEqual(['杏城镇']);
    expect(placeLikeWords('黎城县西仵乡和程家山乡')).toEqual(['西仵乡']); // 程家 + 山乡: a known miss
    expect(placeLikeWords('长子县南陈乡')).toEqual(['南陈乡']); // now 南陈镇
    expect(placeLikeWords('在太原市小店区')).toEqual(['小店区']);
    expect(placeLikeWords('来自晋城市泽州县的客人')).toEqual(['泽州县']);
    expect(placeLikeWords('红星街道办事处')).toEqual(['红星街道']);
  });

  it('passes over common nouns ending in a suffix, phrases and determiners', () => {
    for (const text of [
      '让城乡居民共享发展成果',
      '我市新增两条城乡公交线路',
      '各乡镇卫生院',
      '全县共有',
      '社区小区园区辖区城区郊区景区',
      '推进城镇化',
      '农村和城镇',
      '沿着街道走',
      '回到家乡',
      '县乡村三级',
      '乡村振兴',
      '我区',
      '该镇',
      '打造智慧商贸物流专业镇',
      '建设产业园区和商业街区',
      '一县一品，一城四区',
      '特色小镇',
      '全域旅游示范区',
      '市和县两级财政',
      '全市城镇新增就业',
    ]) {
      expect(placeLikeWords(text), text).toEqual([]);
    }
  });

  it('leaves gazetteer places to the gazetteer', () => {
    expect(placeLikeWords('潞城区史回镇、武乡县蟠龙镇、长治高新区、屯留区麟绛街道、长治县荫城镇')).toEqual([]);
    expect(placeLikeWords('沁源县官滩乡、贾掌镇')).toEqual([]); // earlier names the gazetteer keeps
  });
});
