// A box closing an article (stage 4, after the drafts are cut): a block the page prints apart, blank lines round it,
// after the article's running text, its first line a title of a few words (`供暖提醒`, `■本期整改清单`, `📌温馨提示`,
// `本周农产品价格`) and under it short lines of its own: items, a table's rows, labels and their figures, a source's
// note (`供暖提醒` / `●不要私自放暖气水；` / `●家中无人请关好门窗；` / `热线：12319`). Such a block is a sidebar titled by
// its first line, as a box inside the text is (segment-printed-box.ts); boxes printed one after another at the end
// each stand alone. The article keeps what stands above. A bullet the segmenter read as opening a brief inside the
// block (`●…。` after `●…；`) is given back to it. What is no such box: a section's head over running text (its lines
// run long), a head over one line only, a numbered section's head (`三、下一步打算`), a block printed with the text
// above it (no blank line between), a head right under the article's headline.
// A box of advice (closingTip): a label of reminding alone on its line (`温馨提示`, `【温馨提示】`, `▲求职提醒`), printed
// apart from the text above, over one or two paragraphs at the article's end, is a sidebar too; not where the article
// heads its other sections the same way (the same mark; or plain heads printed as the label is).
import { mayBeColumnName } from './structure/columns.ts';
import { isReminderLabel } from './structure/reminder-label.ts';
import { isTable } from './structure/tables.ts';
import { charCount, isListItem, isRule, isTableRow, isTitleLike } from './structure/shape.ts';
import { type Draft, emptyDraft, printedGroupOf } from './segment-passes.ts';
import type { Block } from './types.ts';

/** A box's line runs short: an item, a row, a label and its figure, a note. */
const MAX_LINE_CHARS = 60;
/** A box holds two lines at least under its title. */
const MIN_LINES = 2;
/** Running text above: a paragraph this long at least, or one ending its sentence. */
const MIN_TEXT_CHARS = 40;
/** A box's title runs a few words. */
const MAX_TITLE_CHARS = 20;
// An ornament before a box's title: a mark, an emoji (with its variation selector), or brackets round it.
const ORNAMENT = /^(?:[▍▌┃■□◆◇●○▶▷►◎★☆▲△▼▽◉❖✦※]|\p{Extended_Pictographic}\uFE0F?)[\s\u3000]*/u;
const BRACKETED = /^[【［\[〖]([^【】［］\[\]〖〗]+)[】］\]〗]$/u;
// Marks no title holds: a sentence's or a clause's, a colon (a label and what it says), a table's bar.
const NOT_IN_TITLE = /[。！？!?；;，,：:|｜、]/u;
// A title giving its figures' unit in brackets at its end: `（元）`, `(万人)`, `（%）`.
const UNIT_IN_BRACKETS = /[（(][^（）()]{0,4}(?:元|人|个|户|吨|亩|%|％|公里|平方米|人次|万|亿)[)）]$/u;
// `健康提示：冬季预防心脑血管病记住这几点`, `本期话题：冬季供暖，你家温度达标了吗？`: a box's label, a colon, its title.
const LABEL_COLON = /^([^：:\s\u3000]{2,6})[：:]([^：:]+)$/u;
// A chart's row: a label, a space, a number with no unit (`2021年 143`, `东街 4.5`).
const CHART_ROW = /^\S+[\s\u3000]+[\d.,]+$/u;
/** A box of advice holds a paragraph or two. */
const MAX_TIP_PARAGRAPHS = 2;
// `时间：12月6日`, `地点：…`: a field's short label and its colon opening the line.
const FIELD = /^\p{Script=Han}{2,4}[：:]/u;

/** The drafts with the boxes closing each article lifted out as sidebars after it. */
export function liftClosingBoxes(drafts: readonly Draft[], printed: readonly number[], apart: ReadonlySet<number> = new Set()): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i]!;
    const next = drafts[i + 1];
    // The rest of the box cut off as a piece of its own (a bullet read as a brief's): tried with the box first.
    if (next !== undefined && restOfBlock(draft, next, printed)) {
      const joined = lift({ ...draft, blocks: [...draft.blocks, ...next.blocks] }, printed, apart);
      if (joined.length > 1) {
        out.push(...joined);
        i++;
        continue;
      }
    }
    const above = drafts[i - 1];
    if (above !== undefined && cutOffBox(above, draft, printed)) {
      out.push(asBox(draft.blocks));
      continue;
    }
    out.push(...lift(draft, printed, apart));
  }
  return out;
}

/**
 * The draft is a box the segmenter cut off from the article above as a brief (its bulleted head over its lines in one
 * printed block, `■冬季流感防护小贴士` / `1.勤洗手…；` / `2.…；` / `3.…。`, read as an item's text): the box that would
 * close that article, had it been left there, starts where the draft does. It is that box, titled by its head.
 */
function cutOffBox(above: Draft, draft: Draft, printed: readonly number[]): boolean {
  if (draft.hasHeadline || draft.box || draft.blocks.length === 0 || draft.blocks[0]!.kind !== 'paragraph') return false;
  return closingBox([...above.blocks, ...draft.blocks], printed) === above.blocks.length;
}

/** The article and the boxes at its end, each a draft; or the draft as it was. */
function lift(draft: Draft, printed: readonly number[], apart: ReadonlySet<number>): Draft[] {
  const boxes: Draft[] = [];
  let blocks = draft.blocks;
  for (;;) {
    const at = [closingBox(blocks, printed, apart), closingTip(blocks, printed)].find((k) => k >= 0) ?? -1;
    if (at < 0) break;
    boxes.unshift(asBox(blocks.slice(at)));
    blocks = blocks.slice(0, at);
  }
  return boxes.length === 0 ? [draft] : [{ ...draft, blocks }, ...boxes];
}

/** Where the box closing the blocks begins (its title), or -1. `apart`: the printed blocks set apart (structure/set-apart.ts). */
function closingBox(blocks: readonly Block[], printed: readonly number[], apart: ReadonlySet<number> = new Set()): number {
  const groupOf = printedGroupOf(printed);
  let end = blocks.length;
  while (end > 0 && blocks[end - 1]!.kind === 'furniture') end--;
  if (end === 0) return -1;
  const group = groupOf(blocks[end - 1]);
  if (group === undefined) return -1;
  let at = end - 1;
  while (at > 0 && groupOf(blocks[at - 1]) === group) at--;
  if (at === 0 || !blocks.slice(at, end).every((b) => groupOf(b) === group)) return -1;
  const head = blocks[at]!;
  const under = blocks.slice(at + 1, end);
  const lines = head.text.includes('\n') ? [...head.text.split('\n').slice(1), ...under.flatMap((b) => b.text.split('\n'))] : under.flatMap((b) => b.text.split('\n'));
  if (titleOf(head) === undefined || !under.every(boxLine) || lines.filter((l) => l.trim() !== '').length < MIN_LINES) return -1;
  if (!lines.every((l) => charCount(l.trim()) <= MAX_LINE_CHARS)) return -1;
  // Sentences under the title (a profile's, a tip's) make a box only in an article of no sections of that form.
  // (A table's note under its rows, `注：环比为与10月均价相比。`, is no section's sentence.)
  if (lines.some(isProse) && !isTable(lines) && sectioned(blocks.slice(0, at), groupOf)) return -1;
  // A table under its title, and a section of fields (`时间：…` / `地点：…`), are the article's own; not a table the page
  // sets apart from the text above by a wider gap than its paragraphs' (structure/set-apart.ts): a box of its own.
  if (((isTable(lines) || lines.some(isTableRow)) && !apart.has(group)) || FIELD.test(lines[0]!.trim())) return -1;
  // A chart under its title (`近五年养老金标准（元）` / `2021年 143` / …): its rows a label and a bare number each.
  if (UNIT_IN_BRACKETS.test(titleOf(head)!) || lines.every((l) => CHART_ROW.test(l.trim()))) return -1;
  // Running text stands above it, and not the headline alone with its deck and kicker.
  const before = blocks.slice(0, at).findLast((b) => b.kind !== 'furniture');
  if (before === undefined || !['paragraph', 'caption', 'byline'].includes(before.kind)) return -1;
  return blocks.slice(0, at).some(isRunningText) ? at : -1;
}

/**
 * A box of advice closing an article: its label alone on its line, a word of reminding (`温馨提示`, `【温馨提示】`,
 * `▲求职提醒`: structure/reminder-label.ts), printed apart from the text above (a blank line between), over one or two
 * paragraphs, only the page's furniture after them; where its index, or -1. (A box's other names, `相关链接`, over a
 * paragraph there may be the article's last section: segment.boxes.test.ts.) Not where the article heads its other
 * sections the same way: with the same mark (`▲…` / `▲…`), or plainly and printed as this one is (`## 收益看长期`
 * alone between blank lines / `## 风险提示` alone: a plain label there is its last section).
 */
function closingTip(blocks: readonly Block[], printed: readonly number[]): number {
  let end = blocks.length;
  while (end > 0 && blocks[end - 1]!.kind === 'furniture') end--;
  const at = blocks.slice(0, end).findLastIndex((b) => b.kind !== 'paragraph');
  if (at <= 0 || end - at - 1 < 1 || end - at - 1 > MAX_TIP_PARAGRAPHS) return -1;
  const head = blocks[at]!;
  const title = titleOf(head);
  if (head.kind !== 'heading' && head.kind !== 'subheading') return -1;
  if (title === undefined || head.text.includes('\n') || !isReminderLabel(title)) return -1;
  if (!blocks.slice(at + 1, end).every((b) => b.byline === undefined && b.credit === undefined)) return -1;
  const groupOf = printedGroupOf(printed);
  if (groupOf(head) === undefined || groupOf(blocks[at - 1]) === groupOf(head)) return -1;
  const form = (j: number) => headForm(blocks, j, groupOf);
  if (blocks.slice(0, at).some((b, j) => (b.kind === 'heading' || b.kind === 'subheading') && form(j) === form(at))) return -1;
  return blocks.slice(0, at).some(isRunningText) ? at : -1;
}

/**
 * How the head at `j` is set: by its mark (an ornament, an emoji, an opening bracket); a plain head (its mark, if the
 * page had one, may be gone from its text) by how it is printed, alone between blank lines or with the lines under it.
 */
function headForm(blocks: readonly Block[], j: number, groupOf: (b: Block | undefined) => number | undefined): string {
  const t = blocks[j]!.text.trim();
  if (ORNAMENT.test(t) || /^[【［\[〖]/u.test(t)) return [...t][0]!;
  return groupOf(blocks[j + 1]) === groupOf(blocks[j]) ? 'plain, printed with its lines' : 'plain, printed alone';
}

/** The box's title: its first line, marks and brackets left off, when it is a title of a few words. */
function titleOf(b: Block): string | undefined {
  if (b.byline !== undefined || b.credit !== undefined || !['paragraph', 'heading', 'subheading', 'furniture', 'caption', 'kicker'].includes(b.kind)) return undefined;
  const first = b.text.split('\n')[0]!.trim();
  const t = first.replace(ORNAMENT, '').replace(BRACKETED, '$1').trim();
  if (charCount(t) < 2 || charCount(t) > MAX_TITLE_CHARS) return undefined;
  if ((!isTitleLike(t) || NOT_IN_TITLE.test(t)) && !labelColonTitle(t)) return undefined;
  if (isListItem(first) && ORNAMENT.exec(first) === null) return undefined;
  if (isRule(first) || !/[\p{Script=Han}A-Za-z]{2}/u.test(t)) return undefined;
  if (isTableRow(first) || /^[一二三四五六七八九十\d]+[、.．]/u.test(t)) return undefined;
  // A table's header (`指标 1—10月 同比增长`): three cells or more, not a name set letter by letter (`温 馨 提 示`).
  const cells = t.split(/[\s\u3000]+/u);
  if (cells.length >= 3 && cells.some((c) => charCount(c) > 1)) return undefined;
  return t;
}

/**
 * A box's head printed as its label, a colon and its title on one line (`健康提示：冬季预防心脑血管病记住这几点`,
 * `本期话题：冬季供暖，你家温度达标了吗？`): the title is the line whole, as a bar's (`小知识｜…`) is. The title after the
 * colon reads as a headline (words, maybe a comma, a question's mark at its end), not a field's value (`咨询电话：0355-…`,
 * `时间：12月6日`) nor a sentence; a part counted before it (`第一站：…`) is a section's.
 */
function labelColonTitle(t: string): boolean {
  const m = LABEL_COLON.exec(t);
  if (m === null || !mayBeColumnName(m[1]!) || /^(?:第|其)|[一二三四五六七八九十\d]$/u.test(m[1]!)) return false;
  const title = m[2]!.trim().replace(/[？?！!]$/u, '');
  return /^[\p{Script=Han}“"]/u.test(title) && isTitleLike(title) && !/[。；;|｜、\d]/u.test(title) && (title.match(/\p{Script=Han}/gu) ?? []).length >= 4;
}

/** A line of a box: its text, not someone's signature nor a headline. */
function boxLine(b: Block): boolean {
  return ['paragraph', 'caption', 'heading', 'subheading', 'furniture'].includes(b.kind) && b.byline === undefined && b.credit === undefined;
}

/** A sentence of running text, no item's mark before it (a section's paragraph, not a box's line, whatever its length). */
function isProse(line: string): boolean {
  const t = line.trim();
  return !isListItem(t) && /[。！？!?][”’」』]?$/u.test(t);
}

/** Some printed block above opens on a title over sentences: the article's sections are printed so. */
function sectioned(blocks: readonly Block[], groupOf: (b: Block | undefined) => number | undefined): boolean {
  return blocks.some((b, j) => {
    if (j === 0 || groupOf(b) === undefined || groupOf(blocks[j - 1]) === groupOf(b) || titleOf(b) === undefined) return false;
    const group = blocks.slice(j + 1).filter((x) => groupOf(x) === groupOf(b));
    return group.some((x) => x.kind === 'paragraph' && x.text.split('\n').some(isProse));
  });
}

function isRunningText(b: Block): boolean {
  return b.kind === 'paragraph' && (charCount(b.text) >= MIN_TEXT_CHARS || /[。！？]$/u.test(b.text.trim()));
}

/** The box as a sidebar: its title a headline, its lines paragraphs (a table's rows stay one block). */
function asBox(blocks: readonly Block[]): Draft {
  const [head, ...rest] = blocks;
  const { level: _level, ...h } = head!;
  const [, ...headLines] = head!.text.split('\n');
  const lines: Block[] = [];
  if (headLines.length > 0) lines.push(...(isTable(headLines) ? [{ ...h, kind: 'paragraph' as const, text: headLines.join('\n') }] : headLines.map((text): Block => ({ ...h, kind: 'paragraph', text }))));
  for (const b of rest) {
    const { level: _l, ...line } = b;
    lines.push(b.kind === 'furniture' ? b : { ...line, kind: 'paragraph' });
  }
  return { ...emptyDraft(), hasHeadline: true, hasBody: true, box: true, blocks: [{ ...h, kind: 'headline', text: titleOf(head!)! }, ...lines] };
}

/** The next draft has no headline and is the rest of the printed block the draft ends in. */
function restOfBlock(draft: Draft, next: Draft, printed: readonly number[]): boolean {
  const groupOf = printedGroupOf(printed);
  const last = draft.blocks.findLast((b) => b.kind !== 'furniture');
  const text = next.blocks.filter((b) => b.kind !== 'furniture');
  if (next.hasHeadline || last === undefined || text.length === 0 || draft.blocks.at(-1) !== last) return false;
  const group = groupOf(last);
  return group !== undefined && text.every((b) => groupOf(b) === group) && groupOf(next.blocks[0]) === group;
}
