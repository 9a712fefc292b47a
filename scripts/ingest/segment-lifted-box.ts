// A labelled box set inside an article (stage 4, after segment.ts has cut the drafts): a head of a few characters
// set off by an ornament, alone on its line, over lines of its own (`■ 温馨提示` / `1.…；` / `2.…。`), with the
// article's text or its photo's caption going on under it, is a sidebar titled by its head; the article keeps
// the blocks around it. A section heading in a label's form closing an article over nothing but list items
// (`温馨提示` / `一、…；` / `二、…。`) is one too, and so is a label set off by a mark that was read as the page's
// furniture (`▍乘车小贴士` / `1.…。` / `2.…。`). A `【温馨提示】` opening a paragraph of text is no box: it stays the article's.
import { isLabelledBox, SYMBOL_BULLET } from './structure/briefs.ts';
import { BOX_LABEL, BOX_MARK, boxLabel } from './structure/box-label.ts';
import { mayBeColumnName } from './structure/columns.ts';
import { SIDEBAR_LABEL } from './describe/kind.ts';
import { isListItem, isTitleLike } from './structure/shape.ts';
import { isTable } from './structure/tables.ts';
import { type Draft, emptyDraft } from './segment-passes.ts';
import { sectionLabels } from './segment-section-labels.ts';
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
    const title = head.kind === 'furniture' ? head.text.trim().replace(BOX_MARK, '') : head.text;
    return [
      { ...draft, blocks: blocks.slice(0, tail) },
      { ...emptyDraft(), hasHeadline: true, hasBody: true, blocks: [{ ...head, kind: 'headline', text: title }, ...blocks.slice(tail + 1)] },
    ];
  }
  const lists = labelledLists(blocks);
  if (lists.length > 0) {
    const inBox = new Set(lists.flatMap(([from, to]) => Array.from({ length: to - from }, (_, k) => from + k)));
    return [
      { ...draft, blocks: blocks.filter((_, j) => !inBox.has(j)) },
      ...lists.map(([from, to]): Draft => ({ ...emptyDraft(), hasHeadline: true, hasBody: true, blocks: [asHead(blocks[from]!), ...blocks.slice(from + 1, to)] })),
    ];
  }
  // (At the article's end, a box whose label names a box, `■相关链接` / `供热服务热线：12345` / …: describe/kind.ts.)
  // (So does a table under a box's label in brackets and its title, `【数据】某县服务清单` / `| 项目 | 数量 |` / …, wherever it stands.)
  const at = blocks.findIndex((b, j) => j > 0 && (isBoxBlock(b) || isLabelledTable(b)) && (goesOn(blocks.slice(j + 1)) || (endsArticle(blocks.slice(j + 1)) && (SIDEBAR_LABEL.test(b.text.split('\n')[0]!.trim()) || isLabelledTable(b)))) && hasText(blocks.slice(0, j)));
  if (at < 0) return [draft];
  return [
    { ...draft, blocks: [...blocks.slice(0, at), ...blocks.slice(at + 1)] },
    { ...emptyDraft(), hasHeadline: true, hasBody: true, blocks: isLabelledTable(blocks[at]!) ? asLabelledTable(blocks[at]!) : asSidebar(blocks[at]!) },
  ];
}

/** The table's label as its kicker, its title as its headline (the label alone when it has none), its rows as one block. */
function asLabelledTable(box: Block): Block[] {
  const [head, ...rows] = box.text.split('\n');
  const label = BOX_LABEL.exec(head!.trim())![0];
  const title = head!.trim().slice(label.length).trim();
  const { level: _level, ...rest } = box;
  const table: Block = { ...rest, kind: 'paragraph', text: rows.join('\n') };
  return title === '' ? [{ ...rest, kind: 'headline', text: label }, table] : [{ ...rest, kind: 'kicker', text: label }, { ...rest, kind: 'headline', text: title }, table];
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

/**
 * A table printed as one block under a box's label in brackets and its title (`【数据】沁县“一老一小”服务清单` / `| 项目 | 数量 |`
 * / rows): a box of its own, as structure/table-notes.ts reads such a title (a table's own title has no label).
 */
function isLabelledTable(block: Block): boolean {
  const [head, ...rows] = block.text.split('\n');
  const label = BOX_LABEL.exec(head!.trim());
  if (block.kind !== 'paragraph' || block.byline || block.credit || !label || rows.length < MIN_TABLE_LINES) return false;
  const title = head!.trim().slice(label[0].length).trim();
  return (title === '' || isTitleLike(title)) && isTable(rows);
}

/** A table holds its header and a row at least. */
const MIN_TABLE_LINES = 2;

/** The article's text or its photo's caption goes on under the box. */
function goesOn(after: readonly Block[]): boolean {
  const next = after.find((b) => b.kind !== 'furniture');
  return next?.kind === 'caption' || next?.kind === 'paragraph';
}

/** Nothing but the page's furniture stands under the box: it ends the article. */
function endsArticle(after: readonly Block[]): boolean {
  return after.every((b) => b.kind === 'furniture');
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
  // The last of a report's section labels (`【去年成绩单】` … `【今年重点】`, segment-section-labels.ts) heads its section, no box.
  if (sectionLabels(blocks).has(at)) return -1;
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
  return b.kind === 'furniture' && BOX_MARK.test(b.text.trim()) && boxLabel(b.text) !== undefined;
}

/** A box of a list holds this many items at least. */
const MIN_LIST_ITEMS = 2;

/** A label set off by a mark or in brackets, read as the page's furniture: a list's head when items stand under it. */
function listLabel(b: Block): boolean {
  return b.kind === 'furniture' && boxLabel(b.text) !== undefined;
}

/** The label, its mark or brackets left off, as the box's headline. */
function asHead(b: Block): Block {
  const { level: _level, ...head } = b;
  return { ...head, kind: 'headline', text: boxLabel(b.text)! };
}

/**
 * Lists under their own labels set inside an article (`…今年以来，…。` / `【红榜】` / `1.…。` / `2.…。` / `【黑榜】` / `1.…。` /
 * `2.…。` / `上榜红榜的单位将…。`): each label over two items or more, running text above the first, the article's text
 * or another such list after each. Each is a box of its own, the article keeps its text; [from, to) of each, or none.
 */
function labelledLists(blocks: readonly Block[]): [number, number][] {
  const lists: [number, number][] = [];
  for (let j = 1; j < blocks.length; j++) {
    if (!listLabel(blocks[j]!) || !hasText(blocks.slice(0, j))) continue;
    let to = j + 1;
    while (to < blocks.length && blocks[to]!.kind === 'paragraph' && !blocks[to]!.byline && !blocks[to]!.credit && isItem(blocks[to]!.text)) to++;
    if (to - j - 1 < MIN_LIST_ITEMS) continue;
    lists.push([j, to]);
    j = to - 1;
  }
  // The article's text goes on under the last list: the lists stand inside it.
  const last = lists.at(-1);
  return last !== undefined && goesOn(blocks.slice(last[1])) ? lists : [];
}

function isItem(text: string): boolean {
  return isListItem(text) || CHINESE_ITEM.test(text.trim());
}
