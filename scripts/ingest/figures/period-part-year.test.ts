import { describe, expect, it } from 'vitest';
import { periodOf } from './period.ts';
import { scopeFor } from './scope.fixture.ts';

// Made-up sentences: one opening on 其中 is of the year of the sentence it breaks down (period-carried.ts, partOfYear).
const year = (paragraph: string, figure: string, preceding?: string) =>
  periodOf({ ...scopeFor(paragraph, figure, { article: { pageYear: 2025, year: 2025 } }), ...(preceding ? { preceding } : {}) }).year;

describe('a sentence opening on 其中: the year of the whole', () => {
  it('takes the year the sentence before names, in its paragraph or the paragraph before', () => {
    expect(year('会议研究了明年的民生实事。经论证，2026年全县拟办民生实事10件，总投资8.6亿元。其中，计划新建幼儿园3所。', '3所')).toBe(2026);
    expect(year('其中，计划改造农村公路120公里，新增停车泊位800个。', '800个', '县发改局已拟定2026年民生实事项目清单，共10件。')).toBe(2026);
    expect(year('去年全县新建公厕48座。其中，农村公厕30座。', '30座')).toBe(2024);
  });

  it('keeps a time of its own, and the article year when the whole names none', () => {
    expect(year('2026年全县拟办民生实事10件。其中，今年已先行启动2件。', '2件')).toBe(2025);
    expect(year('全县共有幼儿园46所。其中，公办幼儿园30所。', '30所')).toBe(2025);
    expect(year('2026年全县拟办民生实事10件。另外，计划新建幼儿园3所。', '3所')).toBe(2025);
  });
});
