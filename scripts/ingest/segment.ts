// Stage 4: a page's repaired blocks → its articles, in reading order. Every block goes to exactly one
// segment; page furniture goes to the segment it stands in (describe leaves it out of the body).
//
// An article starts at a headline (with the kickers, decks and furniture set over it), at a paragraph
// that opens with a wire byline (`本报讯 …`) or ends with a photo credit (a photo news item), at
// `(上接第一版)`, after a closing byline (`·白雪峰·`) or `(下转第三版)`, and where a boxed sidebar
// follows the article's last paragraph. A headline printed after the lead of an article that has none
// (over a section heading) is that article's title, not a new article; a lead printed above a feature's
// headline goes with it, at the top of the page or after another article. An editor's hints (hints/) may
// give lines their roles and start articles at lines; they are obeyed here, whatever the rules say. The second
// look over the drafts once cut (joins, boxes, lone headings): segment-passes.ts.

import { classifyBlocks, splitBlocks, wrappedAtColumn } from './blocks.ts';
import type { PageOverrides } from './hints/resolve.ts';
import { applyRoles } from './hints/roles.ts';
import { repair } from './repair.ts';
import { isPhotoCredit, isWireByline, tookPhotos } from './structure/bylines.ts';
import { isBrief, isLabelledBox, isTipsBox, opensWithFieldLabel } from './structure/briefs.ts';
import { creditsPhotoBelow } from './structure/credit-above.ts';
import { isIssuerLine, isSignedDate } from './structure/issuers.ts';
import { mayBeColumnName, mayBeKicker } from './structure/columns.ts';
import { leadsHeadline } from './structure/leads.ts';
import { readContinuation } from './structure/marks.ts';
import { charCount, endsComplete, isLatin, isListItem, isRule, opensWithDate } from './structure/shape.ts';
import type { Block, Dropped, RepairResult, Segment } from './types.ts';
import type { Continued } from '../../src/domain/article.ts';
import { boxBetweenTurns } from './segment-turn-box.ts';
import { type Draft, emptyDraft, loneHeadingCaption, loneHeadingHeadline, mergeWithoutSubstance, textAfterBoxes } from './segment-passes.ts';

export interface SegmentOptions {
  /** The duplicates repair dropped: a box the page reprinted around itself marks a sidebar. */
  dropped?: readonly Dropped[];
  /** Raw block indices an article must start at (an editor's `split-before` hints). */
  splitBefore?: ReadonlySet<number>;
}

/** A box reprinted this many times or more (its copies dropped) before its text marks a sidebar. */
export const SIDEBAR_MIN_COPIES = 2;

/** Most paragraphs a lead printed above its headline runs to; more is an article of its own. */
export const MAX_LEAD_PARAGRAPHS = 3;
// An editor's note, printed above the headline of the article it introduces.
const EDITORS_NOTE = /^[【\[(（]?(?:编者按|编者的话|编前语|编后语|导读)[】\])）]?[\s\u3000]*[：:]?/u;

// Blocks set over a headline that belong to the article below them, not to the one above.
const OVER_HEADLINE = new Set<Block['kind']>(['kicker', 'furniture', 'deck']);

/** Splits one page into its articles. An empty page gives none; any other page at least one. Never throws. */
export function segment(blocks: Block[], options: SegmentOptions = {}): Segment[] {
  const sidebarStarts = findSidebarStarts(blocks, options.dropped ?? []);
  const drafts: Draft[] = [];
  let current = { ...emptyDraft(), lead: true };
  blocks.forEach((block, i) => {
    const forced = options.splitBefore?.has(block.source[0] ?? -1) ?? false;
    // A heading ruled off from the text above heads what follows (a box's `【健康小贴士】`): it is that piece's headline.
    const ruledHeading = (block.kind === 'heading' || block.kind === 'subheading') && current.hasBody && (ruledOff(blocks, i) || signedOff(current));
    if (current.blocks.length > 0 && (forced || startsArticle(current, blocks, i, sidebarStarts))) {
      const next = { ...emptyDraft(), lead: block.kind === 'paragraph' && EDITORS_NOTE.test(block.text) };
      const noteRole = forced ? undefined : noteUnderColumn(current, blocks, i);
      const over = noteRole ? takeNoteUnderColumn(current, noteRole) : takeOverHeadline(current);
      if (!forced && over.length === 0) over.push(...kickerAfterLead(current, blocks, i));
      // The lead may stand over the headline's kicker too (`…看非遗铁器如何带动群众家门口就业。` / `非遗工坊带富一方百姓` / headline).
      if (!forced && over.every((b) => b.kind === 'kicker') && isLeadAbove(current, blocks, i)) over.unshift(current.blocks.pop()!);
      next.blocks.push(...over);
      if (current.blocks.length > 0) drafts.push(current);
      current = next;
    }
    add(current, ruledHeading ? asHeadline(block) : block);
  });
  if (current.blocks.length > 0) drafts.push(current);
  return textAfterBoxes(mergeWithoutSubstance(drafts)).flatMap(loneHeadingHeadline).flatMap(boxBetweenTurns).map(loneHeadingCaption).map(toSegment);
}

/**
 * Blocks, repair and segments of one page text, as the CLI needs them. `blocks` are as classified, with the
 * roles of `overrides` (an editor's hints, by raw block index) laid over; its splits are obeyed in segment.
 */
export function structurePage(
  text: string,
  overrides?: PageOverrides,
): { blocks: Block[]; repair: RepairResult; segments: Segment[] } {
  const raw = splitBlocks(text);
  const classified = classifyBlocks(raw, wrappedAtColumn(text));
  const blocks = overrides ? applyRoles(classified, raw, overrides.roles) : classified;
  const repaired = repair(blocks);
  const segments = segment(repaired.blocks, { dropped: repaired.dropped, ...(overrides && { splitBefore: overrides.splitBefore }) });
  return { blocks, repair: repaired, segments };
}

function startsArticle(current: Draft, blocks: readonly Block[], i: number, sidebarStarts: Set<number>): boolean {
  const block = blocks[i]!;
  const begun = current.hasBody || current.closed;
  switch (block.kind) {
    case 'headline':
      return begun && !titlesCurrent(current, blocks, i) && !leadsInto(current, blocks, i);
    case 'paragraph':
      if (begun && (EDITORS_NOTE.test(block.text) || block.continued?.from !== undefined)) return true;
      if (current.hasBody && switchesLanguage(current, block)) return true;
      if (begun && isBrief(block.text) && !boxInsideArticle(blocks, i) && !nextTip(current, blocks, i) && !nextFieldLine(current, block) && !nextListedItem(current, block)) return true;
      if (block.byline) return begun;
      if (block.credit) return begun && (current.closed || startsPhotoItem(current, block));
      if (photoDone(current) && isPhotoCredit(blocks[i + 1]?.kind === 'byline' ? blocks[i + 1]!.text : '') && opensPhotoItem(block.text)) return true;
      if (current.hasBody && underLabel(blocks, i) && creditedBelow(blocks, i)) return true;
      return current.closed || (current.hasBody && sidebarStarts.has(i));
    case 'heading':
    case 'subheading':
      return current.closed || (current.hasBody && (ruledOff(blocks, i) || signedOff(current)));
    case 'continuation':
      return readContinuation(block.text)?.from !== undefined && begun;
    case 'byline':
      // A photo's credit over its caption, after the credit that closed the photo above (structure/credit-above.ts),
      // a rule line or other furniture between them or not.
      return creditsPhotoBelow(current.blocks.findLast((b) => b.kind !== 'furniture'), block, blocks[i + 1]);
    default:
      return false;
  }
}

function asHeadline(block: Block): Block {
  const { level: _level, ...rest } = block;
  return { ...rest, kind: 'headline' };
}

/** A rule stands right over the block (`---` / `【健康小贴士】`): the text above it has ended. */
function ruledOff(blocks: readonly Block[], i: number): boolean {
  const above = blocks[i - 1];
  return above?.kind === 'furniture' && isRule(above.text);
}

/**
 * The text above ends with a notice's signature, the issuing body's name over the day it was signed
 * (`上党区人力资源和社会保障局` / `2025年11月20日`), or the name alone: the notice has ended, and a heading under it heads the next piece.
 */
function signedOff(current: Draft): boolean {
  // The day may be read as the page's own line, or be gone as the page's date.
  const dated = current.blocks.length > 0 && isSignedDate(current.blocks.at(-1)!.text);
  const [text, issuer] = current.blocks.slice(dated ? -3 : -2, dated ? -1 : undefined);
  // A photo's caption may name a body too (`新建上党区人民医院`): the signature is text of the notice.
  return text?.kind === 'paragraph' && issuer?.kind === 'paragraph' && isIssuerLine(issuer.text);
}

/**
 * A line of the page's own set over the paragraph, not a page's line (`图片新闻` / `初冬时节，…` / `本报通讯员 X 摄`):
 * the label of what follows, after the text of the piece above.
 */
function underLabel(blocks: readonly Block[], i: number): boolean {
  const above = blocks[i - 1];
  return above?.kind === 'furniture' && !/\d/u.test(above.text) && charCount(above.text) <= MAX_LABEL_CHARS;
}

/** The paragraph's photo credit stands on the line under it (`本报通讯员 张 磊 摄`): the paragraph is that photo's item. */
function creditedBelow(blocks: readonly Block[], i: number): boolean {
  const next = blocks[i + 1];
  return next?.kind === 'byline' && isPhotoCredit(next.text) && /摄影?[)）]?$/u.test(next.text.trim());
}

/** A section's label runs to a few characters (`图片新闻`, `光影长治`). */
const MAX_LABEL_CHARS = 6;

/**
 * A paragraph ending with a photo credit or a signature, after running text of an article still open, is an
 * item of its own (photo news, a brief) when it opens with its date (`1月24日，…`, `■ 11月18日，…`) or
 * follows a wire item (a 本报讯 report carries no photo credit at its end). Otherwise it is that article's
 * last paragraph, with its photo's credit (`…跳起了广场舞。 通讯员 牛晓军 摄`).
 */
function startsPhotoItem(current: Draft, block: Block): boolean {
  return opensWithDate(block.text) || current.wire || (photoDone(current) && opensPhotoItem(block.text));
}

/**
 * The draft's photo is done: its caption and credit were read after running text, or it is a photo item whose
 * credit stood over its caption (`图/通讯员 马 骏` / `12月6日，…`), which that one paragraph completes.
 */
function photoDone(current: Draft): boolean {
  if (current.photoDone) return true;
  const [first, ...rest] = current.blocks;
  return first?.kind === 'byline' && tookPhotos(first.text) && rest.length === 1 && rest[0]!.kind === 'paragraph';
}

/**
 * After an article's photo was captioned and credited (`图为改造后的小区。` / `（图片由…提供）`), the article is
 * done with it: a credited paragraph that opens with its date (`12月7日，…`), or a `图为` caption of its own date
 * that goes on past one sentence (`图为9月10日，…。今年…。 刘红 摄`), is the next photo news item, not more text.
 */
function opensPhotoItem(text: string): boolean {
  if (opensWithDate(text)) return true;
  const t = text.trim();
  return /^图为/u.test(t) && opensWithDate(t.slice(2)) && /[。！？][^。！？]*[。！？]/u.test(t);
}

/** An English paragraph after Chinese running text, or the other way round: an item in another language. */
function switchesLanguage(current: Draft, block: Block): boolean {
  const last = current.blocks.findLast((b) => b.kind === 'paragraph');
  return last !== undefined && isLatin(last.text) !== isLatin(block.text);
}

/**
 * A lead printed above its headline (`入冬以来，武乡县…` at the top of the page, or `编者按：…` over the next
 * article) opens that headline's article: a few paragraphs with no headline, where the page starts or an
 * editor's note opened them, directly over a headline whose byline line (past its deck) follows it.
 */
function leadsInto(current: Draft, blocks: readonly Block[], i: number): boolean {
  if (!current.lead || current.hasHeadline || current.closed || current.continued.from) return false;
  const paragraphs = current.blocks.filter((b) => b.kind === 'paragraph');
  if (paragraphs.length > MAX_LEAD_PARAGRAPHS || current.blocks.some((b) => b.kind === 'heading' || b.kind === 'subheading')) return false;
  let next = i + 1;
  while (blocks[next]?.kind === 'deck') next++;
  return blocks[next]?.kind === 'byline';
}

/**
 * A column's name over an editor's note over a headline with its byline (`读者来信` / `编者按：…` / `小区门口的路灯
 * 为何总不亮？` / `潞州区读者 赵建平`): the name is that headline's kicker, and the note opens its article, as a note
 * right over a headline does; the name alone is no article. At the page's top, a head over a note alone over an
 * unsigned headline (`建议提案办理答复选登` / `编者按：…本版选登…` / `1．关于…的答复` / `答复单位：…`) is the page's
 * own head over the pieces below, furniture: a note is no article's body. Which of the two, or none.
 */
function noteUnderColumn(current: Draft, blocks: readonly Block[], i: number): 'kicker' | 'furniture' | undefined {
  // The page's own lines (its date line, masthead) may stand over the name.
  const [name, ...rest] = current.blocks.slice(current.blocks.findIndex((b) => b.kind !== 'furniture'));
  if (name?.kind !== 'headline' || blocks[i]!.kind !== 'headline') return undefined;
  if (rest.length === 0 || rest.length > MAX_LEAD_PARAGRAPHS || !rest.every((b) => b.kind === 'paragraph' && !b.byline && !b.credit)) return undefined;
  if (!EDITORS_NOTE.test(rest[0]!.text)) return undefined;
  let next = i + 1;
  while (blocks[next]?.kind === 'deck') next++;
  if (blocks[next]?.kind === 'byline') return mayBeColumnName(name.text) ? 'kicker' : undefined;
  return current.lead && blocks[next]?.kind === 'paragraph' ? 'furniture' : undefined;
}

/** The column's name (as the kicker, or the page's furniture) and the note under it, taken for the article below. */
function takeNoteUnderColumn(current: Draft, role: 'kicker' | 'furniture'): Block[] {
  const [name, ...note] = current.blocks.splice(current.blocks.findIndex((b) => b.kind !== 'furniture'));
  return [{ ...name!, kind: role }, ...note];
}

/**
 * The last paragraph of an article of two paragraphs or more (a 本报讯 item, a feature), right over a headline
 * with its byline line (past its deck), is that feature's lead printed above it when it speaks of what the
 * headline names and of nothing the article's own headline names (structure/leads.ts).
 */
function isLeadAbove(current: Draft, blocks: readonly Block[], i: number): boolean {
  const last = current.blocks.at(-1);
  const paragraphs = current.blocks.filter((b) => b.kind === 'paragraph');
  if (!current.hasHeadline || last?.kind !== 'paragraph' || paragraphs.length < 2 || blocks[i]!.kind !== 'headline') return false;
  if (last.byline || last.credit || last.continued || !endsComplete(last.text)) return false;
  // The last tip of a box of tips is the box's (`■ …。` / `■ 接到陌生电话…，请及时与子女或社区联系。`), never a lead.
  const before = current.blocks.at(-2);
  if (before?.kind === 'paragraph' && isTipsBox([before.text, last.text])) return false;
  let next = i + 1;
  while (blocks[next]?.kind === 'deck') next++;
  const byline = blocks[next];
  if (byline?.kind !== 'byline' || isPhotoCredit(byline.text)) return false;
  return leadsHeadline(last.text, blocks[i]!.text, current.blocks.find((b) => b.kind === 'headline')?.text);
}

/**
 * A short line read as a caption between a feature's lead and its headline (`…看非遗铁器如何带动群众家门口就业。` /
 * `非遗工坊带富一方百姓` / `荫城铁器：老手艺敲出“就业经”`) is that headline's kicker: the caption of a photo of the
 * article above stands before the lead, not after it. Taken from the article above (as a kicker) when so.
 */
function kickerAfterLead(current: Draft, blocks: readonly Block[], i: number): Block[] {
  const last = current.blocks.at(-1);
  if (last?.kind !== 'caption' || last.credit !== undefined || !mayBeKicker(last.text)) return [];
  current.blocks.pop();
  if (isLeadAbove(current, blocks, i)) return [{ ...last, kind: 'kicker' }];
  current.blocks.push(last);
  return [];
}

/**
 * A headline (with its deck) over a section heading, printed after the lead of an article that has no
 * headline and goes on from no other page, is that article's own title (seed 002).
 */
function titlesCurrent(current: Draft, blocks: readonly Block[], i: number): boolean {
  if (current.hasHeadline || !current.hasBody || current.closed || current.continued.from) return false;
  let next = i + 1;
  while (blocks[next]?.kind === 'deck' || blocks[next]?.kind === 'byline') next++;
  const kind = blocks[next]?.kind;
  return kind === 'heading' || kind === 'subheading';
}

/**
 * Kickers, decks and furniture at the end of an article, set over the next one's headline; and a reporter's
 * line right over them (`记者 张华 通讯员 刘丽` / `壶关县…`) when the article above is signed already: a byline
 * printed over its headline, as some pages set it, since an article is signed once.
 */
function takeOverHeadline(current: Draft): Block[] {
  let from = current.blocks.length;
  while (from > 0 && OVER_HEADLINE.has(current.blocks[from - 1]!.kind)) from--;
  const before = current.blocks[from - 1];
  if (before?.kind === 'byline' && !isPhotoCredit(before.text) && isSigned(current.blocks.slice(0, from - 1))) from--;
  return current.blocks.splice(from);
}

/** The blocks name their author already: a byline line, or a paragraph with a byline or a signature. */
function isSigned(blocks: readonly Block[]): boolean {
  return blocks.some(
    (b) => (b.kind === 'byline' && !isPhotoCredit(b.text)) || (b.kind === 'paragraph' && (b.byline !== undefined || /^[(（]/u.test(b.credit ?? ''))),
  );
}

function add(draft: Draft, block: Block): void {
  draft.blocks.push(block);
  switch (block.kind) {
    case 'paragraph':
      draft.photoDone = false;
      if (!draft.hasBody && isWireByline(block.byline ?? '')) draft.wire = true;
      draft.hasBody = true;
      if (block.credit) draft.closed = true;
      if (block.continued?.from !== undefined) draft.continued.from ??= block.continued.from;
      if (block.continued?.to !== undefined) {
        draft.continued.to ??= block.continued.to;
        draft.closed = true;
      }
      break;
    case 'heading':
    case 'subheading':
      draft.hasBody = true;
      break;
    case 'headline':
      draft.hasHeadline = true;
      if (block.continued?.from !== undefined) draft.continued.from ??= block.continued.from;
      break;
    case 'byline': {
      // A byline under the headline (past its deck) opens the text; after running text it closes it.
      const before = draft.blocks.at(-2)?.kind;
      // A photo's credit under its caption (`上图：…` / `（图片由…提供）`) ends the photo, not the article; under the
      // captions of a titled photo set with no text (`组图：…` / `① …` / `② …` / `本组图片由 X 摄`), the set.
      if (before === 'caption' && isPhotoCredit(block.text)) {
        if (draft.hasHeadline && !draft.hasBody) draft.closed = true;
        if (draft.hasBody) draft.photoDone = true;
        break;
      }
      if (draft.hasBody && before !== 'headline' && before !== 'deck') draft.closed = true;
      break;
    }
    case 'continuation': {
      const mark = readContinuation(block.text);
      if (mark?.from && !draft.continued.from) draft.continued.from = mark.from;
      if (mark?.to) {
        draft.continued.to ??= mark.to;
        draft.closed = true;
      }
      break;
    }
    default:
      break;
  }
}

/**
 * Positions of paragraphs that open a boxed sidebar: text the page reprinted around itself (seed 003
 * prints its education/jobs/culture box three times). Such a paragraph follows a finished paragraph
 * across a gap of at least SIDEBAR_MIN_COPIES dropped copies, all of them copies of text from that
 * paragraph on.
 */
function findSidebarStarts(blocks: readonly Block[], dropped: readonly Dropped[]): Set<number> {
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
    if (gap.every((g) => (copyOf.get(g) ?? -1) >= first)) starts.add(i);
  });
  return starts;
}

/**
 * A labelled box (`■ 温馨提示` / `1.…；` / `2.…。`) with the article's text or its photo's caption going on under it is
 * set inside that article, not an item of its own; at the article's end it stands apart as before.
 */
function boxInsideArticle(blocks: readonly Block[], i: number): boolean {
  const next = blocks[i + 1];
  if (!isLabelledBox(blocks[i]!.text) || next === undefined) return false;
  return next.kind === 'caption' || (next.kind === 'paragraph' && !next.byline && !isBrief(next.text));
}

/**
 * A tip under the others of a box headed by its label (`温馨提示` / `■ 冬季路面湿滑，…。` / `■ 使用取暖设备要注意通风，…。`):
 * the box's, not a brief of its own. A column of briefs has its items under a column's name that is no headline.
 */
function nextTip(current: Draft, blocks: readonly Block[], i: number): boolean {
  const headline = current.blocks.find((b) => b.kind === 'headline');
  const paragraphs = current.blocks.filter((b) => b.kind === 'paragraph');
  if (headline === undefined || !mayBeColumnName(headline.text) || paragraphs.length === 0) return false;
  return isTipsBox([...paragraphs.map((b) => b.text), blocks[i]!.text]);
}

/**
 * A bulleted line of a box under its headline whose lines give fields (`冬游太行　这样玩更省心` / `●线路：…。` / `●门票：…。` /
 * `●八路军太行纪念馆免费参观，…。`): every line so far set off by the same bullet, one of them opening with a field's
 * label. The box's, not a brief of its own.
 */
function nextFieldLine(current: Draft, block: Block): boolean {
  const paragraphs = current.blocks.filter((b) => b.kind === 'paragraph');
  if (!current.hasHeadline || paragraphs.length === 0) return false;
  const lines = [...paragraphs.map((b) => b.text.trim()), block.text.trim()];
  return new Set(lines.map((l) => l[0])).size === 1 && isListItem(lines[0]!) && lines.some(opensWithFieldLabel) && opensWithFieldLabel(lines[0]!);
}

/**
 * A bulleted line under a short head (a column name's form, its characters maybe spaced out) whose text is nothing but such lines, every one set off by the same bullet
 * and none opening with a date (`声　明` / `●某便利店遗失…，声明作废。` / `●某某遗失…，声明作废。`): the head's list,
 * not a brief of its own; a brief opens with its day.
 */
function nextListedItem(current: Draft, block: Block): boolean {
  const headline = current.blocks.find((b) => b.kind === 'headline');
  const body = current.blocks.filter((b) => b.kind !== 'furniture' && b !== headline);
  if (headline === undefined || !mayBeColumnName(headline.text.replace(/[\s\u3000]/gu, '')) || body.length === 0 || !body.every((b) => b.kind === 'paragraph' && !b.byline && !b.credit)) return false;
  const lines = [...body.map((b) => b.text.trim()), block.text.trim()];
  return new Set(lines.map((l) => l[0])).size === 1 && isListItem(lines[0]!) && !lines.some((l) => opensWithDate(l.slice(1).trim()));
}

function toSegment(draft: Draft): Segment {
  const { from, to } = draft.continued;
  const continued: Continued = { ...(from !== undefined && { from }), ...(to !== undefined && { to }) };
  return { blocks: draft.blocks, ...((from !== undefined || to !== undefined) && { continued }) };
}
