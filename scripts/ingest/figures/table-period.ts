// The period a table prints for all its cells, on its own lines: in its title's brackets
// (`市区主要农副产品零售价格监测表（11月24日—28日）`) or in its note under it (`（数据来源：市交通运输局，截至10月底）`,
// `数据来源：平顺县商务局（截至12月3日）`). Both stand in the table's paragraph (structure/tables.ts keeps a table's
// title and note with its rows), and are nearer the cells than any sentence before the table: period.ts reads this
// for a cell whose row and column name no time before it reads the paragraph that introduces the table.

import { isUnitLine } from '../structure/table-cells.ts';
import { tableNoteAt, tableTitleAt } from '../structure/table-notes.ts';
import { tableAt } from '../structure/tables.ts';
import { periodIn } from './period-printed.ts';
import { tableCell } from './table.ts';
import type { FigureScope } from './scope.ts';

/** A span of days, the whole of a title's brackets: `11月24日—28日`, `2025年12月1日至12月5日`. */
const DAY_SPAN = /^(?:(20[0-9]{2})年)?[0-9]{1,2}月[0-9]{1,2}日[—–\-~～至到](?:[0-9]{1,2}月)?[0-9]{1,2}日$/u;
/** The text in a title's closing brackets. */
const CLOSING_BRACKETS = /[（(]([^（()）]+)[）)]$/u;

/** The table's title line and note around the line `line` of `lines`, when that line is one of its rows. */
function titleAndNote(lines: readonly string[], line: number): { title?: string; note?: string } | undefined {
  const table = tableAt(lines, line);
  if (!table || line === table.start) return undefined;
  // (The title is the table's when a sentence stands over it, or when it opens the paragraph, maybe over the
  // table's unit line: a block of its own.)
  const over = isUnitLine(lines[table.start - 1] ?? '') ? table.start - 1 : table.start;
  const title = over > 0 && (over === 1 || tableTitleAt(lines, over)) ? lines[over - 1] : undefined;
  const note = tableNoteAt(lines, table.end) ? lines[table.end] : undefined;
  return { ...(title ? { title } : {}), ...(note ? { note } : {}) };
}

/** A printed period with its year where it names one. */
function withYear(text: string, year: number | undefined): { text: string; year?: number } {
  return { text, ...(year !== undefined ? { year } : {}) };
}

/** The period a title's brackets give, when they hold a time only: a span of days, or a printed period. */
function titlePeriod(title: string): { text: string; year?: number } | undefined {
  const inside = CLOSING_BRACKETS.exec(title.trim())?.[1]?.trim();
  if (!inside) return undefined;
  const days = DAY_SPAN.exec(inside);
  if (days) return withYear(inside.replace(/^20[0-9]{2}年/u, ''), days[1] ? Number(days[1]) : undefined);
  const found = periodIn(inside, inside.length);
  return found && found.text.length === inside.length ? withYear(found.text, found.year) : undefined;
}

/**
 * The time a title opens on, standing as a clause would (`11月份各街道（镇）空气质量监测点数据`, `2025年秋季全市各学段招生情况`):
 * the longest opening the period patterns read as a whole clause of its own, dated (a number, 今年, 本: not `冬季供暖价格表`,
 * `秋季学期招生计划表`, where the season names the thing).
 */
function openingPeriod(title: string): { text: string; year?: number } | undefined {
  const line = title.trim();
  for (let length = Math.min(12, line.length - 2); length >= 2; length--) {
    const found = periodIn(`${line.slice(0, length)}，`, Number.POSITIVE_INFINITY);
    if (found && found.end === length && /[0-9]|今年|去年|本/.test(line.slice(0, length))) return withYear(found.text, found.year);
  }
  return undefined;
}

/** The period the title or the note of the table a figure's cell stands in prints; undefined outside a table. */
export function tableOwnPeriod(scope: FigureScope): { text: string; year?: number } | undefined {
  const start = scope.sentenceStart + scope.start;
  if (!tableCell(scope.paragraph, start, scope.sentenceStart + scope.end)) return undefined;
  const lines = scope.paragraph.split('\n');
  const line = scope.paragraph.slice(0, start).split('\n').length - 1;
  const around = titleAndNote(lines, line);
  if (!around) return undefined;
  const fromTitle = around.title ? (titlePeriod(around.title) ?? openingPeriod(around.title)) : undefined;
  if (fromTitle) return fromTitle;
  const fromNote = around.note ? periodIn(around.note, around.note.length) : undefined;
  return fromNote ? withYear(fromNote.text, fromNote.year) : undefined;
}
