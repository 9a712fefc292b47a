// The Pagefind filters of an article page and of a measure page (`name:value`, named and valued in the
// page's language), and their counts over a language's pages. The search page ships the counts in its HTML: asking
// Pagefind for them (`pagefind.filters()`) downloads every filter chunk of the index on the first
// search, 130 KB at 10,000 articles, for checkboxes most readers never open.
import type { Topic } from '../../domain/topics.ts';
import type { ArticleView } from '../content/articles.ts';
import { t, type Lang, type UiKey } from '../i18n.ts';
import { topicLabel } from '../taxonomy.ts';

type FilterSource = Pick<ArticleView, 'lang' | 'topicTags' | 'regionTags' | 'year'> & { zh: { data: { kind: string } } };

/** The article's type in its page's language (`消息`, `News`): a filter value and a result field. */
export function kindLabel(article: Pick<FilterSource, 'lang' | 'zh'>): string {
  return t(article.lang, `kind.${article.zh.data.kind}` as UiKey);
}

/** `['主题:教育', '地区:上党区', '年份:2025', '类型:消息']`: what `data-pagefind-filter` carries. */
export function pagefindFilters(article: FilterSource): string[] {
  const { lang } = article;
  const name = (key: UiKey) => t(lang, key);
  const kind = kindLabel(article);
  return [
    ...article.topicTags.map((tag) => `${name('filter.topic')}:${tag.label}`),
    ...article.regionTags.map((tag) => `${name('filter.region')}:${tag.label}`),
    ...(article.year !== undefined ? [`${name('filter.year')}:${article.year}`] : []),
    `${name('filter.kind')}:${kind}`,
  ];
}

/** A measure page's filters (on its first page only): type 数据 / Data, its main topic, its latest year. */
export function measureFilters(lang: Lang, page: { topic?: Topic; years?: { to: number } }): string[] {
  return [
    `${t(lang, 'filter.kind')}:${t(lang, 'kind.data')}`,
    ...(page.topic ? [`${t(lang, 'filter.topic')}:${topicLabel(lang, page.topic)}`] : []),
    ...(page.years ? [`${t(lang, 'filter.year')}:${page.years.to}`] : []),
  ];
}

/** Pages per filter value, as `pagefind.filters()` reports them: `{ 主题: { 教育: 3 } }`. */
export function filterCounts(articles: readonly FilterSource[]): Record<string, Record<string, number>> {
  return countFilters(articles.map(pagefindFilters));
}

/** Pages per filter value, from each page's filters (`pagefindFilters`, `measureFilters`). */
export function countFilters(pages: readonly (readonly string[])[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const filters of pages) {
    for (const filter of new Set(filters)) {
      const colon = filter.indexOf(':');
      const [name, value] = [filter.slice(0, colon), filter.slice(colon + 1)];
      const values = (counts[name] ??= {});
      values[value] = (values[value] ?? 0) + 1;
    }
  }
  return counts;
}
