// Title, subtitle and kicker of an article; a made-up title where the page prints none.

import type { ArticleKind } from '../../../src/domain/article.ts';
import type { Block, Warning } from '../types.ts';
import { columnLabel } from '../structure/columns.ts';

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

// Closing quotes and brackets are not trailing punctuation: `打通“幸福路”` keeps its ”.
const TRAILING_PUNCTUATION = /[\s，,、。；;：:！!？?—–…·-]+$/u;

/**
 * The headline as title; decks (and any further headline) as subtitle; kickers as kicker. Without a headline,
 * a title is inferred with an `untitled` warning: for a photo news item from its first clause, date left
 * out; otherwise from the first section heading, or failing that the first sentence.
 */
export function findTitles(blocks: readonly Block[], kind: ArticleKind): Titles {
  const headlines = textsOf(blocks, 'headline');
  const decks = blocks.filter((b) => b.kind === 'deck').map((b) => stripDashes(b.text));
  const subtitle = joined([...decks, ...headlines.slice(1)]);
  // `■ 民生关注`, `【我为群众办实事】`: the bullet or brackets that set a column name off are not part of its name.
  const kicker = joined(textsOf(blocks, 'kicker').map(columnLabel));
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
    const sentence = firstSentence(anyText.text);
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

/** `1月24日，潞州区淮海社区…` → `潞州区淮海社区…`; also `近日，` and the like. */
export function stripLeadingDate(text: string): string {
  return clean(text)
    .replace(/^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚上?|早上|凌晨|清晨)?[\s，,、]*/u, '')
    .replace(/^(?:近日|日前|近期|昨天|昨日|今天|今日)[\s，,、]*/u, '');
}

/** Text up to the first comma, semicolon or full stop. */
export function firstClause(text: string): string {
  return text.split(/[，,；;。！？!?：:]/u)[0] ?? '';
}

/** Text up to the first full stop (or ! ? ;), quotation left whole. */
export function firstSentence(text: string): string {
  return text.split(/[。！？!?；;]/u)[0] ?? '';
}

function balanceQuotes(text: string): string {
  const open = [...text.matchAll(/[“‘「『《]/gu)].length;
  const close = [...text.matchAll(/[”’」』》]/gu)].length;
  return (open === close ? text : text.replace(/[“”‘’「」『』《》]/gu, '')).trim();
}

function stripDashes(text: string): string {
  return text.replace(/^\s*(?:—|-|–|－|━)+\s*/u, '').replace(/\s*(?:—|-|–|－|━)+\s*$/u, '');
}

function clean(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
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
