// A price told by the verb of selling, as growers and sellers speak of it (`一斤精品小米能卖到15元`, `核桃每斤卖12元`):
// the money after 卖 or 卖到 with a weight of one (每斤, 一斤, 每公斤) before it in the clause is what one weight sells
// at, 每斤售价, not the verb; `一斤能多卖五毛钱` is a per-weight too (每斤多卖). Without a weight of one, money after
// 卖 is takings (`光这一茬就卖了10万多元`), and the label stays as the clause gave it. label.ts asks this last.

import { clauseOf, type FigureScope } from './scope.ts';

/** Money as the figure's unit: 元, and 块/毛 as people say it (`两块`, `五毛钱`). */
const MONEY = /(?:元|块钱?|毛钱?)$/u;
/** A weight of one before the price: 每斤, 一斤, 每公斤 … */
const ONE_WEIGHT = /(?:每|一)(斤|公斤|千克)/u;
/** A label closing on the verb of selling (能卖, 卖到, 卖了): the thing sold before it. */
const SOLD = /^(.*?)(?:能|可|可以)?卖(?:到|至)?了?$/u;

/** The label of a price told by 卖 (see the header) from the label `label` the clause gave; `label` otherwise. */
export function soldAt(label: string, scope: FigureScope): string {
  if (!MONEY.test(scope.unit)) return label;
  const weight = ONE_WEIGHT.exec(scope.sentence.slice(clauseOf(scope).start, scope.start))?.[1];
  if (!weight) return label;
  // (一斤多卖: 一 of a weight is 每, per weight.)
  const per = label.replace(ONE_WEIGHT, (_, w: string) => `每${w}`);
  const m = SOLD.exec(per);
  // (多卖 is a change, how much more one weight sells at: it keeps its verb.)
  if (!m || /多$/u.test(m[1]!)) return per;
  const thing = m[1]!.replace(/每(?:斤|公斤|千克)/u, '');
  return `${thing}每${weight}售价`;
}
