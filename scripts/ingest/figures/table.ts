// A figure in a table row (`| 更换供水管网 | 18.6公里 | 100% |`, a Markdown table a page prints as text):
// the row's first cell names what is counted, and a column headed by a measure of its own (`完成率`) adds it,
// so 100% is 更换供水管网完成率. Read here because a table row has no clause for label.ts to read.

const ROW = /^\s*\|.*\|\s*$/;
const RULE = /^\s*\|(?:\s*:?-{2,}:?\s*\|)+\s*$/;
/** Column headings that only say "the value" (`数量`, `数值`): they add nothing to the row's name. */
const GENERIC = /^(?:数量|数值|数目|数据|规模|指标|内容|情况|完成情况|合计|备注)$/;

/** The row the figure at [start, end) of `text` stands in, when it is a table row (place.ts reads its places). */
export function tableRow(text: string, start: number, end: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd);
  return ROW.test(line) && !RULE.test(line) ? line : undefined;
}

/** The label of the figure at [start, end) of `text` when it stands in a table row's cell; else undefined. */
export function tableLabel(text: string, start: number, end: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd);
  if (!ROW.test(line) || RULE.test(line)) return undefined;
  const cells = cellsOf(line);
  const at = start - lineStart;
  const column = cells.findIndex((c) => at >= c.start && at < c.end);
  if (column <= 0) return undefined;
  const name = cells[0]!.text;
  if (!name || /[0-9]/.test(name)) return undefined;
  const heading = headingOf(text.slice(0, lineStart), column);
  return heading && !GENERIC.test(heading) ? `${name}${heading}` : name;
}

interface Cell {
  text: string;
  start: number;
  end: number;
}

function cellsOf(line: string): Cell[] {
  const cells: Cell[] = [];
  const bars = [...line.matchAll(/\|/g)].map((m) => m.index);
  for (let i = 0; i + 1 < bars.length; i++) cells.push({ text: line.slice(bars[i]! + 1, bars[i + 1]).trim(), start: bars[i]! + 1, end: bars[i + 1]! });
  return cells;
}

/** The heading of column `column`: the row above the table's rule line, if the table prints one. */
function headingOf(before: string, column: number): string | undefined {
  const lines = before.replace(/\n$/, '').split('\n');
  for (let i = lines.length - 1; i > 0; i--) {
    if (!ROW.test(lines[i]!)) return undefined;
    if (RULE.test(lines[i]!)) return ROW.test(lines[i - 1]!) ? cellsOf(lines[i - 1]!)[column]?.text : undefined;
  }
  return undefined;
}
