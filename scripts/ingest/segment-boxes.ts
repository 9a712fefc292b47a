// Boxes, lists and ends, for segment.ts: a sidebar the page reprinted around itself, a box or list whose lines
// stay one piece (tips, field lines, a 声明 list), a box set inside its article, a labelled box that ends it
// (`小贴士` over its lines), and the marks that end the text above (a rule, a notice's signature).
import { NEWS_COLUMN, SIDEBAR_LABEL } from './describe/kind.ts';
import { isBrief, isLabelledBox, isTipsBox, opensOnTerm, opensWithFieldLabel, SYMBOL_BULLET } from './structure/briefs.ts';
import { openingPlace } from './structure/opening-place.ts';
import { isSetOffName } from './structure/box-label.ts';
import { opensWithSource } from './structure/bylines.ts';
import { columnLabel, mayBeColumnName } from './structure/columns.ts';
import { isIssuerLine, isSignedDate } from './structure/issuers.ts';
import { charCount, endsComplete, isListItem, isRule, opensWithDate } from './structure/shape.ts';
import { isStaffLine } from './structure/page-lines.ts';
import type { Block, Dropped } from './types.ts';
import { type Draft, printedGroupOf } from './segment-passes.ts';

/** A box reprinted this many times or more (its copies dropped) before its text marks a sidebar. */
export const SIDEBAR_MIN_COPIES = 2;

/**
 * Positions of paragraphs that open a boxed sidebar: text the page reprinted around itself (seed 003
 * prints its education/jobs/culture box three times). Such a paragraph follows a finished paragraph
 * across a gap of at least SIDEBAR_MIN_COPIES dropped copies, all of them copies of text from that
 * paragraph on.
 */
export function findSidebarStarts(blocks: readonly Block[], dropped: readonly Dropped[]): Set<number> {
  const starts = new Set<number>();
  if (dropped.length < SIDEBAR_MIN_COPIES) return starts;
  const copyOf = new Map(dropped.map((d) => [d.block, d.duplicateOf]));
  const present = new Set(blocks.flatMap((b) => b.source));
  blocks.forEach((block, i) => {
    const before = blocks[i - 1];
    if (!before || before.kind !== 'paragraph' || block.kind !== 'paragraph') return;
    if (block.byline || before.credit || !endsComplete(before.text)) return;
    if (before.source.length === 0 || block.source.length === 0) return;
    const gapFrom = Math.max(...before.source) + 1;
    const first = Math.min(...block.source);
    if (first - gapFrom < SIDEBAR_MIN_COPIES || first - gapFrom > dropped.length) return;
    const gap = Array.from({ length: first - gapFrom }, (_, k) => gapFrom + k);
    if (gap.some((g) => present.has(g))) return;
    if (!gap.every((g) => (copyOf.get(g) ?? -1) >= first)) return;
    // The copies are of the box that opens here, not of one printed past another article's head further on
    // (a box set inside an article and printed again at the page's foot: the article's text goes on under it).
    const last = Math.max(...gap.map((g) => blocks.findIndex((b) => b.source.includes(copyOf.get(g)!))));
    if (last >= i && blocks.slice(i + 1, last).some((b) => b.kind === 'headline' || b.kind === 'byline')) return;
    starts.add(i);
  });
  return starts;
}

/**
 * A labelled box (`■ 温馨提示` / `1.…；` / `2.…。`) with the article's text or its photo's caption going on under it is
 * set inside that article: the cut keeps it there, and segment-lifted-box.ts lifts it out as a sidebar after the
 * article, which keeps its text and caption. At the article's end it stands apart as before.
 */
export function boxInsideArticle(blocks: readonly Block[], i: number): boolean {
  const next = blocks[i + 1];
  if (!isLabelledBox(blocks[i]!.text) || next === undefined) return false;
  return next.kind === 'caption' || (next.kind === 'paragraph' && !next.byline && !isBrief(next.text));
}

/**
 * A tip under the others of a box headed by its label (`温馨提示` / `■ 冬季路面湿滑，…。` / `■ 使用取暖设备要注意通风，…。`):
 * the box's, not a brief of its own. A column of briefs has its items under a column's name that is no headline.
 */
export function nextTip(current: Draft, blocks: readonly Block[], i: number): boolean {
  const headline = current.blocks.find((b) => b.kind === 'headline');
  const paragraphs = current.blocks.filter((b) => b.kind === 'paragraph');
  if (headline === undefined || !mayBeColumnName(headline.text) || paragraphs.length === 0) return false;
  return isTipsBox([...paragraphs.map((b) => b.text), blocks[i]!.text]);
}

/**
 * A bulleted line of a box under its headline whose lines give fields (`冬游太行　这样玩更省心` / `●线路：…。` / `●门票：…。` /
 * `●八路军太行纪念馆免费参观，…。`): every line so far set off by the same bullet, one of them opening with a field's
 * label. The box's, not a brief of its own. Under a label read as the page's (`◎政策速递` / `●创业担保贷款：…` /
 * `●以工代训补贴：…`), every line must open on its term (structure/briefs.ts opensOnTerm).
 */
export function nextFieldLine(current: Draft, block: Block): boolean {
  const paragraphs = current.blocks.filter((b) => b.kind === 'paragraph');
  if (paragraphs.length === 0) return false;
  const lines = [...paragraphs.map((b) => b.text.trim()), block.text.trim()];
  if (!current.hasHeadline) return current.blocks[0]?.kind === 'furniture' && sameBullet(lines) && lines.every(opensOnTerm);
  return sameBullet(lines) && lines.some(opensWithFieldLabel) && opensWithFieldLabel(lines[0]!);
}

/**
 * A bulleted line under a short head (a column name's form, its characters maybe spaced out) whose text is nothing but such lines, every one set off by the same bullet
 * and none opening with a date (`声　明` / `●某便利店遗失…，声明作废。` / `●某某遗失…，声明作废。`): the head's list,
 * not a brief of its own; a brief opens with its day.
 */
export function nextListedItem(current: Draft, block: Block): boolean {
  const headline = current.blocks.find((b) => b.kind === 'headline');
  const body = current.blocks.filter((b) => b.kind !== 'furniture' && b !== headline);
  if (headline === undefined || !mayBeColumnName(headline.text.replace(/[\s\u3000]/gu, '')) || body.length === 0 || !body.every((b) => b.kind === 'paragraph' && !b.byline && !b.credit)) return false;
  const lines = [...body.map((b) => b.text.trim()), block.text.trim()];
  return sameBullet(lines) && !lines.some((l) => opensWithDate(l.slice(1).trim()));
}

/**
 * A bulleted line under an item of the same bullet left open (`燃气公司提醒：` / `●保持通风；` / `●不要…；` / `●闻到燃气味，…。`):
 * the list's next item, its last one closing with a full stop, not a brief of its own.
 */
export function openListGoesOn(blocks: readonly Block[], i: number): boolean {
  const above = blocks[i - 1];
  const t = blocks[i]!.text.trim();
  if (above?.kind !== 'paragraph' || above.byline || above.credit || !SYMBOL_BULLET.test(t)) return false;
  const a = above.text.trim();
  return a[0] === t[0] && !a.includes('\n') && /[；;]$/u.test(a);
}

/**
 * A line of a run set off by one bullet right under a box's label, two lines or more (`■ 赛场花絮` / `●…。` / `●…。`,
 * `【去年成绩单】` / `◆ …。` / `◆ …。`): the box's lines, not briefs of their own, when no line of the run opens the way a
 * news item opens (with its day or its place) and the label names no column of news items (`简讯`, `乡镇动态`:
 * describe/kind.ts NEWS_COLUMN), whose items those lines would be.
 */
export function labelledRunLine(blocks: readonly Block[], i: number): boolean {
  const bullet = blocks[i]!.text.trim()[0]!;
  const inRun = (b: Block | undefined) => b !== undefined && b.kind === 'paragraph' && !b.byline && !b.credit && !b.text.includes('\n') && SYMBOL_BULLET.test(b.text.trim()) && b.text.trim()[0] === bullet;
  if (!inRun(blocks[i])) return false;
  let from = i;
  while (inRun(blocks[from - 1])) from--;
  let to = i + 1;
  while (inRun(blocks[to])) to++;
  const label = blocks[from - 1];
  if (to - from < MIN_RUN_LINES || label === undefined || !RUN_LABEL_KINDS.has(label.kind) || label.byline || label.credit) return false;
  return boxLinesUnder(label.text, blocks.slice(from, to).map((b) => b.text));
}

/**
 * Lines under `label` that are a box's, not items of news: the label a box's (in brackets, after a mark, or a column
 * name's form) naming no column of news items, and every line one short sentence (a fact, a figure, a remark) that
 * does not open the way news opens, with its day, its place or where the reporter had it from (`记者从县医保局获悉，`,
 * `据县气象局消息，`: structure/bylines.ts opensWithSource), whatever the label; an item of news may tell more than one
 * thing.
 */
export function boxLinesUnder(label: string, lines: readonly string[]): boolean {
  return isRunLabel(label) && lines.every((l) => {
    const line = l.trim().replace(SYMBOL_BULLET, '');
    const sentences = line.split(/(?<=[。！？!?])/u).filter((x) => x.trim() !== '').length;
    return sentences === 1 && charCount(line) <= MAX_BOX_LINE_CHARS && !opensWithDate(line) && openingPlace(line) === undefined && !(opensWithSource(line) && !TOLD_OPENING.test(line));
  });
}

// `据介绍，`, `据了解，` open a source's words in opensWithSource, but name no one: a box's fact line opens so as readily
// as news does, and under a box's label it stays the box's line (a named source, `据县气象局消息，`, still opens news).
const TOLD_OPENING = /^据(?:介绍|了解)[，,]/u;

/** A box's line runs to one short sentence. */
const MAX_BOX_LINE_CHARS = 60;

/** A box's run holds two lines at least. */
const MIN_RUN_LINES = 2;
// What a box's label over its lines may have been read as.
const RUN_LABEL_KINDS = new Set<Block['kind']>(['furniture', 'headline', 'heading', 'subheading', 'kicker', 'caption']);

function isRunLabel(text: string): boolean {
  const t = text.trim();
  return !t.includes('\n') && (isSetOffName(t) || mayBeColumnName(t)) && !NEWS_COLUMN.test(columnLabel(t).replace(/[\s\u3000]/gu, ''));
}

/**
 * A rule stands right over the block (`---` / `【健康小贴士】`), or a copy's staff line under the piece it carries
 * (`责任编辑：王 敏` / `相关链接`): the text above it has ended.
 */
export function ruledOff(blocks: readonly Block[], i: number): boolean {
  const above = blocks[i - 1];
  return above?.kind === 'furniture' && (isRule(above.text) || isStaffLine(above.text));
}

/**
 * The text above ends with a notice's signature, the issuing body's name over the day it was signed
 * (`上党区人力资源和社会保障局` / `2025年11月20日`), or the name alone: the notice has ended, and a heading under it heads the next piece.
 */
export function signedOff(current: Draft): boolean {
  // The day may be read as the page's own line, or be gone as the page's date.
  const dated = current.blocks.length > 0 && isSignedDate(current.blocks.at(-1)!.text);
  const [text, issuer] = current.blocks.slice(dated ? -3 : -2, dated ? -1 : undefined);
  // A photo's caption may name a body too (`新建上党区人民医院`): the signature is text of the notice.
  return text?.kind === 'paragraph' && issuer?.kind === 'paragraph' && isIssuerLine(issuer.text);
}

/** Every line a list item set off by the same bullet (`●…` / `●…`). */
function sameBullet(lines: readonly string[]): boolean {
  return new Set(lines.map((l) => l[0])).size === 1 && isListItem(lines[0]!);
}

/**
 * Headings that are a box's label (`小贴士`, `链接`, `■ 温馨提示`: describe/kind.ts SIDEBAR_LABEL) opening a block the page
 * prints apart by blank lines, the box's lines under it in that block, where the article does not go on under the box
 * (no caption, no text of its own after it): the box ends the article and is a piece of its own. Inside the article, its
 * text or its photo's caption going on under the box, it stays (boxInsideArticle). `printed[r]`: the blank-line block raw
 * block r was cut from.
 */
export function labelledBoxStarts(blocks: readonly Block[], printed: readonly number[]): Set<number> {
  const starts = new Set<number>();
  const groupOf = printedGroupOf(printed);
  blocks.forEach((block, i) => {
    if (block.kind !== 'heading' || !SIDEBAR_LABEL.test(block.text.trim())) return;
    const group = groupOf(block);
    if (group === undefined || groupOf(blocks[i - 1]) === group) return;
    let end = i + 1;
    while (end < blocks.length && groupOf(blocks[end]) === group) end++;
    if (end === i + 1) return;
    const next = blocks[end];
    if (next !== undefined && (next.kind === 'caption' || (next.kind === 'paragraph' && !next.byline && !isBrief(next.text)))) return;
    starts.add(i);
  });
  return starts;
}

/**
 * `■人物小传` / `【市民心声】` after an article's finished text, over text that runs on to the next article's headline
 * with no heading of its own: a box's label, set off by its bullet or brackets, closing the article — a
 * piece of its own, as a box ruled off is. Not where the article heads other sections the same way (`■ 一…` / `■ 二…`),
 * nor over text of several forms.
 */
export function labelClosesText(current: Draft, blocks: readonly Block[], i: number): boolean {
  const t = blocks[i]!.text.trim();
  const above = blocks[i - 1];
  if (!current.hasHeadline || above?.kind !== 'paragraph' || !(above.credit !== undefined || endsComplete(above.text))) return false;
  if (columnLabel(t) === t || !mayBeColumnName(t)) return false;
  const sections = current.blocks.filter((b) => b.kind === 'heading' || b.kind === 'subheading');
  if (sections.some((b) => b.text.trim()[0] === t[0])) return false;
  let k = i + 1;
  while (blocks[k]?.kind === 'paragraph' && !blocks[k]!.byline) k++;
  const next = blocks[k];
  // The box holds one paragraph, or items of a list (`①…` / `②…`): text of other forms under a profile's one
  // paragraph (`问：…` / `答：…`) is the article going on.
  const lines = blocks.slice(i + 1, k);
  const oneForm = lines.length === 1 || lines.every((b) => isListItem(b.text));
  // It stands between two articles: at the page's foot a label over a last paragraph may be the article's last section,
  // and over a table's title (`某表（单位：元）` / its rows) the label may be a column's name set inside the text.
  return lines.length > 0 && oneForm && (next?.kind === 'headline' || next?.kind === 'kicker') && headsReport(blocks, k);
}

/** The headline at `k` (past its kicker and decks) stands over a report: its byline, or running text with a sentence's end. */
function headsReport(blocks: readonly Block[], k: number): boolean {
  let j = k;
  while (blocks[j] !== undefined && (blocks[j]!.kind === 'kicker' || blocks[j]!.kind === 'headline' || blocks[j]!.kind === 'deck')) j++;
  const under = blocks[j];
  return under?.kind === 'byline' || (under?.kind === 'paragraph' && (under.byline !== undefined || endsComplete(under.text)));
}
