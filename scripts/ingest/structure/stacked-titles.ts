// A headline and its deck, or a kicker and its headline, printed on two lines with no blank line between them
// (`我市举行2025年民生实事新闻发布会` / `今年将办好十二件民生实事`, `城乡统筹补短板` / `丹朱镇“一老一小”有了好去处`): two
// title lines of one block that do not read as one headline broken over two (split-headline.ts: a subject and its
// predicate, a verb and its object, a word run across the break) are two blocks, as when a blank line parts them;
// what each is (kicker, headline, deck) their neighbours tell (split-headline.ts, roles.ts).

import { isSpacedOut } from './caption-form.ts';
import { isDataLine } from './data-box.ts';
import { readsAsOne } from './split-headline.ts';
import { isListItem, isTableRow, isTitleLike } from './shape.ts';

// `46.7公里`, `98.6%`, `1260万平方米`: a figure alone on its line, with its unit: a data box's, over or under its label.
const BARE_FIGURE = /^[约近超]?[\d.,，]+[\p{Script=Han}%‰]{0,5}$/u;
// A number to call, an address on the web: never a title's.
const CONTACT = /\d{3,}-\d{5,}|(?<!\d)1[3-9]\d{9}(?!\d)|https?:\/\/|www\./iu;
// `市创建全国文明城市指挥部办公室　宣`, `县委宣传部　制`: who put the line over it out, a word after a space; no title's.
const ISSUED = /[\s\u3000]\p{Script=Han}$/u;

/** A line a title may be: title-like, Chinese, no item of a list or row of a table, no figure alone, no contact. */
function titleLine(line: string): boolean {
  return isTitleLike(line) && /\p{Script=Han}/u.test(line) && !isListItem(line) && !isDataLine(line) && !isTableRow(line) && !BARE_FIGURE.test(line) && !CONTACT.test(line) && !isSpacedOut(line);
}

/**
 * The two lines of a block that are two title lines stacked, or undefined. A field's line (`答复单位：市水务局`,
 * `时间：…` / `地点：…`) is no title's lower line: only the upper line may set a place or a topic off with a colon.
 */
export function stackedTitleLines(raw: string): [string, string] | undefined {
  const lines = raw.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length !== 2) return undefined;
  const [upper, lower] = lines as [string, string];
  if (!titleLine(upper) || !titleLine(lower) || /[：:]/u.test(lower) || ISSUED.test(lower)) return undefined;
  return readsAsOne(upper, lower) ? undefined : [upper, lower];
}
