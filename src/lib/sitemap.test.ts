import { describe, expect, it } from 'vitest';
import { sitemapOptions, withRootAlternates } from './sitemap.ts';

const ROOT = 'https://civic.example.org/archive/cz/';

describe('sitemapOptions', () => {
  it('maps the two URL prefixes to their hreflang codes and sets no clock-based lastmod', () => {
    const options = sitemapOptions('https://civic.example.org', '/archive/cz');
    expect(options.i18n).toEqual({ defaultLocale: 'zh', locales: { zh: 'zh-CN', en: 'en' } });
    expect(options).not.toHaveProperty('lastmod');
  });

  it('finds the root under the base, with or without slashes', async () => {
    const options = sitemapOptions('https://civic.example.org', 'archive/cz/');
    const item = await options.serialize!({ url: ROOT, links: [{ url: ROOT, lang: 'zh-CN' }] });
    expect(item?.links?.map((l) => l.lang)).toEqual(['zh-CN', 'en', 'x-default']);
  });
});

describe('withRootAlternates', () => {
  it('makes the splash page the x-default of both homes instead of a third Chinese home', () => {
    // What @astrojs/sitemap gives for path "/" with defaultLocale zh: the root counted as Chinese.
    const given = [
      { url: ROOT, lang: 'zh-CN' },
      { url: `${ROOT}en/`, lang: 'en' },
      { url: `${ROOT}zh/`, lang: 'zh-CN' },
    ];
    for (const url of [ROOT, `${ROOT}zh/`, `${ROOT}en/`]) {
      expect(withRootAlternates({ url, links: given }, ROOT).links).toEqual([
        { url: `${ROOT}zh/`, lang: 'zh-CN' },
        { url: `${ROOT}en/`, lang: 'en' },
        { url: ROOT, lang: 'x-default' },
      ]);
    }
  });

  it('leaves every other page as the integration paired it', () => {
    const item = {
      url: `${ROOT}zh/topics/heating/`,
      links: [
        { url: `${ROOT}en/topics/heating/`, lang: 'en' },
        { url: `${ROOT}zh/topics/heating/`, lang: 'zh-CN' },
      ],
    };
    expect(withRootAlternates(item, ROOT)).toBe(item);
  });
});
