// An article as one language's pages show it: title, deck and tags in that language, and which text
// to render. English pages never fall back to Chinese silently: a text that is Chinese says so (`lang`).
// The mirror holds for an English-only article on Chinese pages: its English title and deck are marked
// English, and no text is passed off as Chinese (`bodyLang` is 'en', so the page shows a notice instead).
import type { Lang } from '../i18n.ts';
import { regionLevelRank, regionTags, topicTags, type Tag } from '../taxonomy.ts';
import type { ArticleEntry, ArticleRecord } from './catalog.ts';

/**
 * English for a Chinese phrase from the glossary, or undefined (src/lib/glossary.ts `termEn`): a title,
 * deck or kicker written into content/glossary.yaml `terms` gives an untranslated article English words.
 */
export type TermLookup = (zh: string) => string | undefined;

/** A piece of text and the language it is really in. */
export interface LocalText {
  text: string;
  lang: Lang;
  /** For English: the title came from the glossary, not from a translator. */
  fromGlossary?: boolean;
}

export interface LocalisedArticle<E extends ArticleEntry = ArticleEntry> extends ArticleRecord<E> {
  /** The language of the page showing this view. */
  lang: Lang;
  title: LocalText;
  subtitle?: LocalText;
  kicker?: LocalText;
  /** The entry whose body the page renders: the English one when a translation exists or the article is English-only. */
  body: E;
  /** The language of `body`. */
  bodyLang: Lang;
  topicTags: Tag[];
  /** The city first, then counties, then towns. */
  regionTags: Tag[];
}

/**
 * The English title of an article: the translator's, else the glossary's, else the Chinese title
 * marked as Chinese (so the page can set `lang` on it and say it is untranslated).
 */
export function englishTitle(record: ArticleRecord, term: TermLookup): LocalText {
  if (record.en) return { text: record.en.data.title, lang: 'en' };
  return untranslated(record.zh.data.title, term)!;
}

/** Chinese text on an English page: the glossary's English if it has some, else the Chinese, marked. */
function untranslated(text: string | undefined, term: TermLookup): LocalText | undefined {
  if (!text) return undefined;
  const english = term(text);
  return english ? { text: english, lang: 'en', fromGlossary: true } : { text, lang: 'zh' };
}

export function localise<E extends ArticleEntry>(record: ArticleRecord<E>, lang: Lang, term: TermLookup): LocalisedArticle<E> {
  const zh = record.zh.data;
  const en = record.en?.data;
  const inZh = (text: string | undefined): LocalText | undefined => (text ? { text, lang: 'zh' } : undefined);
  const regions = [...record.regions].sort((a, b) => regionLevelRank(a) - regionLevelRank(b));
  if (lang === 'zh' && record.original === 'en') {
    const inEn = (text: string | undefined): LocalText | undefined => (text ? { text, lang: 'en' } : undefined);
    return {
      ...record,
      lang,
      title: { text: zh.title, lang: 'en' },
      subtitle: inEn(zh.subtitle),
      kicker: inEn(zh.kicker),
      body: record.zh,
      bodyLang: 'en',
      topicTags: topicTags(lang, record.topics),
      regionTags: regionTags(lang, regions),
    };
  }
  if (lang === 'zh') {
    return {
      ...record,
      lang,
      title: { text: zh.title, lang: 'zh' },
      subtitle: inZh(zh.subtitle),
      kicker: inZh(zh.kicker),
      body: record.zh,
      bodyLang: 'zh',
      topicTags: topicTags(lang, record.topics),
      regionTags: regionTags(lang, regions),
    };
  }
  return {
    ...record,
    lang,
    title: englishTitle(record, term),
    // A translator's file without a subtitle or kicker means the translation has none; only an
    // untranslated article shows the Chinese ones (or the glossary's English for them).
    subtitle: en ? (en.subtitle ? { text: en.subtitle, lang: 'en' } : undefined) : untranslated(zh.subtitle, term),
    kicker: en ? (en.kicker ? { text: en.kicker, lang: 'en' } : undefined) : untranslated(zh.kicker, term),
    body: record.en ?? record.zh,
    bodyLang: record.en ? 'en' : 'zh',
    topicTags: topicTags(lang, record.topics),
    regionTags: regionTags(lang, regions),
  };
}
