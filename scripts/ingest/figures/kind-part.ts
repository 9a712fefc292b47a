// The kind of a part printed after its whole with 其中 (`新增停车泊位5200个，其中立体停车库8处`): a part whose number
// no verb of its own governs (no word jieba tags a verb right before the number: 脱贫 in `其中脱贫劳动力620人` only
// says which) counts the way its whole does. The whole is the nearest figure before 其中 in the sentence in the
// part's unit (`新建改造道路27条、总长38.6公里，其中打通断头路9条`: of the 27 roads), else the figure right
// before 其中 (garages 处 of the 5200 new places 个: new ones too). A part with a verb before its number is its own count
// (`新增就业3150人，其中高校毕业生就业1280人`: people placed, a total; `其中今年新建6个`). Only counts are read so — a part its own words read as new,
// total or cumulative, of a whole that is one of those: a change, a rate or an amount per head on either side
// (`同比下降21%，其中…事故7起`) is read by its own words (meaning.ts asks only for a count). A part in the unit of the
// figure right before it is read the same way, earlier, by meaning.ts's list items (with this PART).

import { UNITS } from '../../../src/domain/units.ts';
import type { FigureKind } from '../../../src/domain/figure.ts';
import type { FigureScope } from './scope.ts';
import { tagWords } from './words.ts';

/** A figure before this one in its sentence: where it ends (offset in the sentence), its kind and unit. */
export interface EarlierFigure {
  end: number;
  kind?: FigureKind;
  unit: string;
}

/** 其中 opening the part's clause, then only the part's noun up to the number: no verb, no number, no clause mark. */
export const PART = /^[，,]其中[^，,；;。0-9]*$/;
const COUNTS: ReadonlySet<FigureKind> = new Set(['new', 'total', 'cumulative']);

/**
 * The kind of the figure's whole when the figure is a part after 其中 with no word of a kind of its own
 * (`hasKindWord` tells: a verb such as 新建 in `其中今年新建6个` makes the part its own count), else undefined.
 */
export function partKind(scope: FigureScope, earlier: readonly EarlierFigure[], hasKindWord: (text: string) => boolean): FigureKind | undefined {
  const before = earlier.filter((f) => f.end <= scope.start);
  const last = before.at(-1);
  if (!last) return undefined;
  const between = scope.sentence.slice(last.end, scope.start);
  if (!PART.test(between) || hasKindWord(between) || tagWords(between).at(-1)?.tag === 'v') return undefined;
  if (UNITS.get(scope.unit)?.kind === 'percent') return undefined;
  const whole = [...before].reverse().find((f) => f.unit === scope.unit) ?? last;
  return whole.kind !== undefined && COUNTS.has(whole.kind) ? whole.kind : undefined;
}

/**
 * A share of an amount per one told after it in its sentence (`每餐12元，政府补贴4元，个人支付8元`, `加装一部电梯花费约60万元，政府
 * 补贴20万元`): money whose clause names only who pays it (补贴, 支付, 出资, 承担) after a figure per one in yuan is per the
 * same one. Not a sum (`共补贴360万元`, `累计`, `全年`): that counts all the cases.
 */
export function sharedPer(scope: FigureScope, earlier: readonly EarlierFigure[]): FigureKind | undefined {
  if (scope.unit !== '元') return undefined;
  const last = earlier.filter((f) => f.end <= scope.start).at(-1);
  if (!last || last.kind !== 'per' || last.unit !== '元') return undefined;
  const between = scope.sentence.slice(last.end, scope.start);
  return PAYS_SHARE.test(between) && !SUMMED.test(between) ? 'per' : undefined;
}
/** One clause after the figure before, naming who pays its share: 补贴, 补助, 支付, 自付, 出资, 承担, 负担, 报销, 交. */
const PAYS_SHARE = /^[，,；;][^，,；;。0-9]{0,8}?(?:补贴|补助|支付|自付|出资|承担|负担|报销|交)了?(?:约|仅|只)?$/;
const SUMMED = /共|累计|全年|总|合计/;
