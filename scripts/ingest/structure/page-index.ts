// A page's index (导读): under its label (`本期导读`, `今日导读`, `导读`, `本版导航`), the titles of the page's pieces, each set off by a
// bullet or an arrow (`▶ 沁源冰雪季开幕`, `● 社区文化节`), or by the number of the page it stands on (`第2版　城事　…`:
// page-lines.ts isIndexEntry). The entries point at articles; they are the page's, not
// the text of the first article under them.

import { unspaced } from './columns.ts';
import { isIndexEntry } from './page-lines.ts';
import { isListItem, isTitleLike, LEADING_BULLET } from './shape.ts';
import type { Block } from '../types.ts';

// The index's label, alone on its line, maybe in brackets; its word maybe set letter by letter (`导　读`, columns.ts unspaced).
const BRACKETED = /^[【〔\[(（]?(.+?)[】〕\]）)]?$/u;
const INDEX_WORD = /^(?:本期|今日|本版|本刊)?(?:导读|导航|要目|目录)$/u;
const isIndexLabel = (text: string) => INDEX_WORD.test(unspaced(BRACKETED.exec(text.trim())?.[1] ?? ''));
// An entry: a bullet, an arrow or a dot, then a title (`▶ 沁源冰雪季开幕`, `> 第3版 …`, `· 某县新增学位1350个`).
const ARROW = /^[▶►▷>→·•・][\s\u3000]*/u;

function isEntry(block: Block): boolean {
  const t = block.text.trim();
  if (isIndexEntry(t)) return true;
  if (!(isListItem(t) || ARROW.test(t)) || t.includes('\n')) return false;
  return isTitleLike(t.replace(LEADING_BULLET, '').replace(ARROW, ''));
}

/** The entries (two or more) right under an index's label are furniture, as the label is. */
export function pageIndexes(blocks: readonly Block[]): Block[] {
  const out = [...blocks];
  out.forEach((block, i) => {
    if (!isIndexLabel(block.text)) return;
    let end = i + 1;
    while (out[end] !== undefined && isEntry(out[end]!)) end++;
    if (end - i - 1 < 2) return;
    const tookHeadline = out.slice(i + 1, end).some((b) => b.kind === 'headline');
    out[i] = { kind: 'furniture', text: block.text, source: block.source };
    for (let k = i + 1; k < end; k++) out[k] = { kind: 'furniture', text: out[k]!.text, source: out[k]!.source };
    // An entry read as the first piece's headline took its place: the title-like line the piece prints over its
    // text, under its byline (`本报记者 某某` / `某县新增学位1350个` / text), read as a caption for it, is the headline.
    if (!tookHeadline) return;
    let k = end;
    while (out[k]?.kind === 'byline') k++;
    const head = out[k];
    if (head?.kind === 'caption' && !head.text.includes('\n') && !head.credit && out[k + 1]?.kind === 'paragraph') out[k] = { ...head, kind: 'headline' };
  });
  return out;
}
