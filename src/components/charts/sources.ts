// Where a chart's figures come from: each article's title in the page's language and the page whose
// text carries the `#p<N>` paragraph anchors (the English page when there is a translation, else the
// Chinese one), so every mark can link to the sentence it was read from.
import type { FigureRecord } from '../../domain/figure.ts';
import type { LocalText } from '../../lib/content/localise.ts';
import type { Lang } from '../../lib/i18n.ts';
import { href, paths } from '../../lib/urls.ts';

export interface SourceInfo {
  id: string;
  title: LocalText;
  /** The language of the page on which the article's paragraphs (and their anchors) are shown. */
  textLang: Lang;
}

export interface ChartContext {
  lang: Lang;
  sources: ReadonlyMap<string, SourceInfo>;
}

/** What a chart needs of an article view (src/lib/content/localise.ts LocalisedArticle). */
export interface ArticleLike {
  id: string;
  title: LocalText;
  bodyLang: Lang;
}

/**
 * Kept per list of articles and language: a page of a year's figures or a dashboard is handed the whole
 * archive's list, the same object on every page, and a map of it made per page grew with the archive.
 */
export function chartContext(lang: Lang, articles: readonly ArticleLike[]): ChartContext {
  let perLang = contextMemo.get(articles);
  if (!perLang) contextMemo.set(articles, (perLang = new Map()));
  let ctx = perLang.get(lang);
  if (!ctx) perLang.set(lang, (ctx = { lang, sources: new Map(articles.map((a) => [a.id, { id: a.id, title: a.title, textLang: a.bodyLang }])) }));
  return ctx;
}

const contextMemo = new WeakMap<readonly ArticleLike[], Map<Lang, ChartContext>>();

/** The article's title, or its id (marked as not in the page's language) when the article is unknown. */
export function sourceTitle(ctx: ChartContext, articleId: string): LocalText {
  return ctx.sources.get(articleId)?.title ?? { text: articleId, lang: ctx.lang === 'zh' ? 'en' : 'zh' };
}

export function articleHref(ctx: ChartContext, articleId: string): string {
  const textLang = ctx.sources.get(articleId)?.textLang ?? ctx.lang;
  return href(paths.article(textLang, articleId));
}

/** `/base/en/articles/<id>/#p6`: the paragraph that prints the figure. */
export function figureHref(ctx: ChartContext, figure: Pick<FigureRecord, 'article' | 'paragraph'>): string {
  return `${articleHref(ctx, figure.article)}#p${figure.paragraph}`;
}

/** True when the linked paragraph is in another language than the page (an untranslated article). */
export function linksToOtherLanguage(ctx: ChartContext, articleId: string): boolean {
  return (ctx.sources.get(articleId)?.textLang ?? ctx.lang) !== ctx.lang;
}

/** The articles a set of figures comes from, in first-appearance order. */
export function articlesOf(figures: readonly Pick<FigureRecord, 'article'>[]): string[] {
  return [...new Set(figures.map((f) => f.article))];
}
