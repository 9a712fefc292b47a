// The verbs before a list closed by 等 (label-objects.ts), read through labelOf.
import { describe, expect, it } from 'vitest';
import { label } from './label.fixture.ts';

describe('labelOf: verbs before a list closed by 等', () => {
  it('are the label\'s verbs, whatever the list names', () => {
    expect(label('走访慰问低保户、特困户等困难群众420人。', '420人')).toBe('走访慰问困难群众');
    expect(label('明年，机场计划再开通至成都、厦门等方向航线3条。', '3条')).toBe('开通方向航线');
  });

  it('not over 等地, nor from an item of the list', () => {
    expect(label('景区带动周边大峡谷镇、桥上乡等地发展农家乐320余家。', '320余家')).toBe('发展农家乐');
    expect(label('推广推拿、针灸等中医适宜技术16项。', '16项')).toBe('推广中医适宜技术');
  });
});
