// A row of priced or counted items printed as running text (`土豆1.6元/斤　西红柿3.5元/斤#　富士苹果4.5元/斤`): three
// or more items set apart by spaces, each a short name and its figure with the unit (a rate's too: 元/斤) and a
// mark keyed to a note (`*`, `#`). It is short and has no sentence mark, yet it is no headline: a headline's
// phrases do not all end on a figure, a couplet headline has two of them (`新增就业2.1万人 失业率3.2%`), and a
// headline's phrases say what was done (`改造管网8.6公里`: a verb, by jieba's tags), an item names a thing.

import { tagWords } from '../figures/words.ts';

/** A row has at least this many items; two phrases ending on figures may be a couplet headline. */
const MIN_ITEMS = 3;
// A verb of any kind (`改造`/v, `投资`/vn): a phrase that says what was done.
const VERB = /^v/u;
// `猪肉（精瘦）13.8元/斤*`, `鸡蛋4.2元/斤#`, `失业率3.2%`: a name (no digit, no clause mark), a figure, its unit, a mark.
const ITEM = /^[^\d\s，,。；;：:！？!?、]{1,12}\d+(?:\.\d+)?[万亿千百]?(?:\p{Script=Han}{1,3}|[%％‰℃]|[a-zA-Z²³]{1,4})?(?:\/\p{Script=Han}{1,2})?[*＊#＃※△▲]?$/u;

// `本周均价：`: a short lead-in, no figure in it, closed by a colon, on the row's line or the line over it.
const LEAD_IN = /^[^\d\s，,。；;！？!?：:]{1,16}[：:][\s\u3000]*/u;

/**
 * `土豆1.6元/斤　西红柿3.5元/斤#　富士苹果4.5元/斤`, maybe after its lead-in (`本周均价：`): one line of three or more
 * items, each a name and its figure.
 */
export function isItemRow(text: string): boolean {
  const t = text.trim().replace(LEAD_IN, '');
  if (t.includes('\n')) return false;
  const items = t.split(/[\s\u3000]+/u);
  return items.length >= MIN_ITEMS && items.every((item) => ITEM.test(item) && namesThing(item));
}

/** The item's name, before its figure, holds no verb. */
function namesThing(item: string): boolean {
  const name = item.slice(0, item.search(/\d/u));
  return tagWords(name).every((w) => !VERB.test(w.tag));
}
