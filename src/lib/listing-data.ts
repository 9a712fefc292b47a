// The listing pages' data for one language, worked out once per build: every listing page then gets only
// its own articles through getStaticPaths props.
import { getArticles, type ArticleView } from './content/articles.ts';
import type { Lang } from './i18n.ts';
import { regionListings, topicListings, yearListings, type Listing, type RegionListing } from './listings.ts';
import type { Topic } from '../domain/topics.ts';

export type ListingKind = 'topics' | 'regions' | 'years';

export interface ListingData {
  articles: ArticleView[];
  /** Every figure of the archive, flattened once: listing pages filter it by topic or place. */
  figures: ArticleView['figures'];
  topics: Listing<Topic>[];
  regions: RegionListing[];
  years: Listing<number>[];
  /** The articles whose text gives no year, in listing order (listed at years/undated/). */
  undated: string[];
  /** The articles of one listing, in its order. */
  pick(ids: readonly string[]): ArticleView[];
}

const memo = new Map<Lang, Promise<ListingData>>();

export function getListingData(lang: Lang): Promise<ListingData> {
  let data = memo.get(lang);
  if (!data) {
    data = getArticles(lang).then((articles) => {
      const byId = new Map(articles.map((a) => [a.id, a]));
      const { years, undated } = yearListings(articles);
      return {
        articles,
        figures: articles.flatMap((a) => a.figures),
        topics: topicListings(articles),
        regions: regionListings(articles),
        years,
        undated,
        pick: (ids) => ids.map((id) => byId.get(id)!),
      };
    });
    memo.set(lang, data);
  }
  return data;
}

/** The index page of a kind of listing: `zh/topics/`. */
export function listingIndexPath(lang: Lang, kind: ListingKind): string {
  return `${lang}/${kind}/`;
}
