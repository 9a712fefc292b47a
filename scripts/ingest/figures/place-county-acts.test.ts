// regionOf (figures/place.ts, place-names.ts): 县里/区里 opening its clause is the county acting (its government,
// its rules, what it has): the county's figure, even after a town was named; anywhere else in the clause it is not a place.
import { describe, expect, it } from 'vitest';
import { localPlacesOf, regionOf } from './place.ts';
import { scopeFor } from './scope.fixture.ts';

const region = (paragraph: string, figure: string, regions: string[]) =>
  regionOf(scopeFor(paragraph, figure, { article: { regions } }), localPlacesOf([paragraph]));

describe('regionOf: 县里/区里 opening a clause', () => {
  it('reads the county where 县里 opens the clause, after a time word or 按照', () => {
    const p = '今年，南漳镇新建村级幸福院5个。按照县里规定，入住老人每人每月交费三百元。';
    expect(region(p, '三百元', ['长子县', '长子县南漳镇'])).toBe('长子县');
    expect(region(p, '5个', ['长子县', '长子县南漳镇'])).toBe('长子县南漳镇');
    const q = '店上镇的大棚去年只有40座。下半年，区里计划再补贴建棚资金90万元。';
    expect(region(q, '90万元', ['潞城区'])).toBe('潞城区');
    expect(region('西营镇卫生院已投用。县里的家庭医生团队，今年增加到了26个。', '26个', ['襄垣县'])).toBe('襄垣县');
  });

  it('keeps the town where the county acts in it (县里在…镇)', () => {
    const p = '今年，县里在王桥镇新建日间照料中心3个。';
    expect(region(p, '3个', ['襄垣县'])).toBe('襄垣县王桥镇');
  });

  it('reads no place in 县里 that does not open its clause, nor in 小区里 and 社区里', () => {
    const p = '夏店镇村民刘大姐去年在县里参加了30天的免费培训。';
    expect(region(p, '30天', ['襄垣县'])).toBe('襄垣县夏店镇');
    const q = '郭道镇建起了文化广场。社区里，有两处活动室3000平方米。';
    expect(region(q, '3000平方米', ['沁源县'])).toBe('沁源县郭道镇');
  });
});

describe('regionOf: 县里/区里 in a sentence that names a town', () => {
  it('reads the town: the county acts there', () => {
    const p = '今年，西火镇完成农村户厕改造980户，区里对每户给予补助1200元，镇里负责粪污清运。';
    expect(region(p, '1200元', ['上党区'])).toBe('上党区西火镇');
  });
});

describe('regionOf: the county acting for a village it points back at (RV F5)', () => {
  it('keeps the village’s town where the sentence says 村里, 这个村', () => {
    const p = '黎城县西井镇南委泉村地处山区，过去村民增收难。去年，县里协调资金180万元，帮助村里建起蔬菜大棚24座。今年，县里又投入95万元，把村里的2.4公里土路全部硬化。';
    for (const f of ['180万元', '24座', '95万元', '2.4公里']) expect(region(p, f, ['黎城县', '黎城县西井镇'])).toBe('黎城县西井镇');
    const q = '西井镇南委泉村新修通村公路2.7公里。县里还为这个村安装路灯64盏。';
    expect(region(q, '64盏', ['黎城县', '黎城县西井镇'])).toBe('黎城县西井镇');
  });

  it('still reads the county for what the county does county-wide', () => {
    const p = '西井镇南委泉村新修通村公路2.7公里。今年，县里为困难群众发放取暖补贴830万元。';
    expect(region(p, '830万元', ['黎城县', '黎城县西井镇'])).toBe('黎城县');
  });
});
