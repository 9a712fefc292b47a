// The lines around a table's rows that are the table's own, by their form: a rule or the page's running head across
// its rows, its title and unit line over it (`市区主要农副产品零售价格监测表` / `单位：元/斤`), its note under it
// (`（数据来源：…）`, `注：…`). structure/tables.ts keeps them in the table's block; figures/table*.ts read them.

import { endsComplete, endsWithNote, isTitleLike } from './shape.ts';
import { BARS, isUnitLine } from './table-cells.ts';
import { CHART_TITLE, titleUnitOf } from './table-charts.ts';
import { readPageLine } from './page-lines.ts';
import { isJoinedRule } from './frames.ts';

// A rule under the header row (`|---|:---:|`): the table's own line.
const RULE_ROW = /^\|?[\s:：\-—]+(?:\|[\s:：\-—]+)+\|?$/u;
// A rule drawn across a table printed with spaces (`------------`, `════`): the table's own line, as a bar table's
// `|---|---|` is.
const SPACED_RULE = /^(?:[-—─━═=＝_]\s*){3,}$/u;
/** A rule line of a table, barred, spaced or drawn with its joints. */
export const isRuleRow = (line: string) => RULE_ROW.test(line.trim()) || SPACED_RULE.test(line.trim()) || isJoinedRule(line);
/**
 * A line a table's rows run across that is no row of it: a rule, or the page's running head where a copy out of a PDF
 * breaks the page between two rows (`3　城建·交通　上党日报　2025年11月27日　星期四`): a page line dating the page
 * (page-lines.ts; a row of a place and numbers may read as a page's words, never as its date). The rows go on under it.
 */
export const isRowBreak = (line: string) => isRuleRow(line) || isRunningHead(line);
/** The page's running head: a page line that gives the page's date. */
export const isRunningHead = (line: string) => readPageLine(line.trim())?.date !== undefined;

/** What a chart's or table's title names (`图表：各县区城镇新增就业（人）` → 各县区城镇新增就业), if the line is one: no note. */
export function titleNameOf(line: string): string | undefined {
  const t = line.trim();
  return NOTE_LABEL.test(t) || isUnitLine(t) ? undefined : CHART_TITLE.exec(t)?.[1];
}

/**
 * How many lines right over the table whose header row is line `header` are its own, inside running text: a line
 * giving its unit (`单位：元/斤`) under a sentence or the title, and over it or over the header the table's title (`…猪肉价格略有上涨。` /
 * `市区主要农副产品零售价格监测表（11月24日—28日）` / `品名 单位 均价 …`): a title-like line with a sentence (or a
 * colon leading into the table, `…完成情况如下：`) on the line above it, or opening the block. Both stay in the
 * article with the table; a title opening its block behind a bracketed label (`【数据】某县服务清单`) heads a box
 * of its own.
 */
export function tableHeadLines(lines: readonly string[], header: number): number {
  const unit = isTitleNote(lines[header - 1] ?? '') ? 1 : 0;
  const title = tableTitleAt(lines, header - unit) ? 1 : 0;
  // (A unit line at the top of a block, or under a headline, is left to what stands over it: only inside running
  // text, under a sentence or the table's title, is it the table's for sure.)
  return unit && !title && !endsRunning(lines[header - 2]?.trim() ?? '') ? 0 : unit + title;
}

/**
 * A line under a table's title that says what all its cells are in or when they stand: its unit (`单位：元/斤`), a
 * note set whole in brackets (`（截至6月30日）`, `（单位：万元）`), or the day its figures stand at and their unit set
 * apart on one line (`截至11月25日　单位：户`, `单位：万元　统计时间：10月底`). It stays with the table, as the title does.
 */
export function isTitleNote(line: string): boolean {
  const t = line.trim();
  if (isUnitLine(t) || BRACKETED_LINE.test(t)) return true;
  const parts = t.split(/[\s\u3000]+/u);
  return parts.length === 2 && parts.some(isUnitLine) && parts.some((p) => AS_OF.test(p));
}

/** When a table's figures stand: `截至11月25日`, `截止10月底`, `统计时间：2025年10月`. */
const AS_OF = /^(?:截至|截止|统计(?:时间|日期|截止)?[：:])[^，,。；;：:]{2,14}$/u;

/** A table's label opening its title: `表：`, `表1：`, `附表：`, `图表：`. */
const TABLE_LABEL = /^(?:附|图)?表[0-9一二三四五六七八九十]?[：:]/u;
/**
 * A bracket opening a title (`【数据】`, `[图表]`, `【各县区新增就业情况一览】`): the title heads a box of its own, whatever
 * its length (not box-label.ts's BOX_LABEL, a short label alone: a long bracketed title over a table is a box's too).
 */
const OPENS_BRACKETED = /^[【\[［〖]/u;

/**
 * Whether the line over line `below` is a table's title: title-like, under a sentence or a colon leading into the
 * table, or opening the block (a blank line over it, as a page sets a table apart) unless a box's label opens it.
 */
export function tableTitleAt(lines: readonly string[], below: number): boolean {
  const title = lines[below - 1]?.trim();
  const above = lines[below - 2]?.trim();
  if (!title || !isTitleLike(title) || BARS.test(title) || isUnitLine(title)) return false;
  // (A title giving the table's unit in brackets, `图表：各县区城镇新增就业（人）`, is the table's whatever stands over it,
  // and so is one a table's label opens, `表：1—10月部分县区民生支出情况`, `表1：…`.)
  const unit = titleUnitOf(title);
  return (above === undefined ? !OPENS_BRACKETED.test(title) : endsRunning(above)) || ((unit !== undefined || TABLE_LABEL.test(title)) && !OPENS_BRACKETED.test(title));
}

/** A line of running text ending where a table may follow: a full stop (a note in brackets may close it), or a colon that leads into it (`…完成情况如下：`). */
const endsRunning = (line: string) => endsComplete(line) || endsWithNote(line) || (/[：:]$/u.test(line) && !isTitleLike(line));

/** A note's label opening its line (`注：`, `数据来源：`, `说明：`). */
const NOTE_LABEL = /^(?:注|备注|说明|(?:数据|资料)?来源)\s*[：:]/u;
/** A line set whole in brackets (`（数据来源：市交通运输局，截至10月底）`, `（单位：万元）`). */
const BRACKETED_LINE = /^[（(][^（()）]*(?:[（(][^（()）]*[）)][^（()）]*)*[）)]$/u;

/**
 * Whether the line right under a table, its rows ending at line `end`, is the table's note (`（数据来源：市交通运输局，
 * 截至10月底）`, `注：排名按PM2.5浓度由低到高排列。`): a line set whole in brackets or opened by a note's label, no blank
 * line between. It says where the table's figures come from and when they stand, and stays with the table.
 */
export function tableNoteAt(lines: readonly string[], end: number): boolean {
  const note = lines[end]?.trim();
  return !!note && !BARS.test(note) && (BRACKETED_LINE.test(note) || NOTE_LABEL.test(note));
}
