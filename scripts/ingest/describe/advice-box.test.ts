// A box of advice or of words explained is about no place of its neighbour (advice-box.ts). Made-up boxes in the
// forms the papers print, each with a near miss.
import { describe, expect, it } from 'vitest';
import { isAdviceBox } from './advice-box.ts';

describe('isAdviceBox', () => {
  it('reads advice whose digits number its points, say how often, how long, when or how warm, or give a number to call', () => {
    expect(isAdviceBox('【用电小贴士】', '1.电暖器不要长时间无人看管；\n2.每次使用不超过4小时；\n3.室温保持在16℃~20℃即可。')).toBe(true);
    expect(isAdviceBox('出行提示', '雪天出行请提前10分钟出门，发现路面结冰可拨打12328反映。')).toBe(true);
    expect(isAdviceBox('■ 温馨提醒', '服务大厅办公时间为9:00—17:00，咨询电话：0355-3012345。')).toBe(true);
    expect(isAdviceBox('防疫小贴士', '出现高热不退，请立即拨打120。')).toBe(true);
    expect(isAdviceBox('温馨提示：冬季用电“三不要”', '1. 不要私拉电线；\n2. 不要超负荷用电。\n发现故障请拨打0355-95598。')).toBe(true);
    expect(isAdviceBox('【冬季用电安全提醒】', '外出前请切断电源，每天检查线路1次。')).toBe(true);
  });
  it('reads a glossary as the word’s, whatever its numbers', () => {
    expect(isAdviceBox('名词解释', '小微企业：指年营业收入300万元以下的企业。')).toBe(true);
  });
  it('not advice that prints a figure of a scheme, nor a box of another label', () => {
    expect(isAdviceBox('温馨提示', '1.首次办理乘车卡可享受补贴30元；\n2.办卡请携带身份证。')).toBe(false);
    expect(isAdviceBox('出行提示', '道路恢复通行后，8路、16路公交车恢复原线路运行。')).toBe(false);
    expect(isAdviceBox('相关链接', '每天开窗通风2次，每次30分钟。')).toBe(false);
    expect(isAdviceBox('某县开展用电安全宣传：入户检查', '每天检查线路1次。')).toBe(false);
    expect(isAdviceBox('一组数据', '新建公厕12座。')).toBe(false);
  });
  it('not advice whose age or duration is a scheme’s rule or a changed standard of service', () => {
    expect(isAdviceBox('温馨提示', '本县户籍65岁以上老人凭身份证可免费乘坐城区公交。')).toBe(false);
    expect(isAdviceBox('温馨提示', '不动产登记办理时限由7个工作日缩短为3个工作日。')).toBe(false);
    expect(isAdviceBox('办事提醒', '营业执照审批时间压缩至2个工作日。')).toBe(false);
  });
  it('still reads how long advice says a thing takes, or when, as advice', () => {
    expect(isAdviceBox('温馨提示', '办理结果3个工作日内短信通知，每次通风时间为30分钟。')).toBe(true);
  });
});
