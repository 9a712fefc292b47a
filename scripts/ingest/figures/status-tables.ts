// A table cell's status by its table: the heading of its column (`2026年计划`, `目标值`, `完成改造（户）`), the words inside
// its cells masked (a cell names a thing, its words plan nothing), and the paragraph introducing the table when that
// publishes a plan (`…公布2025年城区义务教育学校招生计划`). status.ts reads a cell through these first.

import type { FigureScope } from './scope.ts';
import { matches, type Governed } from './status-words.ts';
import { tableCell, tableRow } from './table.ts';

/**
 * What a cell's column heading says of its figure: a column of plans, targets or what was done (`计划数量`, `目标值`,
 * `完成改造（户）`); undefined where the heading says none of these.
 */
export function columnStatus(scope: FigureScope, heading: string): Governed | undefined {
  // (A column headed as the plan's numbers, `计划数量`, `全年计划（个）`, `目标值`, holds plans or targets, unless the rest of
  // its row says the plan was carried out, with no count of its own: `| 改造农村户厕 | 1500户 | 已完成 |`.)
  if (PLAN_COLUMN.test(heading)) return DONE_CELLS.test(restOfLine(scope.paragraph, scope.sentenceStart + scope.end)) ? 'actual' : 'plan';
  if (TARGET_COLUMN.test(heading)) return 'target';
  // (A column headed as what was done, `完成改造（户）`, `已完成`, `完成率`, holds what was done, though a plan's column stands beside it.)
  // (Not one naming a goal or task to be done, `完成目标（户）`, `完成任务`: that column is the aim, as its word says.)
  if (DONE_COLUMN.test(heading) && AIM_COLUMN.test(heading)) return /目标/.test(heading) ? 'target' : 'plan';
  if (DONE_COLUMN.test(heading)) return 'actual';
  return undefined;
}

/** Does a column heading carry words of plan or aim, or a year, so that the cell is read as the clause it makes? */
export function headingGoverns(heading: string): boolean {
  return matches(heading).length > 0 || YEAR_IN.test(heading);
}


// A plan the paragraph publishes as a document (`公布2025年城区义务教育学校招生计划`, `下达年度建设计划`): its table is the plan.
const PUBLISHED_PLAN = /(?:公布|发布|印发|下达|公示|出台)了?[^，,；;。]{0,30}?计划(?=[，,；;。：:]|$)/;
// What is proposed, published for comment (`现将…拟安排项目予以公示`, `现将拟聘用…人员名单公示如下`): its table lists the proposal.
const PROPOSED_PUBLISHED = /拟[^，,；;。0-9]{0,12}?(?:项目|人员|名单|对象)[^，,；;。0-9]{0,8}?(?:予以)?(?:公示|公布)/;
// What is to be filled, set out below: the paragraph's last noun before 如下 / 见下表 (a unit in brackets aside) names a
// plan, a quota, a target figure or a task (`各县区招聘名额如下`, `年度建设任务（单位：公里）见下表`), as a column so headed
// (PLAN_COLUMN) does; not the progress of one (`完成情况如下`, `计划执行情况如下`). An indicator (指标) is a quota only
// where the paragraph assigns it (`下达各乡镇年度改造指标如下`, `建设指标分解如下`): `全市主要经济指标如下` is a release's
// results.
const TO_BE_FILLED_BELOW = /(?:(?:计划|名额|任务)|(?:下达|分配|分解|下发|安排)[^，,；;。]{0,16}?指标)(?:数)?(?:[（(][^）)]{0,12}[）)])?[：:]?(?:如下|见下表)|指标(?:下达|分配|分解|下发|安排)[：:]?(?:如下|见下表)/;

/**
 * A table's cells are plans when the paragraph right before it, which introduces it, publishes a plan: a table printed
 * under `…公布2025年城区义务教育学校招生计划，城区5所学校计划招收…` gives the places each school plans. Not a plan the
 * paragraph only mentions beside the table (`明年全市计划再新改建农村公路300公里` under a table of this year's roads).
 * Only for cells no column or row of their own governs.
 */
export function tableIntroStatus(scope: FigureScope): Governed | undefined {
  const start = scope.sentenceStart + scope.start;
  const end = scope.sentenceStart + scope.end;
  if (tableCell(scope.paragraph, start, end) === undefined && tableRow(scope.paragraph, start, end) === undefined) return undefined;
  const intro = (scope.preceding ?? '').split('\n').filter(Boolean).at(-1)?.trim();
  return intro !== undefined && (PUBLISHED_PLAN.test(intro) || TO_BE_FILLED_BELOW.test(intro) || PROPOSED_PUBLISHED.test(intro)) ? 'plan' : undefined;
}

const YEAR_IN = /20[0-9]{2}年/;
const UNIT_NOTE = '(?:[（(][^）)]{1,8}[）)])?';
// (So is a column of quotas, `名额（个）`, `招生名额`: places offered, to be filled.)
const PLAN_COLUMN = new RegExp(`^(?:(?:全年|年度|今年|20[0-9]{2}年)?计划(?:数|数量|任务|规模|指标|招生|招收)?|(?:招生|招收|招聘|计划)?名额)${UNIT_NOTE}$`);
// The rest of a row that says its plan was done, in words and no number (`| 已完成 |`, `全部完成`).
const DONE_CELLS = /^[^0-9０-９]*?(?:已|全部|提前|均已)?完成[^0-9０-９]*$/u;

function restOfLine(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(at, end < 0 ? text.length : end);
}
const DONE_COLUMN = /^(?:已|实际|累计)?完成/;
const AIM_COLUMN = /目标|任务|时限|计划/;
const TARGET_COLUMN = new RegExp(`^(?:全年|年度)?目标(?:值|数|任务)?${UNIT_NOTE}$`);

/** A table cell as the clause its column heading and row make with it (`2026年计划，新建幼儿园3所`), read alone. */
export function headedClause(scope: FigureScope, heading: string, row: string): FigureScope {
  const lead = `${heading}，${row}`;
  const sentence = `${lead}${scope.text}`;
  return { ...scope, sentence, paragraph: sentence, sentenceStart: 0, start: lead.length, end: sentence.length, preceding: '' };
}

/**
 * A table's rows with the words of plan or aim inside a cell masked: a cell names a thing or gives a value, and a word
 * inside it (`建设工程规划许可`, the next rows being one sentence with it) plans nothing; one opening a cell (`计划新建`)
 * still does. Header and title lines, which hold no figure, are kept as printed.
 */
export function maskInsideCells(table: string): string {
  return table
    .split('\n')
    .map((line) => {
      const cells = [...line.matchAll(/[^\s\u3000|]+/gu)];
      if (cells.length < 2 || !cells.slice(1).some((c) => FIGURE_CELL.test(c[0]))) return line;
      let masked = line;
      for (const c of cells) for (const m of matches(c[0])) if (m.at > 0) masked = masked.slice(0, c.index + m.at) + '名'.repeat(m.end - m.at) + masked.slice(c.index + m.end);
      return masked;
    })
    .join('\n');
}
const FIGURE_CELL = /^[+\-]?[0-9](?![0-9]{3}年)/;
