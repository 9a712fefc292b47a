// Durations as people tell them (label-durations.ts): time spent by a verb of spending alone, days after a verb's
// 了, a notice's total after 共. Made-up sentences.
import { describe, expect, it } from 'vitest';
import { label } from './label.fixture.ts';

describe('durations as people tell them', () => {
  it('names time spent by what was done before the verb of spending it', () => {
    expect(label('腿脚不好以后，上楼一趟得花十几分钟。', '十几分钟', '分钟')).toBe('上楼一趟用时');
  });

  it('counts days after a verb’s 了 as the days of doing it', () => {
    expect(label('“今年冬天我已经歇了40天，开春再出去打工。”', '40天')).toMatch(/歇天数$/);
    expect(label('他去年参加了30天的电焊培训。', '30天')).toMatch(/电焊培训天数$/);
    expect(label('学员们接受了30天的培训。', '30天')).toBe('接受培训天数');
  });

  it('names a total closing a notice’s item by the item’s key, or the sentence’s subject', () => {
    expect(label('三、停电时间：12月6日7:30—18:30，共计11小时。', '11小时')).toBe('停电时长');
    expect(label('答：本学期为9月1日至次年1月20日，共142天。', '142天')).toContain('本学期');
  });

  it('leaves days that name their own span alone', () => {
    expect(label('全市空气质量优良天数达到267天。', '267天')).toBe('空气质量优良天数');
  });
});

describe('a verb of spending time alone (只用了, 用了)', () => {
  it('says only that time went: 用时, after what the clause before did when it names it', () => {
    expect(label('从报警到救护车赶到，只用了11分钟。', '11分钟')).toMatch(/用时$/);
    expect(label('司机接单后一路疾驰，只用了15分钟就把病人送到了医院。', '15分钟')).toMatch(/用时$/);
  });

  it('leaves a label that names its thing, and the verb with what was done before it, as they were', () => {
    expect(label('全程只用了2小时。', '2小时')).toContain('全程');
    expect(label('下楼一趟要花20多分钟。', '20多分钟')).toBe('下楼一趟用时');
  });
});
