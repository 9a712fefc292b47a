import { describe, expect, it } from 'vitest';
import { labelOf } from './label.ts';
import { itemKey } from './label-item-key.ts';
import { scopeFor } from './scope.fixture.ts';

const label = (paragraph: string, figure: string) => labelOf(scopeFor(paragraph, figure));
const key = (paragraph: string, figure: string) => itemKey(scopeFor(paragraph, figure));

describe('item keys before a colon', () => {
  it('label a thin label or none by the key of its item', () => {
    const line = '老旧小区改造：开工48个，完工31个，惠及居民1.26万户。';
    expect(label(line, '48个')).toBe('老旧小区改造开工');
    expect(label(line, '31个')).toBe('老旧小区改造完工');
    expect(label(line, '1.26万户')).toContain('惠及居民');
    // (A label that names its own thing keeps it.)
    expect(label('城市公园建设：新建口袋公园共16个，新增绿地面积为8.5万平方米。', '8.5万平方米')).not.toMatch(/^城市公园建设/);
    const items = '县医疗集团远程会诊：3200例；远程心电诊断：1.1万例；远程影像诊断：8600例。';
    expect(label(items, '3200例')).toBe('县医疗集团远程会诊');
    expect(label(items, '1.1万例')).toBe('远程心电诊断');
    // (Without the words the key already says: 完成整治 → 背街小巷整治完成.)
    expect(label('背街小巷整治：完成整治62条，总长度达27.3公里。', '62条')).toContain('背街小巷整治');
  });

  it('label a label whose nouns only measure the count (里程, 面积, 任务) by the key of its item', () => {
    expect(label('乡村道路：新建改造里程达86公里，惠及群众1.2万人。', '86公里')).toBe('乡村道路新建改造里程');
    expect(label('城镇新增就业：3120人，完成全年任务的96%。', '96%')).toBe('城镇新增就业完成全年任务');
    // (A label that names its thing keeps it: 口袋公园 is no measure.)
    expect(label('城市公园建设：新建口袋公园共16个。', '16个')).toBe('新建口袋公园');
  });

  it('reads no key from a speaker, an office, a time, nor past a sentence of its own', () => {
    expect(key('市住建局有关负责人表示：明年计划改造老旧小区120个。', '120个')).toBe('');
    expect(key('县人社局：今年新增就业3000人。', '3000人')).toBe('');
    expect(key('办理时间：每周一至周五，全年接待群众3000人次。', '3000人次')).toBe('');
    expect(key('城市公园建设：今年全区在城区新建改造口袋公园共16个。', '16个')).toBe('');
  });

  it('label a rate of money per head by its item key, past who it is paid to (720, 733)', () => {
    expect(label('1.居家适老化改造：符合条件的困难老年人家庭，每户最高补贴3000元。', '3000元')).toBe('居家适老化改造每户最高补贴');
    expect(label('2.家庭养老床位：每张床位一次性建设补贴2000元。', '2000元')).toBe('家庭养老床位每张建设补贴');
    expect(label('●以工代训补贴：企业新招用就业困难人员并开展以工代训的，按每人每月500元给予补贴。', '500元')).toBe('以工代训补贴每人每月');
    // near misses: a rate naming its own thing, a speaker's key, and a line with no key, as before
    expect(label('●高龄津贴：80至89周岁老人每人每月50元。', '50元')).toBe('80至89周岁老人高龄津贴每人每月');
    expect(label('村民王大爷：“我家每户补贴3000元。”', '3000元')).not.toContain('王大爷');
    expect(label('符合条件的困难老年人家庭，每户最高补贴3000元。', '3000元')).toBe('每户最高补贴');
  });
});
