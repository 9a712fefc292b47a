import { describe, expect, it } from 'vitest';
import { canteenInvestment } from './fixtures.ts';
import { FigureFileError, frontmatterFigures, parseFigureFile } from './figure-schema.ts';
import { frontmatterFigureSchema } from '../../domain/figure.ts';

const FILE = 'content/figures/ban-hao-min-sheng-shi-shi-shu-xie.json';
const ID = 'ban-hao-min-sheng-shi-shi-shu-xie';

function problemWith(records: unknown): string {
  try {
    parseFigureFile(FILE, ID, JSON.stringify(records));
  } catch (error) {
    expect(error).toBeInstanceOf(FigureFileError);
    return (error as Error).message;
  }
  throw new Error('expected the file to be rejected');
}

describe('parseFigureFile', () => {
  it('reads a file as ingest writes it', () => {
    const records = parseFigureFile(FILE, ID, JSON.stringify([canteenInvestment], null, 2));
    expect(records).toEqual([canteenInvestment]);
  });

  it('reads the empty list ingest writes for an article without figures', () => {
    expect(parseFigureFile('content/figures/jiu-ye-shi-min-sheng-zhi-ben.json', 'jiu-ye-shi-min-sheng-zhi-ben', '[]\n')).toEqual([]);
  });

  it('names the file, the record, the field and what to write for a wrong value', () => {
    const message = problemWith([canteenInvestment, { ...canteenInvestment, id: 'x-1', value: '200万' }]);
    expect(message).toContain(FILE);
    expect(message).toContain('record 1 (id "x-1")');
    expect(message).toContain('field "value": "200万" is text, not a number');
    expect(message).toContain('(200万 is 2000000)');
    expect(message).toContain('“200万”是文本，不是数字');
  });

  it('says when a required field is missing, and checks nested fields', () => {
    const { paragraph: _dropped, ...noParagraph } = canteenInvestment;
    expect(problemWith([noParagraph])).toContain('record 0 (id "ban-hao-min-sheng-shi-shi-shu-xie-457aa9e9"): field "paragraph": "paragraph" is missing.');
    expect(problemWith([noParagraph])).toContain('缺少 paragraph。');
    const badChange = { ...canteenInvestment, change: { direction: 'sideways' } };
    expect(problemWith([badChange])).toContain('field "change.direction": "sideways" is not a direction. Write one of: up, down');
  });

  it('rejects a topic outside the vocabulary and lists the allowed ones', () => {
    expect(problemWith([{ ...canteenInvestment, topic: 'schools' }])).toMatch(/field "topic": "schools" is not a topic\. Write one of: education, /);
  });

  it('explains a wrong status, kind, label or period in both languages, with the allowed values', () => {
    const message = problemWith([{ ...canteenInvestment, status: 'planned', kind: 'totl', label: '', period: 2025 }]);
    expect(message).toContain('field "status": "planned" is not a status. Write one of: actual, plan, target, forecast, anecdote');
    expect(message).toContain('“planned”不是可用的性质。请写以下之一：actual, plan, target, forecast, anecdote');
    expect(message).toContain('field "kind": "totl" is not a kind of figure. Did you mean "total"?');
    expect(message).toContain('是不是“total”？');
    expect(message).toContain('field "label": "label" is empty.');
    expect(message).toContain('field "period": 2025 is a number, not text');
  });

  it('reads the meaning fields ingest writes', () => {
    const described = { ...canteenInvestment, status: 'plan', kind: 'new', label: '学校食堂改造投入', label_en: 'Spending on school canteens', period: '1至10月' };
    expect(parseFigureFile(FILE, ID, JSON.stringify([described]))[0]).toMatchObject({ status: 'plan', kind: 'new', period: '1至10月' });
  });

  it('rejects a record filed under another article, and ids used twice', () => {
    expect(problemWith([{ ...canteenInvestment, article: 'other' }])).toContain('field "article" is "other" but this file belongs to');
    expect(problemWith([canteenInvestment, canteenInvestment])).toContain('is used twice');
  });

  it('explains broken JSON and a file that is not a list', () => {
    expect(() => parseFigureFile(FILE, ID, '[{"id": }]')).toThrow(/not valid JSON/);
    expect(() => parseFigureFile(FILE, ID, '{"id": "x"}')).toThrow(/expected a JSON array of figure records \(\[ \{ … \}, … \]\), found an object/);
  });

  it('lets an editor add a record with only what they know', () => {
    const [record] = parseFigureFile(FILE, ID, JSON.stringify([{ id: 'hand-1', paragraph: 6, text: '16个', value: 16, unit: '个' }]));
    expect(record).toMatchObject({ origin: 'hand', article: ID, qualifier: 'exact', sentence: '' });
  });
});

describe('frontmatterFigures', () => {
  it('fills in ids and the article for figures listed in frontmatter', () => {
    const listed = [frontmatterFigureSchema.parse({ paragraph: 6, text: '16个', value: 16, unit: '个', subject: '学校食堂' })];
    const [record] = frontmatterFigures(ID, listed);
    expect(record).toMatchObject({ id: `${ID}-frontmatter-1`, article: ID, origin: 'hand', value: 16 });
  });
});
