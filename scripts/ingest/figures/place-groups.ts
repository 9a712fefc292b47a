// The places a text names as one group, for a figure that only follows them: a list of places joined by 、, 和, 及 or
// 与 (`武乡县、沁源县、平顺县等山区县完成312公里`, `苏店镇、西池乡`), and the places opening the rows of a table (`潞城区\t3200`
// over `襄垣县\t2800`). A sentence after such a group, naming no place of its own, is about what the group shares (长治市,
// 上党区), not about its last item, which only stands last: figures/place.ts reads the group where it reads the mention
// nearest before the figure. A place a town follows right after (`长子县丹朱镇`) is one item with it; the items are
// side by side even where one lies in another (`连接长治高新区与市区`: 长治市, not the zone).

import type { PlaceMention } from './place-names.ts';

const JOIN = /^[、和与及]$/u;
// A row of a table: a place opening its line, then a tab or a run of spaces before the next cell.
const ROW_AFTER = /^[^\n\t]{0,6}?(?:\t| {2,}|　{1,})\S/u;

/** The items of the group the mention stands in (the mention alone when it stands in none), in text order. */
export function groupOf(text: string, mentions: readonly PlaceMention[], pick: PlaceMention): PlaceMention[] {
  const named = mentions.filter((m) => m.place);
  const row = tableRows(text, named, pick);
  if (row.length > 1) return row;
  const k = named.indexOf(pick);
  if (k < 0) return [pick];
  let first = k;
  let last = k;
  const joined = (a: PlaceMention, b: PlaceMention) => a.end === b.at || JOIN.test(text.slice(a.end, b.at));
  while (first > 0 && joined(named[first - 1]!, named[first]!)) first--;
  while (last < named.length - 1 && joined(named[last]!, named[last + 1]!)) last++;
  // (A town right after its county is one item: the town.)
  return named.slice(first, last + 1).filter((m, i, all) => all[i + 1]?.at !== m.end);
}

/** The places opening the rows of the table the mention opens a row of; [] where it opens none. */
function tableRows(text: string, named: readonly PlaceMention[], pick: PlaceMention): PlaceMention[] {
  const opensRow = (m: PlaceMention) => (m.at === 0 || text[m.at - 1] === '\n') && ROW_AFTER.test(text.slice(m.end));
  if (!opensRow(pick)) return [];
  // (The table is the run of lines around the row that are rows too, a 合计 line and all: lines with a tab or a gap.)
  const lines = text.split('\n');
  let offset = 0;
  const spans = lines.map((line) => {
    const span = { start: offset, end: offset + line.length, row: /\t| {2,}|\S　+\S/u.test(line) };
    offset += line.length + 1;
    return span;
  });
  const at = spans.findIndex((s) => pick.at >= s.start && pick.at <= s.end);
  let first = at;
  let last = at;
  while (first > 0 && spans[first - 1]!.row) first--;
  while (last < spans.length - 1 && spans[last + 1]!.row) last++;
  return named.filter((m) => m.at >= spans[first]!.start && m.end <= spans[last]!.end && opensRow(m));
}
