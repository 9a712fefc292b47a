import { describe, expect, it } from 'vitest';
import { FigureChartError, findFigureCharts, resolveFigureChart } from './figure-chart.ts';
import { ALL_FIXTURES, HUGUAN_2025, SHANGDANG_2024 } from './fixtures.ts';
import { NETWORK_2025 } from './test-support/like-figures.ts';

const pension = HUGUAN_2025.find((f) => f.text === '191元')!;
const heat = HUGUAN_2025.find((f) => f.text === '22℃以上')!;

describe('resolveFigureChart', () => {
  it('draws a measure series as bars: the like-with-like group of actual figures of the latest year', () => {
    const spec = resolveFigureChart({ measure: 'heating-network-km' }, [...ALL_FIXTURES, ...NETWORK_2025.slice(1)]);
    expect(spec.kind).toBe('bar');
    expect(spec.kind === 'bar' && spec.figures.map((f) => f.text)).toEqual(['38.1公里', '27.5公里', '15公里', '13.5公里']);
    expect(spec.kind === 'bar' && spec.like).toMatchObject({ status: 'actual', kind: 'new', year: 2025 });
    // Alone, the 2025 figure is its own series; 13.5公里 (2024, a whole project) never joins it.
    const alone = resolveFigureChart({ measure: 'heating-network-km' }, ALL_FIXTURES);
    expect(alone.kind === 'bar' && alone.figures.map((f) => f.text)).toEqual(['38.1公里']);
  });

  it('refuses bars of figures that do not compare, saying what differs', () => {
    const other = SHANGDANG_2024.find((f) => f.text === '13.5公里')!;
    expect(() => resolveFigureChart({ ids: [NETWORK_2025[0]!.id, other.id], type: 'bar' }, ALL_FIXTURES)).toThrow(
      /do not make one bar chart: their kind, period or year differ\. Name figures that compare, or add type="cards"/,
    );
    expect(() => resolveFigureChart({ ids: [heat.id], type: 'bar' }, ALL_FIXTURES)).toThrow(/anecdote/);
    expect(resolveFigureChart({ ids: NETWORK_2025.map((f) => f.id) }, [...ALL_FIXTURES, ...NETWORK_2025.slice(1)]).kind).toBe('bar');
  });

  it('draws figures that all state a change as before/after (never an anecdote’s), unless told otherwise', () => {
    const change = resolveFigureChart({ ids: [pension.id, heat.id] }, ALL_FIXTURES);
    expect(change.kind).toBe('change');
    expect(change.kind === 'change' && change.figures.map((f) => f.id)).toEqual([pension.id]);
    expect(resolveFigureChart({ ids: [pension.id, heat.id], type: 'cards' }, ALL_FIXTURES).kind).toBe('cards');
  });

  it('names the problem in an editor’s tag', () => {
    expect(() => resolveFigureChart({ measure: 'heating-km' }, ALL_FIXTURES, 'zh/articles/x/')).toThrow(
      /<FigureChart measure="heating-km"> in zh\/articles\/x\/: no such measure/,
    );
    expect(() => resolveFigureChart({ ids: ['nope-00000000'] }, ALL_FIXTURES)).toThrow(/no figure has the id "nope-00000000"/);
    expect(() => resolveFigureChart({}, ALL_FIXTURES)).toThrow(FigureChartError);
    expect(() => resolveFigureChart({ measure: 'heating-network-km', ids: [] }, ALL_FIXTURES)).toThrow(/not both/);
    expect(() => resolveFigureChart({ measure: 'heating-network-km', type: 'pie' }, ALL_FIXTURES)).toThrow(/type must be one of bar, change, cards/);
    expect(() => resolveFigureChart({ ids: [heat.id], type: 'change' }, [{ ...heat, change: undefined }])).toThrow(/states both a before and an after/);
  });
});

describe('findFigureCharts', () => {
  it('reads the documented forms from MDX source', () => {
    const body = [
      '城乡居民养老保险基础养老金从每月143元提高至191元。',
      '',
      '<FigureChart measure="heating-network-km" />',
      '',
      `<FigureChart ids={["${pension.id}", '${heat.id}']} type="change" />`,
      '',
      "<FigureChart\n  measure={'rural-roads-km'}\n/>",
    ].join('\n');
    expect(findFigureCharts(body)).toEqual([
      { measure: 'heating-network-km' },
      { ids: [pension.id, heat.id], type: 'change' },
      { measure: 'rural-roads-km' },
    ]);
    expect(findFigureCharts('没有图表。')).toEqual([]);
  });
});
