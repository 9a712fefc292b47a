// An article made of a list — the items of a work report or a year's 民生实事 (`1.新建改造城镇老旧小区。…`,
// `（三）…`, `③…`) or the rows of a table of its projects — is about what each item
// is about: an item's leading topic counts for the article, as an exchange's does for one told in turns
// (exchanges.ts), though one item says less of it than the whole text's leading topics say of theirs.
import type { Topic } from '../../../src/domain/topics.ts';

/** A piece of an article's text (topics.ts WeightedText). */
interface Piece {
  text: string;
}

// A line opened by its ordinal: `1.` `2、` `（三）` `(4)` `③` `一、` `二是` `第三，`.
const ORDINAL = /^[\s\u3000]*(?:\d{1,2}[.．、](?!\d)|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|[①-⑳]|[一二三四五六七八九十]{1,3}(?:[、是]|[，,](?=\p{Script=Han}))|第[一二三四五六七八九十]{1,3}[，,、])/u;
// A row of a table: cells set apart by bars or tabs, two bars or one tab at least; not its rule (`|---|---|`).
const TABLE_ROW = /^(?=.*\p{Script=Han})(?:[^|\n]*\|){2,}[^|\n]*$|^(?=.*\p{Script=Han})[^\t\n]+(?:\t[^\t\n]*)+$/u;
/** A list has this many items at least. */
export const MIN_LIST_ITEMS = 3;

/**
 * The items of the list an article is made of: each line opened by an ordinal with the lines after it up to the
 * next one (within one piece), or each row of a table but its first (the head). None when fewer than three of a kind.
 * (Not the sections of a feature under their heads: a feature's section dwells on a scene, not on one of a list's works.)
 */
export function listItems(pieces: readonly Piece[]): string[] {
  const numbered: string[] = [];
  const rows: string[] = [];
  for (const piece of pieces) {
    let open: string[] | undefined;
    const tableRows = piece.text.split('\n').filter((l) => TABLE_ROW.test(l.trim()) && !/^[\s|:：\-—]+$/u.test(l));
    rows.push(...tableRows.slice(1));
    for (const line of piece.text.split('\n')) {
      if (ORDINAL.test(line)) {
        if (open) numbered.push(open.join('\n'));
        open = [line];
      } else if (open && !TABLE_ROW.test(line.trim())) open.push(line);
    }
    if (open) numbered.push(open.join('\n'));
  }
  return [numbered, rows].filter((items) => items.length >= MIN_LIST_ITEMS).flat();
}

/** The leading topic of each item that names one with one strong word at least, in the order first led. */
export function listTopics(items: readonly string[], score: (text: string) => Record<Topic, number>, minScore: number): Topic[] {
  const leaders: Topic[] = [];
  for (const item of items) {
    const scores = Object.entries(score(item)) as [Topic, number][];
    const top = Math.max(0, ...scores.map(([, points]) => points));
    if (top < minScore) continue;
    // Two topics tied at its head are both what the item is about (`新建养老服务中心25个，新增普惠托位1800个`).
    for (const [topic, points] of scores) if (points === top && !leaders.includes(topic)) leaders.push(topic);
  }
  return leaders;
}
