// A brief of a news column opened by the place it comes from in square brackets (`【潞州区】全区新增城镇就业…。`,
// `〔武乡县洪水镇〕…`), as another is opened by a bullet and its place before a colon (`■ 沁源县：…`): the label is
// the item's dateline, not its headline nor a column's name, and the item is one of its own (briefs.ts isBrief).
// A place is told by its form, the suffix of a division's name (区, 县, 市, 镇, 乡, 街道), or, short of its suffix, by
// the gazetteer (`【壶关】`), not by a list of places of its own.
import { openingPlace } from './opening-place.ts';

// The label: a division's name of two to ten characters, ending in its level's suffix, in 【】, 〔〕 or [].
const PLACE_LABEL = /^[【〔［\[]\p{Script=Han}{1,8}(?:区|县|市|镇|乡|街道)[】〕］\]][\s\u3000]*[^\s\u3000：:，,。、；;]/u;

// Or a gazetteer place in the paper's short form, without its suffix (`【壶关】壶关县今冬…`, opening-place.ts).
const BRACKETED = /^[【〔［\[](\p{Script=Han}{2,8})[】〕］\]][\s\u3000]*[^\s\u3000：:，,。、；;]/u;

/** `【潞州区】全区…`: text opened by its place in brackets, with text after it on the same line. */
export function opensWithPlaceLabel(text: string): boolean {
  const t = text.trim();
  const label = BRACKETED.exec(t)?.[1];
  return PLACE_LABEL.test(t) || (label !== undefined && openingPlace(label) === label);
}
