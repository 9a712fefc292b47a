import { describe, expect, it } from 'vitest';
import { figureRuns } from './unbreakable.ts';

const marked = (text: string) => figureRuns(text).map((r) => (r.whole ? `[${r.text}]` : r.text)).join('');

describe('figureRuns', () => {
  it('keeps a Chinese number whole with its scale and unit, the hedge before it apart', () => {
    expect(marked('约500万平方米')).toBe('约[500万平方米]');
    expect(marked('+75元')).toBe('[+75元]');
    expect(marked('4.5万立方米/日')).toBe('[4.5万立方米/日]');
    expect(marked('从143元提高至191元')).toBe('从[143元]提高至[191元]');
    expect(marked('18个项目建设任务')).toBe('[18个]项目建设任务');
    expect(marked('2025年11月')).toBe('[2025年][11月]');
    expect(marked('200余万元，5000元/人·月')).toBe('[200余万元]，[5000元/人·月]');
  });

  it('ends a Chinese unit where the unit ends, never inside a character', () => {
    expect(marked('补贴“5000元”👩‍👩‍👧')).toBe('补贴“[5000元]”👩‍👩‍👧');
    expect(marked('增长12.5%（同比）')).toBe('增长[12.5%]（同比）');
    expect(marked('日供水4.5万m³，')).toBe('日供水[4.5万m³]，');
  });

  it('keeps an English number whole with its scale word and one unit word, not a joining word', () => {
    expect(marked('about 5 million m²')).toBe('about [5 million m²]');
    expect(marked('more than 22,000 households')).toBe('more than [22,000 households]');
    expect(marked('+¥75 a month')).toBe('[+¥75] a month');
    expect(marked('22°C or more')).toBe('[22°C] or more');
  });

  it('ends a number at its last digit: a comma or full stop after it closes the clause, not the number', () => {
    expect(marked('In 2025, Huguan County')).toBe('In [2025], Huguan County');
    expect(marked('in 2025. The county')).toBe('in [2025]. The county');
    expect(marked('2025年，壶关县')).toBe('[2025年]，壶关县');
    expect(marked('1,234.5 yuan')).toBe('[1,234.5 yuan]');
  });

  it('gives back the text it was given, runs in order', () => {
    for (const text of ['约500万平方米', 'nearly ¥2 million', '12条', 'none']) expect(figureRuns(text).map((r) => r.text).join('')).toBe(text);
  });
});
