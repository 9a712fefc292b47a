// A data box that prints each number on a line of its own over the words that say what it counts (`数读` boxes:
// `46.7公里` over `新建改造城市供水管网`, `182个` over `改造老旧小区`): there the label is the text after the
// number, up to the next number or the box's end — the clause before it, which label.ts reads, is the label of
// the number above. A box is read so when its first line is a number alone; the text after each number must
// read as a label (words only, no clause mark, not too long), else the clause is left to label.ts. A box line that
// opens on its number, after a bullet, and says what it counts after a colon or a space (`▶ 8.6万辆：老城区机动车
// 保有量`, `* 15万元 每部电梯财政补贴上限`) is labelled by those words too (lineAfterLabel).
import { MAX_LABEL_LENGTH } from './label-phrases.ts';
import type { FigureScope } from './scope.ts';

/** A line that is a number and its unit alone (`46.7公里`, `3.1万户`, `约600人次`, `98%`). */
const NUMBER_LINE = /^[约近超逾]?[0-9][0-9.,]*\s?[万亿]?[\p{Script=Han}%‰℃]{0,4}(?:\/\p{Script=Han}{1,4})?$/u;
/** Words and a bar before a number on its line (`城镇新增就业｜`): the number's own label, printed before it. */
const BAR_BEFORE = /\p{Script=Han}[^|｜\n]*[|｜]\s*[约近超逾]?$/u;
/** What a note in brackets says (`（数据截至2025年11月）`) is no part of a label. */
const BRACKETED = /[（(][^（()）]*[)）]/g;

/** The label of a figure in a box of numbers over their labels; undefined for any other text. */
export function stackedLabel(scope: FigureScope): string | undefined {
  const lines = scope.paragraph.split('\n');
  const changed = changeOver(lines);
  if (changed) return changed;
  if (lines.length < 2 || !NUMBER_LINE.test(lines[0]!.trim().replace(BULLET, ''))) return undefined;
  const end = scope.sentenceStart + scope.end;
  // (Such an item's own number is no number over a label: label.ts reads the words before it.)
  const at = scope.sentenceStart + scope.start;
  if (BAR_BEFORE.test(scope.paragraph.slice(scope.paragraph.lastIndexOf('\n', at - 1) + 1, at))) return undefined;
  const rest = scope.paragraph.slice(end).replace(BRACKETED, '');
  // (Digits inside a measure's name, `PM2.5平均浓度`, are no next number.)
  const next = rest.search(/(?<![A-Za-z0-9.])[0-9]/);
  // A line that names its number before it and a bar (`城镇新增就业｜3.12万人`) is an item of its own: its words are that
  // number's label, not the one above (the label stops at the line's start).
  const lineOfNext = next < 0 ? -1 : rest.lastIndexOf('\n', next);
  const cut = lineOfNext >= 0 && BAR_BEFORE.test(rest.slice(lineOfNext + 1, next)) ? lineOfNext : next;
  let label = (next < 0 ? rest : rest.slice(0, cut)).replace(/\s+/g, '');
  // (The words before the next number's qualifier, `约`, `近`, are not its label's.)
  if (next >= 0) label = label.replace(/[约近超逾]$/, '');
  if (!label || label.length > MAX_LABEL_LENGTH || !/\p{Script=Han}/u.test(label) || /[，,。；;：:！？!?、]/.test(label)) return undefined;
  return label;
}

/** A change said alone on a line (`同比下降`, `比上年增长`, `环比提高`): of the measure the label line under its number names. */
const CHANGE_LINE = /^(?:同比|环比|比上年|较上年|比去年|较去年)(?:增长|下降|提高|降低|增加|减少|上升|回落)$/u;

/**
 * A box item printed as a change over its number over the measure (`同比下降` / `8.1%` / `PM2.5平均浓度`): the
 * measure's change (PM2.5平均浓度同比下降); undefined for other lines.
 */
function changeOver(lines: readonly string[]): string | undefined {
  const [change, number, measure] = lines.map((l) => l.trim().replace(BULLET, ''));
  if (lines.length !== 3 || !CHANGE_LINE.test(change ?? '') || !NUMBER_LINE.test(number ?? '')) return undefined;
  const label = `${measure}${change}`;
  return measure && /\p{Script=Han}/u.test(measure) && !/[0-9]{2,}|[，,。；;：:！？!?、]/.test(measure.replace(/[A-Za-z]+[0-9.]+/g, '')) && label.length <= MAX_LABEL_LENGTH ? label : undefined;
}

/** A bullet a box line may open on. */
const BULLET = /^[●◆■□•·▪▲△◎○★※\-–—]\s*/u;
/** Words that only say whether a number is planned or done (`计划`, `完成`, `目标`), with links (`为`, `达到`). */
const PLAN_OR_DONE = /^(?:计划|目标|任务|全年|年度|已|实际|累计|预计|完成|达到|达|为|共|新增)*$/u;

/** The head of the figure's line when the line opens on one and then gives plan and done; undefined otherwise. */
export function headedLabel(scope: FigureScope): string | undefined {
  const at = scope.sentenceStart + scope.start;
  const lineStart = scope.paragraph.lastIndexOf('\n', at - 1) + 1;
  const line = scope.paragraph.slice(lineStart, at).replace(BULLET, '');
  // (A topic tag, `#暖冬行动# …`, opens a post's text: no head of its figures.)
  const head = /^([^0-9：:，,。；;\s#＃]{2,16})(?:[：:]\s*|\s+)/u.exec(line);
  if (!head) return undefined;
  // (What stands between the head, or the number before, and this number only says plan or done.)
  const between = line.slice(head[0].length).split(/[0-9][0-9.]*[万亿]?[^0-9\s，,；;]*[，,；;\s]*/u).pop() ?? '';
  return PLAN_OR_DONE.test(between.replace(/[\s，,；;：:]/g, '')) && between.trim() !== '' ? head[1] : undefined;
}

/** The label of a figure opening its box line (after a bullet) with the words after it, past a colon or a space. */
export function lineAfterLabel(scope: FigureScope): string | undefined {
  const at = scope.sentenceStart + scope.start;
  const lineStart = scope.paragraph.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = scope.paragraph.indexOf('\n', at) < 0 ? scope.paragraph.length : scope.paragraph.indexOf('\n', at);
  const opening = scope.paragraph.slice(lineStart, at).trim();
  if (!LINE_MARK.test(opening)) return undefined;
  const after = /^\s*[：:]\s*|^\s+/u.exec(scope.paragraph.slice(scope.sentenceStart + scope.end, lineEnd));
  if (!after) return undefined;
  const label = scope.paragraph.slice(scope.sentenceStart + scope.end + after[0].length, lineEnd).replace(BRACKETED, '').replace(/\s+/g, '');
  if (!label || label.length > MAX_LABEL_LENGTH || !/^\p{Script=Han}/u.test(label) || /[0-9，,。；;：:！？!?、]/.test(label)) return undefined;
  return label;
}
/** What may stand before a box line's number: a bullet or list mark alone (`▶`, `*`, `■`, `·`). */
const LINE_MARK = /^(?:[●◆■□•·▪▲△◎○★※▶►▸→☆◇*+\-–—]{1,2})?$/u;

/**
 * The label of a figure on a line that names it before a bar (`城镇新增就业｜3.12万人`, `新建规模化水厂 | 6座`): the words
 * before the bar, when the line holds one bar and the figure closes it (a table's row holds several cells: table.ts).
 */
export function barLabel(scope: FigureScope): string | undefined {
  const at = scope.sentenceStart + scope.start;
  const lineStart = scope.paragraph.lastIndexOf('\n', at - 1) + 1;
  const newline = scope.paragraph.indexOf('\n', at);
  const lineEnd = newline < 0 ? scope.paragraph.length : newline;
  const bar = /^\s*([^0-9|｜，,。；;：:！？!?、]{2,})\s*[|｜]\s*$/u.exec(scope.paragraph.slice(lineStart, at).replace(BULLET, ''));
  const rest = scope.paragraph.slice(scope.sentenceStart + scope.end, lineEnd).replace(BRACKETED, '').trim();
  if (!bar || rest !== '') return undefined;
  const label = bar[1]!.replace(/\s+/g, '');
  return /^\p{Script=Han}/u.test(label) && label.length <= MAX_LABEL_LENGTH ? label : undefined;
}
