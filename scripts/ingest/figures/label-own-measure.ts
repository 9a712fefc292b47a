// The words of a measure of a whole (总投资, 产量, 面积, 全长, 里程 …), one home for the readers of a bare measure
// (label-whole-of.ts, label-extent.ts), and the thing nouns closing on a measure of their own name: `固定资产投资`,
// `城市绿地面积`, `粮食产量`, `农村公路里程` are a measure of 固定资产, 城市绿地, 粮食, 农村公路 (finding F18 of session 33).

import { hasNoun, tagged } from './label-roles.ts';

/**
 * The words of a measure of extent (`全长`, `总长度`, `里程`): the measures of a whole hold them too. Not 全程
 * there: a route's whole run follows where it goes (`从上党区韩店街道发车，直达长治高新区产业园区，全程18公里`), whose place
 * wholeOf's object-at-end reading would take for the thing (dev 10, 608); label-extent.ts adds it for its own reader.
 */
export const EXTENT_WORDS = '(?:全长|总长度?|长度|总里程|里程)';
/** The words of a measure of a whole. */
export const MEASURE = `(?:总投资|投资|总投入|总产量|产量|总产值|产值|总面积|面积|建筑面积|占地面积|${EXTENT_WORDS}|总金额|金额)`;
/** Words closing on a measure of a whole (`固定资产投资`, `总投资`). */
const CLOSING_MEASURE = new RegExp(`${MEASURE}$`, 'u');

/**
 * The thing a name closing on a measure of its own is of, the measure cut off (`全市固定资产投资增长5%，完成投资…` →
 * 固定资产, `城市绿地面积持续扩大，总面积…` → 城市绿地): the measure after is the same thing's. '' when no noun is left
 * (`投资`, `总投资`); the name as it is when it closes on no measure.
 */
export function ownThing(name: string): string {
  const cut = name.replace(CLOSING_MEASURE, '');
  if (cut === name) return name;
  return cut.length >= 2 && hasNoun(tagged(cut)) ? cut : '';
}
