// A photo page prints each photo's credit under its caption (`…采摘西红柿。` / `韩 雪/摄`) or over it (`图/通讯员 马 骏`
// / `12月6日，…体验滑冰。`). A photo takes one credit: a second credit line right after the credit that closed the
// photo above is the next photo's, printed over its caption, and opens that item (segment.ts).

import { isPhotoCredit, tookPhotos } from './bylines.ts';
import type { Block } from '../types.ts';

/** The block closes a photo with its credit: a credit line (`韩 雪/摄`), or a caption or item with its credit cut off. */
function closesWithCredit(block: Block | undefined): boolean {
  if (block === undefined) return false;
  if (block.kind === 'byline') return isPhotoCredit(block.text);
  return (block.kind === 'paragraph' || block.kind === 'caption') && block.credit !== undefined && isPhotoCredit(block.credit);
}

/**
 * `byline` credits the photo of the text under it: a photo credit (`图/通讯员 马 骏`, `本报记者 X 摄`) right after
 * a credit that closed the photo above (`last`), over a paragraph (`next`), or over a title and the paragraph under it (`after`).
 */
export function creditsPhotoBelow(last: Block | undefined, byline: Block, next: Block | undefined, after?: Block): boolean {
  // Or over the photo's title and its caption (`本报记者 X 摄` / `夜市里的烟火气` / `8月14日晚，…`).
  const titled = next?.kind === 'headline' && after?.kind === 'paragraph' && after.credit === undefined;
  return byline.kind === 'byline' && tookPhotos(byline.text) && closesWithCredit(last) && ((next?.kind === 'paragraph' && next.credit === undefined) || titled);
}
