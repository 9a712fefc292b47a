// The RSS feed's items, from the articles as one language's pages show them. Pure (no astro:content),
// so the text handling is tested on fixtures. Items carry no pubDate on purpose: the texts give a year at
// best, and a date made up at build time would make every build different.
import type { RSSFeedItem } from '@astrojs/rss';
import type { LocalText } from './content/localise.ts';
import type { Lang } from './i18n.ts';

/** What a feed item reads of an article view (src/lib/content/localise.ts LocalisedArticle). */
export interface FeedSource {
  id: string;
  title: LocalText;
  subtitle?: LocalText;
  topicTags: { label: string }[];
  /** The entry whose text the page shows; its raw Markdown/MDX body gives the description. */
  body: { body?: string };
}

export interface FeedOptions {
  /** The article's page, as a root-absolute path with the base (`href(paths.article(lang, id))`). */
  link: (id: string) => string;
  /** Appended to a title that is still in Chinese on an English feed. */
  untranslatedNote: string;
  /** Longest description, in characters, before it is cut with an ellipsis. */
  maxDescription?: number;
  /** Most items in the feed (FEED_ITEMS). */
  limit?: number;
}

/**
 * Items in a feed: the newest reports. A reader polls the feed again and again, so it stays the same size
 * however large the archive grows; the archive itself is on the site.
 */
export const FEED_ITEMS = 50;

/** The first `limit` of `articles` (give them newest first) as feed items. */
export function feedItems(lang: Lang, articles: readonly FeedSource[], options: FeedOptions): RSSFeedItem[] {
  const max = options.maxDescription ?? 160;
  return articles.slice(0, options.limit ?? FEED_ITEMS).map((a) => ({
    title: lang === 'en' && a.title.lang === 'zh' ? `${a.title.text} ${options.untranslatedNote}` : a.title.text,
    link: options.link(a.id),
    description: a.subtitle?.text || truncate(leadParagraph(a.body.body ?? ''), max),
    categories: a.topicTags.map((t) => t.label),
  }));
}

/** The first paragraph of a Markdown/MDX body as plain text: headings, HTML/JSX blocks and ESM lines skipped. */
export function leadParagraph(markdown: string): string {
  const blocks = markdown.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/);
  for (const block of blocks) {
    const text = block.trim();
    if (!text || /^(#|<|\{|import\s|export\s|---|```|>)/.test(text)) continue;
    const plain = plainText(text);
    if (plain) return plain;
  }
  return '';
}

/**
 * Markdown/MDX paragraph source → the text it renders: backslash escapes, character references and JSX
 * string expressions (what scripts/ingest/emit/escape.ts writes), plus the emphasis and links an editor
 * may add.
 */
export function plainText(source: string): string {
  return source
    .replace(/\{("(?:[^"\\]|\\.)*")\}/g, (_, literal: string) => JSON.parse(literal) as string)
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(^|[^\\])(\*\*|__|\*|_)(?=\S)([^*_]*?\S)\2/g, '$1$3')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => NAMED[name]!)
    .replace(/\s+/g, ' ')
    .trim();
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** At most `max` characters (not UTF-16 units, so no surrogate pair is split), with `…` when cut. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}
