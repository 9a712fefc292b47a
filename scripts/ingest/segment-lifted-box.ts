// A labelled box set inside an article (stage 4, after segment.ts has cut the drafts): a head of a few characters
// set off by an ornament, alone on its line, over lines of its own (`■ 温馨提示` / `1.…；` / `2.…。`), with the
// article's text or its photo's caption going on under it, is a sidebar titled by its head; the article keeps
// the blocks around it. A section heading in a label's form closing an article over nothing but list items
// (`温馨提示` / `一、…；` / `二、…。`) is one too, and so is a label set off by a mark that was read as the page's
// furniture (`▍乘车小贴士` / `1.…。` / `2.…。`). A `【温馨提示】` opening a paragraph of text is no box: it stays the article's.
import { isLabelledBox, SYMBOL_BULLET } from './structure/briefs.ts';
import { mayBeColumnName } from './structure/columns.ts';
import { isListItem } from './structure/shape.ts';
import { type Draft, emptyDraft } from './segment-passes.ts';
import type { Block } from './types.ts';

/** The article without its box, and the box as a sidebar of its own after it; or the draft as it was. */
export function liftLabelledBox(draft: Draft): Draft[] {
  const { blocks } = draft;
  const first = blocks.findIndex((b) => b.kind !== 'furniture');
  // A box standing apart (at an article's end): its head titles it, its lines are its text.
  if (!draft.hasHeadline && first >= 0 && isBoxBlock(blocks[first]!)) {
    return [{ ...draft, hasHeadline: true, blocks: [...blocks.slice(0, first), ...asSidebar(blocks[first]!), ...blocks.slice(first + 1)] }];
  }
  const tail = listUnderHead(blocks);
  if (tail >= 0) {
    const { level: _level, ...head } = blocks[tail]!;
    const title = head.kind === 'furniture' ? head.text.trim().replace(/^[▍▌┃|｜■□◆◇●○▶▷►◎★☆][\s\u3000]*/u, '') : head.text;
    return [
      { ...draft, blocks: blocks.slice(0, tail) },
      { ...emptyDraft(), hasHeadline: true, hasBody: true, blocks: [{ ...head, kind: 'headline', text: title }, ...blocks.slice(tail + 1)] },
    ];
  }
  const at = blocks.findIndex((b, j) => j > 0 && isBoxBlock(b) && goesOn(blocks.slice(j + 1)) && hasText(blocks.slice(0, j)));
  if (at < 0) return [draft];
  return [
    { ...draft, blocks: [...blocks.slice(0, at), ...blocks.slice(at + 1)] },
    { ...emptyDraft(), hasHeadline: true, hasBody: true, blocks: asSidebar(blocks[at]!) },
  ];
}

/** The box's head as a headline, its lines as paragraphs. */
function asSidebar(box: Block): Block[] {
  const [head, ...lines] = box.text.split('\n');
  const { level: _level, ...rest } = box;
  const headline: Block = { ...rest, kind: 'headline', text: head!.replace(SYMBOL_BULLET, '').trim() };
  return [headline, ...lines.map((text): Block => ({ ...rest, kind: 'paragraph', text }))];
}

/** A paragraph whose first line is a head in a label's form set off by an ornament, over lines of its own. */
function isBoxBlock(block: Block): boolean {
  return block.kind === 'paragraph' && !block.byline && !block.credit && isLabelledBox(block.text);
}

/** The article's text or its photo's caption goes on under the box. */
function goesOn(after: readonly Block[]): boolean {
  const next = after.find((b) => b.kind !== 'furniture');
  return next?.kind === 'caption' || next?.kind === 'paragraph';
}

/** Running text stands above the box: it is set inside an article, not opening one. */
function hasText(before: readonly Block[]): boolean {
  return before.some((b) => b.kind === 'paragraph');
}

/** A line opening with a list's mark: a bullet, `1.`, `（1）` or `一、`. */
const CHINESE_ITEM = /^[一二三四五六七八九十]{1,3}、/u;

/**
 * Where an article ends with a box under its own head (`温馨提示` / `一、…；` / `二、…。`): a section heading in a
 * label's form, after running text, over nothing but paragraphs that open as items of a list; else -1.
 */
function listUnderHead(blocks: readonly Block[]): number {
  const at = blocks.findLastIndex((b) => b.kind === 'heading' || b.kind === 'subheading' || markedLabel(b));
  if (at <= 0 || !mayBeColumnName(blocks[at]!.text) || !hasText(blocks.slice(0, at))) return -1;
  const under = blocks.slice(at + 1);
  const items = under.length > 0 && under.every((b) => b.kind === 'paragraph' && !b.byline && !b.credit && isItem(b.text));
  // A label read as the page's furniture heads a box only over two items or more (`▍乘车小贴士` / `1.…。` / `2.…。`).
  return items && (blocks[at]!.kind !== 'furniture' || under.length >= 2) ? at : -1;
}

/**
 * `▍乘车小贴士`: a label set off by a mark, read as the page's furniture (a column's name), after the article's text:
 * the head of the list under it, when one stands there.
 */
function markedLabel(b: Block): boolean {
  return b.kind === 'furniture' && !b.text.includes('\n') && /^[▍▌┃|｜■□◆◇●○▶▷►◎★☆]/u.test(b.text.trim()) && mayBeColumnName(b.text);
}

function isItem(text: string): boolean {
  return isListItem(text) || CHINESE_ITEM.test(text.trim());
}
