import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FigureRecord } from '../../domain/figure.ts';
import { figureSubject } from '../figure-label.ts';
import { loadGlossary } from '../glossary.ts';
import { reversedQualifiers, unmatchedQualifiers } from './qualifiers.ts';

describe('unmatchedQualifiers', () => {
  it('names a qualifier one side says and the other does not', () => {
    expect(unmatchedQualifiers('退休人员养老金人均月增收', 'monthly pension increase per urban retiree')).toEqual(['urban']);
    expect(unmatchedQualifiers('背街小巷改造', 'back streets and alleys')).toEqual(['renovated']);
    expect(unmatchedQualifiers('新增停车位', 'parking spaces')).toEqual(['new']);
  });

  it('is empty when both sides say the same', () => {
    expect(unmatchedQualifiers('退休人员养老金人均月增收', 'monthly pension increase per retiree')).toEqual([]);
    expect(unmatchedQualifiers('城镇新增就业', 'new urban jobs')).toEqual([]);
    expect(unmatchedQualifiers('每日生活污水处理能力', 'household sewage treatment capacity per day')).toEqual([]);
  });
});

describe('reversedQualifiers', () => {
  it('names what the Chinese says was waived, reduced or saved and the English leaves out', () => {
    expect(reversedQualifiers('为低保户减免医疗费', 'medical fees')).toEqual(['waived']);
    expect(reversedQualifiers('企业用电成本同比降低', 'electricity costs of businesses')).toEqual(['reduced']);
    expect(reversedQualifiers('节约财政资金', 'public funds')).toEqual(['saved']);
  });

  it('is empty when the English says it too, or the Chinese does not', () => {
    expect(reversedQualifiers('为低保户减免医疗费', 'medical fees waived for low-income households')).toEqual([]);
    expect(reversedQualifiers('企业用电成本同比降低', 'cut in electricity costs of businesses')).toEqual([]);
    expect(reversedQualifiers('节约财政资金', 'public funds saved')).toEqual([]);
    expect(reversedQualifiers('本科达线率', 'candidates reaching the cut-off')).toEqual([]);
  });

  it('reads free of charge as its own qualifier, not as waived', () => {
    expect(unmatchedQualifiers('免费体检人数', 'people given free health checks')).toEqual([]);
    expect(unmatchedQualifiers('免费体检人数', 'health checks')).toEqual(['free']);
    expect(reversedQualifiers('免费体检人数', 'health checks')).toEqual([]);
    expect(unmatchedQualifiers('为低保户减免医疗费', 'free medical care for low-income households')).toEqual(['waived', 'free']);
  });
});

describe('the English of what a figure counts says what the Chinese says', () => {
  const glossary = loadGlossary();

  it('in every subject of the glossary', () => {
    const drift = Object.entries(glossary.subjects).flatMap(([zh, entry]) => {
      const en = typeof entry === 'string' ? entry : entry.en;
      const unsaid = unmatchedQualifiers(zh, en);
      return unsaid.length ? [`${zh} → ${en}: ${unsaid.join(', ')}`] : [];
    });
    expect(drift).toEqual([]);
  });

  it('on every figure of the seeds, as the Chinese and English pages print it', () => {
    const dir = new URL('../../../content/figures/', import.meta.url);
    const figures = readdirSync(dir).flatMap((file) => {
      const data = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as FigureRecord[] | { figures: FigureRecord[] };
      return Array.isArray(data) ? data : data.figures;
    });
    expect(figures.length).toBeGreaterThan(100);
    const drift = figures.flatMap((f) => {
      const zh = figureSubject('zh', f).text;
      const en = figureSubject('en', f);
      const unsaid = en.lang === 'en' ? unmatchedQualifiers(zh, en.text) : [];
      return unsaid.length ? [`${zh} → ${en.text}: ${unsaid.join(', ')}`] : [];
    });
    expect(drift).toEqual([]);
  });
});
