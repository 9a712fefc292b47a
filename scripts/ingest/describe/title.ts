// Title, subtitle and kicker of an article; a made-up title where the page prints none.

import type { ArticleKind } from '../../../src/domain/article.ts';
import type { Block, Warning } from '../types.ts';
import { columnLabel, mayBeColumnName } from '../structure/columns.ts';
import { BULLET_MARK, charCount } from '../structure/shape.ts';
import { PHOTO_COLUMN } from './kind.ts';

/**
 * Longest first sentence, in characters, taken whole as a made-up title; a longer one gives its first
 * clause instead. A made-up title is never cut with an ellipsis: the page marks it as the site's own, and
 * it says whole words of the report.
 */
export const LONG_SENTENCE = 40;
/** Shown when an article has no text to make a title from at all. */
export const NO_TITLE = '无题';

export interface Titles {
  title: string;
  titleFrom: 'headline' | 'inferred';
  subtitle?: string;
  kicker?: string;
  warning?: Warning;
}

const WRAPPED = /^(?:[【〔［]([^【】〔〕［］]+)[】〕］]|[□■○●◎◆◇◉★☆][\s\u3000]*([^\s\u3000].*?)[\s\u3000]*[□■○●◎◆◇◉★☆])$/u;

function unwrapped(headline: string): string {
  const m = WRAPPED.exec(headline);
  // A box's label set off by a bullet before it only (`■人物小传`): the bullet is no word of it.
  return (m?.[1] ?? m?.[2])?.trim() || (LABEL_BULLET.test(headline) && mayBeColumnName(headline) ? headline.replace(LABEL_BULLET, '') : headline);
}
const LABEL_BULLET = /^[□■○●◎◆◇◉★☆][\s\u3000]*(?=\S)/u;
/** `（市某局开展首次室温抽查）` → its words; a short mark in brackets (`（上）`, a part's number) is left as printed. */
function unbracketed(deck: string): string {
  return /^[（(]([^（）()]{4,})[)）]$/u.exec(deck.trim())?.[1]!.trim() ?? deck;
}

// Closing quotes and brackets are not trailing punctuation: `打通“幸福路”` keeps its ”.
const TRAILING_PUNCTUATION = /[\s，,、。；;：:！!？?—–…·-]+$/u;

/**
 * The headline as title; decks (and any further headline) as subtitle; kickers as kicker. Without a headline,
 * a title is inferred with an `untitled` warning: for a photo news item from its first clause, date left
 * out; otherwise from the first section heading, or failing that the first sentence.
 */
export function findTitles(blocks: readonly Block[], kind: ArticleKind): Titles {
  // `【县城新增3处公共停车场】`, `◆ 数读民生 ◆`: square brackets or ornaments round the whole headline set it off,
  // as a bullet does; they are not its words.
  const headlines = textsOf(blocks, 'headline').map(unwrapped);
  // A deck set in round brackets under the headline (`（市某局开展首次室温抽查）`) without them, as one after dashes.
  const decks = blocks.filter((b) => b.kind === 'deck').map((b) => unbracketed(stripDashes(b.text)));
  const subtitle = joined([...decks, ...headlines.slice(1)]);
  // `■ 民生关注`, `【我为群众办实事】`: the bullet or brackets that set a column name off are not part of its name.
  // A lead-in that runs into the headline (`守护万家温暖——`) without its dashes.
  // Only a kicker set over text: a tag or column line after the body (a WeChat copy's `往期推荐` tail) heads nothing.
  const kicker = joined(textsOf(overBody(blocks), 'kicker').map((t) => stripDashes(columnLabel(t)))) ?? photoColumnOver(blocks, kind);
  const [headline] = headlines;
  if (headline) return { title: headline, titleFrom: 'headline', ...optional({ subtitle, kicker }) };

  const { title, from } = inferTitle(blocks, kind);
  const warning: Warning = {
    code: 'untitled',
    blocks: from?.source.slice(0, 1) ?? [],
    message: `no headline on the page; title "${title}" was made from ${describeOrigin(from, kind)}`,
  };
  return { title, titleFrom: 'inferred', ...optional({ subtitle, kicker }), warning };
}

/** A photo column's label is a few characters (`图片新闻`, `图说`, `光影长治`). */
const MAX_PHOTO_LABEL_CHARS = 6;

/**
 * `图片新闻` / `雪后清扫保畅通` / `12月4日清晨，…` / `本报记者 X 摄`: the photo column's label, read as the page's label,
 * set right over a photo item's headline (or its text, when it has none) is that item's kicker.
 */
function photoColumnOver(blocks: readonly Block[], kind: ArticleKind): string | undefined {
  if (kind !== 'photo-news') return undefined;
  const first = blocks.findIndex((b) => b.kind === 'headline' || BODY_KINDS.has(b.kind));
  const label = first > 0 ? blocks[first - 1]! : undefined;
  if (label?.kind !== 'furniture') return undefined;
  const text = columnLabel(label.text.trim());
  return !text.includes('\n') && charCount(text) <= MAX_PHOTO_LABEL_CHARS && PHOTO_COLUMN.test(text) ? text : undefined;
}

/**
 * The blocks that head text: those before the body's first paragraph or heading, and those over a headline further
 * down (a lead printed above its headline). What stands after the text (a page's tail) heads nothing.
 */
function overBody(blocks: readonly Block[]): readonly Block[] {
  const body = blocks.findIndex((b) => BODY_KINDS.has(b.kind));
  const headline = blocks.findLastIndex((b) => b.kind === 'headline');
  const end = body < 0 ? blocks.length : Math.max(body, headline);
  return blocks.slice(0, end);
}

const BODY_KINDS = new Set<Block['kind']>(['paragraph', 'heading', 'subheading']);

function inferTitle(blocks: readonly Block[], kind: ArticleKind): { title: string; from?: Block } {
  const firstParagraph = blocks.find((b) => b.kind === 'paragraph' && clean(b.text));
  if (kind === 'photo-news' && firstParagraph) {
    return { title: asTitle(firstClause(stripLeadingDate(firstParagraph.text))), from: firstParagraph };
  }
  const heading = blocks.find((b) => (b.kind === 'heading' || b.kind === 'subheading') && clean(stripDashes(b.text)));
  if (heading) return { title: asTitle(stripDashes(heading.text)), from: heading };
  const notTitleMaterial = new Set<Block['kind']>(['furniture', 'continuation', 'byline']);
  const anyText = firstParagraph ?? blocks.find((b) => clean(b.text) && !notTitleMaterial.has(b.kind));
  if (anyText) {
    // A brief says its news after its bullet and its date (`◆ 12月7日，黎城县…`): the title is the news.
    const sentence = firstSentence(stripLeadingDate(anyText.text)) || firstSentence(anyText.text);
    return { title: asTitle(clean(sentence).length > LONG_SENTENCE ? firstClause(sentence) : sentence), from: anyText };
  }
  return { title: NO_TITLE };
}

function describeOrigin(from: Block | undefined, kind: ArticleKind): string {
  if (!from) return 'nothing: the article has no text';
  if (kind === 'photo-news' && from.kind === 'paragraph') return 'the first clause of the photo caption';
  if (from.kind === 'heading' || from.kind === 'subheading') return 'its first section heading';
  return 'its first sentence';
}

/**
 * `text` whole as a title: spaces tidied, trailing punctuation dropped, quotation marks a clause or sentence
 * leaves unbalanced dropped (`“村民在家门口就业` → `村民在家门口就业`); never empty, never cut.
 */
export function asTitle(text: string): string {
  const whole = clean(text);
  if (!whole) return NO_TITLE;
  return balanceQuotes(whole.replace(TRAILING_PUNCTUATION, '')) || NO_TITLE;
}

// What a brief or a caption opens with before its news: a bullet (`◆`, `■`), `本报讯（记者 X）`, `图为`.
const LEAD_IN = new RegExp(`^(?:${BULLET_MARK}[\\s\\u3000]*)?(?:本报\\p{Script=Han}{0,8}讯[\\s\\u3000]*(?:[（(][^）)]{0,30}[）)])?[\\s\\u3000]*)?(?:图为)?`, 'u');
// A clause that only says when (`12月7日，`, `截至11月底，`, `今年以来，`, `1至11月，`, `2025年冬季，`, `近日，`).
const WHEN_CLAUSE =
  /^(?:截至|截止)?(?:(?:\d{4}年)?(?:\d{1,2}(?:至\d{1,2})?月(?:份)?(?:\d{1,2}日)?(?:[上下]午|晚上?|早上|凌晨|清晨|底|初|[上中下]旬)?|[春夏秋冬]季|前三季度|上半年|下半年)|今年|今冬|今年以来|近日|日前|近期|目前|昨天|昨日|今天|今日)+(?:以来)?[\s，,、]+/u;

/**
 * `1月24日，潞州区淮海社区…` → `潞州区淮海社区…`: a caption or a brief without its bullet, lead-in and the clause
 * that says when (`◆ 截至11月底，…`, `本报讯（记者 王芳）12月7日，…`, `近日，…`).
 */
export function stripLeadingDate(text: string): string {
  const t = clean(text).replace(LEAD_IN, '');
  return t.replace(WHEN_CLAUSE, '');
}

// Clause breaks; in English text a comma between digits (`2,380`) is not one, nor a full stop in a number.
const CLAUSE_BREAK = /[，；。！？：]|[,;:](?!\d)|[.!?](?=\s|$)/u;
const SENTENCE_BREAK = /[。！？；]|;|[.!?](?=\s|$)/u;

/** Text up to the first comma, semicolon or full stop. */
export function firstClause(text: string): string {
  return text.split(CLAUSE_BREAK)[0] ?? '';
}

/** Text up to the first full stop (or ! ? ;), quotation left whole. */
export function firstSentence(text: string): string {
  return text.split(SENTENCE_BREAK)[0] ?? '';
}

function balanceQuotes(text: string): string {
  const open = [...text.matchAll(/[“‘「『《]/gu)].length;
  const close = [...text.matchAll(/[”’」』》]/gu)].length;
  return (open === close ? text : text.replace(/[“”‘’「」『』《》]/gu, '')).trim();
}

function stripDashes(text: string): string {
  return text.replace(/^\s*(?:—|-|–|－|━|―)+\s*/u, '').replace(/\s*(?:—|-|–|－|━|―)+\s*$/u, '');
}

function clean(text: string): string {
  // A Chinese headline broken over two lines (`武乡县：“四点半课堂”` / `让孩子放学有处去`) is one line of words.
  return text
    .replace(/(?<=[\p{Script=Han}“”‘’：、，])[ \t\u3000]*\n[ \t\u3000]*(?=[\p{Script=Han}“”‘’])/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

function textsOf(blocks: readonly Block[], kind: Block['kind']): string[] {
  return blocks.filter((b) => b.kind === kind).map((b) => clean(b.text)).filter(Boolean);
}

function joined(texts: string[]): string | undefined {
  const text = texts.map(clean).filter(Boolean).join(' ');
  return text || undefined;
}

function optional<T extends Record<string, string | undefined>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;
}
