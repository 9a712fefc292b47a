// A photo set (组图) prints its pictures' captions numbered (`① 老人们在互助幸福院用餐。` / `② 志愿者为老人打饭。`), the set's
// credit under them (`本组图片由本报记者 赵敏 摄`). Numbered short sentences over a photo credit are those captions,
// not a list in the text: a list of measures (`①加强…；②完善…`) runs on in its paragraph and carries no credit.

import { isPhotoCredit } from './bylines.ts';
import type { Block } from '../types.ts';

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
// A caption runs to a sentence; more is text.
const MAX_CAPTION_CHARS = 60;

/** The circled number a line opens with (1 for ①), or undefined. */
function numberOf(text: string): number | undefined {
  const k = CIRCLED.indexOf(text.trim()[0] ?? '');
  return k < 0 ? undefined : k + 1;
}

function isCaptionLine(block: Block): boolean {
  const t = block.text.trim();
  return block.kind === 'paragraph' && !t.includes('\n') && [...t].length <= MAX_CAPTION_CHARS && (t.match(/[。！？]/gu)?.length ?? 0) <= 1;
}

/** Two numbered caption lines or more, numbered on from ①, right over a photo credit, made captions. */
export function numberedCaptions(blocks: readonly Block[]): Block[] {
  const out = [...blocks];
  for (let i = 0; i < out.length; i++) {
    if (numberOf(out[i]!.text) !== 1 || !isCaptionLine(out[i]!)) continue;
    let end = i + 1;
    while (out[end] !== undefined && numberOf(out[end]!.text) === end - i + 1 && isCaptionLine(out[end]!)) end++;
    const credit = out[end];
    if (end - i < 2 || credit?.kind !== 'byline' || !isPhotoCredit(credit.text)) continue;
    for (let k = i; k < end; k++) out[k] = { kind: 'caption', text: out[k]!.text, source: out[k]!.source };
    i = end;
  }
  return out;
}
