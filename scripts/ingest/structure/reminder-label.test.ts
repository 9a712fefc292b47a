// A label of reminding (reminder-label.ts): a few characters and 提示/提醒 at the end, the whole of the title. Made-up
// labels, with near misses: the word inside a longer title, a topic of five characters or more, words of other kinds.
import { describe, expect, it } from 'vitest';
import { isReminderLabel } from './reminder-label.ts';

describe('a label of reminding', () => {
  it('a word of reminding alone or after a topic of four characters at most', () => {
    for (const t of ['提示', '温馨提示', '出行提醒', '冬季用电提醒', '投资风险提示', ' 购房提示 ']) expect(isReminderLabel(t)).toBe(true);
  });

  it('not the word inside a title, a long topic, marks or another kind of word', () => {
    for (const t of ['提醒市民错峰出行', '医保缴费提醒请收好', '请广大市民注意提醒', '健康小贴士', '相关链接', '下一步打算', '提示：', '温馨 提示x']) expect(isReminderLabel(t)).toBe(false);
  });
});
