// Where the figures are in a paragraph: a numeral, its multiplier, a unit, and the qualifier words around
// it, with everything that only looks like a figure turned away (see reject.ts for the rules and why). A bare
// number in a table cell takes the unit its table prints in a header, a unit column or a note (table-units.ts).
// The pieces: the numeral (spans-numeral.ts), a share (spans-shares.ts), a table cell's number (spans-cells.ts); what
// a span records, spans-record.ts.

import type { Qualifier } from '../../../src/domain/figure.ts';
import { normalizeWidth, scaleDecimal } from './numerals.ts';
import { labelRanges, rejectChinese, rejectNeighbours, rejectUnit, type LabelRanges } from './reject.ts';
import { cellFigure, crossesCell } from './spans-cells.ts';
import { joinOcrGaps, NUMBER, numeral, numeralAt, prefixBefore, valueOf, type Numeral } from './spans-numeral.ts';
import type { FigureSpan } from './spans-record.ts';
import { fractionAt, half, slashFraction } from './spans-shares.ts';
import { tableCellUnits } from './table-units.ts';
import {
  belowZeroBefore,
  minusSignBefore,
  plusSignBefore,
  PREFIX_QUALIFIER,
  RANGE_JOIN_AT,
  RANGE_MARK,
  readUnit,
  type ReadUnit,
  SUFFIX_AT,
  SUFFIX_QUALIFIER,
  temperatureClause,
  unitAt,
  VERB_QUALIFIERS,
} from './units.ts';

export type { FigureSpan } from './spans-record.ts';

const PEOPLE_BEFORE = /人口(?:约|近|达|为|超过|共)?$/;
// Spoken degrees (`屋里有22度`) are a temperature only in a temperature's range, and never before 电 (kWh).
const MAX_SPOKEN_DEGREES = 50;

/** Every figure in a paragraph, in order; `above` is the paragraph over it (a table's unit may stand at its end). */
export function findFigureSpans(paragraph: string, above?: string): FigureSpan[] {
  const text = joinOcrGaps(paragraph, normalizeWidth(paragraph));
  const labels = labelRanges(text);
  const spans: FigureSpan[] = [];
  // A bare number in a table cell takes the unit its header or its row's unit column prints (table-units.ts).
  // A figure read in a table cell stays in it: `1 张三` in a row is a serial number beside a name, not 1 张.
  const tables = text.includes('\n') ? tableCellUnits(text, above === undefined ? undefined : normalizeWidth(above)) : undefined;
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const cell = tables?.units.get(m.index);
    const span = cell ? cellFigure(text, cell, labels) : readFigure(text, m.index, m[0], labels);
    if (!span) continue;
    if (!cell && tables && crossesCell(tables.cells, m.index, span.end)) continue;
    // Offsets are the same in both texts; the span is cut from the paragraph as printed (full-width and all).
    spans.push({ ...span, text: paragraph.slice(span.start, span.end) });
    NUMBER.lastIndex = Math.max(NUMBER.lastIndex, span.end);
  }
  return spans;
}

/** `百分之百`: the whole, a hundred per cent, the 百 alone after 百分之 (alone a numeral needs its 一: `百姓`). */
function wholeAt(text: string, at: number): Numeral | undefined {
  return text[at] === '百' && !/[零〇一二三四五六七八九十两百千万亿点]/u.test(text[at + 1] ?? '') ? { end: at + 1, digits: '100', exponent: 0, chinese: true, raw: '百', over: false } : undefined;
}

function readFigure(text: string, at: number, token: string, labels: LabelRanges): Omit<FigureSpan, 'text'> | undefined {
  if (token === '半数') return half(text, at, labels);
  const slash = slashFraction(text, at, labels);
  if (slash) return slash;
  const percentWord = token === '百分之';
  const first = percentWord ? (numeralAt(text, at + token.length) ?? wholeAt(text, at + token.length)) : numeral(text, at, token);
  if (!first) return undefined;
  const numeralStart = percentWord ? at + token.length : at;
  if (rejectNeighbours(text, numeralStart, numeralStart + first.raw.length, first.chinese)) return undefined;

  let pos = first.end;
  let unit: string | undefined = percentWord ? '%' : undefined;
  let high: Numeral | undefined;
  // A fraction (`三分之一`, `近三分之一`) or a half (`一半以上`) is a share, recorded as a percentage.
  const share = percentWord ? undefined : fractionAt(text, first);
  if (share) {
    first.digits = share.digits;
    pos = share.end;
    unit = '%';
  }
  if (!unit) {
    unit = unitAt(text, pos);
    if (unit) pos += unit.length;
  }
  // A deadline counted in days (`45日内`, `3日以内`): 日 is a unit only there, after a number that is no day of a month.
  if (!unit && dayLimitAt(text, at, pos)) {
    unit = '日';
    pos += 1;
  }
  // A range prints its unit once, at the end: `3至5年`, `3-5万元`. Where each end prints its own
  // (`265天至270天`, `55%至60%`), each is a figure of its own, as the gold records them.
  RANGE_JOIN_AT.lastIndex = pos;
  const join = RANGE_JOIN_AT.exec(text);
  if (join && !percentWord && !unit) {
    const second = numeralAt(text, pos + join[0].length);
    const secondUnit = second && unitAt(text, second.end);
    // A range runs upwards: `2024-12℃` is no range.
    if (second && secondUnit && (!unit || unit === secondUnit) && second.chinese === first.chinese && valueOf(first, second.exponent) <= valueOf(second, undefined)) {
      high = second;
      unit = secondUnit;
      pos = second.end + secondUnit.length;
    }
  }
  const prefix = prefixBefore(text, at);
  if (!unit && first.exponent >= 4 && PEOPLE_BEFORE.test(text.slice(Math.max(0, at - prefix.length - 4), at - prefix.length))) {
    unit = '人'; // `服务人口约20万`: the paper leaves 人 out after 人口
    pos = first.end;
  }
  if (!unit) return undefined;
  const info = unit === '日' ? DAYS : readUnit(unit, text, at, pos);
  if (!info) return undefined;
  if (unit === '度' && (text[pos] === '电' || (first.chinese && !temperatureClause(text, at)) || Number(first.digits) * 10 ** first.exponent > MAX_SPOKEN_DEGREES)) return undefined;
  const unitEnd = pos;

  SUFFIX_AT.lastIndex = pos;
  // (A time limit, `24小时内`, `3个工作日内`, `30分钟内`: 内 after a duration is 以内, the limit's qualifier word.)
  const suffix = SUFFIX_AT.exec(text)?.[0] ?? (info.kind === 'duration' && text[pos] === '内' && text[pos + 1] !== '容' ? '内' : '');
  const end = pos + suffix.length;
  // A temperature below zero keeps its sign and the words that print it (`零下5度`, `-12℃`).
  const minus = (info.base ?? unit) === '℃' && !prefix ? belowZeroBefore(text, at) : '';
  const plus = prefix || minus ? '' : plusSignBefore(text, at);
  // (A fall in a table cell, `-4.0%`, is negative as a temperature below zero is.)
  const fall = prefix || minus || plus ? '' : minusSignBefore(text, at);
  const start = at - (VERB_QUALIFIERS.has(prefix) ? 0 : prefix.length) - minus.length - plus.length - fall.length;
  const whole = percentWord && first.raw === '百';
  if (!share && !whole && rejectChinese(first, unit, prefix, text.slice(Math.max(0, at - 16), at), text.slice(unitEnd, unitEnd + 4))) return undefined;
  const facts = { text, numberStart: at, unitEnd, end, unit, kind: info.kind, numeral: first.raw, chinese: first.chinese };
  if (rejectUnit(high ? { ...facts, highNumeral: high.raw } : facts)) return undefined;
  if (labels.covers(start, end)) return undefined;

  const factor = info.factor ?? 1;
  const lowValue = valueOf(first, high?.exponent);
  const value = (minus || fall ? -1 : 1) * (factor === 1 ? lowValue : scaleDecimal(String(lowValue), Math.log10(factor))) + (info.half ? 0.5 : 0);
  const qualifier: Qualifier =
    (prefix && PREFIX_QUALIFIER.get(prefix)) ||
    (prefix === '上' ? 'over' : undefined) ||
    (first.over || high?.over || unit.includes('多') ? 'over' : undefined) ||
    (suffix && SUFFIX_QUALIFIER.get(suffix)) ||
    'exact';
  const span: Omit<FigureSpan, 'text'> = {
    start,
    end,
    value,
    unit: info.base ?? unit,
    unitKind: info.kind,
    qualifier,
    numberStart: at,
    unitEnd,
  };
  if (high) span.range = { low: value, high: valueOf(high, undefined) * factor };
  return span;
}

// 日 is no unit of the vocabulary (`1月26日` is a date), so a deadline in days is read here, recorded as printed.
const DAYS: ReadUnit = { kind: 'duration' };
const DAY_LIMIT_AT = /日(?:以)?内/y;

/** `45日内`: 日内 after the numeral at `at`, which follows no month, date or ordinal (`12月31日内`, `2025-12-31日内`). */
function dayLimitAt(text: string, at: number, pos: number): boolean {
  DAY_LIMIT_AT.lastIndex = pos;
  return DAY_LIMIT_AT.test(text) && !/[月\-/.年第]/.test(text[at - 1] ?? '') && !RANGE_END_DAY.test(text.slice(Math.max(0, at - 12), at));
}
// A day after 至/到/— that follows a date is that range's end (`12月1日至20日内`), no deadline in days.
const RANGE_END_DAY = new RegExp(String.raw`[0-9一二三四五六七八九十]+[日号]\s*${RANGE_MARK}\s*$`);
