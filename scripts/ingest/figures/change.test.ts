import { describe, expect, it } from 'vitest';
import { findChanges } from './change.ts';
import { normalizeWidth } from './numerals.ts';
import { sentenceAt, splitSentences } from './sentences.ts';
import { findFigureSpans } from './spans.ts';

function changes(paragraph: string) {
  const text = normalizeWidth(paragraph);
  const spans = findFigureSpans(paragraph);
  const sentences = splitSentences(text);
  const found = findChanges(text, spans, (i) => sentenceAt(sentences, spans[i]!.start));
  return spans.map((s, i) => ({ text: s.text, ...found.get(i) }));
}

describe('findChanges', () => {
  it('links 从…提高至… into one change and absorbs the level before (seed 002)', () => {
    expect(changes('城乡居民养老保险基础养老金从每月143元提高至191元，累计发放各项社保待遇5.79亿元。')).toEqual([
      { text: '143元' },
      { text: '191元', change: { from: 143, to: 191, direction: 'up' }, absorbs: 0 },
      { text: '5.79亿元' },
    ]);
  });

  it('links a level before and after with their times between (从2022年的…提高到今年的…), not a level of now before a plan', () => {
    expect(changes('全区公办养老机构入住率从2022年的31%提高到今年的68%。')[1]).toEqual({
      text: '68%',
      change: { from: 31, to: 68, direction: 'up' },
      absorbs: 0,
    });
    expect(changes('水质合格率由去年的87%提高到99%以上。')[1]).toMatchObject({ absorbs: 0 });
    expect(changes('室温不达标类占比从去年的62%降到了45%。')[1]).toMatchObject({ change: { from: 62, to: 45, direction: 'down' }, absorbs: 0 });
    expect(changes('群众满意率由年初的91%提高到96.3%。')[1]).toMatchObject({ absorbs: 0 });
    expect(changes('管网热损失率从原来的18%降到了6%。')[1]).toMatchObject({ absorbs: 0 });
    // 目前的88% is where the county stands now: a figure of its own beside the planned 95%.
    expect(changes('届时县城集中供热普及率将由目前的88%提高到95%以上。')[1]).not.toHaveProperty('absorbs');
  });

  it('links a level before told per head and per time (由每人每年…提高到…), not a level after a per word alone', () => {
    expect(changes('全县农村低保标准由每人每年5200元提高到5800元，增加了600元。')[1]).toEqual({
      text: '5800元',
      change: { from: 5200, to: 5800, direction: 'up' },
      absorbs: 0,
    });
    expect(changes('垃圾清运费从每户每月25元降至18元。')[1]).toMatchObject({ change: { from: 25, to: 18, direction: 'down' }, absorbs: 0 });
    // No 从/由 before the first level: two standards side by side, the second raised to its level.
    expect(changes('城市低保标准为每人每月820元，农村低保标准每人每年提高到6200元。')[1]).not.toHaveProperty('absorbs');
  });

  it('links 以前…，现在… (seed 001 prices, seed 002 temperatures)', () => {
    expect(changes('“以前村民每斤谷子只能卖4元，现在提高到6元。”')[1]).toEqual({
      text: '6元',
      change: { from: 4, to: 6, direction: 'up' },
      absorbs: 0,
    });
    expect(changes('“以前家里温度总徘徊在18℃，现在稳稳维持在22℃以上。”')[1]).toEqual({
      text: '22℃以上',
      change: { from: 18, to: 22, direction: 'up' },
      absorbs: 0,
    });
  });

  it('keeps two states told side by side (以前…要花15元，现在…只要3元) as two figures: no verb holds the second at a level', () => {
    expect(changes('“以前看病来回要50分钟，现在10分钟就到。”')).toEqual([{ text: '50分钟' }, { text: '10分钟' }]);
    expect(changes('以前去镇上赶集要花8元车费，现在只要2元。')[1]).not.toHaveProperty('absorbs');
    // Held at a level now (稳定在, 保持在), the level before is where it changed from.
    expect(changes('“以前屋里只有15℃，现在稳定在21℃。”')[1]).toMatchObject({ change: { from: 15, to: 21, direction: 'up' }, absorbs: 0 });
  });

  it('gives a level reached without a level before (seed 001)', () => {
    expect(changes('每日生活污水处理能力将提升至4.5万立方米，服务人口约20万。')[0]).toEqual({
      text: '4.5万立方米',
      change: { to: 45_000, direction: 'up' },
    });
  });

  it('reads rates up and down (seed 003, and the issue’s 同比下降)', () => {
    expect(changes('目标工业投资增长达17%，规模以上工业增加值增长16.3%。').map((c) => c.change)).toEqual([
      { rate: 17, direction: 'up' },
      { rate: 16.3, direction: 'up' },
    ]);
    expect(changes('全市刑事案件同比下降8.1%。')[0]!.change).toEqual({ rate: 8.1, direction: 'down' });
  });

  it('reads amounts of increase (seeds 001, 002)', () => {
    expect(changes('当地小米种植平均每亩增收600元，户均增收3000元。').map((c) => c.change)).toEqual([
      { amount: 600, direction: 'up' },
      { amount: 3000, direction: 'up' },
    ]);
  });

  it('does not link figures of different units or plain levels', () => {
    expect(changes('为1570名农民工追讨工资1578万元。').every((c) => !('change' in c))).toBe(true);
    expect(changes('增加值仅占0.9%，全民参保率达97%以上。').every((c) => !('change' in c))).toBe(true);
  });
});
