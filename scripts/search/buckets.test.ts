import { describe, expect, it } from 'vitest';
import { ARCHIVE, bucketFolders, bucketOfPage, chunkSizeFor, eachYearAlone, indexManifest, indexOf, orderBuckets, pageLanguage, reportIdOf, UNDATED } from './buckets.ts';
import { partOf } from '../../src/lib/content/shard.ts';

const page = (attrs: string, body = true) =>
  `<!doctype html><html lang="zh-CN"><body><main${body ? ' data-pagefind-body' : ''}><h1 ${attrs}>标题</h1></main></body></html>`;

describe('bucketOfPage', () => {
  it('puts a report in its year, or with the undated, another indexed page in the archive’s, and leaves out a page Pagefind skips', () => {
    const report = 'zh/articles/some-id/index.html';
    expect(bucketOfPage(page('data-pagefind-meta="year:2024" data-pagefind-sort="date:2024"'), report)).toBe('2024');
    expect(bucketOfPage(page('data-pagefind-sort="date:0"'), 'en/articles/x/index.html')).toBe(UNDATED);
    expect(bucketOfPage(page('data-pagefind-meta="year:2024"', false), report)).toBeUndefined();
    expect(bucketOfPage('<main data-pagefind-body="">x</main><p data-pagefind-meta="year:1999">', report)).toBe('1999');
    expect(bucketOfPage(page('data-pagefind-meta="year:2024"'), 'zh/data/measures/heating-households/index.html')).toBe(ARCHIVE);
  });
});

describe('where the indexes go', () => {
  it('orders years newest first with the undated last, the newest at the root', () => {
    expect(orderBuckets([UNDATED, '2023', ARCHIVE, '2025', '2024', '2023'])).toEqual(['2025', '2024', '2023', ARCHIVE, UNDATED]);
    expect(orderBuckets(['2015-2019+undated', ARCHIVE, '2020', '2021-2022'])).toEqual(['2021-2022', '2020', '2015-2019+undated', ARCHIVE]);
    expect([...bucketFolders(['2023', UNDATED, '2025'])]).toEqual([
      ['2025', ''],
      ['2023', '2023/'],
      [UNDATED, `${UNDATED}/`],
    ]);
    expect([...bucketFolders([UNDATED])]).toEqual([[UNDATED, '']]);
  });

  it('lists per language only the indexes that hold it, newest first', () => {
    const manifest = indexManifest(new Map([
      ['2022-2023', ['zh-cn', 'en']],
      ['2025', ['zh-cn']],
      [UNDATED, ['en', 'zh-cn']],
    ]));
    expect(manifest).toEqual({ languages: { en: ['2022-2023/', `${UNDATED}/`], 'zh-cn': ['', '2022-2023/', `${UNDATED}/`] }, years: ['2025', '2023', '2022'] });
  });
});

describe('indexOf', () => {
  it('puts a page in its group of years, the archive’s pages apart, a year no group holds alone', () => {
    const groups = ['2025', '2022-2024+undated'];
    expect(indexOf('2023', groups)).toBe('2022-2024+undated');
    expect(indexOf(UNDATED, groups)).toBe('2022-2024+undated');
    expect(indexOf(ARCHIVE, groups)).toBe(ARCHIVE);
    expect(indexOf('2019', groups)).toBe('2019');
    expect(eachYearAlone(['2024', UNDATED, ARCHIVE, '2023'])).toEqual(['2024', '2023+undated']);
  });

  it('puts a report of a year cut in parts in the part its id falls in, read from the page’s path', () => {
    const groups = ['2025.1of2', '2025.2of2', 'undated.1of3', 'undated.2of3', 'undated.3of3'];
    const path = 'en/articles/chang-zhi-gao-xin-qu-zhi-neng-gao/index.html';
    const id = reportIdOf(path)!;
    expect(id).toBe('chang-zhi-gao-xin-qu-zhi-neng-gao');
    expect(reportIdOf('zh/data/measures/x/index.html')).toBeUndefined();
    expect(indexOf('2025', groups, id)).toBe(`2025.${partOf(id, 2)}of2`);
    expect(indexOf(UNDATED, groups, id)).toBe(`undated.${partOf(id, 3)}of3`);
    expect(orderBuckets([ARCHIVE, ...groups].reverse())).toEqual(['2025.1of2', '2025.2of2', ARCHIVE, 'undated.1of3', 'undated.2of3', 'undated.3of3']);
    expect(indexManifest(new Map(groups.map((g) => [g, ['en']]))).years).toEqual(['2025']);
  });
});

describe('chunkSizeFor', () => {
  it('gives a small year small chunks and a big one at most the site-wide size', () => {
    expect(chunkSizeFor(8)).toBe(300);
    expect(chunkSizeFor(1000)).toBe(2500);
    expect(chunkSizeFor(10_000)).toBe(5000);
    expect(chunkSizeFor(10_000, 4000)).toBe(4000);
    for (const pages of [1, 50, 400, 1200, 3000]) expect(chunkSizeFor(pages + 100)).toBeGreaterThanOrEqual(chunkSizeFor(pages));
  });
});

describe('pageLanguage', () => {
  it('reads <html lang> as Pagefind keys it', () => {
    expect(pageLanguage('<!doctype html><html lang="zh-CN" dir="ltr">')).toBe('zh-cn');
    expect(pageLanguage('<html class="x" lang="en">')).toBe('en');
    expect(pageLanguage('<html>')).toBe('');
  });
});
