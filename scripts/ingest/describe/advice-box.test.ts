// A box of advice or of words explained is about no place of its neighbour (advice-box.ts). Made-up boxes in the
// forms the papers print, each with a near miss.
import { describe, expect, it } from 'vitest';
import { isAdviceBox, isGeneralAdvice } from './advice-box.ts';

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

describe('isAdviceBox: a box of questions answered (issue 15)', () => {
  it('reads every line a question or its answer as what any reader may ask, whatever its policy’s figures', () => {
    const qa = '问：哪些人可以申请就业援助？\n答：登记失业的就业困难人员均可到公共就业服务机构申请。\n问：企业招用就业困难人员有什么补贴？\n答：按每人每月500元给予社会保险补贴，补贴期限最长3年。';
    expect(isAdviceBox('就业援助政策问答', qa)).toBe(true);
    expect(isAdviceBox('常见问题', 'Q：缴费档次可以调整吗？\nA：可以，在平均工资的60%至300%之间自主选择。\nQ：中断缴费会有影响吗？\nA：中断期间不计算缴费年限。')).toBe(true);
  });
  it('not one that says whom to call, nor a report among its lines, nor a lone question', () => {
    expect(isAdviceBox('热线答疑', '问：拨打12345后，多久能有回复？\n答：一般诉求在3个工作日内联系诉求人。\n问：对结果不满意怎么办？\n答：可在回访时说明。')).toBe(false);
    expect(isAdviceBox('政策问答', '今年全县发放就业补贴1200万元。\n问：哪些人可以申请？\n答：登记失业人员。\n问：补贴多少？\n答：每人每月500元。')).toBe(false);
    expect(isAdviceBox('政策问答', '问：补贴多少？\n答：每人每月500元。')).toBe(false);
  });
});

describe('isGeneralAdvice (issue 15)', () => {
  it('reads advice told as questions answered or as two points or more', () => {
    expect(isGeneralAdvice('农技问答', '问：冬季温室大棚蔬菜怎样防冻？\n答：寒潮来临前要加盖保温被。\n问：冬季羊圈管理要注意什么？\n答：圈舍要保持干燥通风。')).toBe(true);
    expect(isGeneralAdvice('健康提示', '冬季老年人防病，要做到“四注意”：\n1.注意保暖，外出戴好帽子；\n2.注意饮食清淡，多喝温水。')).toBe(true);
  });
  it('not a reminder told in a sentence, nor points printing a scheme’s figure, nor a box of another label', () => {
    expect(isGeneralAdvice('温馨提示', '近期气温骤降，请广大群众使用电暖器时注意通风，外出时及时断电断气。')).toBe(false);
    expect(isGeneralAdvice('温馨提示', '1.首次办理乘车卡可享受补贴30元；\n2.办卡请携带身份证。')).toBe(false);
    expect(isGeneralAdvice('一组数据', '1.新建公厕12座；\n2.新增停车位300个。')).toBe(false);
  });
});

