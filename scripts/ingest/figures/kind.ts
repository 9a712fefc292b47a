// What sort of number a figure is, so that a chart sets only like beside like:
// - change: a difference (`增长10%`, `较去年提高100元`, `每斤多卖了1.5元`, `比私立园便宜一半`);
// - per: an amount per head, household, unit or period (`人均`, `每户`, `日均`, `每千人口`, `一个月`);
// - rate (a `…率`: `供热达标率超98%`) or share (a part of a whole: `占比`, `一半以上的行政村`) for percentages;
// - new: what was added or done in the period — the object of 新增, 新建, 改造, 完成, 检查 … (`新建改造
//   供热管网38.1公里`, `16个学校食堂进行了改造`);
// - cumulative: a running total (`累计`, `截至目前…已建成`);
// - total: a level or a count of what is there (`共有`, `现有`, `总投资`, `惠及`), the default.
// The verb nearest before the figure in its clause chain decides between new, cumulative and total, so
// `今年共改造老旧小区46个，涉及楼栋318栋，惠及居民1.2万户` gives new, new, total.

import { FIGURE_KINDS, type FigureChange, type FigureKind } from '../../../src/domain/figure.ts';
import { clauseOf, segmentOf, type FigureScope } from './scope.ts';

/** The kinds, as the published record defines them (src/domain/figure.ts). */
export const KINDS = FIGURE_KINDS;
export type Kind = FigureKind;

const COMPARED = /(?:同比|环比|较[^，,；;。]{0,8}?|比[^，,；;。]{0,8}?)(?:提高|提升|增加|增长|上升|下降|降低|减少|便宜|贵|多|少|高|低)了?$|(?:多|少)(?:卖|领|收|挣|赚)了?$|(?:增收|减收|节省|节约)了?$|(?:增长|下降|提高|提升|降低|上升|减少|增加|增)(?:了|达到?|为|幅)?$/;
const PER = /人均|户均|村均|亩均|日均|月均|年均|每[^，,；;。、0-9]{0,8}$|每(?:户|人|年|月|天|日|次|餐|斤|亩|个|名|位|千人口|万人)|千人口|一个月|一个采暖季|一年/;
const RATE_WORD = /率/;
const SHARE_WORD = /占|比例|比重|一半|之一|成(?:以上)?$/;

const MARKERS: readonly [Kind, RegExp][] = [
  ['cumulative', /历年/g],
  [
    'new',
    /新增|新建|新完成|新开工|新招|新培育|改造|改建|改扩建|扩建|建设|建成|完成|整治|整改|检查|排查|义诊|发放|培养|培训|追讨|追回|减免|铺设|招录|招收|举办|开展|签约|首批/g,
  ],
  ['total', /惠及|覆盖|共有|现有|总投资|总里程|总面积|总建筑面积|总量|总计|全长|提供|配有|投入|达到|达|服务|入住|已入|累积|攒/g],
];
const UP_TO = /截[至止]/;
const RUNNING = /累计/;
const FRONTED = /[对把将]$/;
// 截至 + the current period is what was added in it (`截至10月底，今年已完成加装电梯37部`).
const THIS_PERIOD = /今年|本年|当年|年内|以来/;

export function kindOf(scope: FigureScope, change?: FigureChange): Kind {
  const clause = clauseOf(scope);
  const segment = segmentOf(scope);
  const before = scope.sentence.slice(clause.start, scope.start);
  const chain = scope.sentence.slice(segment.start, scope.start);
  if (change?.rate !== undefined || change?.amount !== undefined || COMPARED.test(before)) return 'change';
  if (PER.test(before) || PER.test(scope.sentence.slice(scope.end, clause.end).slice(0, 2))) return 'per';
  if (scope.unit === '%' || scope.unit === '成') {
    if (RATE_WORD.test(before)) return 'rate';
    return 'share';
  }
  if (RUNNING.test(chain)) return 'cumulative';
  // An object put before its verb (`对16个学校食堂进行了改造`) takes the verb after it.
  const after = scope.sentence.slice(scope.end, clause.end);
  const marker = FRONTED.test(before) ? (nearestMarker(after, true) ?? nearestMarker(chain)) : (nearestMarker(chain) ?? nearestMarker(after, true));
  // A stock taken at a date (`截至目前，全县已建成…63个`) is a running total, unless the period is this one.
  if (UP_TO.test(chain) && !THIS_PERIOD.test(chain) && marker !== 'total') return 'cumulative';
  return marker ?? 'total';
}

function nearestMarker(text: string, first = false): Kind | undefined {
  let best: { at: number; kind: Kind } | undefined;
  for (const [kind, pattern] of MARKERS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const at = m.index + m[0].length;
      if (!best || (first ? at < best.at : at > best.at)) best = { at, kind };
    }
  }
  return best?.kind;
}
