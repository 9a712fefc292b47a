import { describe, expect, it } from 'vitest';
import { kindOf } from './kind.ts';
import { scopeFor } from './scope.fixture.ts';

const kind = (paragraph: string, figure: string, unit?: string) => kindOf(scopeFor(paragraph, figure, unit ? { unit } : {}));

describe('kindOf', () => {
  it('reads what was added or done as new, and a level or the people served as total', () => {
    const p = '今年潞州区共改造老旧小区46个，涉及楼栋318栋，惠及居民1.2万户，总投资2.3亿元。';
    expect(kind(p, '46个')).toBe('new');
    expect(kind(p, '318栋')).toBe('new');
    expect(kind(p, '1.2万户')).toBe('total');
    expect(kind(p, '2.3亿元')).toBe('total');
    expect(kind('投入近200万元对16个学校食堂进行了改造。', '16个')).toBe('new');
    expect(kind('新建改造供热管网38.1公里、换热站12个。', '38.1公里')).toBe('new');
    expect(kind('目前，长子县共有村卫生室312个，乡村医生435名。', '312个')).toBe('total');
  });

  it('reads running totals as cumulative', () => {
    expect(kind('今年以来，王桥镇累计发放积分卡4600余张，兑换物品1.2万余件。', '1.2万余件')).toBe('cumulative');
    expect(kind('截至目前，全县已建成农村互助幸福院63个。', '63个')).toBe('cumulative');
    expect(kind('截至10月底，潞州区今年已完成加装电梯37部。', '37部')).toBe('new');
  });

  it('reads amounts per head, household, unit or period as per', () => {
    expect(kind('据介绍，加装电梯每户只需出资1.8万元。', '1.8万元')).toBe('per');
    expect(kind('全区老年食堂日均就餐老人2600余人次。', '2600余人次')).toBe('per');
    expect(kind('全区每千人口托位数达到4.1个。', '4.1个')).toBe('per');
    expect(kind('一个采暖季电费2600元左右，还有补贴。', '2600元左右')).toBe('per');
  });

  it('tells rates from shares', () => {
    expect(kind('城区供热普及率达98%。', '98%')).toBe('rate');
    expect(kind('全市公办园在园幼儿占比达到56.3%。', '56.3%')).toBe('share');
    expect(kind('覆盖全县一半以上的行政村。', '一半以上', '%')).toBe('share');
  });

  it('reads differences as change', () => {
    expect(kind('今年的补贴标准为每户400元，较去年提高100元。', '100元')).toBe('change');
    expect(kind('今年他家的核桃每斤多卖了1.5元。', '1.5元')).toBe('change');
    expect(kind('小区乱停乱放投诉同比下降35%。', '35%')).toBe('change');
    expect(kind('营业收入增长10%。', '10%', '%')).toBe('change');
  });
});
