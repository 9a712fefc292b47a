// The lines of a block of big numbers (数读 / 数说 data pages), each read by its form: a big number and its unit
// (`1260万平方米`, `38.1` / `公里`), a data item on one line (`38.1公里 新建改造供水管网`), an item's label and the short
// phrase of its change (`较上个采暖季新增1.9万户`), a chart's row (`潞州区  ████  42.5`, `第一名 潞城区 98.5分`), a note
// on the data (`注：…`) and a chart's credit (`制图：…`). number-units.ts reads runs of them into items and charts;
// structure/table-charts.ts and figures/table.ts read rows and items with them.

import { isFigureLine, isItemLabel } from './data-items.ts';
import { charCount } from './shape.ts';

/** A line of a data item (a label, a change beside it) is about as long as a short headline. */
export const MAX_ITEM_LINE_CHARS = 20;

// A number alone, its unit on the next line: `38.1`, `1,326`.
export const BARE_NUMBER = /^[约近超逾]?\d+(?:[,，]\d{3})*(?:\.\d+)?$/u;
// A unit alone under its number: `公里`, `万人次`, `%`, a rate `微克/立方米`.
export const UNIT = /^[万亿]?(?:\p{Script=Han}{1,3}(?:\/\p{Script=Han}{1,4})?|[%％‰℃])(?:以上|以内|左右)?$/u;
// An ornament a data item's line may open on: a ring's `◎`, a bullet, an arrow (`▲ 2.3万户 受益农户`).
export const MARK = /^[▲△▼▽◎○●◆◇■□★☆※►▶→•·]\s*/u;
// A rank or serial opening a chart's row: `第一名`, `1.`, `①`.
const RANK = String.raw`(?:第[一二三四五六七八九十\d]{1,3}名|\d{1,2}[.、．]|[①-⑳])[\s\u3000]*`;
// What names a chart's row: words, or a year or a month (`2021年`, `2024年10月`, `9月`), or a year printed bare before
// the gap (`2021　9800`).
const ROW_NAME = String.raw`(?:[^\s\d，。；：:…·.]{1,10}|(?:19|20)\d{2}年(?:\d{1,2}月)?|(?:19|20)\d{2}(?=[\s\u3000])|\d{1,2}月份?)`;
// What sets a row's name apart from its number: spaces, or a dot leader (`潞州区……42.5`, `潞州区·····42.5`).
const GAP = String.raw`(?:[\s\u3000]+|[\s\u3000]*(?:…+|·{2,}|\.{2,})[\s\u3000]*)`;
// A row's number, its unit maybe printed after it (`98.5分`, `42.5万平方米`), never a date's.
const ROW_NUMBER = String.raw`[约]?\d+(?:\.\d+)?(?:[%％‰]|[万亿]?(?![年月日号时])\p{Script=Han}{1,3})?`;
// A date or a year is no big number (`2025年`, `11月30日`).
const DATE = /^\d{4}年$|^\d{1,2}[月日]|[月日号]$/u;
// The characters a chart's bar is drawn with (`████`, `▇▇▇`, `■■■`, `▬▬▬`): the one list run-captions.ts and
// table-charts.ts read bars by too.
const BAR_CHARS = '█▇▆▅▄▃▂▁▉▊▋▌▍▎▏■▓▒░▬';
/** A bar drawn in a chart's row: two of its characters or more. */
export const BAR = new RegExp(`[${BAR_CHARS}]{2,}`, 'u');
// A chart's row: a rank maybe, a name, space, bars maybe, a number and maybe a second (this year's, last year's):
// `潞州区  ████  42.5`, `城区 12.5`, `2021年　71.5`, `第一名 潞城区 98.5分`, `潞州区  11260  10480`.
const ROW = new RegExp(String.raw`^(?:${RANK})?${ROW_NAME}${GAP}(?:[${BAR_CHARS}|]+[\s\u3000]*)?${ROW_NUMBER}(?:[\s\u3000]+${ROW_NUMBER})?$`, 'u');
// A note on the data: `注：…`, `数据来源：…`, `（数据截至…）`.
export const NOTE = /^(?:[备附]?注|(?:数据|资料)?来源)[：:]|^[（(][^（()）]*[)）]$/u;
// The chart's maker: `制图：王 晨`, `制表：…`.
export const CREDIT = /^(?:制图|绘图|制表|图表制作|设计|美编)[：:]/u;
// A sentence mark: a line with one is running text.
export const SENTENCE = /[。！？!?；;，,]/u;

/** `1260万平方米`, `98.7%`, `2小时以内`, `◎ 96.4%`: a number and its unit alone, maybe behind an ornament, no date. */
export function isBigNumber(line: string): boolean {
  const t = line.trim().replace(MARK, '');
  const unit = /^[约近超逾]?\d+(?:[,，]\d{3})*(?:\.\d+)?(\D.*)$/u.exec(t)?.[1];
  return !DATE.test(t) && (isFigureLine(t) || /^\d+(?:\.\d+)?\p{Script=Han}{1,2}以[上内]$/u.test(t) || (unit !== undefined && UNIT.test(unit)));
}

/** A label, its digits maybe inside a word of letters (`PM2.5平均浓度`, `5G基站`). */
export function isLabel(line: string): boolean {
  return isItemLabel(line) || (/[A-Za-z]\d/u.test(line) && isItemLabel(line.replace(/[A-Za-z]+\d+(?:\.\d+)?[A-Za-z]*/gu, 'X')));
}

/** A data item printed on one line: its figure (as printed) and its label, the words beside it. */
export interface ItemLine {
  figure: string;
  label: string;
}

/**
 * A data item on one line, its figure and its label side by side in either order, set apart by spaces or a bar,
 * maybe behind an ornament and maybe with a short phrase of its change after (`38.1公里 新建改造供水管网`,
 * `新建规模化水厂｜6座`, `▲ 2.3万户 受益农户`, `城镇新增就业  5.12万人  同比增长6.3%`); undefined for any other line.
 */
export function itemLine(line: string): ItemLine | undefined {
  const t = line.trim().replace(MARK, '');
  if (SENTENCE.test(t) || NOTE.test(t) || CREDIT.test(t)) return undefined;
  const parts = t.split(/[\s\u3000]*[｜|][\s\u3000]*|[\s\u3000]+/u).filter(Boolean);
  if (parts.length < 2 || parts.length > 3) return undefined;
  const at = parts.findIndex((p) => isBigNumber(p));
  if (at < 0 || at > 1) return undefined;
  const others = parts.filter((_, i) => i !== at);
  // (Its label beside the figure, before or after it; a phrase of the change after both. A bare number is a chart's row.)
  const label = others[0]!;
  if (/\d$/u.test(parts[at]!) || !isLabel(label) || others.slice(1).some((p) => !isItemPhrase(p))) return undefined;
  return { figure: parts[at]!, label };
}

/** `潞州区  ████  42.5`: a chart's row of a name and a number. */
export function isChartRow(line: string): boolean {
  // (A line behind a bullet is a list's, `●新建供热管网 21.6公里`: an item, not a chart's row.)
  return ROW.test(line.trim()) && !MARK.test(line.trim());
}

/** `教育　████████　58.2亿元`: a chart's row with its bar drawn, a row of the text wherever it stands. */
export function isBarRow(line: string): boolean {
  return isChartRow(line) && BAR.test(line);
}

const RANKED = new RegExp(String.raw`^${RANK}\S`, 'u');
const RANK_OPENING = new RegExp(String.raw`^${RANK}(?=\S)`, 'u');
/** A chart row without the rank opening it (`第一名 潞城区 98.5分` → `潞城区 98.5分`); any other line as it is. */
export function withoutRank(line: string): string {
  const t = line.trim();
  return isChartRow(t) ? t.replace(RANK_OPENING, '') : t;
}
/** `第一名 潞城区 98.5分`, `1. 潞城区 98.5`: a chart's row opened by its rank. */
export function isRankedRow(line: string): boolean {
  return isChartRow(line) && RANKED.test(line.trim());
}

/** `较上个采暖季新增1.9万户`: a short line beside an item's label, a number in it, no sentence mark. */
export function isItemPhrase(line: string): boolean {
  return charCount(line) <= MAX_ITEM_LINE_CHARS && /\d/u.test(line) && !SENTENCE.test(line) && !isChartRow(line) && !NOTE.test(line) && !CREDIT.test(line);
}
