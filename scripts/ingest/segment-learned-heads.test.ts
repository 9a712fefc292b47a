import { describe, expect, it } from 'vitest';
import { splitLearnedHeads } from './segment-learned-heads.ts';
import { emptyDraft, type Draft } from './segment-passes.ts';
import type { Block } from './types.ts';

// A made-up page as the rules left it: one article whose text runs on into the next article's head, which no rule
// read as a headline (a paragraph, or a lone section heading) — each line a printed block of its own.

function draftOf(lines: [Block['kind'], string][]): Draft {
  const blocks = lines.map(([kind, text], i): Block => ({ kind, text, source: [i] }));
  return { ...emptyDraft(), hasHeadline: true, hasBody: true, blocks };
}
const split = (d: Draft) => splitLearnedHeads([d], { printed: d.blocks.map((_, i) => i) });
const heads = (ds: Draft[]) => ds.map((d) => d.blocks.find((b) => b.kind === 'headline')?.text);

const PARK: [Block['kind'], string][] = [
  ['headline', '城区新建三处口袋公园'],
  ['paragraph', '11月18日，潞州区英雄南路口袋公园建成开放，园内铺设塑胶步道300米，设有健身器材和儿童游乐设施。'],
  ['paragraph', '今年以来，全区共新建口袋公园12处，惠及周边居民3万余人，周边居民步行五分钟即可到达。'],
];

describe('splitLearnedHeads', () => {
  it('splits at a headline read as a body line, between two paragraphs, that a byline under it confirms', () => {
    const d = draftOf([...PARK, ['paragraph', '电梯进了老楼'], ['byline', '（记者 张华 通讯员 刘芳）'], ['paragraph', '为了这部电梯，楼里的住户商量了整整两年。这栋楼建于1995年，共有住户36户，其中60岁以上老人21人。']]);
    const out = split(d);
    expect(heads(out)).toEqual(['城区新建三处口袋公园', '电梯进了老楼']);
    expect(out[1]!.blocks.map((b) => b.kind)).toEqual(['headline', 'byline', 'paragraph']);
  });

  it('splits the head off the first line of a paragraph printed with its text, a news item lead under it', () => {
    const d = draftOf([...PARK, ['paragraph', '老楼里的电梯响了\n本报讯（记者 张华）11月20日上午，在潞州区太行西街街道的一个老旧小区，新装的电梯正在调试。']]);
    const out = split(d);
    expect(heads(out)).toEqual(['城区新建三处口袋公园', '老楼里的电梯响了']);
    expect(out[1]!.blocks[1]!.text).toMatch(/^本报讯/u);
  });

  it('takes a head cut off with its byline over the text a rule began as an article of its own', () => {
    const above = { ...draftOf([...PARK, ['paragraph', '电梯进了老楼'], ['byline', '（记者 张华 通讯员 刘芳）']]), closed: true };
    const body: Block[] = [{ kind: 'paragraph', text: '为了这部电梯，楼里的住户商量了整整两年。这栋楼建于1995年，共有住户36户，其中60岁以上老人21人。', source: [10] }];
    const below = { ...emptyDraft(), hasBody: true, blocks: body };
    const out = splitLearnedHeads([above, below], { printed: [...above.blocks.map((_, i) => i), 10] });
    expect(heads(out)).toEqual(['城区新建三处口袋公园', '电梯进了老楼']);
    expect(out[1]!.blocks.map((b) => b.kind)).toEqual(['headline', 'byline', 'paragraph']);
  });

  it('leaves a numbered section head alone when the article holds another of its form', () => {
    const d = draftOf([...PARK, ['paragraph', '01 家门口有了好去处'], ['paragraph', '园内铺设塑胶步道300米，设有健身器材和儿童游乐设施，老人孩子都爱来。'], ['paragraph', '02 管护跟上不打折'], ['paragraph', '每处公园都有专人管护，每天清扫两次，设施坏了当天就修。']]);
    expect(split(d)).toHaveLength(1);
  });

  it('leaves a head over running text alone where a box\'s lines, not finished text, stand above it', () => {
    const d = draftOf([...PARK, ['paragraph', '● 全市登记电动自行车约68万辆'], ['paragraph', '（数据来源：市消防救援支队）'], ['heading', '探索：政府补一点企业投一点'], ['paragraph', '在潞州区紫金街街道，街道办牵头引入充电运营企业，今年已在8个小区建成充电棚。']]);
    expect(split(d)).toHaveLength(1);
  });

  it('leaves a short sentence of the body alone', () => {
    const d = draftOf([...PARK, ['paragraph', '大家都说好。'], ['paragraph', '为了这部电梯，楼里的住户商量了整整两年。这栋楼建于1995年，共有住户36户，其中60岁以上老人21人。']]);
    expect(split(d)).toHaveLength(1);
  });

  it('leaves a sub-heading of the article alone, one of its sections', () => {
    const d = draftOf([...PARK, ['heading', '家门口有了好去处'], ['paragraph', '园内铺设塑胶步道300米，设有健身器材和儿童游乐设施，老人孩子都爱来。'], ['heading', '管护跟上不打折'], ['paragraph', '每处公园都有专人管护，每天清扫两次，设施坏了当天就修。']]);
    expect(split(d)).toHaveLength(1);
  });

  it('leaves a box head inside an article alone', () => {
    const d = { ...draftOf([...PARK, ['heading', '相关链接'], ['paragraph', '口袋公园是指面积在400至10000平方米之间、方便居民就近使用的小型公园。']]), box: true };
    expect(split(d)).toHaveLength(1);
  });

  it('leaves a Q&A question alone, and a line inside quoted speech', () => {
    const qa = draftOf([...PARK, ['paragraph', '问：公园几点开放？'], ['paragraph', '答：每天6点到22点开放，节假日不休息，欢迎市民前来游玩。'], ['paragraph', '口袋公园怎么管'], ['paragraph', '答：每处公园都有专人管护，每天清扫两次，设施坏了当天就修好。']]);
    expect(split(qa)).toHaveLength(1);
    const quoted = draftOf([...PARK, ['paragraph', '王秀兰说：“以前下楼没地方转，'], ['paragraph', '现在走几步就到'], ['paragraph', '公园了，孩子们放学就来玩，老人们也天天来锻炼身体。”']]);
    expect(split(quoted)).toHaveLength(1);
  });
});
