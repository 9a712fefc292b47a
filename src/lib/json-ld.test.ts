import { describe, expect, it } from 'vitest';
import { sourceHashOf } from '../domain/translation.ts';
import { buildCatalog } from './content/catalog.ts';
import { huguanZh, museumEn, museumZh } from './content/fixtures.ts';
import { localise, type TermLookup } from './content/localise.ts';

const NO_TERMS: TermLookup = () => undefined;
import { authorName, newsArticleJsonLd } from './json-ld.ts';

const hash = sourceHashOf({ title: museumZh.data.title, body: museumZh.body! });
const catalog = buildCatalog([museumZh, museumEn(hash), huguanZh], new Map());
const absolute = (path: string) => `https://example.org/${path}`;

describe('newsArticleJsonLd', () => {
  it('describes a Chinese article with its English translation', () => {
    const data = newsArticleJsonLd(localise(catalog.byId.get('shi-bo-wu-guan-yao-qing-fan-xiang')!, 'zh', NO_TERMS), absolute);
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: '市博物馆邀请返乡大学生 座谈助力文博事业发展',
      inLanguage: 'zh-CN',
      url: 'https://example.org/zh/articles/shi-bo-wu-guan-yao-qing-fan-xiang/',
      author: { '@type': 'Person', name: '梁家秀' },
      workTranslation: { url: 'https://example.org/en/articles/shi-bo-wu-guan-yao-qing-fan-xiang/' },
    });
  });

  it('gives an untranslated article on an English page the language of its text', () => {
    const data = newsArticleJsonLd(localise(catalog.byId.get('min-sheng-wei-ben-xing-fu-sheng-huo')!, 'en', NO_TERMS), absolute);
    expect(data.inLanguage).toBe('zh-CN');
    expect(data.translationOfWork).toBeUndefined();
    expect(data.contentLocation).toEqual([{ '@type': 'Place', name: 'Huguan County' }]);
    expect(data.temporalCoverage).toBe('2025');
  });
});

describe('authorName', () => {
  it('keeps the reporter, not the newsroom words', () => {
    expect(authorName('本报讯 记者梁家秀')).toBe('梁家秀');
    expect(authorName('本报记者 姚晋华 摄')).toBe('姚晋华');
    expect(authorName('白雪峰')).toBe('白雪峰');
  });
});
