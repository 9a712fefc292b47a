import { describe, expect, it } from 'vitest';
import { filesFor, matches, nothingChosen, statusText, type Words, type YearFile } from './dashboard-index.ts';

const INDEX: YearFile[] = [
  { key: '2025', count: 80, url: '/zh/data/years/2025.json' },
  { key: '2024', count: 24, url: '/zh/data/years/2024.json' },
  { key: '2023', count: 35, url: '/zh/data/years/2023.json' },
  { key: 'undated', count: 9, url: '/zh/data/years/undated.json' },
];

describe('the dashboard filters’ choices', () => {
  it('match a figure on every chosen field, and on the topic page’s own topic', () => {
    const row = { region: '壶关县', year: '2023', topic: 'heating' };
    expect(matches(row, {})).toBe(true);
    expect(matches(row, { year: '2023', region: '壶关县' })).toBe(true);
    expect(matches(row, { year: '2024' })).toBe(false);
    expect(matches(row, { topic: 'education' })).toBe(false);
    expect(matches(row, {}, 'education')).toBe(false);
    expect(matches({ region: '壶关县', year: '', topic: 'heating' }, { year: 'undated' })).toBe(true);
    expect(matches(row, { year: 'undated' })).toBe(false);
  });

  it('fetch only the chosen year’s file, or every year’s, newest first, when no year is chosen', () => {
    expect(filesFor(INDEX, { year: '2023' }).map((f) => f.key)).toEqual(['2023']);
    expect(filesFor(INDEX, { region: '壶关县' }).map((f) => f.key)).toEqual(['2025', '2024', '2023', 'undated']);
    expect(nothingChosen({})).toBe(true);
    expect(nothingChosen({ region: '' })).toBe(true);
    expect(nothingChosen({ year: '2023' })).toBe(false);
  });

  it('say how many match and how many are shown, in the page’s language', () => {
    const en: Words = { match: { one: '{n} figure matches', other: '{n} figures match' }, status: '{count}; showing {shown}.', loading: '', failed: '', more: '' };
    expect(statusText(en, 'en', 35, 35)).toBe('35 figures match; showing 35.');
    expect(statusText(en, 'en', 1, 1)).toBe('1 figure matches; showing 1.');
    expect(statusText(en, 'en', 1234, 100)).toBe('1,234 figures match; showing 100.');
    const zh: Words = { match: { other: '{n}个数字符合条件' }, status: '{count}，显示{shown}个。', loading: '', failed: '', more: '' };
    expect(statusText(zh, 'zh-CN', 35, 35)).toBe('35个数字符合条件，显示35个。');
  });
});
