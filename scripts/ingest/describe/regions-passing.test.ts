import { describe, expect, it } from 'vitest';
import { inPassing } from './regions-passing.ts';

/** inPassing for the first occurrence of `place` in `text`. */
const passing = (text: string, place: string) => {
  const start = text.indexOf(place);
  return inPassing(text, { start, end: start + place.length });
};

describe('inPassing', () => {
  it('reads where a person comes from as passing, a list of where the work reaches not', () => {
    expect(passing('来自屯留区的学员王师傅说，一天能挣300元。', '屯留区')).toBe(true);
    expect(passing('患者来自壶关、平顺等山区县。', '壶关')).toBe(false);
  });

  it('reads where someone set out from as passing (从…赶来的)', () => {
    expect(passing('专程从屯留区赶来的求职者李师傅说，找到了活儿。', '屯留区')).toBe(true);
    expect(passing('从武乡县来的游客排起了长队。', '武乡县')).toBe(true);
    expect(passing('从潞州区到上党区的公交线路开通。', '潞州区')).toBe(false);
    expect(passing('从沁源县了解到，全县新建大棚80座。', '沁源县')).toBe(false);
    // Where they came to and what for may stand between 来 and 的 (made up); 从X来看 is a point of view.
    expect(passing('不少从武乡县、沁县来城区务工的人住进了新小区。', '武乡县、沁县')).toBe(true);
    expect(passing('从长子县来看，今年新建的大棚最多。', '长子县')).toBe(false);
    // 来 is the verb of coming, not the first character of 来讲, 来年, 来源, 来自, 来说 (made up).
    expect(passing('从襄垣县来讲的情况看，全县新建大棚80座。', '襄垣县')).toBe(false);
    expect(passing('从沁源县来年的种植计划看，全县将新增大棚80座。', '沁源县')).toBe(false);
    expect(passing('从平顺县来源的订单占全市的三成。', '平顺县')).toBe(false);
    expect(passing('从长子县来说的话，今年新建的大棚最多。', '长子县')).toBe(false);
    expect(passing('从壶关县过来的游客住进了民宿。', '壶关县')).toBe(true);
    expect(passing('从黎城县前来的求职者有300多人。', '黎城县')).toBe(true);
    expect(passing('这一做法是去年从长子县学来的。', '长子县')).toBe(true);
  });

  it('reads where visitors come from as passing', () => {
    expect(passing('纪念馆迎来襄垣县一所小学的200名学生。', '襄垣县')).toBe(true);
    expect(passing('景区接待黎城县的游客3000人次。', '黎城县')).toBe(true);
    expect(passing('景区迎来黎城县首个冰雪节。', '黎城县')).toBe(false);
  });

  it('reads a deputy’s delegation as passing', () => {
    expect(passing('代表：武乡县代表团 韩秀梅', '武乡县')).toBe(true);
    expect(passing('赵建国代表（武乡县代表团）：', '武乡县')).toBe(true);
    expect(passing('武乡县代表在会上发言。', '武乡县')).toBe(false);
  });

  it('reads what the place is compared with as passing', () => {
    expect(passing('每亩收入比隔壁的长子县高出400元。', '长子县')).toBe(true);
    expect(passing('优良天数高于潞城区12天。', '潞城区')).toBe(true);
  });

  it('reads the other side of a 与…相比 frame as passing', () => {
    expect(passing('与上党区相比，这里的供热面积更大。', '上党区')).toBe(true);
    expect(passing('和邻近的襄垣县同期相比，每亩多收200斤。', '襄垣县')).toBe(true);
    expect(passing('与上党区签订合作协议，共建产业园。', '上党区')).toBe(false);
  });

  it('does not read 比如, 同比, 占比 or 比例 as a comparison', () => {
    expect(passing('比如武乡县的订单班，学员结业就进厂。', '武乡县')).toBe(false);
    expect(passing('同比沁县增长6%。', '沁县')).toBe(false);
    expect(passing('占比平顺县最高。', '平顺县')).toBe(false);
  });

  it('leaves a place that is the subject or the scene', () => {
    expect(passing('家住黎城县黎侯镇的郭大姐说，暖气很热。', '黎城县')).toBe(false);
    expect(passing('在沁源县王和镇，新建大棚80座。', '沁源县')).toBe(false);
  });

  it('reads a list closed by 等 and its level word before 的 as where people come from', () => {
    expect(passing('来自平顺、潞城等县区的1200名选手参赛。', '平顺、潞城')).toBe(true);
  });

  it('reads a home town and a visiting delegation as passing, a body of the place acting not', () => {
    expect(passing('做饭的张红梅老家在黎城县，嫁到村里已有20年。', '黎城县')).toBe(true);
    expect(passing('平顺县民政局一行到店上镇考察助餐点建设。', '平顺县')).toBe(true);
    expect(passing('平顺县民政局到店上镇调研。', '店上镇')).toBe(false);
    expect(passing('在郭道镇、王和镇等重点路段开展夜查统一行动12次。', '郭道镇、王和镇')).toBe(false);
  });

  it('reads where a practice was borrowed from or a trip to learn went as passing', () => {
    expect(passing('新增泊位的做法借鉴了潞城区的经验。', '潞城区')).toBe(true);
    expect(passing('学习上党区北呈乡“土地托管”的做法。', '上党区北呈乡')).toBe(true);
    expect(passing('组织种植大户到沁县沁州黄镇学习小米加工经验。', '沁县沁州黄镇')).toBe(true);
    expect(passing('参照执行，潞城区的做法是先建后补。', '潞城区')).toBe(false);
    expect(passing('记者来到沁县南里镇，大棚里一片忙碌。', '沁县南里镇')).toBe(false);
  });

  it('reads a partner or supplier named with its bodies, and a route\'s far end, as passing', () => {
    expect(passing('将与襄垣县、沁县的养老机构开展结对帮扶。', '襄垣县、沁县')).toBe(true);
    expect(passing('燃煤主要由襄垣县、屯留区的煤矿供应。', '襄垣县、屯留区')).toBe(true);
    expect(passing('明年将新开通至潞州区的旅游直通车2条。', '潞州区')).toBe(true);
    expect(passing('由潞州区负责实施，全区新建公厕20座。', '潞州区')).toBe(false);
    expect(passing('平顺县青羊镇至龙溪镇的公交延长运营至21时。', '龙溪镇')).toBe(false);
  });

  it('reads where visitors come from, where goods go, a landmark of distance or border, an errand and a native as passing', () => {
    expect(passing('游客主要来自郑州、石家庄和我市潞州区等地。', '潞州区')).toBe(true);
    expect(passing('患者来自平顺、武乡、沁源等山区县。', '平顺、武乡、沁源')).toBe(false);
    expect(passing('小米销往潞州区、上党区等地。', '潞州区、上党区')).toBe(true);
    expect(passing('村子距潞州区30公里，毗邻潞城区。', '潞州区')).toBe(true);
    expect(passing('村子距潞州区30公里，毗邻潞城区。', '潞城区')).toBe(true);
    expect(passing('距离潞州区的主干道已经修通。', '潞州区')).toBe(false);
    expect(passing('以前山货要背到青羊镇去卖。', '青羊镇')).toBe(true);
    expect(passing('记者来到青羊镇，看到大棚一片忙碌。', '青羊镇')).toBe(false);
    expect(passing('他是土生土长的平顺人，在外打拼20年。', '平顺')).toBe(true);
    expect(passing('沁县人均耕地2.1亩。', '沁县')).toBe(false);
  });
});
