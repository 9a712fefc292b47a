// Boxes told by how the page prints them (issue 15), for segment.ts after the drafts are cut: on a page that sets
// an article's paragraphs apart by blank lines, a short title printed with its own text under it, no blank line
// between (`什么是“县管校聘”` / `“县管校聘”是指…`; `梯后村的冬天不再冷清` / two paragraphs of a village's story), is a box
// that interrupts the story, not a section of it: the article's paragraphs on either side stand apart, the box's
// lines together. So is a title set inside rule lines (`━━━━ 长者食堂这三年 ━━━━`, `———— 身边人 ————`) over its
// lines, up to the rule that closes it, wherever the page prints it: after an article, inside it, or over the
// article it belongs to. The box becomes a piece of its own (`box`: describe reads it as a sidebar), and the
// article's text going on under it goes back to the article. `printed[i]`: the blank-line block raw block i was
// cut from (blocks.ts printedBlocks).
import { SIDEBAR_LABEL } from './describe/kind.ts';
import { isBrief } from './structure/briefs.ts';
import { mayBeColumnName } from './structure/columns.ts';
import { isFormBoxText } from './structure/form-box.ts';
import { CREDIT } from './structure/number-lines.ts';
import { charCount, endsComplete, isRule, isTitleLike } from './structure/shape.ts';
import { isPlaceHeadline } from './structure/run-titles.ts';
import { isTable } from './structure/tables.ts';
import { type Draft, emptyDraft } from './segment-passes.ts';
import type { Block } from './types.ts';

/** A box's title is a label or a short phrase. */
const MAX_TITLE_CHARS = 20;
// A title between rule lines: `━━━━ 长者食堂这三年 ━━━━`, `＝＝＝＝ 出行提示 ＝＝＝＝`, `——————　乡村医生赵伟　——————`.
const RULED_TITLE = /^[━─—＝]{3,}[\s\u3000]*([^━─—＝\s\u3000](?:.*[^━─—＝\s\u3000])?)[\s\u3000]*[━─—＝]{3,}$/u;
const TITLE_KINDS = new Set<Block['kind']>(['headline', 'heading', 'subheading', 'caption']);
/** A ruled box no rule closes holds this many paragraphs at most. */
const MAX_OPEN_BOX_PARAGRAPHS = 4;

/** The title inside rule lines, or undefined for any other line. */
export function ruledTitle(text: string): string | undefined {
  const t = text.trim();
  if (t.includes('\n')) return undefined;
  const bare = RULED_TITLE.exec(t)?.[1]?.trim();
  return bare !== undefined && isTitleLike(bare) ? bare : undefined;
}

/** The one blank-line block a block's raw blocks were cut from, or undefined when it joins several. */
function printedIn(b: Block, printed: readonly number[]): number | undefined {
  const groups = new Set(b.source.map((s) => printed[s]));
  return groups.size === 1 ? [...groups][0] : undefined;
}

/** Running text of the article's own: no byline, credit, continuation mark or brief's bullet. */
const ownText = (b: Block) => b.kind === 'paragraph' && !b.byline && !b.credit && !b.continued && !isBrief(b.text);

/** A short title line with no sentence: a box's, set inside rules or not; not a county's headline (`沁县：…`). */
function boxTitle(b: Block | undefined): string | undefined {
  if (b === undefined || b.text.trim().includes('\n') || b.byline || b.credit) return undefined;
  const ruled = ruledTitle(b.text);
  if (ruled !== undefined) return ruled;
  const t = b.text.trim();
  return TITLE_KINDS.has(b.kind) && isTitleLike(t) && charCount(t) <= MAX_TITLE_CHARS && !isPlaceHeadline(t) ? t : undefined;
}

/**
 * Where the box titled at `at` ends: past the lines printed with it (its own text, no blank line between), or for a
 * title set inside rules, past its lines up to the rule closing it (kept with the box); `at` when none.
 */
function boxEnd(blocks: readonly Block[], at: number, printed: readonly number[]): number {
  const title = blocks[at]!;
  const group = printedIn(title, printed);
  const ruled = ruledTitle(title.text) !== undefined;
  // Lines read as captions under a title read as one (`冬游指南：景区开放时间` / `通天峡　8:30—16:30` / …) are the box's too.
  const line = (b: Block) => ownText(b) || ((title.kind === 'caption' || ruled) && b.kind === 'caption' && printedIn(b, printed) === group);
  let end = at + 1;
  while (blocks[end] !== undefined && line(blocks[end]!) && (printedIn(blocks[end]!, printed) === group || ruled)) {
    // A ruled box's lines run to its closing rule; another's, to the end of the block printed with its title.
    if (ruled && printedIn(blocks[end]!, printed) !== group && !closedBelow(blocks, end + 1)) break;
    end++;
  }
  if (end === at + 1) return at;
  if (ruled && blocks[end]?.kind === 'furniture' && isRule(blocks[end]!.text)) return end + 1;
  // With no rule closing it, a box is short: more paragraphs are an article's text under a ruled kicker.
  return ruled && end - at - 1 > MAX_OPEN_BOX_PARAGRAPHS ? at : end;
}

/** A closing rule stands further down among the box's lines. */
function closedBelow(blocks: readonly Block[], from: number): boolean {
  for (let k = from; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.kind === 'furniture' && isRule(b.text)) return true;
    if (!ownText(b)) return false;
  }
  return false;
}

/** Captions printed together under a caption that titles them (a list of places and hours) are the box's lines. */
function asLines(blocks: readonly Block[]): Block[] {
  return blocks.map((b): Block => (b.kind === 'caption' ? { ...b, kind: 'paragraph' } : b));
}

// `小知识｜城乡供水一体化是什么`, `链接 | 什么是县管校聘`: a box's label, a bar, its title.
const LABEL_BAR = /^([^|｜\s\u3000]{2,8})[\s\u3000]*[|｜][\s\u3000]*([^|｜]+)$/u;

/** The label and the title of a box's title line that sets its label before it by a bar, or undefined. */
export function labelledTitle(text: string): { label: string; title: string } | undefined {
  const m = LABEL_BAR.exec(text.trim());
  // A feature's stops or parts counted before a bar (`第一站｜西沟乡`) are its sections.
  if (m === null || !mayBeColumnName(m[1]!) || /^(?:第|其)|[一二三四五六七八九十\d]$/u.test(m[1]!) || !isTitleLike(m[2]!)) return undefined;
  return { label: m[1]!, title: m[2]!.trim() };
}

function asTitle(b: Block): Block {
  const { level: _level, ...rest } = b;
  return { ...rest, kind: 'headline', text: ruledTitle(b.text) ?? b.text.trim() };
}

/**
 * The title and its lines stand in their own blank-line block, apart from the text above, and that text stands in a
 * block of its own too: the article sets its paragraphs apart (a paragraph printed with its headline and byline over
 * it, no blank line, tells nothing of how the page spaces them).
 */
function printedApart(blocks: readonly Block[], at: number, printed: readonly number[]): boolean {
  const group = printedIn(blocks[at]!, printed);
  if (group === undefined) return false;
  const before = blocks.slice(0, at);
  const above = before.findLast((b) => b.kind !== 'furniture');
  if (above === undefined) return true;
  const own = printedIn(above, printed);
  return own !== undefined && own !== group && before.filter((b) => b !== above && b.source.some((s) => printed[s] === own)).length === 0;
}

/** Running text ends right above the box: a paragraph that ends its sentence (not a data item's label or a note). */
function textEndsAbove(blocks: readonly Block[]): boolean {
  const above = blocks.findLast((b) => b.kind !== 'furniture');
  // A sentence's own mark: a data page's source note in brackets (`数据来源：…（截至11月30日）`) is no running text.
  return above?.kind === 'paragraph' && !above.credit && !above.continued && SENTENCE_END.test(above.text.trim());
}

const SENTENCE_END = /[。！？!?…][”’」』"]?$/u;

/**
 * A box's lines that are text end their sentences, or are three or more short lines of one shape (`新建换热站12座` /
 * `改造老旧管网86公里` / …, structure/form-box.ts); `21.3万人` under `家庭医生签约服务人数` is a data page's item.
 */
function boxLines(lines: readonly Block[], textAbove: boolean): boolean {
  const text = lines.filter((b) => b.kind === 'paragraph');
  // Short lines after running text only: under a data page's items they are its next items (`受理供热投诉` / `1326件`).
  return text.every((b) => endsComplete(b.text)) || (textAbove && isFormBoxText(text.flatMap((b) => b.text.split('\n'))));
}

/**
 * Text under a box, set apart from it and each paragraph from the next, no byline, brief or headline among it (its
 * photo's caption may stand there): the article's text going on.
 */
function goesOn(rest: readonly Block[], box: number | undefined, printed: readonly number[]): boolean {
  // The article's photo caption may close it (`图为…。`), set apart as its paragraphs are.
  const text = rest.filter((b) => b.kind !== 'furniture' && b.kind !== 'caption');
  const groups = text.map((b) => printedIn(b, printed));
  // Running text goes on: its first and last paragraphs end their sentences (a table may stand between).
  const running = (b: Block | undefined) => b !== undefined && endsComplete(b.text);
  return text.length > 0 && text.every(ownText) && running(text[0]) && running(text.at(-1)) && groups.every((g) => g !== undefined && g !== box) && new Set(groups).size === groups.length;
}

/**
 * A draft opened by a box's title over the lines printed with it (the box, read as a piece by its headline), with
 * the article's text going on under it, after an article no byline, credit or mark closed: the text goes back to
 * that article, and the draft is the box. A draft whose headline is a title inside rules is a box too.
 */
export function textAfterPackedBoxes(drafts: Draft[], printed: readonly number[]): Draft[] {
  drafts.forEach((draft, k) => {
    // The box's label may stand over its title, printed with it (`■链接` / `助餐补贴怎么领` / `按照我市规定，…。`).
    const at = draft.blocks.findIndex((b) => b.kind !== 'furniture' && b.kind !== 'kicker');
    const title = draft.blocks[at];
    if (at < 0 || title?.kind !== 'headline' || boxTitle(title) === undefined) return;
    // A kicker over it reads as a box's label (`■链接`, `小贴士`), not a column's name over a report (`■民生关注`).
    const kickers = draft.blocks.slice(0, at).filter((b) => b.kind === 'kicker');
    if (kickers.length > 0 && !kickers.some((b) => SIDEBAR_LABEL.test(b.text.trim()))) return;
    const end = boxEnd(draft.blocks, at, printed);
    if (end === at || draft.blocks.slice(at + 1, end).some((b) => b.kind !== 'paragraph' && b.kind !== 'furniture')) return;
    const ruled = ruledTitle(title.text) !== undefined;
    const rest = draft.blocks.slice(end);
    const before = drafts[k - 1];
    const open = before !== undefined && before.hasBody && !before.closed && !before.continued.to && textEndsAbove(before.blocks);
    const head = draft.blocks.slice(0, at + 1).filter((b) => b.kind !== 'kicker');
    const back = open && printedApart([...before!.blocks, ...head], before!.blocks.length + head.length - 1, printed) && boxLines(draft.blocks.slice(at + 1, end), true) && goesOn(rest, printedIn(title, printed), printed);
    if (!back && !(ruled && rest.every((b) => b.kind === 'furniture'))) return;
    if (back) before!.blocks.push(...rest);
    draft.blocks = [...draft.blocks.slice(0, at), asTitle(title), ...draft.blocks.slice(at + 1, end), ...(back ? [] : rest)];
    draft.box = true;
  });
  return drafts;
}

/**
 * A box inside a draft: its title (a lone section heading, a caption, a title inside rules) over the lines printed
 * with it, after the article's text and set apart from it, with the article's text going on under it or nothing: the
 * article without the box, and the box after it. A ruled box over the draft's headline is the box printed over the
 * article it belongs to: it comes first.
 */
export function liftPackedBox(draft: Draft, printed: readonly number[]): Draft[] {
  const { blocks } = draft;
  const table = tableBox(blocks, printed);
  if (table !== undefined) {
    const [at, box] = table;
    return [...liftPackedBox({ ...draft, blocks: [...blocks.slice(0, at), ...blocks.slice(at + 1)] }, printed), box];
  }
  const framed = framedBox(blocks, printed);
  if (framed !== undefined) {
    const [from, to] = framed;
    const box = { ...emptyDraft(), hasBody: true, box: true, blocks: blocks.slice(from, to) };
    return [...liftPackedBox({ ...draft, blocks: [...blocks.slice(0, from), ...blocks.slice(to)] }, printed), box];
  }
  // A ruled title is a heading too: sections each headed inside rules (`——— 一线直击 ———`) are siblings.
  const headings = blocks.filter((b) => b.kind === 'heading' || b.kind === 'subheading' || (b.kind !== 'headline' && ruledTitle(b.text) !== undefined));
  // From the last box up: the text under an earlier box goes on past the later one.
  for (let at = blocks.length - 1; at >= 0; at--) {
    const title = blocks[at]!;
    if (title.kind === 'headline' || boxTitle(title) === undefined) continue;
    const ruled = ruledTitle(title.text) !== undefined;
    // A section heading among others is the article's: a box has no sibling sections.
    if (!ruled && (title.kind === 'heading' || title.kind === 'subheading') && headings.length > 1) continue;
    const end = boxEnd(blocks, at, printed);
    if (end === at) continue;
    const lines = blocks.slice(at + 1, end);
    const rest = blocks.slice(end);
    const textAbove = blocks.slice(0, at).some((b) => b.kind === 'paragraph');
    const box = { ...emptyDraft(), hasHeadline: true, hasBody: true, box: true, blocks: [asTitle(title), ...asLines(lines)] };
    // Over the article's headline: the box printed before the article it belongs to.
    if (ruled && !textAbove && rest.find((b) => b.kind !== 'furniture')?.kind === 'headline') {
      return [{ ...box, blocks: [...blocks.slice(0, at), ...box.blocks] }, ...liftPackedBox({ ...draft, blocks: rest }, printed)];
    }
    // A ruled title no rule closes, among other headings, heads a section of the article; a box is closed by its rule.
    if (ruled && headings.length > 1 && !(blocks[end - 1]!.kind === 'furniture' && isRule(blocks[end - 1]!.text))) continue;
    if (!textAbove || (!ruled && !(printedApart(blocks, at, printed) && boxLines(lines, textEndsAbove(blocks.slice(0, at)))))) continue;
    if (rest.some((b) => b.kind !== 'furniture') && !goesOn(rest, printedIn(title, printed), printed)) continue;
    // A section heading is printed tight over its first paragraph too: with the article's text going on under it,
    // only lines packed together (two or more, no blank line between, unlike the article's) tell a box, or a box's
    // label set before its title by a bar (`小知识｜城乡供水一体化是什么`), which no section heading carries.
    const labelled = labelledTitle(title.text);
    if (!ruled && !labelled && (title.kind === 'heading' || title.kind === 'subheading') && lines.length < 2 && rest.some((b) => b.kind !== 'furniture')) continue;
    if (labelled) box.blocks.splice(0, 1, { ...box.blocks[0]!, kind: 'kicker', text: labelled.label }, { ...box.blocks[0]!, text: labelled.title });
    // The article may hold another box further on.
    return [...liftPackedBox({ ...draft, blocks: [...blocks.slice(0, at), ...rest] }, printed), box];
  }
  return [draft];
}

/** A box of this many paragraphs at most may stand between two rules with no title. */
const MAX_FRAMED_PARAGRAPHS = 3;

// A drawn line frames a box; a row of stars or ornaments (`＊　＊　＊`, `◆◆◆`) is a feature's section break.
const FRAME_LINE = /^[━─═—＝╌╍┄┅┈┉]{3,}$/u;

/**
 * A box with no title, framed by rule lines (`────` / `在零工驿站登记的…，每人每月最高500元。` / `────`), inside an
 * article whose text ends a sentence above it and goes on under it: where it runs, from its opening rule to past its
 * closing one; undefined when there is none. The frame is drawn lines printed with the lines they frame, no blank
 * line between: rules standing apart in blank lines of their own part a feature's sections, the article's text.
 */
function framedBox(blocks: readonly Block[], printed: readonly number[]): [number, number] | undefined {
  const rule = (b: Block | undefined) => b?.kind === 'furniture' && isRule(b.text) && FRAME_LINE.test(b.text.trim());
  const tight = (a: Block, b: Block) => printedIn(a, printed) !== undefined && printedIn(a, printed) === printedIn(b, printed);
  for (let from = 1; from < blocks.length; from++) {
    if (!rule(blocks[from]) || !textEndsAbove(blocks.slice(0, from))) continue;
    let end = from + 1;
    while (blocks[end] !== undefined && ownText(blocks[end]!)) end++;
    const inside = end - from - 1;
    if (inside === 0 || inside > MAX_FRAMED_PARAGRAPHS || !rule(blocks[end])) continue;
    if (!tight(blocks[from]!, blocks[from + 1]!) || !tight(blocks[end - 1]!, blocks[end]!)) continue;
    // The article's text goes on under the closing rule.
    const next = blocks.slice(end + 1).find((b) => b.kind !== 'furniture');
    if (next === undefined || !ownText(next) || !endsComplete(next.text)) continue;
    return [from, end + 1];
  }
  return undefined;
}

// A maker's credit after a table's title on its line (`本周招聘会安排　制表：张 凡`), as a chart's is read
// (structure/number-lines.ts CREDIT); a source named there (`来源：市教育局`) is a note on the data, no maker.
const TITLE_CREDIT = new RegExp(String.raw`^(.+?)[\s\u3000]+(${CREDIT.source.replace(/^\^/u, '')}[\s\u3000]*\S.*)$`, 'u');
const CELL_GAP = /[\s\u3000]/u;

/**
 * A short table printed as one block with its title and its maker's credit on its first line (`本周招聘会安排　制表：张 凡`
 * / `日期　地点　岗位（个）` / `12月16日　潞州区人才市场　860` / …), set apart inside an article after text that ends a
 * sentence, the text going on under it or the article ending: where it stands and the box, its title a headline, its
 * credit a byline, its rows its text; undefined when there is none.
 */
function tableBox(blocks: readonly Block[], printed: readonly number[]): [number, Draft] | undefined {
  for (let at = 1; at < blocks.length; at++) {
    const b = blocks[at]!;
    if (!ownText(b) || !textEndsAbove(blocks.slice(0, at)) || !printedApart(blocks, at, printed)) continue;
    const [first, ...rows] = b.text.split('\n').map((l) => l.trim()).filter(Boolean);
    if (first === undefined || rows.length < 2 || !isTable(rows)) continue;
    // A table set in an article's text is the article's (a progress table under its report): only one its maker
    // signs on its title line is a box of its own.
    const credited = TITLE_CREDIT.exec(first);
    if (credited === undefined || credited === null) continue;
    const title = credited[1]!.trim();
    // The title is one phrase, not a row of cells.
    if (!isTitleLike(title) || charCount(title) > MAX_TITLE_CHARS || CELL_GAP.test(title)) continue;
    const rest = blocks.slice(at + 1);
    if (rest.some((r) => r.kind !== 'furniture') && !goesOn(rest, printedIn(b, printed), printed)) continue;
    const { level: _level, ...block } = b;
    const head: Block[] = [{ ...block, kind: 'headline', text: title }, { ...block, kind: 'byline', text: credited[2]!.trim() }];
    return [at, { ...emptyDraft(), hasHeadline: true, hasBody: true, box: true, blocks: [...head, { ...block, kind: 'paragraph', text: rows.join('\n') }] }];
  }
  return undefined;
}
