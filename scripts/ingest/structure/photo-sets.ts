// A photo set (组图) prints its pictures' captions numbered (`① 老人们在互助幸福院用餐。` / `② 志愿者为老人打饭。`), the set's
// credit under them (`本组图片由本报记者 赵敏 摄`). Numbered short sentences over a photo credit are those captions,
// not a list in the text: a list of measures (`①加强…；②完善…`) runs on in its paragraph and carries no credit.

import { isPhotoCredit, tookPhotos } from './bylines.ts';
import { itemNumber } from './item-numbers.ts';
import type { Block } from '../types.ts';

// A caption runs to a sentence; more is text.
const MAX_CAPTION_CHARS = 60;

/** The circled number a line opens with (1 for ①: item-numbers.ts), or undefined. */
function numberOf(text: string): number | undefined {
  const number = itemNumber(text);
  return number?.form === 'circled' ? number.n : undefined;
}

function isCaptionLine(block: Block): boolean {
  const t = block.text.trim();
  // The last of them may have been read as a caption already (roles.ts: a short clause after an article's text).
  return (block.kind === 'paragraph' || block.kind === 'caption') && !t.includes('\n') && [...t].length <= MAX_CAPTION_CHARS && (t.match(/[。！？]/gu)?.length ?? 0) <= 1;
}

/**
 * Two numbered caption lines or more, numbered on from ①, made captions where their set's photos are credited:
 * right over the credit, over the set's text and then its credit (`①…` / `②…` / `今年，…。` / `本报记者 张凯 摄影报道`),
 * or in an article whose byline credits its photos (`文/图`), the lines under its text. A numbered line that runs on
 * (`① 小事楼道长办，大事社区协调；`) is an item of a list.
 */
export function numberedCaptions(blocks: readonly Block[]): Block[] {
  const out = [...blocks];
  for (let i = 0; i < out.length; i++) {
    if (numberOf(out[i]!.text) !== 1 || !isCaptionLine(out[i]!)) continue;
    let end = i + 1;
    while (out[end] !== undefined && numberOf(out[end]!.text) === end - i + 1 && isCaptionLine(out[end]!)) end++;
    if (end - i < 2 || !credited(out, i, end)) continue;
    for (let k = i; k < end; k++) out[k] = { kind: 'caption', text: out[k]!.text, source: out[k]!.source };
    // The set's captions close its article: a title-like line under them, over running text, heads the next one.
    const next = out[end];
    if (next?.kind === 'heading' && out[end + 1]?.kind === 'paragraph') out[end] = { kind: 'headline', text: next.text, source: next.source };
    i = end;
  }
  return out;
}

/** Most paragraphs of a photo set's text between its captions and its credit. */
const MAX_SET_TEXT_PARAGRAPHS = 2;

/** The numbered lines from..to-1 are a photo set's: its credit follows, maybe past its text, or signs the article above. */
function credited(blocks: readonly Block[], from: number, to: number): boolean {
  if (blocks.slice(from, to).some((b) => /[；;：:，,]$/u.test(b.text.trim()))) return false;
  // (A credit of who wrote the text and took the photos, `本报记者 X 文/图`, credits them too.)
  const creditAt = (k: number) => blocks[k]?.kind === 'byline' && (isPhotoCredit(blocks[k]!.text) || tookPhotos(blocks[k]!.text));
  let k = to;
  while (k - to < MAX_SET_TEXT_PARAGRAPHS && blocks[k]?.kind === 'paragraph' && !blocks[k]!.byline && !blocks[k]!.credit) k++;
  if (creditAt(to) || (k > to && creditAt(k))) return true;
  // `文/图 本报记者 秦 岭` over the article's text, the numbered lines after it (up to the next headline or the page's end).
  let above = from - 1;
  while (above >= 0 && blocks[above]!.kind === 'paragraph') above--;
  const below = blocks[to];
  return above >= 0 && blocks[above]!.kind === 'byline' && tookPhotos(blocks[above]!.text) && (below === undefined || below.kind !== 'paragraph');
}
