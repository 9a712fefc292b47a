import { describe, expect, it } from 'vitest';
import { emptyState, hasFilters, MAX_QUERY_LENGTH, pagefindOptions, readState, writeState, type FilterNames } from './url-state.ts';

const ZH_NAMES: FilterNames = { topic: '主题', region: '地区', year: '年份', kind: '类型' };

describe('readState', () => {
  it('reads the query, the sort and repeated filter values', () => {
    const state = readState(new URLSearchParams('q=%E4%BE%9B%E7%83%AD&topic=养老&topic=托育&region=上党区&year=2025&sort=date'));
    expect(state).toEqual({ q: '供热', sort: 'date', filters: { topic: ['养老', '托育'], region: ['上党区'], year: ['2025'], kind: [] } });
  });

  it('reads what the header form sends: only q', () => {
    expect(readState(new URLSearchParams('q=heating'))).toEqual({ ...emptyState(), q: 'heating' });
  });

  it('ignores an unknown sort, unknown parameters, empty and repeated values', () => {
    const state = readState(new URLSearchParams('sort=oldest&colour=red&topic=&topic=养老&topic=养老'));
    expect(state.sort).toBe('relevance');
    expect(state.filters.topic).toEqual(['养老']);
    expect(Object.keys(state.filters)).toEqual(['topic', 'region', 'year', 'kind']);
  });

  it('cuts a pasted wall of text to the longest query kept', () => {
    expect(readState(new URLSearchParams({ q: '供'.repeat(500) })).q).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('writeState', () => {
  it('leaves defaults out and round-trips', () => {
    expect(writeState(emptyState())).toBe('');
    const state = { q: '壶关 供热', sort: 'date' as const, filters: { topic: ['供热'], region: [], year: ['2025'], kind: [] } };
    expect(readState(new URLSearchParams(writeState(state)))).toEqual(state);
  });
});

describe('pagefindOptions', () => {
  it('names filters as the page’s language indexed them, any value within a filter', () => {
    const state = { ...emptyState(), filters: { topic: ['养老', '托育'], region: ['上党区'], year: [], kind: [] } };
    expect(pagefindOptions(state, ZH_NAMES)).toEqual({ filters: { 主题: { any: ['养老', '托育'] }, 地区: { any: ['上党区'] } } });
    expect(hasFilters(state)).toBe(true);
  });

  it('sorts newest first by the date key only when asked', () => {
    expect(pagefindOptions({ ...emptyState(), sort: 'date' }, ZH_NAMES)).toEqual({ sort: { date: 'desc' } });
    expect(pagefindOptions(emptyState(), ZH_NAMES)).toEqual({});
    expect(hasFilters(emptyState())).toBe(false);
  });
});
