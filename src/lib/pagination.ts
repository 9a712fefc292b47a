// Pages of a long list (a topic's, a place's or a year's reports; the translation status table), so that a
// page's size is bounded by the page size and not by the archive. Page 1 keeps the list's own address;
// page k > 1 is `<address>k/`. Pure: tested in pagination.test.ts; URLs go through `href` (urls.ts).
import { formatCount, t, type Lang } from './i18n.ts';

/** Reports per listing page (topics, places, years). */
export const LISTING_PAGE_SIZE = 30;

/** Rows per page of the translation status table: one short row per report. */
export const TRANSLATIONS_PAGE_SIZE = 100;

/** What a page of a list knows about its place in the list. */
export interface PageInfo {
  /** 1-based. */
  current: number;
  last: number;
  /** Items in the whole list. */
  total: number;
  /** 1-based positions of this page's first and last item (0 and 0 for an empty list). */
  from: number;
  to: number;
}

/** How many pages `total` items fill: at least one, so an empty list still has its page. */
export function pageCount(total: number, size: number): number {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a whole number ≥ 1, got ${size}`);
  return Math.max(1, Math.ceil(total / size));
}

/** The list cut into pages, each with its items and its PageInfo. */
export function paginate<T>(items: readonly T[], size: number): { items: T[]; page: PageInfo }[] {
  const last = pageCount(items.length, size);
  return Array.from({ length: last }, (_, i) => {
    const start = i * size;
    const slice = items.slice(start, start + size);
    return {
      items: slice,
      page: { current: i + 1, last, total: items.length, from: slice.length ? start + 1 : 0, to: start + slice.length },
    };
  });
}

/** The rest parameter of a paged route (`[...page].astro`): none for page 1, `'2'` for page 2. */
export function pageParam(page: number): string | undefined {
  return page === 1 ? undefined : String(page);
}

/** The site-relative path of page `page` of a list whose first page is `firstPage` (`zh/topics/x/`). */
export function pagePath(firstPage: string, page: number): string {
  return page === 1 ? firstPage : `${firstPage.replace(/\/?$/, '/')}${page}/`;
}

/**
 * The page numbers a pagination bar shows: the first, the last, and `radius` pages either side of the
 * current one; `null` stands for the pages left out between them. A gap of a single page is shown as
 * that page instead, since "…" would take as much room.
 *   pageWindow(6, 12) → [1, null, 5, 6, 7, null, 12]
 */
export function pageWindow(current: number, last: number, radius = 1): (number | null)[] {
  const shown = new Set([1, last]);
  for (let p = current - radius; p <= current + radius; p++) if (p >= 1 && p <= last) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const p of sorted) {
    const previous = out.at(-1);
    if (typeof previous === 'number' && p - previous === 2) out.push(p - 1);
    else if (typeof previous === 'number' && p - previous > 2) out.push(null);
    out.push(p);
  }
  return out;
}

/** A page's title with its place in the list, `Topic: Heating (page 2 of 7)`; a list's first page keeps its title. */
export function pagedTitle(lang: Lang, title: string, page: Pick<PageInfo, 'current' | 'last'>): string {
  return page.current === 1 ? title : t(lang, 'listing.paged', { title, page: formatCount(lang, page.current), pages: formatCount(lang, page.last) });
}
