// The place label that opens a brief in a news column: the division's suffix in brackets (or a gazetteer place
// short of its suffix), text after it.
import { describe, expect, it } from 'vitest';
import { opensWithPlaceLabel } from './place-label.ts';
import { isBrief } from './briefs.ts';

describe('opensWithPlaceLabel', () => {
  it('reads a division in brackets before the text as the brief\'s place', () => {
    expect(opensWithPlaceLabel('【东城区】全区新增公共停车位1200个。')).toBe(true);
    expect(opensWithPlaceLabel('〔南山县柳林镇〕镇里新建卫生室3个。')).toBe(true);
    expect(opensWithPlaceLabel('[北关街道] 街道为独居老人安装呼叫器。')).toBe(true);
  });
  it("reads a gazetteer place in the paper's short form, without its suffix, as the brief's place", () => {
    expect(opensWithPlaceLabel('【壶关】壶关县今冬共储备供热用煤5.6万吨。')).toBe(true);
    expect(opensWithPlaceLabel('【沁源】全县新建村级养老服务站18个。')).toBe(true);
    expect(isBrief('【壶关】壶关县今冬共储备供热用煤5.6万吨，可保障县城供热到明年3月底。')).toBe(true);
  });
  it('leaves a bracketed label that is no place of the gazetteer alone, a short form or not', () => {
    expect(opensWithPlaceLabel('【民生】全市新增公共停车位1200个。')).toBe(false);
    expect(opensWithPlaceLabel('【壶关人】说起供热，大家都点赞。')).toBe(false);
    expect(opensWithPlaceLabel('【壶关】：全县…')).toBe(false);
  });
  it('leaves a column label, a speaker and a label with nothing after it alone', () => {
    expect(opensWithPlaceLabel('【便民提示】供暖期间请注意安全。')).toBe(false);
    expect(opensWithPlaceLabel('【网友 @小巷深处】：路灯坏了。')).toBe(false);
    expect(opensWithPlaceLabel('【东城区】：全区…')).toBe(false);
    expect(opensWithPlaceLabel('【东城区】')).toBe(false);
  });
  it('makes a finished item so opened a brief of its own', () => {
    expect(isBrief('【东城区】全区新增公共停车位1200个，完成全年任务。')).toBe(true);
    expect(isBrief('【东城区】全区新增公共停车位1200个，完成')).toBe(false);
  });
});
