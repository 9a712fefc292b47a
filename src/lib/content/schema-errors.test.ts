import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../domain/article.ts';
import { ARTICLE_FIELDS, guideFor } from './field-guide.ts';
import { explainIssues, fieldLabel, withEditorMessages } from './schema-errors.ts';

// The frontmatter ingest wrote for seeds/003_09576779ea83b2fd.txt's 就业是民生之本, then broken.
const GOOD = {
  id: 'jiu-ye-shi-min-sheng-zhi-ben',
  title: '就业是民生之本',
  lang: 'zh',
  kind: 'sidebar',
  year: 2025,
  regions: ['上党区'],
  topics: ['education', 'employment', 'culture-sports', 'health'],
  source: { seed: '003_09576779ea83b2fd.txt', blocks: [52, 55] },
};

function explain(data: Record<string, unknown>) {
  const result = articleSchema.safeParse(data);
  expect(result.success).toBe(false);
  return explainIssues(result.error!.issues, data);
}

describe('explainIssues', () => {
  it('says a mistyped topic is not a topic, suggests the one meant and lists the choices', () => {
    const [p] = explain({ ...GOOD, topics: ['employment', 'heatng'] });
    expect(p!.field).toBe('topics[1]');
    expect(p!.en).toBe(
      '"heatng" is not a topic. Did you mean "heating"? Write one of: education, health, elderly-care, childcare, employment, heating, housing, transport, water, environment, culture-sports, public-safety, economy, agriculture, governance (e.g. topics: [heating]).',
    );
    expect(p!.zh).toMatch(/^“heatng”不是可用的主题。是不是“heating”？请写以下之一：education, .*（例如 topics: \[heating\]）。$/);
  });

  it('says a quoted year is text, not a number', () => {
    const [p] = explain({ ...GOOD, year: '2025' });
    expect(p).toMatchObject({ field: 'year', en: expect.stringMatching(/^"2025" is text, not a number \(write it without quotes\)\. Write .*\(e\.g\. year: 2025\)\.$/) });
    expect(p!.zh).toContain('“2025”是文本，不是数字');
  });

  it('says a required field is missing', () => {
    const { title: _t, ...untitled } = GOOD;
    const [p] = explain(untitled);
    expect(p!.en).toMatch(/^"title" is missing\. Write the title of the article, as text \(e\.g\. title: ".*"\)\.$/);
    expect(p!.zh).toMatch(/^缺少 title。请填写：文章标题/);
  });

  it('explains a bad value inside a hand-added figure by its own field', () => {
    const [p] = explain({ ...GOOD, figures: [{ paragraph: 1, text: '38.1公里', value: '38.1', unit: '公里' }] });
    expect(p!.field).toBe('figures[0].value');
    expect(p!.en).toContain('"38.1" is text, not a number');
    expect(p!.en).toContain('(e.g. value: 2000000)');
  });

  it('explains sizes: an empty title, a year out of range, a block range of one number', () => {
    const problems = explain({ ...GOOD, title: '', year: 1850, source: { seed: GOOD.source.seed, blocks: [52] } });
    expect(problems.map((p) => [p.field, p.en.split('. ')[0]])).toEqual([
      ['title', '"title" is empty'],
      ['year', '1850 is too small; it must be at least 1900'],
      ['source.blocks', 'the list has 1 item(s); it needs at least 2'],
    ]);
  });

  it('offers no suggestion when nothing is close', () => {
    const [p] = explain({ ...GOOD, lang: 'fr' });
    expect(p!.en).toBe('"fr" is not a language of the site. Write one of: zh, en (e.g. lang: zh).');
  });
});

describe('withEditorMessages', () => {
  const schema = withEditorMessages(articleSchema);

  it('gives the same data as the schema for a right file', () => {
    expect(schema.parse(GOOD)).toEqual(articleSchema.parse(GOOD));
  });

  it('puts the explained message, both languages, where Astro prints zod messages', () => {
    const result = schema.safeParse({ ...GOOD, kind: 'story' });
    expect(result.error!.issues).toEqual([
      expect.objectContaining({ path: ['kind'], message: expect.stringMatching(/^"story" is not a kind of article\. .* \/ “story”不是可用的稿件类别。/) }),
    ]);
  });
});

describe('the field guide', () => {
  it('has a guide for every field of the schema', () => {
    for (const field of Object.keys(articleSchema.shape)) expect(ARTICLE_FIELDS[field], field).toBeDefined();
  });

  it('finds list elements and figure fields by their field', () => {
    expect(guideFor(['topics', 3])).toBe(ARTICLE_FIELDS.topics);
    expect(guideFor(['figures', 0, 'change', 'direction'])?.choices).toEqual(['up', 'down']);
    expect(fieldLabel(['figures', 0, 'change', 'direction'])).toBe('figures[0].change.direction');
  });
});
