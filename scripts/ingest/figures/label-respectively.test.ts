import { describe, expect, it } from 'vitest';
import { respectively } from './label-respectively.ts';
import { scopeFor } from './scope.fixture.ts';

/** The label of `figure` in `paragraph`, after the labelled figures `earlier` ([text, label]) of its sentence. */
function read(paragraph: string, figure: string, earlier: [string, string][] = [], options: { preceding?: string } = {}): string {
  const scope = { ...scopeFor(paragraph, figure), ...options };
  const ends = earlier.map(([text, label]) => ({ label, end: scope.sentence.indexOf(text) + text.length }));
  return respectively(scope, ends);
}

describe('respectively', () => {
  it('gives each number after 分别 the figure before it in the same place', () => {
    const p = '今年，全县共接待游客86.5万人次，实现旅游收入4.2亿元，同比分别增长12%和15%。';
    const earlier: [string, string][] = [['86.5万人次', '接待游客'], ['4.2亿元', '实现旅游收入']];
    expect(read(p, '12%', earlier)).toBe('接待游客同比增长');
    expect(read(p, '15%', [...earlier, ['12%', '接待游客同比增长']])).toBe('实现旅游收入同比增长');
  });

  it('reads a name whose kind a verb makes (受伤人数, 死亡人数) as a name of the list', () => {
    expect(read('全县交通事故起数、受伤人数同比分别下降12%和9%。', '9%')).toBe('受伤人数同比下降');
    // (Not a verb before a verbal noun, what was done: `完成投资、带动就业` are no names.)
    expect(read('今年完成投资、带动就业分别达到12亿元和3000人。', '3000人')).toBe('');
  });

  it('reads a list of names before 分别 when no figures are, without the count of the items', () => {
    const p = '日前，县城至王和镇、县城至郭道镇两条班车线路开通，两条线路全长分别为23公里和31公里。';
    expect(read(p, '23公里')).toBe('县城至王和镇线路全长');
    expect(read(p, '31公里')).toBe('县城至郭道镇线路全长');
  });

  it('reads the names in the sentence before, in the paragraph before when the sentence opens one', () => {
    const before = '本学期，县里新建的南关小学、西街幼儿园和城北中学投入使用。';
    const p = '三所学校建筑面积分别为2.4万平方米、0.5万平方米和3.1万平方米。';
    expect(read(p, '2.4万平方米', [], { preceding: before })).toBe('南关小学建筑面积');
    expect(read(p, '0.5万平方米', [], { preceding: before })).toBe('西街幼儿园建筑面积');
    expect(read(p, '3.1万平方米', [], { preceding: before })).toBe('城北中学建筑面积');
    expect(read(`${before}${p}`, '3.1万平方米')).toBe('城北中学建筑面积');
  });

  it('reads nothing without 分别, or where the list before has not as many items', () => {
    expect(read('全县接待游客86.5万人次，同比增长12%。', '12%', [['86.5万人次', '接待游客']])).toBe('');
    expect(read('城乡居民人均可支配收入分别增长4.6%和6.8%。', '4.6%')).toBe('');
    expect(read('南关小学和西街幼儿园投入使用，三所学校建筑面积分别为2.4万平方米、0.5万平方米和3.1万平方米。', '2.4万平方米')).toBe('');
  });
  it('reads a list of places before 分别, in its clause or the one before, as the items (the place and the own words)', () => {
    const p = '近日，沁源县王和镇、郭道镇两所卫生院建成投用，分别新增床位40张和35张。';
    expect(read(p, '40张')).toBe('沁源县王和镇新增床位');
    expect(read(p, '35张')).toBe('郭道镇新增床位');
    const q = '其中，王桥镇、夏店镇分别完成改造里程18公里和12公里。';
    expect(read(q, '12公里', [['18公里', '王桥镇完成改造里程']])).toBe('夏店镇完成改造里程');
  });

  it('reads the names, not the figures before, where the words before 分别 name a thing of their own', () => {
    const p = '南关小学和西街幼儿园新增学位900个和300个，总投资分别为1.2亿元和3000万元。';
    expect(read(p, '3000万元', [['900个', '新增学位'], ['300个', '新增学位']])).toBe('西街幼儿园总投资');
  });
});

describe('respectively, a verb with no object of its own', () => {
  it('takes the thing the same verb was done to before, in the sentence or the one before it', () => {
    const p = '全县收购小杂粮3200吨。其中，西营镇、下良镇分别收购900吨和650吨。';
    expect(read(p, '900吨')).toBe('西营镇收购小杂粮');
    expect(read(p, '650吨')).toBe('下良镇收购小杂粮');
    const q = '店上镇新栽核桃树1.2万株，微子镇、史回镇分别新栽8000株和5000株。';
    expect(read(q, '8000株', [['1.2万株', '店上镇新栽核桃树']])).toBe('微子镇新栽核桃树');
  });

  it('leaves the label as it was where no such verb stood before, or the verb has its own object', () => {
    const p = '今年，西营镇、下良镇分别完成900吨和650吨。';
    expect(read(p, '900吨')).toBe('西营镇完成');
    const q = '全县新增学位1200个，其中城东、城西两所小学分别新增学位400个和300个。';
    expect(read(q, '400个', [['1200个', '新增学位']])).not.toMatch(/学位学位/);
  });
});
