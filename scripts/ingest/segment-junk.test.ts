// Pieces that are no article merge into the article they belong to (segment-junk.ts): made-up pages in the forms
// that made junk — tag lines between articles, a numbered heading read as a headline, a dialogue cut by a credit.
import { describe, expect, it } from 'vitest';
import type { Block } from './types.ts';
import { mergeJunkPieces } from './segment-junk.ts';
import { emptyDraft, type Draft } from './segment-passes.ts';
import { structurePage } from './segment.ts';

function articles(text: string): { kinds: string[]; texts: string[] }[] {
  return structurePage(text).segments.map((s) => ({ kinds: s.blocks.map((b) => b.kind), texts: s.blocks.map((b) => b.text) }));
}

const headlineOf = (a: { kinds: string[]; texts: string[] }) => a.texts[a.kinds.indexOf('headline')];

// A press conference's head, its lead and a first question and answer, as the pages below open.
const BRIEFING = ['上党晚报　2025年4月8日　第3版', '我市举行就业服务新闻发布会', '本报记者　孟　凯', '4月7日，市政府新闻办举行新闻发布会。', '记者：今年有哪些稳岗举措？'];

describe('pieces that are no article', () => {
  it('tag lines standing alone between two articles head the article below, the last its kicker', () => {
    const page = [
      '沁县新闻　2025年9月2日　第2版',
      '南里镇：山坡上的核桃熟了',
      '本报记者　刘　洋',
      '今年，南里镇核桃挂果面积扩大到3000亩，收购商早早进村。',
      '（通讯员　吴　凡）',
      '#金秋丰收#',
      '#乡村新气象#',
      '松村镇新修一条产业路',
      '本报讯　近日，松村镇连通三个村的产业路完工通车。（记者　郭　亮）',
    ].join('\n');
    const got = articles(page);
    expect(got.map(headlineOf)).toEqual(['南里镇：山坡上的核桃熟了', '松村镇新修一条产业路']);
    const second = got[1]!;
    expect(second.kinds[second.texts.indexOf('#乡村新气象#')]).toBe('kicker');
    expect(second.kinds[second.texts.indexOf('#金秋丰收#')]).toBe('furniture');
  });

  it('a tag line read as a headline inside an article no byline closed is one more break in that article', () => {
    const page = [
      '沁县新闻　2025年9月2日　第2版',
      '南里镇：山坡上的核桃熟了',
      '本报记者　刘　洋',
      '今年，南里镇核桃挂果面积扩大到3000亩，收购商早早进村。',
      '#产业兴村#',
      '镇上的核桃加工厂已经开机，每天收购青皮核桃。',
      '（通讯员　吴　凡）',
    ].join('\n');
    const got = articles(page);
    expect(got).toHaveLength(1);
    expect(got[0]!.texts.some((t) => t.startsWith('镇上的核桃加工厂'))).toBe(true);
  });

  it('the next heading of a numbered series goes on the article above, even right before its closing byline', () => {
    const page = [
      ...BRIEFING,
      '韩冰：主要有三项。',
      '第一，开发公益岗位',
      '全年开发公益性岗位2000个。',
      '第二，办好招聘活动',
      '每月举办一场乡镇专场招聘会。',
      '第三，兜牢困难群体',
      '对零就业家庭实行动态清零。',
      '（记者　孟　凯）',
    ].join('\n');
    const got = articles(page);
    expect(got).toHaveLength(1);
    expect(got[0]!.kinds[got[0]!.texts.indexOf('第三，兜牢困难群体')]).toBe('heading');
  });

  it('a dialogue turn after a photo credit set between the turns goes on the article above', () => {
    const page = [
      ...BRIEFING,
      '韩冰：全年开发公益性岗位2000个。',
      '（图为发布会现场。本报记者　石　磊　摄）',
      '主持人：今天的发布会到此结束。',
      '',
      '黎城县：西井镇卫生院新楼启用',
      '本报讯　4月3日，西井镇卫生院新门诊楼投入使用。（记者　申　洁）',
    ].join('\n');
    const got = articles(page);
    expect(got.map(headlineOf)).toEqual(['我市举行就业服务新闻发布会', '黎城县：西井镇卫生院新楼启用']);
    expect(got[0]!.texts).toContain('主持人：今天的发布会到此结束。');
  });

  it('an article that opens on its own headline stays an article, numbered or not', () => {
    const page = [
      '长治日报　2025年4月8日　第3版',
      '一、城区新增公交线路两条',
      '本报讯　4月7日，城区新开通两条公交线路。（记者　赵　敏）',
      '二、郊区客运班线加密',
      '本报讯　4月7日，郊区三条客运班线加密班次。（记者　赵　敏）',
    ].join('\n');
    expect(articles(page).map(headlineOf)).toEqual(['一、城区新增公交线路两条', '二、郊区客运班线加密']);
  });

  it('a headless question-and-answer box after a signed item stands on its own: the signature closed the item', () => {
    const page = [
      '长治日报　2025年4月8日　第3版',
      '城区新增公交线路两条',
      '本报讯　4月7日，城区新开通两条公交线路，市民出行更方便。（记者　赵　敏）',
      '',
      '问：新线路几点发车？',
      '答：首班车早上6点发车，末班车晚上9点收车。',
      '问：票价多少？',
      '答：全程票价1元。',
    ].join('\n');
    const got = articles(page);
    expect(got).toHaveLength(2);
    expect(got[1]!.texts[0]).toBe('问：新线路几点发车？');
  });

  it('signatures standing alone close the article they join, so a headless dialogue below stays apart', () => {
    const draft = (blocks: Block[], over: Partial<Draft> = {}): Draft => ({ ...emptyDraft(), blocks, hasBody: true, ...over });
    const paragraph = (text: string): Block => ({ kind: 'paragraph', text, source: [] });
    const item = draft([{ kind: 'headline', text: '城区新增公交线路两条', source: [] }, paragraph('4月7日，城区新开通两条公交线路。')], { hasHeadline: true });
    const signs = draft([paragraph('（记者　赵　敏）')]);
    const dialogue = draft([paragraph('问：新线路几点发车？'), paragraph('答：首班车早上6点发车。')]);
    const merged = mergeJunkPieces([item, signs, dialogue]);
    expect(merged).toHaveLength(2);
    expect(merged[0]!.closed).toBe(true);
    expect(merged[1]!.blocks[0]!.text).toBe('问：新线路几点发车？');
  });
});
