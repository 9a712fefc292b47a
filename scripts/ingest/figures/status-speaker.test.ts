import { describe, expect, it } from 'vitest';
import { scopeFor } from './scope.fixture.ts';
import { isAnecdote } from './status-anecdote.ts';
import { namesSomeone } from './status-speaker.ts';

const anecdote = (paragraph: string, figure: string) => isAnecdote(scopeFor(paragraph, figure));

describe('toldByResident (through isAnecdote)', () => {
  it('reads a quote with no tag after the reporter\'s sentences about one resident as that resident\'s words', () => {
    expect(anecdote('52岁的王秋生上个月在零工市场找到了保洁的活儿。“一天干6个小时，日结120元，离家也近。”', '120元')).toBe(true);
    expect(anecdote('早上7点，襄垣县夏店镇的郝满囤已经在鸡舍里忙开了。“刨去饲料钱，一年能落3万多元。”', '3万多元')).toBe(true);
  });

  it('reads a quote tagged only 他说 as the words of the resident the paragraph tells about', () => {
    expect(anecdote('家住潞州区太行东街的李有才每天骑车去市场。“来回要骑40分钟。”他说。', '40分钟')).toBe(true);
  });

  it('keeps a quote after sentences about an office, or about no one, or one tagged by an official, as a statistic', () => {
    expect(anecdote('县人社局组织了专场招聘会。“今年新增就业岗位1200个。”', '1200个')).toBe(false);
    expect(anecdote('记者走进襄垣县夏店镇的蔬菜大棚。“今年大棚总数达到300座。”', '300座')).toBe(false);
    expect(anecdote('52岁的王秋生在零工市场找到了活儿。“市场今年已帮1300人找到工作。”县人社局局长赵刚介绍。', '1300人')).toBe(false);
  });
});

describe('namesSomeone', () => {
  it('names a person by a surname before a term of address, and no county jieba tags a name', () => {
    expect(namesSomeone('在附近居住的程女士说')).toBe(true);
    expect(namesSomeone('退休教师张大爷说')).toBe(true);
    expect(namesSomeone('平顺县今年新建幼儿园')).toBe(false);
  });
});

describe('isAnecdote: a resident named by a term of address speaks after the quote', () => {
  it('reads the quote as hers (程女士说, 刘女士向记者反映)', () => {
    expect(anecdote('“每天下班要转半个小时，才找到1个车位。”住在附近的孟女士说。', '半个小时')).toBe(true);
    expect(anecdote('“办卡时交了2000元，店就关门了。”家住潞城区的市民冯女士向记者反映。', '2000元')).toBe(true);
    expect(anecdote('“今年全县新建车位2000个。”县住建局的孟主任说。', '2000个')).toBe(false);
  });
});

describe('namedActorBefore (through isAnecdote)', () => {
  it('reads a resident named after the noun that says what they are, acting before the figure, as one story', () => {
    expect(anecdote('种菜大户秦海龙今年流转土地120亩，全部种上了辣椒。', '120亩')).toBe(true);
    expect(anecdote('法院以诈骗罪判处被告人赵某有期徒刑2年，并处罚金1万元。', '1万元')).toBe(true);
  });

  it('keeps a statistic where the name only attributes it, or names a reporter or an official', () => {
    expect(anecdote('种菜大户秦海龙介绍，全村今年种植辣椒800亩。', '800亩')).toBe(false);
    expect(anecdote('记者李明了解到，全县今年新建幼儿园6所。', '6所')).toBe(false);
    expect(anecdote('县委书记王刚带领干部走访农户360户。', '360户')).toBe(false);
  });
});
