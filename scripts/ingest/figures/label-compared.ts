// A gap to an average over a wider place (`高于全市平均水平3个百分点`, `比全省平均低0.8个百分点`): the label keeps the
// comparison and whose average it is (高于全市平均水平), which the clause's label drops as a scope word (全市).
// label.ts asks this for a figure in points or per cent.

import { MAX_LABEL_LENGTH } from './label-phrases.ts';

/** A verb of comparing, a wider place and its average, right before the number. */
const GAP = /(?:高于|低于|超过|超出|高出|快于|慢于|比)(?:全国|全省|全[市县区]|省|市)(?:平均水平|平均值|平均)(?:[高低多少快慢])?$/u;

/** The comparison with the wider average before the figure, where its label drops whose average it is; else ''. */
export function comparedWith(label: string, before: string, unit: string): string {
  if (!/^(?:个百分点|%|百分点)$/u.test(unit)) return '';
  const gap = GAP.exec(before.replace(/\s+$/u, ''))?.[0];
  if (!gap || label.includes(gap)) return '';
  return gap.length <= MAX_LABEL_LENGTH ? gap : '';
}
