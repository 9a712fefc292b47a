// A reply's or a notice's contacts printed one to a line (`联系人：…` / `联系电话：…`) close the piece: the title-like
// line under them heads the next article, not a section of the reply (run-headline.ts contactsAbove, page-foot.ts
// closingContactLines). Pages made up in the forms the papers print.
import { describe, expect, it } from 'vitest';
import { closesOnContacts } from './page-foot.ts';
import { structurePage } from '../segment.ts';

const reply = [
  '关于加快城区老旧供水管网改造的建议', '答复单位：市水务局', '',
  '您提出的关于加快城区老旧供水管网改造的建议收悉，现答复如下：', '',
  '今年，市水务局完成城区老旧供水管网改造42公里，惠及居民1.2万户。明年计划再改造35公里。', '',
  '感谢您对供水工作的关心和支持。', '',
];
const story = ['下良镇有个“巧手村”', '', '襄垣县下良镇的水碾村只有400多户人家，却有200多名妇女在家门口做手工编织。', '', '合作社从外地企业接订单，一名熟练的编织工每月能挣2000多元。', ''];
const heads = (lines: string[]) => structurePage(lines.join('\n')).segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text.split('\n')[0]);

describe('closesOnContacts', () => {
  it("reads a block's last labelled lines together, the last a phone number", () => {
    expect(closesOnContacts(['联系人：李某', '联系电话：0355-2186523'])).toBe(true);
    expect(closesOnContacts(['感谢您的关心。', '联系人：段 某', '联系电话：0355-2191345'])).toBe(true);
    expect(closesOnContacts(['联系人：李某　联系电话：0355-2186523'])).toBe(true);
  });
  it('fails for one contact alone, a last line that gives no contact, or a sentence among the lines', () => {
    expect(closesOnContacts(['咨询电话：0355-2186523'])).toBe(false);
    expect(closesOnContacts(['联系电话：0355-2186523', '地址：某路12号'])).toBe(false);
    expect(closesOnContacts(['请拨打电话：0355-2209876咨询。'])).toBe(false);
    expect(closesOnContacts(['今年改造管网42公里。', '咨询电话：0355-2186523'])).toBe(false);
  });
});

describe('a headline under contacts printed one to a line', () => {
  it('opens the next article, the contacts their own block or not', () => {
    expect(heads([...reply, '联系人：李某', '联系电话：0355-2186523', '', ...story])).toEqual(['关于加快城区老旧供水管网改造的建议', '下良镇有个“巧手村”']);
    expect(heads([...reply.slice(0, -1), '联系人：李某', '联系电话：0355-2186523', '', ...story])).toEqual(['关于加快城区老旧供水管网改造的建议', '下良镇有个“巧手村”']);
    const flat = [...reply, '联系人：李某', '联系电话：0355-2186523', ...story].filter((l) => l !== '');
    expect(heads(flat).slice(1)).toEqual(['下良镇有个“巧手村”']);
  });
  it("keeps a section heading in its article where the text above ends on one contact or on no contacts", () => {
    const notice = ['城区新增3处便民充电站', '', '12月1日起，城区新增3处电动自行车便民充电站，每处设充电桩位40个。', '', '咨询电话：0355-2186523', '', '收费标准', '', '充电每小时收费0.5元，每日封顶3元。', ''];
    expect(heads(notice)).toEqual(['城区新增3处便民充电站']);
    const sections = ['城区新增3处便民充电站', '', '12月1日起，城区新增3处电动自行车便民充电站。', '', '收费标准', '', '充电每小时收费0.5元，每日封顶3元。', ''];
    expect(heads(sections)).toEqual(['城区新增3处便民充电站']);
  });
});
