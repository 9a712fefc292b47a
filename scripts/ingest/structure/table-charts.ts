// Charts printed as tables, by their form: a title with its unit in brackets (or a unit line under it) over rows of a
// name and a number, bars between maybe (`各县区新增供热面积（万平方米）` / `潞州区  ████  42.5`); and what a chart's
// or table's title names and the unit it prints. structure/tables.ts opens a table on a chart with chartSpan.

import { BAR, isChartRow, isRankedRow, MARK } from './number-lines.ts';
import { ARROWED_AMOUNT, MIN_ROWS, opensWithFigure, spaceCells, type TableSpan } from './table-cells.ts';

/**
 * A chart's title, its unit in brackets at its end, maybe behind a label (`各县区新增供热面积（万平方米）`,
 * `图表：各县区老年助餐点数量（个）`, `…（单位：万元）`), or set apart by a space after it (`图表：各县区养老服务投入　单位：万元`):
 * what the title names (group 1) and its unit (group 2 or 3), no clause mark in it. Or the title alone (group 1), its
 * unit on the line under it (`单位：人`, `（单位：万元）`).
 */
export const CHART_TITLE = /^(?:\p{Script=Han}{2,4}[：:])?([^\s，,。；;！？!?：:|｜（()）]{2,24})(?:[（(](?:单位[：:]\s*)?([^（）()\s，,。；;：:]{1,8})[）)]|\s+单位[：:]\s*([^（）()\s，,。；;：:]{1,8}))?$/u;
/** A time in a title's brackets (`（截至11月底）`, `（2025年）`): when its figures stand, no unit. */
const TIME_NOTE = /[\d年月日季]|截至|以来/u;
/** The unit a matched title prints, in brackets or after a space; a time in its brackets is none. */
function unitOfTitle(m: RegExpExecArray | null): string | undefined {
  const unit = m?.[2] ?? m?.[3];
  return unit && !TIME_NOTE.test(unit) ? unit : undefined;
}
/** What a chart's or table's title names and the unit it prints (`各县区新增养老服务床位（张）` → 张), if it prints one. */
export function titleUnitOf(line: string): string | undefined {
  return unitOfTitle(CHART_TITLE.exec(line.trim()));
}

/** The unit a unit line gives (`单位：人`, `（单位：万元）` → 人, 万元). */
const UNIT_GIVEN = /^[（(]?单位\s*[：:]\s*([^（）()\s，,。；;：:]{1,8})[）)]?$/u;

/**
 * A chart printed as a table (`各县区新增供热面积（万平方米）` over `潞州区  ████  42.5` / `上党区  ██  18.2`): a title
 * with its unit in brackets (or on a unit line under it) over two rows or more of a name and a number, bars between
 * maybe (number-lines.ts isChartRow), each row cut into as many cells. The title heads the numbers' column, its unit in
 * brackets (`名称（单位）`, so table-units.ts gives it to the numbers); the names' column and the bars' have no heading.
 */
export function chartSpan(at: (k: number) => string | undefined, start: number): TableSpan | undefined {
  const title = CHART_TITLE.exec(at(start)?.trim() ?? '');
  const unitLine = title && !unitOfTitle(title) ? UNIT_GIVEN.exec(at(start + 1)?.trim() ?? '') : null;
  const unit = unitOfTitle(title) ?? unitLine?.[1];
  const first = unitLine ? start + 2 : start + 1;
  const firstRow = at(first)?.trim();
  if (title && firstRow && unit && isChangeRow(firstRow)) return changeChartSpan(at, first, `${title[1]!.replace(MARK, '')}（${unit}）`);
  if (!title || !firstRow || !isChartRow(firstRow)) return undefined;
  const width = spaceCells(firstRow).length;
  let end = first;
  let unitless = false;
  let ranked = true;
  let barred = true;
  for (let row: string | undefined = firstRow; row !== undefined && isChartRow(row) && spaceCells(row).length === width; row = at(end)?.trim()) {
    unitless ||= /\d$/u.test(row);
    ranked &&= isRankedRow(row);
    barred &&= BAR.test(row);
    end++;
  }
  // (With no unit over them, a rank list's rows print their numbers' own: `第一名 潞城区 98.5分`; so do rows drawn with
  // bars, `潞州区　▇▇▇▇▇　98.6%`.)
  if (!unit && (unitless || !(ranked || barred))) return undefined;
  const heading = unit ? `${title[1]}（${unit}）` : title[1]!;
  return end - first >= MIN_ROWS - 1 ? { header: [...Array<string>(width - 1).fill(''), heading], first, end } : undefined;
}

/** A bare number, a price or an amount: `0.85`, `14.50`. */
const AMOUNT = /^\d+(?:\.\d+)?$/u;
/** No move since the last report: `—`, `持平` (a move is an arrow and its amount, ARROWED_AMOUNT). */
const UNCHANGED = /^(?:[—–－-]{1,2}|持平)$/u;
/** A row of a name (maybe padded, `土　豆`), its amount and its change: `大白菜　　0.85　　↑0.05`, `土　豆　　1.30　　—`. */
function isChangeRow(line: string): boolean {
  const cells = spaceCells(line, 3);
  return cells.length === 3 && !opensWithFigure(cells[0]!) && !/\d/u.test(cells[0]!) && AMOUNT.test(cells[1]!) && (ARROWED_AMOUNT.test(cells[2]!) || UNCHANGED.test(cells[2]!));
}

/**
 * A price list printed as a chart (`■本周主要农副产品零售均价（单位：元/斤）` over `大白菜　　0.85　　↑0.05` / `土　豆　　1.30　　—`):
 * rows of a name, its amount and its change since the last report, under a title with its unit. The title heads the
 * amounts' column; the changes' has no heading, and is read in the amounts' unit (figures/table-units.ts).
 */
function changeChartSpan(at: (k: number) => string | undefined, first: number, heading: string): TableSpan | undefined {
  let end = first;
  let arrows = 0;
  for (let row = at(end)?.trim(); row !== undefined && isChangeRow(row); row = at(end)?.trim()) {
    if (ARROWED_AMOUNT.test(spaceCells(row, 3)[2]!)) arrows++;
    end++;
  }
  return end - first >= MIN_ROWS - 1 && arrows > 0 ? { header: ['', heading, ''], first, end } : undefined;
}
