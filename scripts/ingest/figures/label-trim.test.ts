import { describe, expect, it } from 'vitest';
import { splitLinks, trimLabel } from './label-trim.ts';
import { tagWords } from './words.ts';

const keeps = (word: string) => /^(?:累计|新增|人均|每.*)$/.test(word);
const trim = (label: string, endOnly = false) => trimLabel(label, { keeps, endOnly });

describe('trimLabel', () => {
  it('never ends on a conjunction, particle or preposition', () => {
    expect(trim('示范学校和')).toBe('示范学校');
    expect(trim('养老服务站及')).toBe('养老服务站');
    expect(trim('城市书房的')).toBe('城市书房');
    expect(trim('便民驿站等')).toBe('便民驿站');
  });

  it('keeps a word jieba tags an adverb right after the verb closing the label: it is the object', () => {
    expect(trim('累计发放积分')).toBe('累计发放积分');
    // (An adverb before nothing, after no verb, still goes: 同比增长近 → 同比增长.)
    expect(trim('同比增长近')).toBe('同比增长');
  });

  it('never ends on a word that only links the phrase to its number', () => {
    expect(trim('污水收集率达')).toBe('污水收集率');
    expect(trim('日间照料中心为')).toBe('日间照料中心');
    expect(trim('室内温度总')).toBe('室内温度');
    expect(trim('当地人均住房面积')).toBe('人均住房面积');
  });

  it('never opens on an adverb, a preposition or a relational verb', () => {
    expect(trim('直接带动就业')).toBe('带动就业');
    expect(trim('与养老机构签约')).toBe('养老机构签约');
    expect(trim('来自乡镇')).toBe('乡镇');
    expect(trim('包括社区食堂')).toBe('社区食堂');
    expect(trim('先后组织招聘会')).toBe('组织招聘会');
    expect(trim('这座污水处理厂日处理能力')).toBe('污水处理厂日处理能力');
    expect(trim('该小区停车位')).toBe('小区停车位');
  });

  it('drops the verb governing a rate, not one that defines its noun', () => {
    expect(trim('推动城乡供水一体化率')).toBe('城乡供水一体化率');
    expect(trim('筛查任务完成率')).toBe('筛查任务完成率');
  });

  it('keeps the words that define a number at either end', () => {
    expect(trim('累计发放消费券')).toBe('累计发放消费券');
    expect(trim('每月')).toBe('每月');
  });

  it('leaves nothing of a label that is only linking words, and can trim the end alone', () => {
    expect(trim('和')).toBe('');
    expect(trim('占一般公共预算支出的', true)).toBe('占一般公共预算支出');
  });
});

describe('splitLinks', () => {
  const words = (text: string) => splitLinks(tagWords(text)).map((w) => w.word);

  it('splits a number’s unit off the verb jieba glued it to (元调, 元涨), so a change to a level reads its verb', () => {
    expect(words('居民用气价格拟由每立方米2.6元调至2.9元')).toEqual(expect.arrayContaining(['元', '调']));
    expect(words('今冬液化气价格由每罐95元涨至105元')).toEqual(expect.arrayContaining(['元', '涨']));
  });

  it('leaves a count’s measure word with the noun after it (个村 is the village counted, no verb)', () => {
    const glued = tagWords('沿岸6个村2800余名群众受益').map((w) => w.word);
    expect(words('沿岸6个村2800余名群众受益')).toEqual(glued);
  });
});
