// The data that flows through the ingest, defined once and shared with src/ through the content schemas.
// seed text → decode → blocks → repair → segment → describe → ids → emit (+ figures)

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
  /** For a paragraph that ends with a photo credit (`本报记者 董雷 摄`): the credit, cut from `text`. */
  credit?: string;
}

export type WarningCode =
  | 'missing-text' // two blocks that belong together have lost text between them: both kept
  | 'moved-fragment' // a column fragment printed out of order was moved back to where it continues
  | 'near-duplicate' // a block almost equal to another was dropped (e.g. one character differs)
  | 'untitled' // an article without a headline on the page was given a title
  | 'unclassified'; // a block whose kind was a guess

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
}

export interface Continued {
  /** e.g. `第一版` from `(上接第一版)` */
  from?: string;
  /** e.g. `第三版` from `(下转第三版)` */
  to?: string;
}

export const TOPICS = [
  'education',
  'health',
  'elderly-care',
  'childcare',
  'employment',
  'heating',
  'housing',
  'transport',
  'water',
  'environment',
  'culture-sports',
  'public-safety',
  'economy',
  'agriculture',
  'governance',
] as const;
export type Topic = (typeof TOPICS)[number];

export const ARTICLE_KINDS = ['article', 'news', 'photo-news', 'commentary', 'sidebar'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

export type BodyNode =
  // Level 4: a subheading under a level-3 heading.
  | { kind: 'heading'; level: 2 | 3 | 4; text: string; source: number[] }
  | { kind: 'paragraph'; text: string; source: number[] }
  | { kind: 'caption'; text: string; source: number[] };

/** An article as describe makes it, before it has an id. */
export interface ArticleDraft {
  title: string;
  /** How the title was found: printed on the page, or made up for a continued article that has none. */
  titleFrom: 'headline' | 'inferred';
  subtitle?: string;
  kicker?: string;
  lang: 'zh';
  kind: ArticleKind;
  byline?: string;
  year?: number;
  regions: string[];
  topics: Topic[];
  captions: string[];
  continued?: Continued;
  source: { seed: string; blocks: [number, number] };
  body: BodyNode[];
  warnings: Warning[];
}

export interface Article extends ArticleDraft {
  id: string;
}

/** How exactly the paper states a figure: `约200`/`近200`/`200左右` → about, `200余`/`超200`/`200以上` → over. */
export type Qualifier = 'exact' | 'about' | 'over' | 'under';

/** A change the sentence states for the figure's subject. */
export interface FigureChange {
  /** The value before, where the sentence gives it (`从每月143元提高至191元` → 143). */
  from?: number;
  /** The value after (`提高至191元` → 191); equal to the record's `value` when present. */
  to?: number;
  /** A relative change in percent (`增长10%` → 10, `同比下降8.1%` → 8.1); the record's unit is then `%`. */
  rate?: number;
  /** An absolute change in the record's unit (`人均月增收75元` → 75). */
  amount?: number;
  direction: 'up' | 'down';
}

/**
 * One quantity printed in an article, as ingest extracts it into `figures/<article id>.json` (editors add
 * records with `origin: 'hand'`). How each field is decided: scripts/ingest/figures/index.ts.
 */
export interface FigureRecord {
  /** `<article id>-<8 hex>`: a hash of sentence and span, so it survives edits elsewhere in the article. */
  id: string;
  origin: 'ingest' | 'hand';
  article: string;
  /** 1-based among the article's paragraph nodes (headings and captions do not count): anchor `#p<N>`. */
  paragraph: number;
  /** UTF-16 offset of `text` in the paragraph's text, for highlighting. */
  offset?: number;
  /** The exact span as printed, with its qualifier words: `近200万元`, `2800余个`, `3至5年`. */
  text: string;
  sentence: string;
  /** With multipliers applied: `1.32万家` → 13200, `八成` → 80. For a range, the low end. */
  value: number;
  /** The base unit as Chinese prints it, without multiplier (`元`, `公里`, `%`, `℃`), or the measure word (`个`, `人次`). */
  unit: string;
  qualifier: Qualifier;
  /** For a range (`3至5年`): both ends; `value` is then `low`. */
  range?: { low: number; high: number };
  /** What is counted, a short Chinese phrase (≤ 12 characters): `学校食堂`, `供热管网`. */
  subject?: string;
  /** A key of the measure vocabulary in scripts/ingest/figures/measures.ts, for comparable series. */
  measure?: string;
  region?: string;
  year?: number;
  topic?: Topic;
  change?: FigureChange;
  /** Set by the CLI when it writes the file (see merge-figures.ts); absent in extractor output. */
  checksum?: string;
}
