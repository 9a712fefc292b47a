import { describe, expect, it } from 'vitest';
import { label } from './label.fixture.ts';

describe('a doing for whom keeps how it is done (label-for-whom.ts)', () => {
  it('reads the words before 为 with the doing after it', () => {
    expect(label('去年冬天，他的小本子上记下了上门为老人测血压、送药1100多次。', '1100多次')).toBe('上门为老人测血压、送药');
    expect(label('今年以来，县人社局组织协理员上门为行动不便的老人办理资格认证1.4万人次。', '1.4万人次')).toBe('上门为行动不便的老人办理资格认证');
    expect(label('今年1至11月，通过远程会诊平台为山区群众诊疗4800余人次。', '4800余人次')).toBe('远程会诊平台为山区群众诊疗');
  });

  it('leaves who does it out, and a count of those it is done for as it was', () => {
    expect(label('今年以来，县医院为群众免费体检3000人次。', '3000人次')).toBe('群众免费体检');
    expect(label('今年以来，市残联为残疾人适配辅具860件。', '860件')).toBe('残疾人适配辅具');
    expect(label('街道为300名高龄、失能老人免费体检。', '300名')).toBe('免费体检的高龄、失能老人');
  });

  it('leaves out a person who does it opening the run, keeping how (review R6 G17 on 8fc873b5)', () => {
    expect(label('今年以来，社区医护人员定期为老人体检1200人次。', '1200人次')).toBe('定期为老人体检');
    expect(label('今年以来，志愿者免费为老人理发300余人次。', '300余人次')).toBe('免费为老人理发');
  });
});
