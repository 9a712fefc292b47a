// The day-and-source line under a digest item's headline (dated-source.ts).
import { describe, expect, it } from 'vitest';
import { isDatedSource } from './dated-source.ts';
import { structurePage } from '../segment.ts';

describe('isDatedSource', () => {
  it('reads a day and a source on one line, in either order, set apart by a space or a bar', () => {
    expect(isDatedSource('2025-11-25　来源：壶关县融媒体中心')).toBe(true);
    expect(isDatedSource('来源：武乡县融媒体中心　2025年11月26日')).toBe(true);
    expect(isDatedSource('2025.11.27 08:30 | 稿源：襄垣县融媒体中心')).toBe(true);
  });
  it('leaves a source alone, a date alone and a sentence that names its source', () => {
    expect(isDatedSource('来源：壶关县融媒体中心')).toBe(false);
    expect(isDatedSource('2025-11-25')).toBe(false);
    expect(isDatedSource('2025年11月25日，来源：据县融媒体中心消息，树掌镇澡堂开张。')).toBe(false);
  });
  it("makes the line over it an item's headline, after another item's text, and keeps itself out of the text", () => {
    const page = [
      '壶关县树掌镇“暖心澡堂”开张', '2025-11-25　来源：壶关县融媒体中心', '11月24日，树掌镇首家村级“暖心澡堂”在芳岱村开张。', '',
      '武乡县新增3条农村客运线路', '2025-11-26　来源：武乡县融媒体中心', '11月26日，武乡县开通分水岭乡至县城等3条农村客运线路。', '',
      '襄垣县首批家庭医生“上门包”发放', '2025-11-27　来源：襄垣县融媒体中心', '襄垣县卫健局近日为全县186名乡村医生配发家庭医生“上门包”。', '',
    ].join('\n');
    const { segments } = structurePage(page);
    expect(segments.map((s) => s.blocks.map((b) => b.kind))).toEqual([['headline', 'furniture', 'paragraph'], ['headline', 'furniture', 'paragraph'], ['headline', 'furniture', 'paragraph']]);
  });
});
