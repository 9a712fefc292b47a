// A figure in a list that a clause before a colon introduces (`主要品种本周均价：猪肉13.8元/斤，鸡蛋4.2元/斤`,
// `各县区城镇新增就业分别为：潞州区3200人、上党区1800人`, `改造老旧小区数量如下：潞州区32个，上党区18个`): the item
// is the name right before the number, the measure is what the introducing clause names (均价, 城镇新增就业,
// 改造老旧小区数量: past a time word and the divisions the list goes through, 各县区; a class of the items before
// the measure, `主要蔬菜零售均价`, is kept), and the label is both (鸡蛋均价, 上党区城镇新增就业). Read where the
// figure's own label is missing or is the item alone.
import type { FigureScope } from './scope.ts';
import { clean, hasNoun, hasVerb, join, tagged } from './label-roles.ts';
import { leftPhrase, MAX_LABEL_LENGTH } from './label-phrases.ts';
import { scanPlaces } from './place-names.ts';

// The name right before the number, after a list's separator, a colon or a mark (`鸡蛋`, `猪肉（精瘦）`, `上党区`).
const ITEM = /(?:^|[，,、；;：:\s*#|])([\p{Script=Han}（）()]{2,10})$/u;
// What only says a list follows or links it to its numbers.
// Each of the divisions a list goes through: `各县区`, `各县（市、区）`, `各乡镇`.
const EACH_DIVISION = /^各(?:[县市区乡镇村街道]|（[^）]*）)+/;
const LIST_TAIL = /(?:分别为|分别是|分别|情况如下|如下|为|是)$/;

/** The item's name with the measure the list's introducing clause names; '' where the figure is in no such list. */
export function introListLabel(label: string | undefined, scope: Pick<FigureScope, 'sentence' | 'start'>): string {
  const before = scope.sentence.slice(0, scope.start);
  const item = ITEM.exec(before)?.[1] ?? '';
  const itemWords = tagged(clean(item));
  // (A place names an item as a noun does: `上党区1800人`.)
  const place = scanPlaces(item).some((m) => m.place && m.at === 0 && m.end === item.length);
  if (!item || !(place || hasNoun(itemWords)) || hasVerb(itemWords)) return '';
  if (label && label !== item && label !== clean(item)) return '';
  const colon = Math.max(before.lastIndexOf('：'), before.lastIndexOf(':'));
  if (colon < 0) return '';
  // (Every clause between the colon and the item holds a number: the figure is one of the list's values.)
  const list = before.slice(colon + 1, before.length - item.length);
  if (list.split(/[，,、；;]/).some((c) => c.trim() && !/[0-9]/.test(c))) return '';
  const intro = before.slice(Math.max(0, before.slice(0, colon).search(/[^，,；;。]*$/)), colon).replace(LIST_TAIL, '');
  // (The measure, past the time the list is of: `本周均价` → 均价.)
  const phrase = leftPhrase(tagged(clean(intro)));
  // (Nor the divisions it goes through, `各县区`: the item names one.)
  const measure = join(phrase.slice(phrase.findLastIndex((w) => w.tag === 't') + 1)).replace(EACH_DIVISION, '');
  if (!measure || !hasNoun(tagged(measure)) || measure.includes(clean(item))) return '';
  const whole = `${clean(item)}${measure}`;
  return whole.length <= MAX_LABEL_LENGTH ? whole : '';
}
