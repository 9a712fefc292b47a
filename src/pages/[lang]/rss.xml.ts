// One RSS feed per language at <lang>/rss.xml (Base.astro links it). Items link to the article pages with
// BASE_PATH and SITE_URL applied, and the output depends only on content: no build time in it. A feed needs
// full URLs, so without SITE_URL there is none (and no page links one: components/Head.astro).
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getArticles, getCacheKeys } from '../../lib/content/articles.ts';
import { FEED_ITEMS, feedItems } from '../../lib/feed.ts';
import { LANGS, locale, t, type Lang } from '../../lib/i18n.ts';
import { href, paths } from '../../lib/urls.ts';
import { emitsArchiveWide } from '../../lib/content/shard.ts';

export async function getStaticPaths() {
  if (!emitsArchiveWide()) return []; // a year's shard: the hub builds this route (lib/content/shard.ts)
  if (!import.meta.env.SITE) return [];
  const keys = await getCacheKeys();
  // A feed quotes the newest reports: their titles, fields and lead paragraphs.
  return Promise.all(
    LANGS.map(async (lang) => {
      const newest = (await getArticles(lang)).slice(0, FEED_ITEMS).map((a) => a.id);
      return { params: { lang }, cacheKey: keys.texts(lang, 'feed', newest) };
    }),
  );
}

export async function GET({ params, site }: APIContext): Promise<Response> {
  const lang = params.lang as Lang;
  if (!site) throw new Error('rss.xml: astro.config.mjs has no `site`; set SITE_URL so feed links can be absolute.');
  const home = new URL(href(paths.home(lang)), site);
  const self = new URL(href(paths.feed(lang)), site);
  const articles = await getArticles(lang);
  return rss({
    title: t(lang, 'site.name'),
    description: t(lang, 'site.tagline'),
    site: home,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${locale(lang)}</language><atom:link href="${escapeXml(self.href)}" rel="self" type="application/rss+xml"/>`,
    items: feedItems(lang, articles, {
      link: (id) => href(paths.article(lang, id)),
      untranslatedNote: t(lang, 'feed.untranslated'),
    }),
  });
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}
