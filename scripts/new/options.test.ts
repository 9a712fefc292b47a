import { describe, expect, it } from 'vitest';
import { checkOptions } from './options.ts';

// Ids of Chinese articles ingested from the seeds.
const CHINESE = new Set(['jiu-ye-shi-min-sheng-zhi-ben', 'min-sheng-wei-ben-xing-fu-sheng-huo']);

describe('checkOptions', () => {
  it('makes a Chinese article by default, topics and places as given', () => {
    const checked = checkOptions({ title: '集中供热连民心 寒冬暖流润万家', region: ['壶关县'], topic: ['heating'], year: '2025' }, CHINESE);
    expect(checked).toEqual({
      ok: true,
      warnings: [],
      request: { title: '集中供热连民心 寒冬暖流润万家', lang: 'zh', regions: ['壶关县'], topics: ['heating'], translationOf: undefined, id: undefined, year: 2025, format: 'md', draft: false },
    });
  });

  it('makes an English translation of an existing Chinese article with --translation-of', () => {
    const checked = checkOptions({ title: 'Employment Is the Foundation', 'translation-of': 'jiu-ye-shi-min-sheng-zhi-ben', mdx: true }, CHINESE);
    expect(checked.ok && checked.request).toMatchObject({ lang: 'en', translationOf: 'jiu-ye-shi-min-sheng-zhi-ben', format: 'mdx' });
  });

  it('names a mistyped topic and the one meant', () => {
    const checked = checkOptions({ title: '供热', topic: ['heatng'] }, CHINESE);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.errors[0]).toMatch(/^--topic heatng: not a topic\. Did you mean heating\? Write one of: education, /);
  });

  it('makes an English-only article with --lang en and no --translation-of, keeping its places and topics', () => {
    const checked = checkOptions({ title: 'Huguan Keeps Warm', lang: 'en', region: ['壶关县'], topic: ['heating'], year: '2025' }, CHINESE);
    expect(checked).toEqual({
      ok: true,
      warnings: [],
      request: { title: 'Huguan Keeps Warm', lang: 'en', regions: ['壶关县'], topics: ['heating'], translationOf: undefined, id: undefined, year: 2025, format: 'md', draft: false },
    });
  });

  it('refuses a translation of an article that does not exist, with the nearest id', () => {
    const checked = checkOptions({ title: 'x', 'translation-of': 'jiu-ye-shi-min-sheng-zhi' }, CHINESE);
    expect(!checked.ok && checked.errors[0]).toContain('Did you mean jiu-ye-shi-min-sheng-zhi-ben?');
  });

  it('refuses a missing title, a bad id and a bad year, all at once', () => {
    const checked = checkOptions({ id: 'Bad Id', year: '25' }, CHINESE);
    expect(!checked.ok && checked.errors.map((e) => e.split(':')[0])).toEqual(['--title is missing', '--id Bad Id', '--year 25']);
  });

  it('writes a place under its key, and names both places of a shared name', () => {
    const checked = checkOptions({ title: '村里的事', region: ['史回镇', '长治高新区', '店上镇'] }, CHINESE);
    expect(checked.ok && checked.request.regions).toEqual(['潞城区史回镇', '长治高新技术产业开发区', '店上镇']);
    expect(checked.ok && checked.warnings).toEqual([
      '--region 店上镇: two places have this name (潞城区店上镇, 壶关县店上镇); kept as written — write one of them.',
    ]);
  });

  it('warns about a place the region list does not know, and keeps it', () => {
    const checked = checkOptions({ title: '村里的事', region: ['某某村'] }, CHINESE);
    expect(checked.ok && checked.warnings[0]).toContain('--region 某某村: not a place the region list knows');
    expect(checked.ok && checked.request.regions).toEqual(['某某村']);
  });
});
