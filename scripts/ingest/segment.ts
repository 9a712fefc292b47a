// Stage 4: a page's repaired blocks → its articles, in reading order. Every block goes to exactly one
// segment; page furniture goes to the segment it stands in (describe leaves it out of the body).
//
// An article starts at a headline (with the kickers, decks and furniture set over it), at a paragraph
// that opens with a wire byline (`本报讯 …`) or ends with a photo credit (a photo news item), at
// `(上接第一版)`, after a closing byline (`·白雪峰·`), an author's note (`（作者单位：…）`) or `(下转第三版)`, and where a boxed sidebar
// follows the article's last paragraph. A headline printed after the lead of an article that has none
// (over a section heading) is that article's title, not a new article; a lead printed above a feature's
// headline goes with it, at the top of the page or after another article. An editor's hints (hints/) may
// give lines their roles and start articles at lines; they are obeyed here, whatever the rules say. This file
// walks the page; what stands over a headline is read in segment-leads.ts, photo news items in
// segment-photos.ts, boxes, lists and the marks that end the text above in segment-boxes.ts. The second look over
// the drafts once cut (joins, boxes, lone headings): segment-passes.ts, segment-turn-box.ts,
// segment-reprinted-box.ts (a box printed twice, its first printing inside an article), segment-item-column.ts (a
// column of news items under its name, each an article), segment-closing-box.ts (a titled block printed apart closing an
// article: a sidebar), segment-run-in-heads.ts (a brief's bulleted head on its
// text's line); the last, which merges
// pieces that are no article (labels alone, a tag or the next numbered heading read as a headline, a dialogue cut
// by a credit) into the article they belong to: segment-junk.ts.

import { classifyBlocks, printedBlocks, wrappedAtColumn } from './blocks.ts';
import type { PageOverrides } from './hints/resolve.ts';
import { applyRoles } from './hints/roles.ts';
import { repair } from './repair.ts';
import { isBylineLine, isPhotoCredit, isWireByline } from './structure/bylines.ts';
import { repliesToSignature } from './structure/letters.ts';
import { isBrief } from './structure/briefs.ts';
import { itemRunIndices } from './structure/item-runs.ts';
import { creditsPhotoBelow } from './structure/credit-above.ts';
import { readContinuation } from './structure/marks.ts';
import { isSummary } from './structure/copy-chrome.ts';
import { endsComplete, isLatin, isTitleLike } from './structure/shape.ts';
import type { Block, Dropped, RepairResult, Segment } from './types.ts';
import type { Continued } from '../../src/domain/article.ts';
import { boxInsideArticle, findSidebarStarts, labelClosesText, labelledBoxStarts, nextFieldLine, nextListedItem, nextTip, openListGoesOn, labelledRunLine, ruledOff, signedOff } from './segment-boxes.ts';
import { AFTERWORD, EDITORS_NOTE, isLeadAbove, kickerAfterLead, leadsInto, noteUnderColumn, takeNoteUnderColumn, takeOverHeadline, titlesCurrent } from './segment-leads.ts';
import { captionOpensPhotoItem, creditedBelow, opensPhotoItem, photoDone, photoItemAfterText, startsPhotoItem, underLabel } from './segment-photos.ts';
import { boxBetweenTurns } from './segment-turn-box.ts';
import { liftLabelledBox } from './segment-lifted-box.ts';
import { liftPrintedBoxes } from './segment-printed-box.ts';
import { liftClosingBoxes } from './segment-closing-box.ts';
import { textAfterSignedBoxes } from './signed-boxes.ts';
import { liftReprintedBox } from './segment-reprinted-box.ts';
import { labelledTitle, liftPackedBox, textAfterPackedBoxes } from './segment-packed-box.ts';
import { mergeJunkPieces } from './segment-junk.ts';
import { splitStoryHeads } from './segment-story-heads.ts';
import { splitItemColumn } from './segment-item-column.ts';
import { splitRunInHead } from './segment-run-in-heads.ts';
import { sectionLabels } from './segment-section-labels.ts';
import { exchangeBox } from './segment-exchanges.ts';
import { closesTextAbove, opensSetApart } from './structure/set-apart.ts';
import { type Draft, emptyDraft, loneHeadingCaption, loneHeadingHeadline, mergeWithoutSubstance, reprintedTitles, textAfterBoxes } from './segment-passes.ts';

export interface SegmentOptions {
  /** The duplicates repair dropped: a box the page reprinted around itself marks a sidebar. */
  dropped?: readonly Dropped[];
  /** Raw block indices an article must start at (an editor's `split-before` hints). */
  splitBefore?: ReadonlySet<number>;
  /** For each raw block, the blank-line block it was cut from (blocks.ts printedBlocks): boxes printed as one. */
  printed?: readonly number[];
  /** The printed blocks the page sets apart by a wider gap than its paragraphs' (structure/set-apart.ts). */
  apart?: ReadonlySet<number>;
}

/** Splits one page into its articles. An empty page gives none; any other page at least one. Never throws. */
export function segment(blocks: Block[], options: SegmentOptions = {}): Segment[] {
  // A heading after a wider gap heads a piece of its own only on a page of several pieces, where the gap parts them
  // (structure/set-apart.ts). A page the other signs read as one long feature, a wider gap before each of its section
  // heads, keeps its sections (seeds 000 and 004, real pages: one report each, its heads after three blank lines).
  // A kicker the page prints at its one gap under the text above and apart from the headline below closes that text (an
  // item's status line, `【已办结】`; a photo set's credit) (structure/set-apart.ts closesTextAbove).
  blocks = blocks.map((b, i) => ((b.kind === 'kicker' || b.kind === 'heading') && blocks.slice(0, i).some((a) => a.kind === 'paragraph') && closesTextAbove(blocks, i, options.printed ?? [], options.apart) ? { ...b, kind: isBylineLine(b.text) ? 'byline' : 'paragraph' } : b));
  const plain = segmentPage(blocks, options, false);
  if (options.apart === undefined || options.apart.size === 0 || plain.length < 2) return plain;
  return segmentPage(blocks, options, true);
}

function segmentPage(blocks: Block[], options: SegmentOptions, headsApart: boolean): Segment[] {
  const sidebarStarts = findSidebarStarts(blocks, options.dropped ?? []);
  // A box's label (`小贴士`) over its lines after the article's last paragraph heads the box, a piece of its own.
  const boxLabels = labelledBoxStarts(blocks, options.printed ?? []);
  // A column's bracket-labelled items one to a line (`【襄垣】…。` / `【武乡】…。` …): each an item (structure/item-runs.ts).
  // A report's sections under labels in brackets (`【去年成绩单】` / `◆ …。` / `【今年目标】` / …): its heads, no headlines.
  const sections = sectionLabels(blocks);
  const runItems = itemRunIndices(blocks.map((b) => (b.kind === 'paragraph' && !b.byline ? b.text : b.kind === 'furniture' ? null : undefined)));
  const drafts: Draft[] = [];
  let current = { ...emptyDraft(), lead: true };
  blocks.forEach((block, i) => {
    const forced = options.splitBefore?.has(block.source[0] ?? -1) ?? false;
    // A heading ruled off from the text above heads what follows (a box's `【健康小贴士】`): it is that piece's headline.
    // `一图看懂｜某某项目清单` after the report's finished text: a piece's kicker and headline, parted by the bar.
    const barred = (block.kind === 'heading' || block.kind === 'subheading') && current.hasBody && !current.closed && barredTitle(current, block) ? labelledTitle(block.text) : undefined;
    // So does one the page sets apart from the text above by a wider gap than its paragraphs' (structure/set-apart.ts).
    const apartHeading = headsApart && (block.kind === 'heading' || block.kind === 'subheading') && current.hasBody && opensSetApart(block.source, options.printed ?? [], options.apart);
    const ruledHeading = apartHeading || ((block.kind === 'heading' || block.kind === 'subheading') && current.hasBody && (ruledOff(blocks, i) || signedOff(current) || boxLabels.has(i) || labelClosesText(current, blocks, i))) || titleAfterSignature(current, blocks, i);
    // A marked caption after a wire item that is a photo news item of its own (segment-photos.ts): that item's text.
    const photoItem = block.kind === 'caption' && captionOpensPhotoItem(current, blocks, i);
    if (sections.has(i) && !forced) {
      add(current, { ...asHeadline(block), kind: 'heading' });
      return;
    }
    if (current.blocks.length > 0 && (forced || apartHeading || startsArticle(current, blocks, i, sidebarStarts) || (current.hasBody && boxLabels.has(i)) || (runItems.has(i) && (current.hasBody || current.closed)))) {
      // A box's label closing the text above (`■人物小传`, segment-boxes.ts) heads a box: a sidebar.
      const boxed = (block.kind === 'heading' || block.kind === 'subheading') && labelClosesText(current, blocks, i);
      const next = { ...emptyDraft(), lead: block.kind === 'paragraph' && EDITORS_NOTE.test(block.text), ...(boxed && { box: true }) };
      const noteRole = forced ? undefined : noteUnderColumn(current, blocks, i);
      const over = noteRole ? takeNoteUnderColumn(current, noteRole) : takeOverHeadline(current);
      if (!forced && over.length === 0) over.push(...kickerAfterLead(current, blocks, i));
      // The lead may stand over the headline's kicker too (`…看非遗铁器如何带动群众家门口就业。` / `非遗工坊带富一方百姓` / headline).
      if (!forced && over.every((b) => b.kind === 'kicker') && isLeadAbove(current, blocks, i)) over.unshift(current.blocks.pop()!);
      next.blocks.push(...over);
      if (current.blocks.length > 0) drafts.push(current);
      current = next;
    }
    if (barred !== undefined) {
      add(current, { ...asHeadline(block), kind: 'kicker', text: barred.label });
      add(current, { ...asHeadline(block), text: barred.title });
      return;
    }
    const reply = block.kind === 'paragraph' && current.closed && repliesToSignature(lastByline(current), block.text);
    add(current, ruledHeading ? asHeadline(block) : photoItem ? { ...block, kind: 'paragraph' } : block);
    if (reply) current.reply = true;
  });
  if (current.blocks.length > 0) drafts.push(current);
  const reprints = new Set((options.dropped ?? []).map((d) => d.duplicateOf));
  const droppedBlocks = new Set((options.dropped ?? []).map((d) => d.block));
  const printed = options.printed ?? [];
  // Text after a box goes back to the report it continues: a boxed sidebar's, a signed box's, a packed box's.
  const rejoined = textAfterSignedBoxes(textAfterBoxes(mergeWithoutSubstance(drafts), reprints));
  const unpacked = textAfterPackedBoxes(rejoined.flatMap((d) => liftPackedBox(d, printed)), printed);
  // Boxes and heads inside an article: a reprinted box, a box of exchanges (segment-exchanges.ts), a lone heading,
  // story heads, a box between turns, a labelled box, a printed box.
  const inside = reprintedTitles(unpacked, droppedBlocks)
    .flatMap((d) => liftReprintedBox(d, reprints))
    .flatMap(exchangeBox)
    .flatMap(loneHeadingHeadline)
    .flatMap(splitStoryHeads)
    .flatMap(boxBetweenTurns)
    .flatMap(liftLabelledBox)
    .flatMap((d) => liftPrintedBoxes(d, printed));
  // Boxes closing an article (a titled block printed apart, a box of advice): sidebars after it.
  const lifted = liftClosingBoxes(inside, printed, options.apart);
  return mergeJunkPieces(lifted.flatMap(splitItemColumn).map(splitRunInHead).map(loneHeadingCaption)).map(toSegment);
}

/**
 * Blocks, repair and segments of one page text, as the CLI needs them. `blocks` are as classified, with the
 * roles of `overrides` (an editor's hints, by raw block index) laid over; its splits are obeyed in segment.
 */
export function structurePage(
  text: string,
  overrides?: PageOverrides,
): { blocks: Block[]; repair: RepairResult; segments: Segment[] } {
  const { blocks: raw, printed, apart } = printedBlocks(text);
  const classified = classifyBlocks(raw, wrappedAtColumn(text));
  const blocks = overrides ? applyRoles(classified, raw, overrides.roles) : classified;
  const repaired = repair(blocks);
  const segments = segment(repaired.blocks, { dropped: repaired.dropped, printed, apart, ...(overrides && { splitBefore: overrides.splitBefore }) });
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
      if (begun && isBrief(block.text) && !boxInsideArticle(blocks, i) && !nextTip(current, blocks, i) && !nextFieldLine(current, block) && !nextListedItem(current, block) && !openListGoesOn(blocks, i) && !labelledRunLine(blocks, i)) return true;
      if (block.byline) return begun;
      if (block.credit) return begun && (current.closed || startsPhotoItem(current, block));
      if (photoDone(current) && isPhotoCredit(blocks[i + 1]?.kind === 'byline' ? blocks[i + 1]!.text : '') && opensPhotoItem(block.text)) return true;
      if (current.hasBody && underLabel(blocks, i) && creditedBelow(blocks, i)) return true;
      if (current.hasBody && photoItemAfterText(blocks, i)) return true;
      // `编后：…`, `【编后语】…` after a piece its byline closed: the paper's afterword on that piece, its last paragraph.
      if (current.closed && current.hasBody && AFTERWORD.test(block.text.trim())) return false;
      // `【回复】某单位：…` under a letter signed with a dash: the letter's reply (structure/letters.ts).
      if (current.closed && repliesToSignature(lastByline(current), block.text)) return false;
      // The reply's text runs on to the next head (its salutation, its paragraphs, the body and day that sign it).
      if (current.reply && !block.credit) return false;
      return current.closed || (current.hasBody && sidebarStarts.has(i));
    case 'heading':
    case 'subheading':
      // A short bracketed line right under a letter's reply (`【已办结】`): its status, the reply's last line.
      if (current.reply && /^【[^【】\s]{2,4}】$/u.test(block.text.trim())) return false;
      return current.closed || (current.hasBody && (ruledOff(blocks, i) || signedOff(current) || labelClosesText(current, blocks, i) || barredTitle(current, block)));
    case 'caption':
      return titleAfterSignature(current, blocks, i) || captionOpensPhotoItem(current, blocks, i);
    case 'continuation':
      return readContinuation(block.text)?.from !== undefined && begun;
    case 'byline':
      // A photo's credit over its caption, after the credit that closed the photo above (structure/credit-above.ts),
      // a rule line or other furniture between them or not.
      return creditsPhotoBelow(current.blocks.findLast((b) => b.kind !== 'furniture'), block, blocks[i + 1], blocks[i + 2]);
    default:
      return false;
  }
}

/**
 * A title-like line no neighbour named (left a caption) right under a notice's signature (`壶关县自来水公司` /
 * `2025年12月29日`), over text of its own with no credit: the notice has ended, and the line heads the next piece
 * (`本周12345热线民生诉求分类（12月22日—12月28日）` / `供暖　　128件` / …), as a heading there does (signedOff).
 */
function titleAfterSignature(current: Draft, blocks: readonly Block[], i: number): boolean {
  const block = blocks[i]!;
  const below = blocks[i + 1];
  if (block.kind !== 'caption' || block.credit !== undefined || block.byline !== undefined || !current.hasBody || !isTitleLike(block.text)) return false;
  return below?.kind === 'paragraph' && below.credit === undefined && below.byline === undefined && signedOff(current);
}

/** The byline the draft's last block is, if it is one. */
function lastByline(current: Draft): string | undefined {
  const last = current.blocks.at(-1);
  return last?.kind === 'byline' ? last.text : undefined;
}

function asHeadline(block: Block): Block {
  const { level: _level, ...rest } = block;
  return { ...rest, kind: 'headline' };
}

/**
 * A heading that sets a label before its title by a bar (`一图看懂｜某某项目清单`, segment-packed-box.ts labelledTitle)
 * under a finished paragraph of the text above: the head of a piece of its own, as no section heading is set.
 */
function barredTitle(current: Draft, block: Block): boolean {
  const last = current.blocks.findLast((b) => b.kind !== 'furniture');
  return labelledTitle(block.text) !== undefined && last?.kind === 'paragraph' && last.byline === undefined && endsComplete(last.text.trim());
}

/** An English paragraph after Chinese running text, or the other way round: an item in another language. */
function switchesLanguage(current: Draft, block: Block): boolean {
  const last = current.blocks.findLast((b) => b.kind === 'paragraph');
  return last !== undefined && isLatin(last.text) !== isLatin(block.text);
}

// Where its author works, in brackets after its last sentence or on a line of its own (`（作者单位：长治学院）`,
// `（作者系市政协委员）`): a signed piece's closing note, as a closing byline is; what follows is another piece.
const AUTHOR_NOTE = /(?:^|[。！？!?”])[（(]作者(?:单位[：:]|系|为)[^（）()\n]{2,40}[)）]$/u;

function add(draft: Draft, block: Block): void {
  draft.blocks.push(block);
  switch (block.kind) {
    case 'paragraph':
      draft.photoDone = false;
      if (!draft.hasBody && isWireByline(block.byline ?? '')) draft.wire = true;
      // `核心提示：…`, `摘要：…` under the headline: the piece's summary over its text, which (a 本报讯 item too) is yet to open.
      if (!draft.hasBody && draft.hasHeadline && !block.byline && !block.credit && isSummary(block.text)) break;
      draft.hasBody = true;
      if (block.credit || AUTHOR_NOTE.test(block.text.trim())) draft.closed = true;
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

function toSegment(draft: Draft): Segment {
  const { from, to } = draft.continued;
  const continued: Continued = { ...(from !== undefined && { from }), ...(to !== undefined && { to }) };
  return { blocks: draft.blocks, ...((from !== undefined || to !== undefined) && { continued }), ...(draft.box && { box: true }) };
}
