// The page eval's tallies: per page, per set and per expectation type, and the --min threshold.
import { describe, expect, it } from 'vitest';
import { belowMin, formatSummary, parseShare, summarize } from './report.ts';

const results = [
  { set: 'dev', page: '01-a', expectations: [{ type: 'title' as const, ok: true }, { type: 'year' as const, ok: false, article: 'A', gold: '2025', got: '2026' }] },
  { set: 'dev', page: '02-b', expectations: [{ type: 'title' as const, ok: true }] },
  { set: 'holdout', page: 'h01', expectations: [{ type: 'junk' as const, ok: false }] },
];

describe('summarize', () => {
  it('tallies pages, sets and types', () => {
    const s = summarize(results);
    expect(s.pages.map((p) => [p.page, p.held, p.total])).toEqual([['01-a', 1, 2], ['02-b', 1, 1], ['h01', 0, 1]]);
    expect(s.sets).toEqual({ dev: { held: 2, total: 3 }, holdout: { held: 0, total: 1 } });
    expect(s.types.dev).toEqual({ title: { held: 2, total: 2 }, year: { held: 0, total: 1 } });
  });

  it('prints failures only when verbose', () => {
    const s = summarize(results);
    expect(formatSummary(s, false)).not.toContain('[year]');
    expect(formatSummary(s, true)).toContain('[year] A: gold 2025 | got 2026');
    expect(formatSummary(s, false)).toMatch(/dev\s+2\/3 66\.7%/);
  });

  it('counts the never-rules broken per set apart from the score, and names them when verbose', () => {
    const broken = [{ ...results[0]!, never: [{ rule: 'later-year' as const, article: 'A', what: 'dated 2026; the gold says 2025' }] }, results[2]!];
    const s = summarize(broken);
    expect(s.never.dev).toEqual({ 'role-as-title': 0, 'later-year': 1, 'year-from-nowhere': 0, 'outside-gazetteer': 0 });
    expect(s.sets.dev).toEqual({ held: 1, total: 2 });
    expect(formatSummary(s, false)).toMatch(/later-year\s+1\s+0/);
    expect(formatSummary(s, true)).toContain('[never later-year] A: dated 2026; the gold says 2025');
  });

  it('names the sets below --min', () => {
    const s = summarize(results);
    expect(belowMin(s, 0.5)).toEqual([expect.stringContaining('holdout holds 0/1')]);
    expect(belowMin(s, 0.7)).toHaveLength(2);
  });
});

describe('parseShare', () => {
  it('reads a fraction or a percentage', () => {
    expect(parseShare('0.98')).toBe(0.98);
    expect(parseShare('98%')).toBe(0.98);
    expect(parseShare('98')).toBe(0.98);
    expect(() => parseShare('high')).toThrow(/not a share/);
    expect(() => parseShare('120%')).toThrow(/more than 100%/);
  });
});
