// What a label that names only what was done (`改造`, `新增`, `每人每月提高`) is of, when its paragraph opens on the
// head of a numbered item, a short phrase closed by a stop or a colon before the item's sentences (`1.新建改造城镇
// 老旧小区。今年计划改造120个，已完成改造98个` → 改造城镇老旧小区; `3.提高城乡居民基础养老金。每人每月提高20元` →
// 每人每月提高城乡居民基础养老金): the head's nouns, past the verbs it opens with. An item is a paragraph or a line
// of one.
import type { FigureScope } from './scope.ts';
import { DEFINING, hasNoun, join, tagged } from './label-roles.ts';
import { MAX_LABEL_LENGTH } from './label-phrases.ts';

// A list mark, then the head: a short run of Chinese closed by 。 or a colon (no number of its own).
const ITEM_HEAD = /^\s*(?:[0-9]{1,2}[.．、](?![0-9])|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]{1,2}[)）]|[■●◆▲★☆◎•·])\s*([\p{Script=Han}“”]{2,16})[。：:]/u;

/**
 * The head of the numbered item the figure's sentence stands in after the head (`1.新建改造城镇老旧小区。今年计划改造
 * 120个…` → 新建改造城镇老旧小区), or ''. (An item is a paragraph, or a line of one where a list's lines were kept together.)
 */
export function itemHead(scope: Pick<FigureScope, 'paragraph' | 'sentenceStart'>): string {
  const line = scope.paragraph.lastIndexOf('\n', scope.sentenceStart - 1) + 1;
  const head = ITEM_HEAD.exec(scope.paragraph.slice(line));
  return head && line + head[0].length <= scope.sentenceStart ? head[1]!.replace(/[“”]/g, '') : '';
}

/** The label with the nouns of its item's head after it, where the label names no thing; '' otherwise. */
export function withItemHead(label: string, scope: Pick<FigureScope, 'paragraph' | 'sentenceStart'>): string {
  if (hasNoun(tagged(label))) return '';
  const head = itemHead(scope);
  if (!head) return '';
  const words = tagged(head);
  let start = 0;
  while (start < words.length && (words[start]!.role === 'verb' || DEFINING.test(words[start]!.word))) start++;
  const nouns = words.slice(start);
  if (!hasNoun(nouns) || nouns.some((w) => w.role === 'verb' && !nouns.slice(nouns.indexOf(w) + 1).some((n) => n.role === 'noun'))) return '';
  const whole = `${label}${join(nouns)}`;
  return whole.length <= MAX_LABEL_LENGTH ? whole : '';
}
