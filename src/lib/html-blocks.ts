// The parallel reading view: an article's rendered HTML cut into its top-level blocks, and the Chinese
// and English blocks paired row by row. Paragraphs pair by order (the first English paragraph with the
// first Chinese one); headings and photo placeholders pair with their own kind, so a translation that
// leaves out a caption does not push every later paragraph into the wrong row.
import { parseFragment, serializeOuter } from 'parse5';

export type BlockKind = 'heading' | 'paragraph' | 'figure' | 'other';

export interface HtmlBlock {
  kind: BlockKind;
  /** The block's outer HTML, as rendered. */
  html: string;
  /** The block's id attribute, e.g. `p3` for the third paragraph. */
  id?: string;
}

export interface ParallelRow {
  zh?: HtmlBlock;
  en?: HtmlBlock;
}

function kindOf(tag: string): BlockKind {
  if (/^h[1-6]$/.test(tag)) return 'heading';
  if (tag === 'p') return 'paragraph';
  if (tag === 'figure') return 'figure';
  return 'other';
}

/** The top-level elements of a fragment of HTML, in order; text between them is dropped if blank. */
export function splitBlocks(html: string): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  for (const node of parseFragment(html).childNodes) {
    if ('tagName' in node) {
      const id = node.attrs.find((a) => a.name === 'id')?.value;
      blocks.push({ kind: kindOf(node.tagName), html: serializeOuter(node), ...(id ? { id } : {}) });
    } else if (node.nodeName === '#text' && 'value' in node && node.value.trim()) {
      blocks.push({ kind: 'other', html: serializeOuter(node) });
    }
  }
  return blocks;
}

/** Chinese and English blocks as rows: same-kind blocks side by side, in order. */
export function pairBlocks(zh: readonly HtmlBlock[], en: readonly HtmlBlock[]): ParallelRow[] {
  const rows: ParallelRow[] = [];
  let i = 0;
  let j = 0;
  while (i < zh.length || j < en.length) {
    const a = zh[i];
    const b = en[j];
    if (a && b && a.kind === b.kind) {
      rows.push({ zh: a, en: b });
      i++;
      j++;
    } else if (a && (!b || (a.kind !== 'paragraph' && b.kind === 'paragraph') || a.kind === 'figure')) {
      // A heading or caption only one side has stands alone; paragraphs wait for their partner.
      rows.push({ zh: a });
      i++;
    } else if (b && (!a || b.kind !== 'paragraph' || a.kind === 'paragraph')) {
      rows.push({ en: b });
      j++;
    } else {
      rows.push({ zh: a, en: b });
      i++;
      j++;
    }
  }
  return rows;
}
