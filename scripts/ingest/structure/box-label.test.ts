// A box's label by its form: made-up labels, and near misses that are no label (a sentence, a headline, a label with text after it).
import { describe, expect, it } from 'vitest';
import { BOX_LABEL, boxLabel, isSetOffName } from './box-label.ts';

describe('a box label', () => {
  it('is a short name alone on its line, in brackets or after a mark; the label is the name alone', () => {
    expect(boxLabel('【办事指南】')).toBe('办事指南');
    expect(boxLabel('■ 费用构成')).toBe('费用构成');
    expect(boxLabel('▍出行小贴士')).toBe('出行小贴士');
  });

  it('is no sentence, no headline, nothing with text after the label, nothing of two lines', () => {
    expect(boxLabel('【办事指南】群众可拨打热线咨询。')).toBeUndefined();
    expect(boxLabel('■ 全县新建村级卫生室十二所，覆盖九成村庄')).toBeUndefined();
    expect(boxLabel('办事指南')).toBeUndefined();
    expect(boxLabel('【办事指南】\n1.携带身份证')).toBeUndefined();
  });

  it('in brackets opens a line, the box title after it (BOX_LABEL)', () => {
    expect(BOX_LABEL.exec('【数据】某县便民服务清单')?.[0]).toBe('【数据】');
    expect(BOX_LABEL.test('（数据来源：县统计局）')).toBe(false);
  });

  it('by its form alone (isSetOffName) takes a year’s label, which boxLabel refuses; no sentence either way', () => {
    expect(isSetOffName('【2024年账单】')).toBe(true);
    expect(boxLabel('【2024年账单】')).toBeUndefined();
    expect(isSetOffName('◆ 场边花絮')).toBe(true);
    expect(isSetOffName('【场边花絮】全镇共有选手300名。')).toBe(false);
    expect(isSetOffName('■ 全镇新建卫生室，覆盖九成村庄')).toBe(false);
  });
});
