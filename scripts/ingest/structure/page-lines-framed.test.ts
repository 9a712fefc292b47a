// Date lines in printed forms of their own (page-lines.ts readPageWords): framed by rule marks, the page's number in
// brackets, a staff role spaced from its colon as OCR leaves it; and the near misses that stay text.
import { describe, expect, it } from 'vitest';
import { isPageLine, readPageLine } from './page-lines.ts';

describe('a date line framed by rule marks, its page number in brackets, its staff role spaced from its colon (issue 15)', () => {
  it.each([
    ['== 上党晚报 · 城区新闻 ==　2024/3/5　周二　[第6版]', { paper: '上党晚报', date: '2024-03-05', page: 6 }],
    ['＝＝ 黎城周刊 ＝＝　2024.3.5　星期二　【A3】', { paper: '黎城周刊', date: '2024-03-05', page: 3 }],
    ['2024-03-05　周二　（第12版）　县域新闻', { date: '2024-03-05', page: 12 }],
    ['2024年3月5日　第6版　城 建 · 交 通　　编辑 :  王 小 明', { date: '2024-03-05', page: 6 }],
    ['2024年3月5日　星期二　第6版　责任编辑 ： 赵 强', { date: '2024-03-05', page: 6 }],
  ])('%s is read', (line, facts) => expect(readPageLine(line)).toEqual(facts));
  // A sentence opened by a date, a notice's time, a dated list item, a bracket that is no page's number, a heading
  // between rule marks: text.
  it.each([
    '2024年3月5日，第6批补贴资金已发放到户。',
    '2024年3月5日 第6批补贴资金发放',
    '时间：2024/3/5 周二 14:00',
    '时间 : 2024/3/5 周二 14:00',
    '1. 2024/3/5 周二 报名截止',
    '- 2024年3月5日 周二 第一场',
    '2024年3月5日 周二 [见第3版]',
    '2024年3月5日 周二 [详情]',
    '== 活动预告 ==',
  ])('%s is not', (line) => expect(isPageLine(line)).toBe(false));
});
