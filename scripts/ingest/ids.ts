// Stage 7: readable, stable ASCII ids for articles.
// An id is the start of the title in toneless pinyin (`ban-hao-min-sheng-shi-shi-shu-xie`), cut at a word boundary.
// Once an article has an id it keeps it: ids already in content/ are matched back to their articles
// first, so re-running ingest, improving a title, or adding a seed renames nothing.

import { pinyin } from 'pinyin-pro';

const MAX_SYLLABLES = 8;
const MAX_LENGTH = 48;
const words = new Intl.Segmenter('zh', { granularity: 'word' });

/** `办好民生实事 书写幸福答卷` → `ban-hao-min-sheng-shi-shi`; never empty (falls back to `article`). */
export function slugify(title: string): string {
  const syllables: string[] = [];
  for (const { segment, isWordLike } of words.segment(title.normalize('NFKC'))) {
    if (!isWordLike) continue;
    // Whole-title context would be better for polyphones, but word by word keeps cuts on word boundaries;
    // pinyin-pro's dictionary resolves the common place names (长治 changzhi, 长子 zhangzi) within a word.
    const parts = pinyin(segment, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
      .map((p) => p.toLowerCase().replace(/[^a-z0-9]+/g, ''))
      .filter(Boolean);
    if (syllables.length > 0 && syllables.length + parts.length > MAX_SYLLABLES) break;
    syllables.push(...parts);
  }
  let slug = syllables.join('-');
  while (slug.length > MAX_LENGTH && slug.includes('-')) slug = slug.slice(0, slug.lastIndexOf('-'));
  return slug.slice(0, MAX_LENGTH) || 'article';
}

/** What identifies an article across runs, besides its id. */
export interface IdClaim {
  seed: string;
  title: string;
  /** First raw block of the article on its page. */
  firstBlock: number;
}

export interface KnownId extends IdClaim {
  id: string;
}

/**
 * Gives each article an id: the id it already has in content/ (same seed and title, or failing that
 * same seed and first block), else a new slug made unique with `-2`, `-3` … against every id in use.
 */
export function assignIds(articles: IdClaim[], known: KnownId[], reserved: Iterable<string> = []): string[] {
  const taken = new Set<string>([...known.map((k) => k.id), ...reserved]);
  const claimed = new Set<string>();
  const ids: (string | undefined)[] = articles.map(() => undefined);

  // Indexed by seed: a page's articles are matched against that page's ids only, so a large archive
  // does not make every lookup scan every id.
  const knownBySeed = new Map<string, KnownId[]>();
  for (const k of known) {
    const onPage = knownBySeed.get(k.seed);
    if (onPage) onPage.push(k);
    else knownBySeed.set(k.seed, [k]);
  }
  const claim = (match: (k: KnownId, a: IdClaim) => boolean) => {
    articles.forEach((a, i) => {
      if (ids[i]) return;
      const k = knownBySeed.get(a.seed)?.find((k) => !claimed.has(k.id) && match(k, a));
      if (k) {
        ids[i] = k.id;
        claimed.add(k.id);
      }
    });
  };
  // Same title and place on the page first: two articles of one title on a page keep their own ids
  // (known ids come in file-name order, where `x-2` sorts before `x`).
  claim((k, a) => k.title === a.title && k.firstBlock === a.firstBlock);
  claim((k, a) => k.title === a.title);
  claim((k, a) => k.firstBlock === a.firstBlock);

  return articles.map((a, i) => {
    const existing = ids[i];
    if (existing) return existing;
    const base = slugify(a.title);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}
