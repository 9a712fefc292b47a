// Test support: the scope of a figure given as a paragraph and the figure's printed text, so the field
// modules' tests read like the sentences they are about.

import type { FigureScope, ArticleMeta } from './scope.ts';
import { sentenceAt, splitSentences } from './sentences.ts';

export interface ScopeOptions {
  /** Which occurrence of the figure text (1-based). */
  nth?: number;
  unit?: string;
  headings?: string[];
  article?: Partial<ArticleMeta>;
}

const DEFAULT_ARTICLE: ArticleMeta = { year: 2025, regions: ['长治市'], topics: ['employment'] };

export function scopeFor(paragraph: string, figure: string, options: ScopeOptions = {}): FigureScope {
  let at = -1;
  for (let n = 0; n < (options.nth ?? 1); n++) at = paragraph.indexOf(figure, at + 1);
  if (at < 0) throw new Error(`scopeFor: "${figure}" is not in "${paragraph}"`);
  const sentence = sentenceAt(splitSentences(paragraph), at);
  const raw = paragraph.slice(sentence.start, sentence.end);
  const lead = raw.length - raw.trimStart().length;
  const sentenceStart = sentence.start + lead;
  const bare = figure.replace(/(?:以上|左右|以内|以下|出头|之多|有余)$/, '');
  const unit = options.unit ?? /[^0-9.余多万亿]+$/.exec(bare)?.[0] ?? '';
  return {
    sentence: raw.trim(),
    start: at - sentenceStart,
    end: at - sentenceStart + figure.length,
    text: figure,
    unit,
    paragraph,
    sentenceStart,
    headings: options.headings ?? [],
    article: { ...DEFAULT_ARTICLE, ...options.article },
  };
}
