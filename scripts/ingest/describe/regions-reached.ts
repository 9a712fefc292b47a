// A list of places a scheme went through or the reporter went to (`活动走进潞州区、上党区、屯留区`, `沁源县、武乡县等山区县`,
// `记者走访潞州区东街街道…`), read by the words beside it: the reach of the city's scheme, not what the article is
// about. regions.ts keeps such places apart until the city is weighed.

import { countyOf, type PlaceMention } from '../../../src/domain/places/gazetteer.ts';

// A scheme going into places one after another: a verb of going in right before the list (`走进`, `深入`, `来到`,
// `走遍`, `遍及`), or 在 after 先后/分别/相继/陆续 (`先后在潞州、上党、屯留等地举办`).
const REACH_BEFORE = /(?:走进|走入|深入|来到|走遍|遍及|(?:先后|分别|相继|陆续|依次)(?:走进|来到|在|到))$/u;
// How many places such a list names at least: one or two may be the article's own scene.
const MIN_REACHED = 3;
// Where the reporter went to look (`记者走访潞州区东街街道、太行西街街道多家农贸市场发现`): the places the story was
// gathered in, which in the city's article stand for the city (its prices, its markets), one place or several.
const REPORTER_WENT = /记者[^，,。；;：:“”]{0,6}?(?:走访|探访|来到|走进|深入)了?$/u;
// A list of examples: places closed by 等 (`我市在潞州区、上党区、襄垣县等县区新建`, `其中，沁源县、武乡县等山区县`) names
// some of the places a scheme reached, not every one; with as many counties as a reach list (MIN_REACHED: one or
// two may be the story's own, `在潞城区、襄垣县等地组织订单班`, dev 54) it is a reach list too. (Not
// after 来自: where the people the city's work serves come from counts, `患者来自平顺、武乡、沁源等山区县`, dev 24.)
const EXAMPLES_AFTER = /^等/u;
const SERVED_FROM = /来自$/u;
// A shorter list closed by 等 and the kind of place it stands for (`优先保障武乡县、沁源县等山区学校`, `沁源县、武乡县等
// 山区县`, `潞州、上党等县区`): it names two of more such places, the reach of the city's scheme too (ruled in session
// 12). Not 等地 (`在潞城区、襄垣县等地组织订单班`, dev 54), which may close the story's own places.
const KIND_AFTER = /^等(?!地)[\p{Script=Han}]/u;
const MIN_KIND_LISTED = 2;
// A list whose places 分别 (or 依次) then gives one number each (`潞州区、上党区、屯留区分别新增学位2600个、1800个和1100个`):
// the city's count split over them, as a table of county rows splits it — the reach of the city's statistic.
const SPLIT_AFTER = /^(?:[\p{Script=Han}]{0,4}?)(?:分别|依次)/u;

/**
 * Is the list at `list` the places a scheme went through (three or more county-level places after a verb of
 * going in, closed by 等, or splitting the city's count after 分别), or where the reporter went to gather the story?
 */
export function reachedList(text: string, mentions: readonly PlaceMention[], list: { start: number; end: number }): boolean {
  const before = text.slice(0, list.start);
  if (REPORTER_WENT.test(before)) return true;
  const counties = new Set(
    mentions.filter((m) => m.start >= list.start && m.end <= list.end && m.place).map((m) => countyOf(m.place!.name) ?? m.place!),
  );
  if (EXAMPLES_AFTER.test(text.slice(list.end)) && !SERVED_FROM.test(before) && counties.size >= MIN_REACHED) return true;
  if (KIND_AFTER.test(text.slice(list.end)) && !SERVED_FROM.test(before) && counties.size >= MIN_KIND_LISTED) return true;
  if (SPLIT_AFTER.test(text.slice(list.end)) && counties.size >= MIN_REACHED) return true;
  return REACH_BEFORE.test(before) && counties.size >= MIN_REACHED;
}
