// Stage 3: mends what the page text lost in layout. Paragraphs printed twice are dropped, paragraphs broken
// across blank lines are rejoined, column fragments printed out of order are moved back, and where text is
// plainly missing the blocks are kept as they are, with a warning: nothing is made up, no word is edited.

import { findDuplicates } from './structure/dedupe.ts';
import { findMissingText, joinBrokenParagraphs, moveFragmentsBack } from './structure/joins.ts';
import type { Block, RepairResult } from './types.ts';

/**
 * Repairs the classified blocks of one page. Raw block indices in `joins`, `dropped` and `warnings` refer to
 * the page's blocks as split; the repaired blocks keep them in `source`. Never throws.
 */
export function repair(blocks: Block[]): RepairResult {
  const copies = blocks.map((b) => ({ ...b, source: [...b.source] }));
  const duplicates = findDuplicates(copies);
  const unique = copies.filter((_, i) => duplicates.kept[i]);
  const broken = joinBrokenParagraphs(unique);
  const moved = moveFragmentsBack(broken.blocks);
  return {
    blocks: moved.blocks,
    // A paragraph rejoined and then finished by a moved fragment is listed by both joins.
    joins: [...broken.joins, ...moved.joins],
    dropped: duplicates.dropped,
    warnings: [...duplicates.warnings, ...moved.warnings, ...findMissingText(moved.blocks)],
  };
}
