// regionOf for a sentence opening on an office that speaks for its level (place-offices.ts).
import { describe, expect, it } from 'vitest';
import { localPlacesOf, regionOf } from './place.ts';
import { officeLevel } from './place-offices.ts';
import { scopeFor } from './scope.fixture.ts';

/** The region of `figure` in the paragraph's last sentence, after the paragraph `before`. */
const region = (before: string, paragraph: string, figure: string, regions: string[]) =>
  regionOf({ ...scopeFor(paragraph, figure, { article: { regions } }), preceding: before }, localPlacesOf([before, paragraph]));

describe('regionOf, an office opening a sentence that names no place', () => {
  const before = '今年全市建成乡村卫生室46个，其中壶关县建成12个。';
  it('a city office speaks for the city, not for the county named last before', () => {
    expect(region(before, '市卫健委有关负责人表示，明年将再建成乡村卫生室30个。', '30个', ['长治市'])).toBe('长治市');
  });

  it("a county's office speaks for the county of the town named before", () => {
    const town = '黎城县西井镇今年新建日间照料中心2个。';
    expect(region(town, '县民政局负责人介绍，明年计划再建5个。', '5个', ['黎城县'])).toBe('黎城县');
  });

  it('leaves a sentence that points back to the place before (该小区), or opens on no office, as it was', () => {
    const estate = '潞州区英雄中路街道康乐小区居民反映，楼道灯不亮。';
    expect(region(estate, '市住建局负责人介绍，该小区已更换楼道灯36盏。', '36盏', ['潞州区'])).toBe('潞州区英雄中路街道');
    expect(region(before, '明年将再建成乡村卫生室30个。', '30个', ['长治市'])).toBe('壶关县');
  });

  it("an office opening the figure's clause after a fronted topic and a time word speaks for its level (made up)", () => {
    const town = '上党区荫城镇今年改造老旧管网12公里。';
    expect(region(town, '漏水的报修，今年区供水热线共接到了260件。', '260件', ['上党区'])).toBe('上党区');
    // (Not an office: the clause opens on the town's own words.)
    expect(region(town, '漏水的报修，今年镇里共接到了260件。', '260件', ['上党区'])).toBe('上党区荫城镇');
  });

  it("the city's 12345 line and a level's consultative conference speak for their level (made up)", () => {
    const town = '潞州区东街街道今年新建社区食堂3个。';
    expect(region(town, '市12345便民热线10月共受理群众诉求6.1万件。', '6.1万件', ['潞州区'])).toBe('长治市');
    expect(region(town, '截至目前，大会共收到建议150件；市政协收到提案220件。', '220件', ['潞州区'])).toBe('长治市');
  });

  it('reads 市 or 区 as a level only as a word of its own, not as the first character of 市场 or 市民 (made up)', () => {
    const town = '沁源县王和镇今年改造老旧管网12公里。';
    expect(region(town, '食品安全事关群众健康，今年市场监管局共抽检食品500批次。', '500批次', ['沁源县'])).toBe('沁源县王和镇');
    expect(officeLevel('市场监管局今年共抽检食品500批次。')).toEqual([]);
    expect(officeLevel('办事更方便了，市民服务中心今年办件1.2万件。', 15)).toEqual([]);
    // (The level's own word still opens an office: 区市场监管局, 县政府办.)
    expect(region(town, '食品安全事关群众健康，今年区市场监管局共抽检食品500批次。', '500批次', ['沁源县'])).toBe('沁源县');
  });
});

describe('regionOf, an office opening a sentence after the dates of a span it reports on', () => {
  const town = '襄垣县古韩镇今年新建社区食堂3个。';
  it('speaks for its level in every clause of that sentence (made up)', () => {
    const week = '12月1日至7日，市12345便民热线共受理群众诉求1.52万件，环比下降3.6%，按时办结率99.2%。';
    expect(region(town, week, '3.6%', ['襄垣县'])).toBe('长治市');
    expect(region(town, week, '99.2%', ['襄垣县'])).toBe('长治市');
    expect(region(town, '10月份，市住建局共检查在建工地86个。', '86个', ['襄垣县'])).toBe('长治市');
  });
  it('reads the run of days with every dash the period reads it with (–, —, ～), and a run of months (made up)', () => {
    expect(region(town, '11月3日–9日，市12345便民热线共受理群众诉求1.3万件。', '1.3万件', ['襄垣县'])).toBe('长治市');
    expect(region(town, '11月28日—12月4日，市12345便民热线共受理群众诉求1.4万件。', '1.4万件', ['襄垣县'])).toBe('长治市');
    expect(region(town, '10月至11月，市住建局共检查在建工地150个。', '150个', ['襄垣县'])).toBe('长治市');
    // (Not a run missing its last day, nor a run of days that opens no office's clause.)
    expect(region(town, '11月3日–，镇里协调市热力公司更换阀门20个。', '20个', ['襄垣县'])).toBe('襄垣县古韩镇');
  });
  it('not after a clause that is no date, nor where the office follows more than the dates (made up)', () => {
    expect(region(town, '天气转冷，市12345便民热线共受理群众诉求1.52万件，环比下降3.6%。', '3.6%', ['襄垣县'])).toBe('襄垣县古韩镇');
    expect(region(town, '12月1日至7日，镇里协调市热力公司更换阀门36个。', '36个', ['襄垣县'])).toBe('襄垣县古韩镇');
  });
});
