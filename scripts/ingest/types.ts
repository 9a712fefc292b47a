// The data that flows through the ingest, and only through it:
// seed text → decode → blocks → repair → segment → describe → ids → emit (+ figures).
// What ingest publishes (the article's frontmatter fields, figure records, topics) is the site's
// vocabulary in src/domain/; the pipeline's own types build on it here.

import type { Article, Continued } from '../../src/domain/article.ts';

/** What a block of page text is, as a reader of the printed page would tell. */
export type BlockKind =
  | 'headline' // an article's title
  | 'deck' // a subtitle under (or over) the headline, often starting with ——
  | 'kicker' // a short line over the headline: a series or campaign name
  | 'heading' // a section heading inside an article (`##` lines, couplet headings)
  | 'subheading' // a lead-in inside a section, e.g. `普惠，扩大服务供给——`
  | 'paragraph'
  | 'caption' // a photo caption standing alone (there are no photos in the text)
  | 'byline' // `·白雪峰·`, `(人民日报记者 郑洋洋)`, `本报记者 姚晋华 摄`
  | 'continuation' // `(上接第一版)`, `(下转第三版)`
  | 'furniture'; // page furniture: `聚焦`, `2026`, `两会特刊`, `新闻时评`, `XINWENSHIPI`

export interface Block {
  kind: BlockKind;
  /** Normalised text with page markup (`#`, `##`) removed. */
  text: string;
  /** Indices (0-based) of the raw blocks of the page this block was made from; several after a join. */
  source: number[];
  /** For `heading` and `subheading`: 2 for a section, 3 for a subsection. */
  level?: 2 | 3;
  /** For a paragraph that opens with a byline (`本报讯 记者史晓萍报道：`): the byline, cut from `text`. */
  byline?: string;
  /**
   * For a paragraph that ends with a photo credit (`本报记者 董雷 摄`) or the reporter's signature in brackets
   * (`（通讯员 李娜）`): the credit, cut from `text`.
   */
  credit?: string;
  /** For a paragraph that opens with `（上接第一版）` or ends with `（下转第二版）`: what the mark says, cut from `text`. */
  continued?: Continued;
}

export type WarningCode =
  | 'missing-text' // two blocks that belong together have lost text between them: both kept
  | 'moved-fragment' // a column fragment printed out of order was moved back to where it continues
  | 'near-duplicate' // a block almost equal to another was dropped (e.g. one character differs)
  | 'untitled' // an article without a headline on the page was given a title
  | 'unclassified' // a block whose kind was a guess
  | 'unknown-place' // a place-like word the gazetteer does not hold: not published as a place
  | 'ambiguous-place'; // a town name two counties share, with no county to tell which: not published

export interface Warning {
  code: WarningCode;
  /** Raw block indices on the page the warning is about. */
  blocks: number[];
  message: string;
}

export interface Join {
  /** Raw block indices joined into one paragraph, in reading order. */
  blocks: number[];
  reason: 'broken-paragraph' | 'moved-fragment';
}

export interface Dropped {
  block: number;
  duplicateOf: number;
  exact: boolean;
}

export interface RepairResult {
  blocks: Block[];
  joins: Join[];
  dropped: Dropped[];
  warnings: Warning[];
}

/** One article's share of a page, as segment cut it: its blocks in reading order, of every kind. */
export interface Segment {
  blocks: Block[];
  /** Set where the page says the article continues from or to another page. */
  continued?: Continued;
  /** A box told by how the page prints it (its title printed with its lines, or set inside rules): a sidebar. */
  box?: boolean;
}

export type BodyNode =
  // Level 4: a subheading under a level-3 heading.
  | { kind: 'heading'; level: 2 | 3 | 4; text: string; source: number[] }
  | { kind: 'paragraph'; text: string; source: number[] }
  | { kind: 'caption'; text: string; source: number[] };

/**
 * An article as describe makes it, before it has an id: the published fields (src/domain/article.ts)
 * with what only the pipeline holds: how the title was found, the body as nodes, warnings with their blocks.
 */
export interface ArticleDraft extends Omit<Article, 'id' | 'lang' | 'source' | 'warnings'> {
  /** How the title was found: printed on the page, or made up for a continued article that has none. */
  titleFrom: 'headline' | 'inferred';
  /** `en` for an English item printed on the page (published as an English-original article). */
  lang: 'zh' | 'en';
  /** The seed and its blocks; the page's paper, date and number where its date line or sidecar tells them. */
  source: NonNullable<Article['source']>;
  body: BodyNode[];
  warnings: Warning[];
  /** The year the page was printed (its date line), when it prints one: what 今年 means in its figures. Not published. */
  pageYear?: number;
  /**
   * On a page that prints no date, for an article whose text names no year: the year the page's other
   * articles report on (most of them), which its figures of now take (issue 14). Not published.
   */
  siblingYear?: number;
}

/** An article as ingest emits it: the draft with the id it is published under. */
export interface IngestedArticle extends ArticleDraft {
  id: string;
}
