import { describe, expect, it } from 'vitest';
import { english } from './content/english-fixture.ts';
import { canteenInvestment, heatedArea, museumStudents, pension } from './content/fixtures.ts';
import { formatAmount, formatChange, formatChangeNote, formatFigure, formatQuantity } from './format.ts';

describe('formatQuantity', () => {
  it('writes money in 万 and 亿 on Chinese pages and in yuan millions on English ones', () => {
    expect(formatQuantity('zh', 2_000_000, '元')).toBe('200万元');
    expect(formatQuantity('en', 2_000_000, '元', undefined, english)).toBe('¥2 million');
    expect(formatQuantity('zh', 579_000_000, '元')).toBe('5.79亿元');
    expect(formatQuantity('en', 579_000_000, '元', undefined, english)).toBe('¥579 million');
    expect(formatQuantity('en', 11_000, '元', undefined, english)).toBe('¥11,000');
  });

  it('keeps the measure word in Chinese; English gives a noun, or none where the word only says "a thing"', () => {
    expect(formatQuantity('zh', 13_200, '家')).toBe('1.32万家');
    expect(formatQuantity('en', 13_200, '家', undefined, english)).toBe('13,200 organisations');
    expect(formatQuantity('zh', 2737, '个')).toBe('2737个');
    expect(formatQuantity('en', 2737, '个', undefined, english)).toBe('2,737');
    expect(formatQuantity('en', 4424, '人', undefined, english)).toBe('4,424 people');
    expect(formatQuantity('en', 1, '人', undefined, english)).toBe('1 person');
  });

  it('uses the measure vocabulary for what a count is', () => {
    expect(formatQuantity('en', 12, '个', 'heat-exchange-stations', english)).toBe('12 stations');
    expect(formatQuantity('en', 1, '个', 'heat-exchange-stations', english)).toBe('1 station');
  });

  it('writes percentages and physical units the way each language does', () => {
    expect(formatQuantity('zh', 16.3, '%')).toBe('16.3%');
    expect(formatQuantity('en', 60.87, '%', undefined, english)).toBe('60.87%');
    expect(formatQuantity('zh', 38.1, '公里')).toBe('38.1公里');
    expect(formatQuantity('en', 38.1, '公里', undefined, english)).toBe('38.1 km');
    expect(formatQuantity('en', 22, '℃', undefined, english)).toBe('22°C');
  });
});

describe('formatAmount', () => {
  it('counts in 万 and 亿 in Chinese without grouping below 万, and in millions in English', () => {
    expect(formatAmount('zh', 2649)).toBe('2649');
    expect(formatAmount('zh', 477_000)).toBe('47.7万');
    expect(formatAmount('zh', 180_000_000)).toBe('1.8亿');
    expect(formatAmount('en', 180_000_000)).toBe('180 million');
    expect(formatAmount('en', 2649)).toBe('2,649');
  });
});

describe('formatFigure', () => {
  it('carries the printed hedge and digits over: Chinese as printed, English word for word', () => {
    expect(formatFigure('zh', canteenInvestment)).toBe('近200万元');
    expect(formatFigure('en', canteenInvestment, english)).toBe('nearly ¥2 million');
    expect(formatFigure('zh', museumStudents)).toBe('70多名');
    expect(formatFigure('en', museumStudents, english)).toBe('more than 70 people');
    expect(formatFigure('zh', heatedArea)).toBe('约500万平方米');
    expect(formatFigure('en', heatedArea, english)).toBe('about 5 million m²');
    expect(formatFigure('zh', { value: 80, unit: '%', qualifier: 'over', text: '八成以上' })).toBe('八成以上');
  });

  it('writes a figure from its value where the span does not say it, with the printed hedge where there is one', () => {
    expect(formatFigure('zh', { value: 900, unit: '人', qualifier: 'under' })).toBe('不到900人');
    expect(formatFigure('zh', { value: 3000, unit: '人', qualifier: 'about' })).toBe('约3000人');
    expect(formatFigure('zh', { value: 75, unit: '%', qualifier: 'over' })).toBe('75%以上');
    // An editor corrected the value: the number from the value, the printed word kept in its place.
    expect(formatFigure('zh', { ...canteenInvestment, value: 2_100_000 })).toBe('近210万元');
    expect(formatFigure('zh', { ...museumStudents, value: 80 })).toBe('80多名');
    expect(formatFigure('zh', { value: 8000, unit: '户', qualifier: 'over', text: '8000户' })).toBe('8000户以上');
  });

  it('writes a range with both ends and the unit once', () => {
    const range = { value: 3, unit: '年', qualifier: 'exact' as const, range: { low: 3, high: 5 } };
    expect(formatFigure('zh', range)).toBe('3至5年');
    expect(formatFigure('en', range, english)).toBe('3–5 years');
    expect(formatFigure('zh', { value: 3, unit: '%', range: { low: 3, high: 5 } })).toBe('3%至5%');
  });
});

describe('formatChange', () => {
  it('says where a value came from', () => {
    expect(formatChange('zh', pension)).toBe('由143元提高至191元');
    expect(formatChange('en', pension, english)).toBe('up from ¥143 a month');
  });

  it('says a rate, an amount, or only the new value', () => {
    expect(formatChange('zh', { value: 16.3, unit: '%', change: { rate: 16.3, direction: 'up' } })).toBe('增长16.3%');
    expect(formatChange('en', { value: 8.1, unit: '%', change: { rate: 8.1, direction: 'down' } }, english)).toBe('down 8.1%');
    expect(formatChange('zh', { value: 600, unit: '元', change: { amount: 600, direction: 'up' } })).toBe('增加600元');
    expect(formatChange('en', { value: 600, unit: '元', change: { amount: 600, direction: 'up' } }, english)).toBe('up ¥600');
    expect(formatChange('zh', { value: 45_000, unit: '立方米', change: { to: 45_000, direction: 'up' } })).toBe('增至4.5万立方米');
  });

  it('says nothing when the sentence states no change', () => {
    expect(formatChange('en', canteenInvestment, english)).toBeUndefined();
  });
});

describe('a change shown as a number', () => {
  const raise = { value: 600, unit: '元', qualifier: 'exact' as const, text: '600元', kind: 'change' as const, change: { amount: 600, direction: 'up' as const } };
  const fall = { value: 8.1, unit: '%', qualifier: 'exact' as const, text: '8.1%', kind: 'change' as const, change: { rate: 8.1, direction: 'down' as const } };

  it('is signed in both languages, so it does not read as a level', () => {
    expect(formatFigure('en', raise, english)).toBe('+¥600');
    expect(formatFigure('zh', raise)).toBe('+600元');
    expect(formatFigure('en', fall, english)).toBe('−8.1%');
    expect(formatFigure('zh', fall)).toBe('−8.1%');
    expect(formatFigure('en', { ...fall, value: 10, text: '10%以上', qualifier: 'over', change: { rate: 10, direction: 'up' } }, english)).toBe('+10% or more');
  });

  it('says its direction in words where a hedge word opens it', () => {
    const near = { ...raise, text: '近600元', qualifier: 'about' as const };
    expect(formatFigure('en', near, english)).toBe('up nearly ¥600');
    expect(formatFigure('zh', near)).toBe('增加近600元');
    expect(formatFigure('zh', { ...fall, text: '约8.1%', qualifier: 'about' })).toBe('下降约8.1%');
  });

  it('leaves a level alone: the value a change reached, and any figure of another kind', () => {
    expect(formatFigure('en', pension, english)).not.toMatch(/^[+−]/);
    expect(formatFigure('en', { ...pension, kind: 'change' }, english)).not.toMatch(/^[+−]/);
    expect(formatFigure('en', { ...raise, kind: 'per' }, english)).toBe('¥600');
  });

  it('has no change note repeating it, and a plan\'s or target\'s change reads as a target', () => {
    expect(formatChangeNote('en', raise, english)).toBeUndefined();
    expect(formatChangeNote('en', { ...fall, status: 'target' }, english)).toBe('target: down 8.1%');
    expect(formatChangeNote('zh', { ...raise, status: 'plan' })).toBe('目标：增加600元');
    expect(formatChangeNote('en', pension, english)).toBe('up from ¥143 a month');
    const planned = { value: 45_000, unit: '立方米', status: 'plan' as const, change: { to: 45_000, direction: 'up' as const } };
    expect(formatChangeNote('en', planned, english)).toMatch(/^target: rise to 45,000 /);
    expect(formatChange('en', { ...planned, status: 'actual' }, english)).toMatch(/^increased to 45,000 /);
  });
});

describe('BARE_COUNTS', () => {
  it('knows the measure words the glossary marks as saying only "a thing"', async () => {
    const { BARE_COUNTS } = await import('./format/units.ts');
    expect(BARE_COUNTS.has('个')).toBe(true);
    expect(BARE_COUNTS.has('人')).toBe(false);
  });
});
