// The last look over a page's drafts (stage 4): a piece that is no article is merged into the article it belongs
// to, never dropped. Read by the form of what the piece holds, not by its words:
//   - a piece of lines that only label, sign or date (topic tags, column names, bylines, credits, page lines) and no
//     head: over a headline they head the article below (the last one its kicker), else they close the one above;
//   - a piece titled by a topic tag (`#产业兴村#` read as a headline) between the paragraphs of an article no byline
//     or credit closed: one more paragraph break in that article, the tag page furniture;
//   - a piece headed by the next numbered heading of a series the article above began (`第三，…` after `第一，…` and
//     `第二，…`; `（三）…`, `3.…`) in that article's open text: its next section, the head a heading again;
//   - a piece with no head that opens on a turn of a dialogue (`主持人：…`, `问：…`) under an article's text: the
//     dialogue goes on (a photo's credit between two turns cut it); a Q&A of its own is printed under a head.
import { isPhotoCredit, isBylineLine } from './structure/bylines.ts';
import { isColumnName, isTopicTagLine } from './structure/columns.ts';
import { isPageLine } from './structure/page-lines.ts';
import { isDialogueTurn } from './structure/shape.ts';
import { itemNumber, type ItemNumber } from './structure/item-numbers.ts';
import { asKind } from './block-kind.ts';
import type { Block } from './types.ts';
import type { Draft } from './segment-passes.ts';

/** A paragraph that labels what it stands by (a topic tag, a column name) or dates the page. */
function isLabel(block: Block): boolean {
  const t = block.text.trim();
  return block.kind === 'paragraph' && block.credit === undefined && block.byline === undefined && (isTopicTagLine(t) || isColumnName(t) || isPageLine(t));
}

/** A line that signs what stands above it: a byline or a photo's credit, on a line of its own. */
function isSignature(block: Block): boolean {
  if (block.kind === 'byline') return true;
  const t = block.text.trim();
  return block.kind === 'paragraph' && block.credit === undefined && block.byline === undefined && (isPhotoCredit(t) || isBylineLine(t));
}

/** Labels, signatures and dates only (and furniture), no head: a piece of the article above or below. */
function labelsOnly(draft: Draft): boolean {
  const lines = draft.blocks.filter((b) => b.kind !== 'furniture' && b.kind !== 'kicker');
  return !draft.hasHeadline && lines.some((b) => b.kind === 'paragraph') && lines.every((b) => isLabel(b) || isSignature(b));
}

/** Opens on its headline (maybe under a kicker or furniture): the article a label piece above it heads. */
function opensOnHeadline(draft: Draft | undefined): boolean {
  const first = draft?.blocks.find((b) => b.kind !== 'furniture' && b.kind !== 'kicker');
  return first?.kind === 'headline';
}

/** Running text no byline, credit or `(下转…)` closed. */
function openText(draft: Draft | undefined): boolean {
  return draft !== undefined && draft.hasBody && !draft.closed;
}

/** A label is the page's furniture; a signature stays as printed. */
function labelAsFurniture(block: Block): Block {
  return isLabel(block) ? asKind(block, 'furniture') : block;
}

/** The labels over the headline below: page furniture, the last one its kicker. */
function overHeadline(blocks: readonly Block[]): Block[] {
  const lines = blocks.map(labelAsFurniture);
  const last = blocks.length - 1;
  if (isLabel(blocks[last]!) && !isPageLine(blocks[last]!.text)) lines[last] = asKind(blocks[last]!, 'kicker');
  return lines;
}

function joinAbove(above: Draft, piece: Draft): void {
  above.blocks.push(...piece.blocks);
  above.continued = { ...piece.continued, ...above.continued };
}

/**
 * Where the text opens on a section's number (structure/item-numbers.ts): `第三，` / `第三、`, `三、`, `（三）`, `3.` /
 * `3、`, not a circled one; the same form makes a series.
 */
function sectionNumber(text: string): ItemNumber | undefined {
  const number = itemNumber(text);
  // (A section's head opens on no decimal: `3.` stands before a word, not a digit, `3.5万`.)
  if (number?.form === 'dot' && !/^\D/u.test(text.trim().slice(number.end))) return undefined;
  return number?.form === 'circled' ? undefined : number;
}

/** The headline goes on a series of numbered headings in the draft above: the one before it stands there. */
function nextInSeries(above: Draft, headline: string): boolean {
  const own = sectionNumber(headline);
  if (!own || own.n < 2) return false;
  return above.blocks.some((b) => {
    if (b.kind !== 'heading' && b.kind !== 'subheading') return false;
    const theirs = sectionNumber(b.text);
    return theirs?.form === own.form && theirs.n === own.n - 1;
  });
}

/**
 * A photo's credit (`（图为…本报记者 石磊 摄）`) stands at the seam of two pieces — the last line of the one above or
 * the first of the one below: set between the turns of a dialogue, it closes no text the way a byline does.
 */
function photoCreditAtSeam(above: Draft, piece: Draft): boolean {
  const lines = (d: Draft) => d.blocks.filter((b) => b.kind !== 'furniture');
  const seam = [lines(piece)[0], lines(above).at(-1)];
  return above.hasBody && seam.some((b) => b !== undefined && (isPhotoCredit(b.text.trim()) || PHOTO_DEED.test(b.text.trim())));
}

// A caption that ends on its photographer's deed (`（图为发布会现场。本报记者 石磊 摄）`).
const PHOTO_DEED = /(?:摄影?|供图)[)）]?$/u;

/** Merges every piece that is no article into the article it belongs to; a page's text stays whole. */
export function mergeJunkPieces(drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  drafts.forEach((draft, k) => {
    const above = out.at(-1);
    const below = drafts[k + 1];
    if (labelsOnly(draft)) {
      // The signatures it opens with close the article above; the labels after them head the one below.
      const signs = above ? draft.blocks.findIndex((b) => !isSignature(b) && b.kind !== 'furniture') : 0;
      const [closing, labels] = signs < 0 ? [draft.blocks, []] : [draft.blocks.slice(0, signs), draft.blocks.slice(signs)];
      if (above && closing.length > 0) {
        joinAbove(above, { ...draft, blocks: closing });
        above.closed = above.closed || closing.some(isSignature);
      }
      if (labels.length === 0) return;
      if (below && (opensOnHeadline(below) || !above)) below.blocks.unshift(...overHeadline(labels));
      else if (above) joinAbove(above, { ...draft, blocks: labels.map(labelAsFurniture) });
      else out.push(draft);
      return;
    }
    const head = draft.blocks.find((b) => b.kind !== 'furniture');
    if (above && openText(above) && head?.kind === 'headline' && isTopicTagLine(head.text) && draft.blocks.filter((b) => b.kind === 'headline').length === 1) {
      joinAbove(above, { ...draft, blocks: draft.blocks.map((b) => (b === head ? asKind(b, 'furniture') : b)) });
      above.closed = draft.closed;
      return;
    }
    if (above && openText(above) && head?.kind === 'headline' && nextInSeries(above, head.text)) {
      joinAbove(above, { ...draft, blocks: draft.blocks.map((b) => (b === head ? { ...asKind(b, 'heading'), level: 2 } : b)) });
      above.closed = draft.closed;
      return;
    }
    const opening = draft.blocks.find((b) => b.kind === 'paragraph' || b.kind === 'headline');
    if (above && (openText(above) || photoCreditAtSeam(above, draft)) && !draft.hasHeadline && opening?.kind === 'paragraph' && isDialogueTurn(opening.text)) {
      joinAbove(above, draft);
      above.closed = draft.closed;
      return;
    }
    out.push(draft);
  });
  return out;
}
