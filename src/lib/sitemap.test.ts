import { describe, expect, it } from 'vitest';
import { localeTwins, sitemapOptions, withRootAlternates } from './sitemap.ts';

const ROOT = 'https://civic.example.org/archive/cz/';

describe('sitemapOptions', () => {
  it('pairs the two URL prefixes itself, with their hreflang codes, and sets no clock-based lastmod', async () => {
    const options = sitemapOptions('https://civic.example.org', '/archive/cz');
    expect(options).not.toHaveProperty('i18n');
    expect(options).not.toHaveProperty('lastmod');
    for (const url of [`${ROOT}zh/about/`, `${ROOT}en/about/`]) expect(options.filter!(url)).toBe(true);
    const item = await options.serialize!({ url: `${ROOT}zh/about/` });
    expect(item?.links).toEqual([
      { url: `${ROOT}en/about/`, lang: 'en' },
      { url: `${ROOT}zh/about/`, lang: 'zh-CN' },
    ]);
  });

  it('finds the root under the base, with or without slashes', async () => {
    const options = sitemapOptions('https://civic.example.org', 'archive/cz/');
    const item = await options.serialize!({ url: ROOT, links: [{ url: ROOT, lang: 'zh-CN' }] });
    expect(item?.links?.map((l) => l.lang)).toEqual(['zh-CN', 'en', 'x-default']);
  });
});

describe('localeTwins', () => {
  const noted = (urls: string[]) => {
    const twins = localeTwins(ROOT);
    return { twins, kept: urls.filter((url) => twins.note(url)) };
  };

  it('links each page to the pages of the same path in either language, in the sitemap order', () => {
    const { twins } = noted([`${ROOT}zh/topics/heating/`, `${ROOT}en/topics/heating/`, `${ROOT}zh/years/2024/2/`, `${ROOT}en/years/2024/10/`]);
    const heating = [
      { url: `${ROOT}en/topics/heating/`, lang: 'en' },
      { url: `${ROOT}zh/topics/heating/`, lang: 'zh-CN' },
    ];
    expect(twins.link({ url: `${ROOT}zh/topics/heating/` }).links).toEqual(heating);
    expect(twins.link({ url: `${ROOT}en/topics/heating/` }).links).toEqual(heating);
    // A page with no twin has no links (page 2 in Chinese, page 10 in English).
    expect(twins.link({ url: `${ROOT}zh/years/2024/2/` }).links).toBeUndefined();
  });

  it('reads a URL without a language prefix as Chinese, and a URL off the site as no one', () => {
    const { twins } = noted([`${ROOT}data/`, `${ROOT}en/data/`, 'https://elsewhere.example/en/data/']);
    expect(twins.link({ url: `${ROOT}data/` }).links).toEqual([
      { url: `${ROOT}data/`, lang: 'zh-CN' },
      { url: `${ROOT}en/data/`, lang: 'en' },
    ]);
    expect(twins.link({ url: 'https://elsewhere.example/en/data/' }).links).toBeUndefined();
  });

  it('leaves out the status pages under a language, and starts again with the next sitemap', () => {
    const first = noted([`${ROOT}zh/404/`, `${ROOT}en/500/`, `${ROOT}zh/about/`, `${ROOT}en/about/`]);
    expect(first.kept).toEqual([`${ROOT}zh/about/`, `${ROOT}en/about/`]);
    expect(first.twins.link({ url: `${ROOT}zh/about/` }).links).toHaveLength(2);
    first.twins.note(`${ROOT}zh/about/`);
    expect(first.twins.link({ url: `${ROOT}zh/about/` }).links).toBeUndefined();
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
