// A titled prose box printed inside an article and signed at its end (issue 15), for segment.ts after the drafts are
// cut: `【记者观察】` / `改造之后更要管好` / `…管理也要跟上。（冯晓燕）`, the article's text going on under it
// (`区住建局负责人介绍，…`). The signature closes the box, not the article: the untitled text under it goes back to the
// article above the box, and the box is a piece of its own (`box`: describe reads it as a sidebar).
import type { Draft } from './segment-passes.ts';
import { isListItem } from './structure/shape.ts';
import type { Block } from './types.ts';

/** A box of prose runs to a few paragraphs. */
const MAX_BOX_PARAGRAPHS = 3;

const shown = (d: Draft) => d.blocks.filter((b) => b.kind !== 'furniture');

/** Labelled and titled (`【记者观察】` / `改造之后更要管好`), a few paragraphs, the last signed in brackets (`（冯晓燕）`). */
function isSignedBox(d: Draft): boolean {
  const blocks = shown(d);
  const head = blocks.findIndex((b) => b.kind === 'headline');
  if (head < 1 || !blocks.slice(0, head).every((b) => b.kind === 'kicker')) return false;
  const text = blocks.slice(head + 1);
  const last = text.at(-1);
  return text.length > 0 && text.length <= MAX_BOX_PARAGRAPHS && text.every((b) => b.kind === 'paragraph' && !b.byline) && last?.credit !== undefined && /^[（(]/u.test(last.credit.trim()) && !/摄/u.test(last.credit);
}

/** An article still open: a headline over its text, nothing closed it but its photo's credited caption, no box. */
const isOpenArticle = (d: Draft) => d.hasHeadline && d.hasBody && (!d.closed || shown(d).at(-1)?.kind === 'caption') && !isBoxDraft(d) && d.continued.to === undefined;

/** A box of lines by its form or as read (`工程进度` / `◇…：…` / …): the article it stands in is further up. */
function isBoxDraft(d: Draft): boolean {
  const paragraphs = shown(d).filter((b) => b.kind === 'paragraph');
  return d.box === true || (paragraphs.length > 0 && paragraphs.every((b) => isListItem(b.text.trim())));
}

/** How many blocks open the draft as plain text: paragraphs with no head, none opening with a wire byline or signed. */
function leadingText(d: Draft): number {
  if (d.hasHeadline || d.wire) return 0;
  const k = d.blocks.findIndex((b: Block) => b.kind !== 'paragraph' || b.byline !== undefined || b.credit !== undefined || isListItem(b.text.trim()));
  return k < 0 ? d.blocks.length : k;
}

/** The drafts with each signed box's following text given back to the article the box stands in. */
export function textAfterSignedBoxes(drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (let k = 0; k < drafts.length; k++) {
    const [box, after] = [drafts[k]!, drafts[k + 1]];
    let at = out.length - 1;
    while (at >= 0 && isBoxDraft(out[at]!)) at--;
    const before = out[at];
    const n = after === undefined ? 0 : leadingText(after);
    if (before && after && n > 0 && isOpenArticle(before) && isSignedBox(box)) {
      const back = after.blocks.slice(0, n);
      out[at] = { ...before, blocks: [...before.blocks, ...back], ...(n === after.blocks.length && { continued: { ...before.continued, ...after.continued } }) };
      out.push({ ...box, box: true });
      if (n < after.blocks.length) out.push({ ...after, blocks: after.blocks.slice(n) });
      k++;
    } else out.push(box);
  }
  return out;
}
