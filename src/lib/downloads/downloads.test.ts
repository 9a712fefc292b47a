import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { FigureRecord } from '../../domain/figure.ts';
import { loadGlossary } from '../glossary.ts';
import { makeEnglish } from '../glossary/english.ts';
import * as real from '../glossary/fixtures.ts';
import { FIGURE_COLUMNS, figureRows, type FigureRow } from './figure-table.ts';
import { figuresCsv, figuresJson } from './serialise.ts';

const english = makeEnglish(loadGlossary());
const url = (article: string, paragraph: number) => `https://example.org/zh/articles/${article}/#p${paragraph}`;

// An editor's hand record on a real article whose text needs every kind of CSV quoting.
const handRecord: FigureRecord = {
  ...real.participatingEmployers,
  id: 'ba-min-sheng-yuan-jing-hui-cheng-hand1',
  origin: 'hand',
  offset: undefined,
  text: '1.32万家, "累计"',
  sentence: '参会单位累计1.32万家，\n即 "13,200 家"',
};

const records = [real.heatingNetwork, handRecord, real.basicPension, real.participatingEmployers, real.canteenInvestment, real.medicineCost];
const rows = figureRows(records, english, url);

describe('figureRows', () => {
  it('orders by article, paragraph, then offset (records without one last)', () => {
    expect(rows.map((r) => `${r.article}#${r.paragraph}@${r.offset ?? '-'}`)).toEqual([
      'ba-min-sheng-yuan-jing-hui-cheng#2@139',
      'ba-min-sheng-yuan-jing-hui-cheng#2@-',
      'ba-min-sheng-yuan-jing-hui-cheng#6@142',
      'ban-hao-min-sheng-shi-shi-shu-xie#6@51',
      'min-sheng-wei-ben-xing-fu-sheng-huo#6@30',
      'min-sheng-wei-ben-xing-fu-sheng-huo#16@106',
    ]);
  });

  it('gives the Chinese data, the paragraph URL and the English columns', () => {
    const canteen = rows.find((r) => r.id === real.canteenInvestment.id)!;
    expect(canteen).toMatchObject({
      value: 2000000,
      unit: '元',
      qualifier: 'about',
      subject: '学校食堂改造投入',
      region: '上党区',
      year: 2024,
      topic: 'education',
      url: 'https://example.org/zh/articles/ban-hao-min-sheng-shi-shi-shu-xie/#p6',
      text_en: 'nearly ¥2 million',
      subject_en: 'investment in renovating school canteens',
      unit_en: 'yuan',
      region_en: 'Shangdang District',
      topic_en: 'Education',
    });
    const pension = rows.find((r) => r.id === real.basicPension.id)!;
    expect(pension).toMatchObject({ change_direction: 'up', change_from: 143, change_rate: null, value_high: null });
    expect(pension).toMatchObject({ change_to: 191 });
    const noSubject = rows.find((r) => r.id === real.medicineCost.id)!;
    expect(noSubject).toMatchObject({ subject: null, subject_en: null, text_en: 'more than ¥100' });
  });

  it('carries what the figure is: status, kind, period and the full label in both languages', () => {
    const described: FigureRecord = { ...real.canteenInvestment, status: 'actual', kind: 'total', period: '2024年', label: '学校食堂改造投入资金', label_en: 'investment in renovating school canteens' };
    expect(figureRows([described], english, url)[0]).toMatchObject({
      status: 'actual',
      kind: 'total',
      period: '2024年',
      label: '学校食堂改造投入资金',
      label_en: 'investment in renovating school canteens',
    });
    // A record that does not say leaves the cells empty; it is never guessed here.
    expect(rows.find((r) => r.id === real.canteenInvestment.id)).toMatchObject({ status: null, kind: null, period: null, label: null, label_en: null });
  });
});

describe('figuresCsv', () => {
  const csv = figuresCsv(rows);

  it('starts with a UTF-8 byte order mark and the header, and ends lines with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1, csv.indexOf('\r\n'))).toBe(FIGURE_COLUMNS.join(','));
    expect(csv).toContain('id,article,paragraph,offset,text,value,value_high,unit,qualifier,status,kind,label,subject');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\r(?!\n)/);
  });

  it('quotes commas, quotes and newlines the RFC 4180 way', () => {
    expect(csv).toContain('"1.32万家, ""累计"""');
    expect(csv).toContain('"参会单位累计1.32万家，\n即 ""13,200 家"""');
  });

  it('parses back to the same rows', () => {
    const parsed: Record<string, string>[] = parse(csv, { bom: true, columns: true, record_delimiter: '\r\n' });
    const asText = (row: FigureRow) => Object.fromEntries(FIGURE_COLUMNS.map((c) => [c, row[c] === null ? '' : String(row[c])]));
    expect(parsed).toEqual(rows.map(asText));
  });

  it('writes the header alone for an article without figures', () => {
    expect(figuresCsv([])).toBe(`\uFEFF${FIGURE_COLUMNS.join(',')}\r\n`);
  });
});

describe('figuresJson', () => {
  it('is an array of rows with every column, in the same order as the CSV', () => {
    const parsed = JSON.parse(figuresJson(rows)) as FigureRow[];
    expect(parsed).toEqual(rows);
    expect(Object.keys(parsed[0]!)).toEqual([...FIGURE_COLUMNS]);
    expect(parsed[0]!.url).toBe('https://example.org/zh/articles/ba-min-sheng-yuan-jing-hui-cheng/#p2');
  });

  it('comes out the same whatever order the records arrive in', () => {
    expect(figuresJson(figureRows([...records].reverse(), english, url))).toBe(figuresJson(rows));
  });
});
