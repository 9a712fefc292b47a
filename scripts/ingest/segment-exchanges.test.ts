// A box of exchanges under its own label after an article's text (segment-exchanges.ts, issue 15). Made-up pages in
// the printed forms: a label over netizens' messages and a department's replies, or over 问：/答： or 【问】/【答】 turns
// (read by structure/shape.ts isQuestion/isAnswer, as everywhere), the page's furniture under them, the
// next box's label after them; near misses that stay the article's: a section of prose, an interview's speaker turns,
// a reply missing, a label over turns with the article's text going on.
import { describe, expect, it } from 'vitest';
import { structurePage } from './segment.ts';
import { isExchanges } from './segment-exchanges.ts';
import type { Block } from './types.ts';

const story = ['城西片区新建三处口袋公园', '本报记者 吴 桐', '11月20日，城西片区新建的三处口袋公园对外开放，新增绿地1.2公顷。', '公园里设有健身步道和儿童游乐区，周边居民步行5分钟即可到达。'];
const heads = (page: string[]) => structurePage(page.join('\n\n')).segments.map((s) => s.blocks.find((x) => x.kind === 'headline')?.text ?? '(none)');
const p = (text: string): Block => ({ kind: 'paragraph', text, source: [0] });

describe('a label over exchanges after an article (segment-exchanges.ts)', () => {
  const pairs = ['网友“河畔晨跑”留言：滨河路的路灯晚上十点就关了，能否延长开灯时间？', '市城市管理局回复：已将滨河路路灯关闭时间调整至23时。', '网友“老城居民”：北街菜市场门口积水，何时能修好？', '某某区住建局答复：排水管道改造已列入计划，年底前完工。'];

  it('is a piece of its own, with the page furniture under it', () => {
    expect(heads([...story, '网上留言板', ...pairs, '本版编辑：周 宁'])).toEqual(['城西片区新建三处口袋公园', '网上留言板']);
  });

  it('ends where the next label opens a piece over text of its own', () => {
    expect(heads([...story, '网上留言板', ...pairs, '◇本周热线◇', '本周，热线共受理群众来电1200余件，办结率97%。'])).toEqual(['城西片区新建三处口袋公园', '网上留言板', '◇本周热线◇']);
  });

  it('keeps the questions and answers form: 问 / 答', () => {
    expect(heads([...story, '居民关心的几个问题', '问：公园几点关门？', '答：晚上十点。', '问：可以带宠物吗？', '答：需牵绳并及时清理。'])).toEqual(['城西片区新建三处口袋公园', '居民关心的几个问题']);
  });

  it('keeps the form with its labels in brackets: 【问】 / 【答】, as the 问： / 答： form', () => {
    const box = ['居民关心的几个问题', '【问】公园几点关门？', '【答】晚上十点。', '【问】可以带宠物吗？', '【答】需牵绳并及时清理。'];
    expect(heads([...story, ...box])).toEqual(['城西片区新建三处口袋公园', '居民关心的几个问题']);
  });

  it('leaves a section of prose the article’s', () => {
    expect(heads([...story, '居民怎么说', '家住附近的王大爷说，以前锻炼要去两公里外的广场。', '现在出门就是公园，孙子也有了玩的地方。'])).toEqual(['城西片区新建三处口袋公园']);
  });

  it('leaves an interview’s speaker turns the article’s: no turn names a reply', () => {
    const turns = ['记者：公园的设计听取了居民意见吗？', '王某：前后开了三次居民议事会。', '记者：后续怎么管护？', '王某：交由社区网格员日常巡查。'];
    expect(heads([...story, '对话设计者', ...turns])).toEqual(['城西片区新建三处口袋公园']);
  });

  it('leaves the label the article’s when its text goes on after the turns', () => {
    const page = [...story, '网上留言板', ...pairs, '据了解，明年城西片区还将新建口袋公园两处。'];
    expect(heads(page)).toEqual(['城西片区新建三处口袋公园']);
  });
});

describe('isExchanges', () => {
  it('wants two exchanges or more, each reply naming itself', () => {
    expect(isExchanges([p('网友“甲”：路灯坏了。'), p('街道办回复：已修好。'), p('网友“乙”：井盖丢了。'), p('市政公司回复：已补装。')])).toBe(true);
    expect(isExchanges([p('网友“甲”：路灯坏了。'), p('街道办回复：已修好。')])).toBe(false);
    expect(isExchanges([p('网友“甲”：路灯坏了。'), p('已修好。'), p('网友“乙”：井盖丢了。'), p('市政公司回复：已补装。')])).toBe(false);
    // A reply is no question: two replies in a row are no exchange.
    expect(isExchanges([p('街道办回复：已修好。'), p('街道办回复：已修好。'), p('网友“乙”：井盖丢了。'), p('市政公司回复：已补装。')])).toBe(false);
    // Questions and answers under their labels in brackets, or naming who answers; a question is no answer.
    expect(isExchanges([p('【问】路灯坏了找谁？'), p('【答】拨打热线报修。'), p('[问]井盖丢了找谁？'), p('[答]找市政公司。')])).toBe(true);
    expect(isExchanges([p('问（本报记者）：路灯坏了找谁？'), p('答（街道办主任）：拨打热线报修。'), p('问：井盖丢了找谁？'), p('答：找市政公司。')])).toBe(true);
    expect(isExchanges([p('【问】路灯坏了找谁？'), p('【问】井盖丢了找谁？'), p('【问】水管冻了找谁？'), p('【答】拨打热线报修。')])).toBe(false);
  });
});
