import { describe, expect, it } from 'vitest';
import { respectivePlace } from './place-respectively.ts';

/** respectivePlace for the figure printed as `figure` in `sentence`. */
const placeOf = (sentence: string, figure: string) => {
  const start = sentence.lastIndexOf(figure);
  return respectivePlace(sentence, start, start + figure.length);
};

describe('respectivePlace', () => {
  it('gives the n-th figure after 分别 the n-th place of the list before it', () => {
    const schools = '长子县丹朱镇、鲍店镇两所公办幼儿园建成投用，分别新增学位360个和270个，总投资分别为1800万元和1350万元。';
    expect(placeOf(schools, '360个')).toBe('长子县丹朱镇');
    expect(placeOf(schools, '270个')).toBe('鲍店镇');
    expect(placeOf(schools, '1350万元')).toBe('鲍店镇');
    expect(placeOf('其中，东阳关镇、上遥镇分别完成新建改造里程38公里和26公里', '38公里')).toBe('东阳关镇');
  });

  it('reads places counted back (两地) as the last ones named before', () => {
    const before = '2024年，襄垣县完成32个村的生活污水治理；屯留区完成18个村的治理。';
    const sentence = '两地农村生活污水治理率分别达到41.5%和36.8%。';
    const at = (figure: string) => sentence.indexOf(figure);
    expect(respectivePlace(sentence, at('41.5%'), at('41.5%') + 5, before)).toBe('襄垣县');
    expect(respectivePlace(sentence, at('36.8%'), at('36.8%') + 5, before)).toBe('屯留区');
  });

  it('gives nothing when the figures and the places are not as many, or no 分别 spreads the figure', () => {
    expect(placeOf('东阳关镇、上遥镇、西井镇分别完成38公里和26公里', '38公里')).toBe('');
    expect(placeOf('东阳关镇、上遥镇完成38公里和26公里', '38公里')).toBe('');
    expect(placeOf('东阳关镇分别完成38公里和26公里', '38公里')).toBe('');
    expect(placeOf('东阳关镇、上遥镇分别完成38公里和26公里，全县共142公里', '142公里')).toBe('');
  });
});

describe('respectivePlace: each place with the noun every item repeats', () => {
  it('reads 西井镇卫生院、洪井镇卫生院…分别 as a list of two places', () => {
    const clinics = '西井镇卫生院、洪井镇卫生院今年门诊量分别达到2.1万人次和1.6万人次。';
    expect(placeOf(clinics, '2.1万人次')).toBe('西井镇');
    expect(placeOf(clinics, '1.6万人次')).toBe('洪井镇');
  });

  it('does not join places whose nouns differ (西井镇卫生院、洪井镇敬老院…)', () => {
    expect(placeOf('西井镇卫生院、洪井镇敬老院今年服务人次分别达到2.1万和1.6万。', '1.6万')).toBe('');
  });
});
