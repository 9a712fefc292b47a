// A table's title set as a line of its own over the table (stage 4, after segment.ts has cut the drafts): a
// headline over nothing but a table (structure/tables.ts) and the notes under it (`注：…`, `数据来源：…`), after
// an article whose running text no byline, credit or mark closed, titles that article's table when it reads as
// one — its unit in brackets (`…标准（单位：元/人·月）`), or the table gives again figures the article's text gives
// (`一季度增长5.1%` beside a `5.1` cell): it goes back to the article as a line of its text, with the table and its
// notes. A list of its own under its title (`2025年…重点工作一览`, figures the text does not give) stays a box.
import { titleUnitOf } from './structure/table-charts.ts';
import { isTable } from './structure/tables.ts';
import type { Draft } from './segment-passes.ts';
import type { Block } from './types.ts';

/** `注：…`, `数据来源：…`, `资料来源：…`, `制表：…`: a table's note or source. */
const NOTE = /^(?:注|备注|数据来源|资料来源|来源|制表)[：:]/u;
/** Figures a table gives again from the text: this many numbers at least. */
const MIN_SHARED = 2;
const NUMBER = /\d+(?:\.\d+)?/gu;

export function tableTitles(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const draft of drafts) {
    const before = out.at(-1);
    if (!before || !before.hasBody || before.closed || before.continued.to || !titlesTable(draft.blocks) || !ofArticle(before, draft)) {
      out.push(draft);
      continue;
    }
    before.blocks.push(...draft.blocks.map((b): Block => (b.kind === 'headline' ? asParagraph(b) : b)));
  }
  return out;
}

/** A headline, then a table, then notes only (page furniture may stand among them). */
function titlesTable(blocks: readonly Block[]): boolean {
  const own = blocks.filter((b) => b.kind !== 'furniture');
  const [title, table, ...notes] = own;
  if (title?.kind !== 'headline' || table?.kind !== 'paragraph' || table.byline || table.credit) return false;
  if (!isTable(table.text.split('\n'))) return false;
  return notes.every((b) => b.kind === 'paragraph' && !b.byline && !b.credit && NOTE.test(b.text.trim()));
}

/** The title prints the table's unit, or the table gives again numbers the article's text gives. */
function ofArticle(before: Draft, table: Draft): boolean {
  const title = table.blocks.find((b) => b.kind === 'headline')!;
  if (titleUnitOf(title.text) !== undefined || /[（(]单位[：:]/u.test(title.text)) return true;
  const text = new Set(before.blocks.filter((b) => b.kind === 'paragraph').flatMap((b) => b.text.match(NUMBER) ?? []));
  const cells = table.blocks.find((b) => b.kind === 'paragraph')!.text.match(NUMBER) ?? [];
  return new Set(cells.filter((n) => text.has(n) && !/^\d{4}$/u.test(n))).size >= MIN_SHARED;
}

function asParagraph(block: Block): Block {
  const { level: _level, ...rest } = block;
  return { ...rest, kind: 'paragraph' };
}
