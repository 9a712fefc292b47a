// What sort of piece an article is, told from its blocks.

import type { ArticleKind } from '../../../src/domain/article.ts';
import type { Segment } from '../types.ts';

/** Where the segment sits on its page; the CLI knows, describe alone does not. */
export interface PagePosition {
  /** 0-based index of the segment among the page's segments. */
  index?: number;
}

// Page furniture or kickers that mark an opinion column: 新闻时评 / XINWENSHIPI, 短评, 社论 …
const COMMENTARY_MARK = /时评|评论|短评|社论|言论|XINWENSHIPI|SHIPING|PINGLUN/iu;
// A box is short: a sidebar has at most this many paragraphs …
const SIDEBAR_MAX_PARAGRAPHS = 4;
// … and at most this many characters.
const SIDEBAR_MAX_CHARS = 800;

/**
 * - `commentary`: furniture or a kicker marks an opinion column (新闻时评, XINWENSHIPI, 评论, 社论 …);
 * - `photo-news`: a lone paragraph that ends with a photo credit (`本报记者 姚晋华摄`);
 * - `news`: the first paragraph opens with a wire byline (`本报讯 记者…报道`, `新华社讯`);
 * - `sidebar`: a short box after the page's main article: no headline, no continuation mark, at most
 *   4 paragraphs and 800 characters, and not the page's first segment (when `position.index` is given;
 *   without it the segment is assumed not to be first);
 * - `article` otherwise.
 */
export function findKind(segment: Segment, position: PagePosition = {}): ArticleKind {
  const { blocks } = segment;
  const marks = blocks.filter((b) => b.kind === 'furniture' || b.kind === 'kicker');
  if (marks.some((b) => COMMENTARY_MARK.test(b.text))) return 'commentary';

  const paragraphs = blocks.filter((b) => b.kind === 'paragraph');
  if (paragraphs.length === 1 && paragraphs[0]?.credit?.trim()) return 'photo-news';
  if (/讯/u.test(paragraphs[0]?.byline ?? '')) return 'news';

  const hasHeadline = blocks.some((b) => b.kind === 'headline' && b.text.trim());
  const continued = segment.continued?.from || segment.continued?.to || blocks.some((b) => b.kind === 'continuation');
  const chars = paragraphs.reduce((sum, p) => sum + p.text.length, 0);
  const short = paragraphs.length > 0 && paragraphs.length <= SIDEBAR_MAX_PARAGRAPHS && chars <= SIDEBAR_MAX_CHARS;
  if (!hasHeadline && !continued && short && position.index !== 0) return 'sidebar';
  return 'article';
}
