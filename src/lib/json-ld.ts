// Structured data for an article page (schema.org NewsArticle), so search engines know the language,
// places and topics, and which page translates which.
import type { LocalisedArticle } from './content/localise.ts';
import { locale, t } from './i18n.ts';

/** `absolute('zh/articles/x/')` → the page's full URL (site, base and path). */
type Absolute = (path: string) => string;

export function newsArticleJsonLd(article: LocalisedArticle, absolute: Absolute): Record<string, unknown> {
  const { lang } = article;
  const zhUrl = absolute(`zh/articles/${article.id}/`);
  const enUrl = absolute(`en/articles/${article.id}/`);
  const translated = Boolean(article.en);
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title.text,
    inLanguage: locale(article.bodyLang),
    url: lang === 'zh' ? zhUrl : enUrl,
    isPartOf: { '@type': 'WebSite', name: t(lang, 'site.name'), url: absolute(`${lang}/`) },
    about: article.topicTags.map((tag) => ({ '@type': 'Thing', name: tag.label })),
    contentLocation: article.regionTags.map((tag) => ({ '@type': 'Place', name: tag.label })),
  };
  if (article.subtitle) data.alternativeHeadline = article.subtitle.text;
  if (article.year) data.temporalCoverage = String(article.year);
  const byline = (lang === 'en' && article.en?.data.byline) || article.zh.data.byline;
  const author = byline && authorName(byline);
  if (author) data.author = { '@type': 'Person', name: author };
  if (lang === 'en' && translated) data.translationOfWork = { '@type': 'NewsArticle', url: zhUrl, inLanguage: 'zh-CN' };
  if (lang === 'zh' && translated) data.workTranslation = { '@type': 'NewsArticle', url: enUrl, inLanguage: 'en' };
  return data;
}

/** `本报讯 记者梁家秀` → `梁家秀`, `本报记者 姚晋华 摄` → `姚晋华`: the people, without the newsroom's words. */
export function authorName(byline: string): string {
  return byline
    .replace(/^(本报讯|本报记者|通讯员|记者)\s*/g, '')
    .replace(/^(记者|通讯员)\s*/, '')
    .replace(/\s*(摄|报道|文\/图)$/, '')
    .trim();
}
