// Where the figures are in a paragraph: a numeral, its multiplier, a unit, and the qualifier words around
// it, with everything that only looks like a figure turned away (see reject.ts for the rules and why). A bare
// number in a table cell takes the unit its table prints in a header, a unit column or a note (table-units.ts).

import type { Qualifier } from '../../../src/domain/figure.ts';
import type { UnitKind } from '../../../src/domain/units.ts';
import { multiplierExponent, normalizeWidth, parseChinese, scaleDecimal } from './numerals.ts';
import { labelRanges, rejectChinese, rejectNeighbours, rejectUnit, type LabelRanges } from './reject.ts';
import { tableCellUnits, type CellUnit } from './table-units.ts';
import {
  APPROX_INFIX_AT,
  belowZeroBefore,
  MULTIPLIER_AT,
  pastGap,
  plusSignBefore,
  minusSignBefore,
  PREFIX_BEFORE,
  PREFIX_QUALIFIER,
  RANGE_JOIN_AT,
  readUnit,
  type ReadUnit,
  SUFFIX_AT,
  SUFFIX_QUALIFIER,
  temperatureClause,
  UNIT_AT,
  unitAt,
  VERB_QUALIFIERS,
} from './units.ts';

export interface FigureSpan {
  /** Offsets in the paragraph, qualifier words included. */
  start: number;
  end: number;
  text: string;
  value: number;
  unit: string;
  unitKind: UnitKind;
  qualifier: Qualifier;
  range?: { low: number; high: number };
  /** Where the numeral starts (after a qualifier word) and where the unit ends (before one). */
  numberStart: number;
  unitEnd: number;
}

// One pattern for every numeral, compiled once: `百分之` opens a Chinese percentage, `半数` is a half (`接近半数`).
const NUMBER = /百分之|半数|(?<![上下前后一多大过])半(?=个?(?:钟头|小时))|[0-9]+(?:,[0-9]{3}(?![0-9])|\u2060[0-9]+)*(?:\.[0-9]+)?|[零〇一二三四五六七八九十两百千万亿]+(?:点[零〇一二三四五六七八九]+)?/g;
// An OCR copy prints a stray space inside a number of full-width digits (`投入资金２ ３００万元`, `为４ ５０户`): one space
// between runs of at most three digits, the number opening after a word (not after a space, as a table's cell does)
// and closing on its unit. The scan reads the space as a joiner (U+2060, one character for one, so offsets hold).
const OCR_GAP = /(?<=(?:^|[^\s０-９0-9．.,，])[０-９]{1,3})[ \u3000](?=[０-９]{1,3}(?:．[０-９]+)?[^\s０-９．])/gu;
const JOINER = '\u2060';

/** The width-normalised text with each OCR gap of the printed paragraph made a joiner. */
function joinOcrGaps(printed: string, text: string): string {
  let joined = text;
  for (const m of printed.matchAll(OCR_GAP)) joined = joined.slice(0, m.index) + JOINER + joined.slice(m.index + 1);
  return joined;
}
const NUMBER_AT = new RegExp(NUMBER.source, 'y');
const ARABIC_START = /[0-9]/;
// `约` is a qualifier, but not the second half of 签约 (`签约13个项目`), 节约, 制约 …; `近` not of 最近, 附近.
const NOT_QUALIFIER_BEFORE: Record<string, string> = { 约: '签节制公条合预邀履违特相隐', 近: '最附邻临靠将接' };
const PEOPLE_BEFORE = /人口(?:约|近|达|为|超过|共)?$/;
// Spoken degrees (`屋里有22度`) are a temperature only in a temperature's range, and never before 电 (kWh).
const MAX_SPOKEN_DEGREES = 50;

/** A numeral read at one position: where it ends and what it is worth. */
interface Numeral {
  end: number;
  /** Decimal string (Arabic) or value (Chinese) before any multiplier after it. */
  digits: string;
  exponent: number;
  chinese: boolean;
  raw: string;
  over: boolean;
}

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

function readFigure(text: string, at: number, token: string, labels: LabelRanges): Omit<FigureSpan, 'text'> | undefined {
  if (token === '半数') return half(text, at, labels);
  const slash = slashFraction(text, at, labels);
  if (slash) return slash;
  const percentWord = token === '百分之';
  const first = percentWord ? numeralAt(text, at + token.length) : numeral(text, at, token);
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
  if (!share && rejectChinese(first, unit, prefix, text.slice(Math.max(0, at - 16), at), text.slice(unitEnd, unitEnd + 4))) return undefined;
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
const RANGE_END_DAY = /[0-9一二三四五六七八九十]+[日号]\s*(?:至|到|—|－|-|~|～)\s*$/;

/** True when the figure whose numeral starts at `at` runs past the end of the table cell it starts in. */
function crossesCell(cells: readonly { start: number; end: number }[], at: number, end: number): boolean {
  const cell = cells.find((c) => at >= c.start && at < c.end);
  return cell !== undefined && end > cell.end;
}

/** A table cell's bare number with its table's unit: the cell is the figure's text (`320`, `-0.1`). */
/** A span a rate is per, named in words after a middle dot (`·采暖期`). */
const PER_NAMED_SPAN = /[·・]\p{Script=Han}{1,4}$/u;

function cellFigure(text: string, cell: CellUnit, labels: LabelRanges): Omit<FigureSpan, 'text'> | undefined {
  // (A rate per a span named in words, `元/平方米·采暖期` in a column's heading, is read as its rate, `元/平方米`, and kept as printed.)
  const rate = PER_NAMED_SPAN.exec(cell.unit);
  const ratePart = rate ? readUnit(cell.unit.slice(0, rate.index)) : undefined;
  const info = readUnit(cell.unit) ?? (ratePart && ratePart.factor === undefined ? { kind: ratePart.kind } : undefined);
  if (!info || labels.covers(cell.start, cell.end)) return undefined;
  const digits = text.slice(cell.numberStart, cell.end).replaceAll(',', '');
  const sign = /^[-－]/u.test(text.slice(cell.start, cell.numberStart)) ? -1 : 1;
  const scaled = scaleDecimal(digits, cell.exponent);
  const value = sign * (info.factor ? scaleDecimal(String(scaled), Math.log10(info.factor)) : scaled);
  return { start: cell.start, end: cell.end, value, unit: info.base ?? cell.unit, unitKind: info.kind, qualifier: 'exact', numberStart: cell.numberStart, unitEnd: cell.end };
}

/** The numeral the global scan found at `at`, with the multiplier and 余/多 that follow it. */
function numeral(text: string, at: number, raw: string): Numeral | undefined {
  const chinese = !ARABIC_START.test(raw);
  let end = at + raw.length;
  let digits = raw;
  let exponent = 0;
  // (Half an hour, `半个钟头`, `半小时`: 0.5 of the hour its unit names.)
  if (raw === '半') return { end, digits: '0.5', exponent: 0, chinese: true, raw, over: false };
  if (chinese) {
    const value = parseChinese(raw);
    if (value === undefined) return undefined;
    digits = String(value);
  } else digits = raw.replaceAll(',', '').replaceAll(JOINER, '');
  APPROX_INFIX_AT.lastIndex = end;
  let over = APPROX_INFIX_AT.test(text);
  if (over) end += 1;
  if (!chinese) end = pastGap(text, end);
  if (!chinese && !startsWithUnit(text, end)) {
    MULTIPLIER_AT.lastIndex = end;
    const mult = MULTIPLIER_AT.exec(text);
    if (mult) {
      exponent = multiplierExponent(mult[0]) ?? 0;
      end = pastGap(text, end + mult[0].length);
      APPROX_INFIX_AT.lastIndex = end;
      if (APPROX_INFIX_AT.test(text)) {
        over = true;
        end += 1;
      }
    }
  }
  if (!chinese) end = pastGap(text, end);
  return { end, digits, exponent, chinese, raw, over };
}

/** `半数` (`接近半数`, `半数以上`): half of the whole, a share like `一半`; the words around it qualify it. */
function half(text: string, at: number, labels: LabelRanges): Omit<FigureSpan, 'text'> | undefined {
  return shareAt(text, at, at + 2, 50, labels);
}

/** A share printed from `at` to `unitEnd`, with the qualifier words around it (`接近半数`, `2/3以上`). */
function shareAt(text: string, at: number, unitEnd: number, value: number, labels: LabelRanges): Omit<FigureSpan, 'text'> | undefined {
  const prefix = prefixBefore(text, at);
  SUFFIX_AT.lastIndex = unitEnd;
  const suffix = SUFFIX_AT.exec(text)?.[0] ?? '';
  const start = at - prefix.length;
  const end = unitEnd + suffix.length;
  if (labels.covers(start, end)) return undefined;
  const qualifier = (prefix && PREFIX_QUALIFIER.get(prefix)) || (suffix && SUFFIX_QUALIFIER.get(suffix)) || 'exact';
  return { start, end, value, unit: '%', unitKind: 'percent', qualifier, numberStart: at, unitEnd };
}

// A share printed as a fraction of one-digit numbers (`1/3的村`, `2/3以上`): its numerator below its denominator, standing
// alone (no digit, slash or point beside it: not `1/12版`, `11/25`) before 的, a qualifier word or the clause's end.
const SLASH_FRACTION_AT = /(?<![0-9./])([1-9])\/([2-9])(?![0-9./])(?=的|以上|以下|左右|[，。；、,;）)]|$)/y;

/** `1/3` → 33.33 (% of the whole), read where it stands as a share. */
function slashFraction(text: string, at: number, labels: LabelRanges): Omit<FigureSpan, 'text'> | undefined {
  SLASH_FRACTION_AT.lastIndex = at;
  const m = SLASH_FRACTION_AT.exec(text);
  if (!m || Number(m[1]) >= Number(m[2])) return undefined;
  // A fraction alone in brackets numbers a part of a series (`系列报道之（2/5）`), no share.
  if (/[（(]/.test(text[at - 1] ?? '') && /[）)]/.test(text[at + m[0].length] ?? '')) return undefined;
  return shareAt(text, at, at + m[0].length, Math.round((Number(m[1]) / Number(m[2])) * 10000) / 100, labels);
}

const FRACTION_AT = /分之([一二三四五六七八九十]+)/y;

/** `三分之一` → 33.33 (% of the whole), `一半` → 50: where the numeral opens a fraction or a half. */
function fractionAt(text: string, n: Numeral): { digits: string; end: number } | undefined {
  if (!n.chinese || n.over) return undefined;
  if (n.raw === '一' && text[n.end] === '半') return { digits: '50', end: n.end + 1 };
  FRACTION_AT.lastIndex = n.end;
  const m = FRACTION_AT.exec(text);
  // X分之Y is Y parts of X.
  const denominator = Number(n.digits);
  const numerator = m ? parseChinese(m[1]!) : undefined;
  if (!m || !numerator || !denominator || numerator >= denominator) return undefined;
  return { digits: String(Math.round((numerator / denominator) * 10000) / 100), end: n.end + m[0].length };
}

function numeralAt(text: string, at: number): Numeral | undefined {
  NUMBER_AT.lastIndex = at;
  const m = NUMBER_AT.exec(text);
  return m && m[0] !== '百分之' ? numeral(text, at, m[0]) : undefined;
}

function startsWithUnit(text: string, at: number): boolean {
  UNIT_AT.lastIndex = at;
  return UNIT_AT.test(text);
}


function prefixBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 3), at);
  const match = PREFIX_BEFORE.exec(before)?.[0];
  if (match) {
    const guard = NOT_QUALIFIER_BEFORE[match];
    if (guard && guard.includes(text[at - match.length - 1] || '-')) return '';
    return match;
  }
  return text[at - 1] === '上' && /^[百千万亿]/.test(text.slice(at)) ? '上' : '';
}

/** A numeral's value; a range's low end borrows the high end's multiplier (`3至5万元` is 30000 to 50000). */
function valueOf(n: Numeral, borrowedExponent: number | undefined): number {
  const exponent = n.exponent || (n.chinese ? 0 : (borrowedExponent ?? 0));
  return scaleDecimal(n.digits, exponent);
}
