// A box the page prints inside an article as a block of its own (stage 4, after segment.ts): a label alone on its first
// line, in brackets or set off by a mark (`【代表点评】`, `■测评权重`), over two short lines or more, all printed together
// with blank lines round them (blocks.ts printedBlocks), between the article's running text. Whatever its lines' form
// (speakers' remarks, labels and shares, sums; read as paragraphs, or as captions or headings for their shortness), it
// is a sidebar titled by its label (as the pages' README rules for a box under its own head, wherever it stands); the
// article keeps the text around it. A section of the article is no such block: its head stands over paragraphs of
// running text, or over text the page prints apart from it.
import { boxLabel } from './structure/box-label.ts';
import { charCount } from './structure/shape.ts';
import { type Draft, emptyDraft, printedGroupOf } from './segment-passes.ts';
import type { Block } from './types.ts';

/** A box's line runs short: a remark, a label and its figure, an item. */
const MAX_BOX_LINE_CHARS = 60;
/** A box holds two lines at least. */
const MIN_BOX_LINES = 2;

/** The article without its printed boxes, and each box as a sidebar after it; or the draft as it was. */
export function liftPrintedBoxes(draft: Draft, printed: readonly number[]): Draft[] {
  const groupOf = printedGroupOf(printed);
  const { blocks } = draft;
  const boxes: [number, number][] = [];
  for (let j = 1; j < blocks.length; j++) {
    const group = groupOf(blocks[j]);
    if (group === undefined || groupOf(blocks[j - 1]) === group || !blocks.slice(0, j).some((b) => b.kind === 'paragraph')) continue;
    if (labelOf(blocks[j]!) === undefined) continue;
    let to = j + 1;
    while (to < blocks.length && groupOf(blocks[to]) === group && boxLine(blocks[to]!)) to++;
    // The whole printed block is the box: its label and its short lines, nothing else printed with them.
    if (to - j - 1 < MIN_BOX_LINES || groupOf(blocks[to]) === group) continue;
    boxes.push([j, to]);
    j = to - 1;
  }
  // The article's text goes on under the last box: the boxes stand inside it (at its end, lists under their labels are
  // the article's own, segment-lifted-box.ts).
  const next = blocks.slice(boxes.at(-1)?.[1] ?? blocks.length).find((b) => b.kind !== 'furniture');
  if (boxes.length === 0 || (next?.kind !== 'paragraph' && next?.kind !== 'caption')) return [draft];
  const inBox = new Set(boxes.flatMap(([from, to]) => Array.from({ length: to - from }, (_, k) => from + k)));
  return [
    { ...draft, blocks: blocks.filter((_, j) => !inBox.has(j)) },
    ...boxes.map(([from, to]): Draft => ({ ...emptyDraft(), hasHeadline: true, hasBody: true, blocks: [asHead(blocks[from]!), ...blocks.slice(from + 1, to).map(asLine)] })),
  ];
}

/** A box's line read as a caption or a heading for its shortness is a line of the box's text. */
function asLine(b: Block): Block {
  const { level: _level, ...rest } = b;
  return { ...rest, kind: 'paragraph' };
}

const shortLine = (line: string) => line.trim() !== '' && charCount(line.trim()) <= MAX_BOX_LINE_CHARS;

function labelOf(b: Block): string | undefined {
  if (b.kind === 'headline' || b.byline !== undefined || b.credit !== undefined || b.text.includes('\n')) return undefined;
  return boxLabel(b.text);
}

/** A line of a box: short text (read as a paragraph, or as a caption or a heading for its shortness), no one's signature. */
function boxLine(b: Block): boolean {
  return LINE_KINDS.has(b.kind) && b.byline === undefined && b.credit === undefined && b.text.split('\n').every(shortLine);
}

const LINE_KINDS = new Set<Block['kind']>(['paragraph', 'caption', 'heading', 'subheading']);

function asHead(b: Block): Block {
  const { level: _level, ...head } = b;
  return { ...head, kind: 'headline', text: labelOf(b)! };
}
