import { describe, expect, it } from 'vitest';
import { findPlaces } from './regions.ts';
import { closingSigner } from './regions-skipped.ts';

const parts = (...texts: string[]) => texts.map((text, i) => ({ text, source: [i] }));

describe('closingSigner: the body that signs a notice at its end', () => {
  it('finds the issuer’s line over the day, or the two in one part, after text has begun', () => {
    expect(closingSigner(['因管网检修，定于12月20日暂停供水。', '长治市供水有限公司', '2025年12月18日'], 0)).toBe(1);
    expect(closingSigner(['因管网检修，定于12月20日暂停供水。', '长治市供水有限公司\n2025年12月18日'], 0)).toBe(1);
    expect(closingSigner(['因管网检修，定于12月20日暂停供水。', '长治市供水有限公司'], 0)).toBe(1);
    // (Review R3 F5: the day on the signer's line after a space; the seal's note after the name.)
    expect(closingSigner(['因管网检修，定于12月20日暂停供水。', '长治市供水有限公司　2025年12月18日'], 0)).toBe(1);
    expect(closingSigner(['因管网检修，定于12月20日暂停供水。', '长治市供水有限公司（盖章）', '2025年12月18日'], 0)).toBe(1);
    expect(closingSigner(['因管网检修，定于12月20日暂停供水。', '长治市供水有限公司（盖章）　2025年12月18日'], 0)).toBe(1);
    // (Near misses: a body's name before any sentence heads or signs the text from above; a sentence last is text.)
    expect(closingSigner(['长治市供水有限公司', '因管网检修，定于12月20日暂停供水。'], 1)).toBe(-1);
    expect(closingSigner(['因管网检修，定于12月20日暂停供水。', '请用户提前储水。'], 0)).toBe(-1);
    // (Near misses: a sentence with a day after a space; a body and a word not a day.)
    expect(closingSigner(['因管网检修，定于12月20日暂停供水。', '请用户提前储水　2025年12月18日'], 0)).toBe(-1);
    expect(closingSigner(['因管网检修，定于12月20日暂停供水。', '长治市供水有限公司　热线服务'], 0)).toBe(-1);
  });
});

describe('findPlaces: the city’s company signing a county’s notice', () => {
  it('does not make a notice of a county’s streets the city’s by its signer (695, 710)', () => {
    expect(findPlaces(parts('因屯留区麟绛街道一段供热主管线漏水，我公司将于12月20日8时至18时停热抢修，影响用户约900户。', '服务电话：0355-1234×××', '长治市城市热力有限公司', '2025年12月18日')).regions).toEqual([
      '屯留区',
      '屯留区麟绛街道',
    ]);
    expect(findPlaces(parts('因管网改造施工，定于12月20日8:00至20:00对潞州区西街街道部分区域暂停供水，影响用户约2600户。', '长治市供水有限公司\n2025年12月18日')).regions).toEqual([
      '潞州区',
      '潞州区西街街道',
    ]);
    expect(findPlaces(parts('因管网改造施工，定于12月20日8:00至20:00对潞州区西街街道部分区域暂停供水，影响用户约2600户。', '长治市供水有限公司　2025年12月18日')).regions).toEqual([
      '潞州区',
      '潞州区西街街道',
    ]);
  });

  it('does not count the signer as a second mention of the city’s body that the text names once (748, 766)', () => {
    expect(findPlaces(parts('因英雄中路供水管网改造施工，长治市供水公司定于1月10日8:00至18:00对潞州区英雄中路街道部分区域停止供水，涉及居民约3200户。', '长治市供水公司', '2026年1月7日')).regions).toEqual([
      '潞州区',
      '潞州区英雄中路街道',
    ]);
  });

  it('keeps the city where its body acts in the text, or where the notice names no county', () => {
    // (Near misses, made up: the city's body in a sentence of the text; a notice for the whole city.)
    expect(findPlaces(parts('市供水公司联合屯留区水务局对麟绛街道管网进行改造，定于12月20日暂停供水。', '市供水公司还将对全市20个小区管网进行排查。', '长治市供水有限公司', '2025年12月18日')).regions).toContain('长治市');
    expect(findPlaces(parts('因主管网检修，定于12月20日全市城区暂停供水。', '长治市供水有限公司', '2025年12月18日')).regions).toEqual(['长治市']);
  });
});
