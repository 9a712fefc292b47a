// The roles an editor's hints give lines, laid over the classified blocks of a page right after
// classification, before repair and segmentation read them: the hinted block takes the role with its text as
// printed (markup off); one made running text (`not-caption`) is read as any paragraph is, with an opening
// byline or a closing photo credit cut from it. Blocks without a hint are left as they are.

import { cutClosingCredit, cutOpeningByline, readMarkup } from '../structure/marks.ts';
import type { Block, BlockKind } from '../types.ts';

/** `blocks` as classifyBlocks gave them (block i from raw block i), with the hinted roles laid over. */
export function applyRoles(blocks: readonly Block[], raw: readonly string[], roles: ReadonlyMap<number, BlockKind>): Block[] {
  if (roles.size === 0) return [...blocks];
  return blocks.map((block) => {
    const index = block.source[0];
    const role = index === undefined ? undefined : roles.get(index);
    if (role === undefined || index === undefined) return block;
    const text = readMarkup(raw[index] ?? '')?.text ?? (raw[index] ?? block.text).trim();
    if (role !== 'paragraph') return { kind: role, text, source: [...block.source] };
    const opening = cutOpeningByline(text);
    const closing = cutClosingCredit(opening.text);
    return {
      kind: 'paragraph',
      text: closing.text,
      source: [...block.source],
      ...(opening.byline !== undefined && { byline: opening.byline }),
      ...(closing.credit !== undefined && { credit: closing.credit }),
    };
  });
}
