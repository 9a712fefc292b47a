// statusOf (figures/status.ts, status-words.ts): 打算 before what is to be done, and what a meeting decides, are plans;
// made-up sentences with near misses.
import { describe, expect, it } from 'vitest';
import { scopeFor } from './scope.fixture.ts';
import { statusOf } from './status.ts';

const status = (paragraph: string, figure: string) => statusOf(scopeFor(paragraph, figure));

describe('statusOf: 打算', () => {
  it('reads 打算 before a verb as a plan', () => {
    expect(status('去年村里硬化巷道3公里，今年我们打算再铺8公里。', '8公里')).toBe('plan');
    expect(status('合作社打算扩建烘干车间2座。', '2座')).toBe('plan');
  });
  it('leaves 打算 as a noun and 原打算', () => {
    expect(status('谈到以后的打算时站长说，站里今年共接诊病人3200人次。', '3200人次')).toBe('actual');
    expect(status('原打算年底完工的桥梁，10月已建成通车，全长260米。', '260米')).toBe('actual');
  });
});

describe('statusOf: a meeting decides', () => {
  it('reads what a meeting decides or agrees to grant as planned', () => {
    expect(status('会议决定，春节前为全县1.2万户困难群众每户发放慰问金500元。', '1.2万户')).toBe('plan');
    expect(status('县政府召开常务会议，确定2026年十件民生实事，总投资12.5亿元。', '12.5亿元')).toBe('plan');
    expect(status('会议审议通过了《县城停车设施建设实施办法》，同意从县级财政安排资金3600万元。', '3600万元')).toBe('plan');
    expect(status('会议审议通过《全县冬季供热保障方案》，明确储备供热用煤45万吨。', '45万吨')).toBe('plan');
  });
  it('leaves things set earlier and told as done, and a decision read out', () => {
    expect(status('今年县里确定的12件民生实事已完成10件。', '10件')).toBe('actual');
    expect(status('会议宣读了县委表彰决定，对20个先进集体予以通报表彰。', '20个')).toBe('actual');
    expect(status('去年全县新建公厕36座，同意加装电梯的住户有120户。', '120户')).toBe('actual');
    expect(status('会议决定，对去年改造完成的24个老旧小区予以奖补。', '24个')).toBe('actual');
    expect(status('会议确定，对已建成的9个日间照料中心给予表彰。', '9个')).toBe('actual');
    // (Works named built by a 的-phrase, status-words.ts BUILT_THE, as status.ts reads them after a completion.)
    expect(status('会议决定，为新落成的14个村级养老驿站配备护理员。', '14个')).toBe('actual');
  });
});
