// Works done to what the counted hold (label-predicates.ts, heldPredicate), read through labelOf.
import { describe, expect, it } from 'vitest';
import { label } from './label.fixture.ts';

describe('labelOf, holders of what had works done', () => {
  it('counts the holders that had works done to what they hold (的, the held noun, its works)', () => {
    expect(label('今年，区里对城区30个小区的雨水管网进行了疏通。', '30个')).toBe('雨水管网疏通的小区');
    expect(label('县里对12个行政村的卫生室实施改造。', '12个')).toBe('卫生室改造的行政村');
    // What made it happen, a verb before the count past a place word, goes first.
    expect(label('合作社带动周边9个村的农户增收。', '9个')).toBe('带动农户增收的村');
    expect(label('县里开通2条公交线路，连接沿线11个行政村。', '11个')).toBe('连接沿线行政村'); // (the place word says where the counted are: 沿线村, as the blind pages' golds write it)
    // Money for such works is named after them.
    expect(label('镇里投入资金50万元，对全镇8个村的卫生室进行改造。', '50万元')).toBe('卫生室改造投入资金');
    expect(label('今年，合作社收购周边农户玉米300吨。', '300吨')).toBe('收购农户玉米');
    expect(label('今年，合作社带动周边农户增收500户。', '500户')).toBe('带动农户增收');
    // A noun phrase from the counted to the clause's end is the object of the verb before the count.
    expect(label('新水厂建成后，可解决800户村民冬季吃水难问题。', '800户')).toBe('解决冬季吃水难问题的村民');
    expect(label('新水厂建成后，可解决3000户居民在家门口用水。', '3000户')).toBe('解决居民');
    // (Not what the counted did, after an adverb: `2025年年初承诺的15件惠民实事全部落地`.)
    expect(label('年初承诺的10件实事全部落地。', '10件')).not.toContain('的实事');
    // (Not a linking verb: `有沿线11个村` names only the villages, and where they are.)
    expect(label('全线有沿线11个村。', '11个')).toBe('沿线村');
    // Not a held noun with a number of its own, nor one doing more than a short predicate says.
    expect(label('对城区30个小区的雨水管网疏通12公里。', '30个')).not.toContain('的小区');
    expect(label('全县20个村的村民都用上了自来水和天然气，日子越过越好。', '20个')).not.toMatch(/^村民.*的村$/);
  });
});

describe('labelOf, what a verb of making made the counted do, past a place word (dev 694, 721)', () => {
  it('reads what those a verb before a place word took as its object did after the count', () => {
    expect(label('今年该镇种植冬储大白菜1800亩，带动周边60余名村民就近务工。', '60余名')).toBe('带动村民就近务工');
    expect(label('园区带动周边80余名村民在家门口务工。', '80余名')).toBe('带动村民务工');
    // near misses: a count of people with nothing after it, and one of places, keep the place word
    expect(label('合作社带动周边300余名村民。', '300余名')).toBe('带动周边村民');
    expect(label('新线路覆盖沿线14个行政村。', '14个')).toBe('覆盖沿线行政村');
  });
});

describe('labelOf, a predicate told one by one', () => {
  it('reads 分别 before a verb as an adverb of order, as 依次: what follows narrates (IN_TURN)', () => {
    expect(label('来自4个村的25名选手分别上台。', '25名')).toBe('选手');
    expect(label('来自4个村的25名选手依次上台。', '25名')).toBe('选手');
    expect(label('会上，6名代表分别作了交流发言。', '6名')).toBe('代表');
    // Near misses: an adverb of how before the verb still defines it, and a verb with no adverb of order stays.
    expect(label('合作社带动300余名村民就近务工。', '300余名')).toBe('带动村民就近务工');
    expect(label('会上，6名代表作了交流发言。', '6名')).toBe('代表作交流发言');
  });
});

describe('labelOf, two predicates of the counted joined by 并', () => {
  it('reads the first, a verb and its object, as what defines the counted', () => {
    expect(label('近日，某乡最后3个村卫生室完成标准化建设并投入使用。', '3个')).toBe('完成标准化建设的村卫生室');
    expect(label('全镇12个村完成改厕并通过验收。', '12个')).toBe('完成改厕的村');
    expect(label('近日，某乡最后2个村卫生室完成标准化改造并投入使用。', '2个')).toContain('标准化改造');
  });

  it('reads the first predicate in the one form whatever its verb, not only a light verb (finding #7)', () => {
    expect(label('全县8所学校新建食堂并配备了餐具。', '8所')).toBe('新建食堂的学校');
    expect(label('5名医生到村义诊并发放药品。', '5名')).toBe('到村义诊的医生');
    expect(label('有20户群众领取补贴并表示感谢。', '20户')).toBe('领取补贴的群众');
    expect(label('12个村成立合作社并带动农户增收。', '12个')).toBe('成立合作社的村');
    expect(label('全市15个小区加装电梯并且全部投用。', '15个')).toBe('加装电梯的小区');
  });

  it('leaves 并 as an adverb (并未, 并不) and a verb alone before 并 as they were', () => {
    expect(label('全县32个小区安装了充电桩，并未收取费用。', '32个')).toBe('安装充电桩的小区');
    expect(label('8个村并入新社区。', '8个')).not.toContain('的村');
    // (并 as an adverb right after a verb and its object, which reaches the 并 test: finding #8.)
    expect(label('全县3个村卫生室完成标准化建设并未投入使用。', '3个')).toBe('村卫生室');
  });
});

describe('labelOf, what the counted did after the measure it was done by (按)', () => {
  it('reads the verb after 按 and its noun, a verbal noun closing the clause too, as what the counted did', () => {
    expect(label('其余26万元由12户居民按楼层分摊。', '12户')).toBe('分摊的居民');
    expect(label('电梯建成后，全楼18户居民按月缴纳维保费。', '18户')).toBe('缴纳维保费的居民');
  });

  it('leaves a verbal noun after 按 that does not close the clause to the words after it', () => {
    expect(label('12户居民按楼层分摊费用后，电梯顺利开工。', '12户')).not.toBe('分摊的居民');
  });
});
