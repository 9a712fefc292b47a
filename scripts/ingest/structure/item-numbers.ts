// An item's number where a line opens with it, in the forms the papers print: `1.` / `1．`, `1、` / `三、`, `（1）` /
// `（三）`, `①`…`⑳`, `第三，`. One reader for every module that asks — a column of news items
// (segment-item-column.ts), a series of section heads (segment-junk.ts), a photo set's numbered captions
// (structure/photo-sets.ts) — each keeping the forms its own reading takes. `4.12月1日起` is item 4 in a column of
// news, and `3.5万元` could be a decimal: what may follow a dot is for the reader to judge.

import { parseNumeral } from '../figures/numerals.ts';

/** How the number is printed: `1.`, `1、`, `（1）`, `①`, `第一，`. The same form makes a series. */
export type ItemNumberForm = 'dot' | 'comma' | 'bracket' | 'circled' | 'ordinal';

export interface ItemNumber {
  form: ItemNumberForm;
  n: number;
  /** Written in Chinese numerals (`三、`, `（三）`, `第三，`), not in digits or a circled number. */
  chinese: boolean;
  /** Where the number and its mark end in the trimmed line: `text.trim().slice(end)` is what the item says. */
  end: number;
}

const NUMERAL = '[一二三四五六七八九十]{1,3}|\\d{1,2}';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const FORMS: readonly (readonly [ItemNumberForm, RegExp])[] = [
  ['ordinal', new RegExp(`^第(${NUMERAL})[，,、：:\\s]`, 'u')],
  ['comma', new RegExp(`^(${NUMERAL})、`, 'u')],
  ['bracket', new RegExp(`^[（(](${NUMERAL})[)）]`, 'u')],
  ['dot', /^(\d{1,2})[.．]/u],
  ['circled', new RegExp(`^([${CIRCLED}])`, 'u')],
];

/** The number `text` opens with, its form and where it ends, or undefined. */
export function itemNumber(text: string): ItemNumber | undefined {
  const t = text.trim();
  for (const [form, re] of FORMS) {
    const m = re.exec(t);
    if (!m) continue;
    const raw = m[1]!;
    const n = form === 'circled' ? CIRCLED.indexOf(raw) + 1 : (parseNumeral(raw) ?? Number.NaN);
    return { form, n, chinese: form !== 'circled' && !/^\d/u.test(raw), end: m[0].length };
  }
  return undefined;
}
