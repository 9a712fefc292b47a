// An article made of a list — the works of a report or a year's 民生实事 (`1.新建改造城镇老旧小区120个。…`, `（三）…`,
// `③…`, `● 新增学位 4680个`), a table of its projects, a box of figures over their labels — is about what each item
// is about: an item's leading topic counts for the article, as an exchange's does for one told in turns
// (exchanges.ts), though one item says less of it than the whole text's leading topics say of theirs.
import { isDataItem } from '../structure/data-items.ts';
import { leadingTopics } from './exchanges.ts';

/** A piece of an article's text (topics.ts WeightedText). */
interface Piece {
  text: string;
}

// A line opened by its ordinal (`1.` `2、` `（三）` `(4)` `③` `一、` `二是` `第三，`) or its bullet (`● 新增学位 4680个`).
const ORDINAL = /^[\s\u3000]*(?:[●◆■▪•★☆◇□▶►]|\d{1,2}[.．、](?!\d)|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|[①-⑳]|[一二三四五六七八九十]{1,3}(?:[、是]|[，,](?=\p{Script=Han}))|第[一二三四五六七八九十]{1,3}[，,、])/u;
// A row of a table: cells set apart by bars or tabs, two bars or one tab at least; not its rule (`|---|---|`).
const TABLE_ROW = /^(?=.*\p{Script=Han})(?:[^|\n]*\|){2,}[^|\n]*$|^(?=.*\p{Script=Han})[^\t\n]+(?:\t[^\t\n]*)+$/u;
// A count in digits or in words (`2000个`, `一千二百户`).
const COUNTS = /\d|[一二两三四五六七八九十百千万]+(?:个|座|户|名|人|元|吨|亩|公里|所|处|家|条|张|项|件|场|次|台|辆|套|间|部)/u;
/** A list has this many items at least. */
const MIN_LIST_ITEMS = 3;

/**
 * The items of the list an article is made of, three of a kind at least: each line opened by an ordinal or a bullet
 * with the lines after it up to the next one (within one piece) that counts a work; each row of a table but its
 * head, and each head of its columns but the first (what a column counts, where the rows are places: `|县区|新增托位
 * （个）|…`); each block of a figure over its label. (Not the sections of a feature under their heads: a feature's
 * section dwells on a scene, not on one of a list's works.)
 */
export function listItems(pieces: readonly Piece[]): string[] {
  const numbered: string[] = [];
  const rows: string[] = [];
  for (const piece of pieces) {
    let open: string[] | undefined;
    const tableRows = piece.text.split('\n').filter((l) => TABLE_ROW.test(l.trim()));
    const cells = (row: string) => row.split(/[|\t]/u).map((c) => c.trim()).filter(Boolean);
    if (tableRows.length >= MIN_LIST_ITEMS + 1) rows.push(...tableRows.slice(1), ...cells(tableRows[0]!).slice(1));
    for (const line of piece.text.split('\n')) {
      if (ORDINAL.test(line)) {
        if (open) numbered.push(open.join('\n'));
        open = [line];
      } else if (open && !TABLE_ROW.test(line.trim())) open.push(line);
    }
    if (open) numbered.push(open.join('\n'));
  }
  // A box of figures over their labels (`4.52万人` / `城镇新增就业`), a block each: each figure is an item.
  const figures = pieces.map((p) => p.text).filter((t) => isDataItem(t.split('\n')));
  // A list's item is a work done or planned with its count (`2.新增普惠托位2000个`): not a list of areas a water cut
  // reaches or of steps to take, which name no figure.
  const works = numbered.filter((item) => COUNTS.test(item.replace(ORDINAL, '')));
  return [works, rows, figures].filter((items) => items.length >= MIN_LIST_ITEMS).flat();
}

/**
 * The leading topic of each item that names one with one strong word at least, in the order first led; two topics
 * tied at its head are both what the item is about (`新建养老服务中心25个，新增普惠托位1800个`).
 */
export const listTopics = leadingTopics;
