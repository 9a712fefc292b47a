import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/domain/article.ts';
import { ARTICLE_FIELDS } from '../../src/lib/content/field-guide.ts';
import { checkArticle } from '../content/check-article.ts';
import { readFrontmatter } from '../ingest/frontmatter.ts';
import type { NewArticleRequest } from './options.ts';
import { PLACEHOLDER_BODY, scaffoldArticle, uniqueId } from './template.ts';

const chinese: NewArticleRequest = {
  title: '集中供热连民心 寒冬暖流润万家',
  lang: 'zh',
  regions: ['壶关县'],
  topics: ['heating'],
  year: 2025,
  format: 'md',
  draft: false,
};

describe('scaffoldArticle: a Chinese article', () => {
  const scaffold = scaffoldArticle(chinese, new Set(['ji-zhong-gong-re-lian-min-xin']));

  it('takes its id from the title in pinyin, made unique against the ids in use', () => {
    expect(scaffold.id).toBe('ji-zhong-gong-re-lian-min-xin-2');
    expect(scaffold.file).toBe('articles/zh/ji-zhong-gong-re-lian-min-xin-2.md');
    expect(scaffold.page).toBe('zh/articles/ji-zhong-gong-re-lian-min-xin-2/');
  });

  it('is a file the site accepts, with the values asked for', () => {
    const data = articleSchema.parse(readFrontmatter(scaffold.text));
    expect(data).toMatchObject({ title: chinese.title, lang: 'zh', regions: ['壶关县'], topics: ['heating'], year: 2025, draft: false });
    expect(data.source).toBeUndefined();
    const findings = checkArticle('x.md', scaffold.text, 'zh').findings;
    expect(findings.map((f) => f.en)).toEqual([expect.stringContaining('the text is still the placeholder')]);
  });

  it('explains every field an editor writes, in both languages, above it', () => {
    for (const field of ['id', 'title', 'subtitle', 'kicker', 'lang', 'kind', 'byline', 'year', 'regions', 'topics', 'captions', 'draft', 'figures']) {
      const guide = ARTICLE_FIELDS[field]!;
      expect(scaffold.text, field).toContain(`# ${field}: ${guide.write.en}`);
      expect(scaffold.text, field).toContain(`#   / ${guide.write.zh}`);
    }
    expect(scaffold.text).not.toContain('ingestHash');
    expect(scaffold.text.endsWith(`\n${PLACEHOLDER_BODY.zh}\n`)).toBe(true);
  });

  it('writes optional fields as examples to uncomment, and an .mdx one says how to place a chart', () => {
    expect(scaffold.text).toContain('\n# subtitle: "——新增管网38公里"\n');
    expect(scaffoldArticle({ ...chinese, format: 'mdx' }, new Set()).text).toContain('<FigureChart measure="heating-network-km" />');
  });

  it('quotes a title YAML would misread', () => {
    const odd = scaffoldArticle({ ...chinese, title: 'Heating: "38.1 km" # done' }, new Set());
    expect(readFrontmatter(odd.text)?.title).toBe('Heating: "38.1 km" # done');
  });
});

describe('scaffoldArticle: a translation', () => {
  const scaffold = scaffoldArticle(
    { title: 'Employment Is the Foundation', lang: 'en', regions: [], topics: [], translationOf: 'jiu-ye-shi-min-sheng-zhi-ben', format: 'md', draft: true },
    new Set(['jiu-ye-shi-min-sheng-zhi-ben']),
  );

  it('has the id of its Chinese article and names it', () => {
    expect(scaffold.file).toBe('articles/en/jiu-ye-shi-min-sheng-zhi-ben.md');
    const data = articleSchema.parse(readFrontmatter(scaffold.text));
    expect(data).toMatchObject({ lang: 'en', translationOf: 'jiu-ye-shi-min-sheng-zhi-ben', draft: true });
  });

  it('leaves sourceHash to `npm run translations -- --stamp`, and says so', () => {
    expect(readFrontmatter(scaffold.text)?.sourceHash).toBeUndefined();
    expect(scaffold.text).toContain('npm run translations -- --stamp jiu-ye-shi-min-sheng-zhi-ben');
  });
});

describe('scaffoldArticle: an English-only article', () => {
  const scaffold = scaffoldArticle({ ...chinese, title: 'Huguan Keeps Warm', lang: 'en' }, new Set(['hu-guan-keeps-warm']));

  it('takes its id from the English title, in the English folder', () => {
    expect(scaffold.id).toBe('huguan-keeps-warm');
    expect(scaffold.file).toBe('articles/en/huguan-keeps-warm.md');
    expect(scaffold.page).toBe('en/articles/huguan-keeps-warm/');
  });

  it('carries its own places and topics, no translationOf, and passes the check in en/', () => {
    const data = articleSchema.parse(readFrontmatter(scaffold.text));
    expect(data).toMatchObject({ title: 'Huguan Keeps Warm', lang: 'en', regions: ['壶关县'], topics: ['heating'], year: 2025 });
    expect(data.translationOf).toBeUndefined();
    expect(scaffold.text).toContain('English-only article');
    expect(scaffold.text.endsWith(`\n${PLACEHOLDER_BODY.en}\n`)).toBe(true);
    const findings = checkArticle('x.md', scaffold.text, 'en').findings;
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('uniqueId', () => {
  it('counts on from -2', () => {
    expect(uniqueId('a', new Set(['a', 'a-2']))).toBe('a-3');
    expect(uniqueId('a', new Set())).toBe('a');
  });
});
