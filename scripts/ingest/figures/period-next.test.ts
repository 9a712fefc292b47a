// periodOf (figures/period.ts): on a page that prints no date, a plan or aim of what comes next (下一步, 将, 力争, 再)
// that names no year of its own has no year; one that names its year, a plan under way and any plan on a dated page keep theirs.
import { describe, expect, it } from 'vitest';
import { periodOf } from './period.ts';
import { scopeFor } from './scope.fixture.ts';

const undated = { year: 2024, pageYear: undefined };
const period = (paragraph: string, figure: string, article: { year?: number; pageYear?: number; date?: string } = undated) =>
  periodOf(scopeFor(paragraph, figure, { article }));

describe('periodOf: a plan of what comes next on an undated page', () => {
  it('gives no year to a next step that names none', () => {
    expect(period('下一步，我局将在屯留区新建农村寄宿制小学2所。', '2所').year).toBeUndefined();
    expect(period('我们计划再开通城乡公交线路8条，力争行政村通车率达到100%。', '8条').year).toBeUndefined();
  });

  it('keeps the year a plan names, a plan under way, and a plan on a dated page', () => {
    expect(period('下一步，将在2026年新建农村寄宿制小学2所。', '2所').year).toBe(2026);
    expect(period('为独居老人安装呼叫设备，计划安装180台，已安装95台。', '180台').year).toBe(2024);
    expect(period('下一步，我局将在屯留区新建农村寄宿制小学2所。', '2所', { year: 2025, pageYear: 2025 }).year).toBe(2025);
  });
});
