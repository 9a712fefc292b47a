// The second look over a page's draft articles, once segment has cut them (stage 4): a draft with no running
// text joins its neighbour, text printed after a boxed sidebar goes back to the report it continues, and a lone
// section heading is read as what it is — a photo's caption, or the headline of a report of its own. Also the
// draft itself, which segment.ts fills block by block.
import { isBrief } from './structure/briefs.ts';
import { isColumnName } from './structure/columns.ts';
import { isDataLine } from './structure/data-box.ts';
import { isLabelColonFigure } from './structure/data-items.ts';
import { formBoxEnd } from './structure/form-box.ts';
import { opensWithDateline } from './structure/datelines.ts';
import { charCount, hasPhraseSpace, isLatin, isLatinTitle, opensWithDate, opensWithSectionNumber } from './structure/shape.ts';
import { isPlaceHeadline } from './structure/run-titles.ts';
import { restates } from './structure/lead-restates.ts';
import { scanPlaces } from '../../src/domain/places/gazetteer.ts';
import { asKind } from './block-kind.ts';
import type { Block } from './types.ts';
import type { Continued } from '../../src/domain/article.ts';

export interface Draft {
  blocks: Block[];
  /** Running text (paragraphs or section headings) has been read. */
  hasBody: boolean;
  hasHeadline: boolean;
  /** A closing byline, a photo credit or `(下转…)` ended the article. */
  closed: boolean;
  /** Its first paragraph opens with a wire byline (`本报讯 …`): a news item. */
  wire: boolean;
  /** The page's first article, or one opened by an editor's note (`编者按：…`): text that may lead into a headline. */
  lead: boolean;
  /** The last blocks read were a photo's caption and its credit, after running text: the article's photo is done. */
  photoDone: boolean;
  continued: Continued;
  /** A box told by how the page prints it (segment-packed-box.ts): a sidebar. */
  box?: boolean;
  /** A reader's letter closed by its signature goes on in its reply (structure/letters.ts repliesToSignature). */
  reply?: boolean;
}

export function emptyDraft(): Draft {
  return { blocks: [], hasBody: false, hasHeadline: false, closed: false, wire: false, lead: false, photoDone: false, continued: {} };
}

/**
 * The printed block (blank lines round it, blocks.ts printedBlocks) a block was cut from, by its first raw block;
 * undefined for a block of no source. `printed[r]`: the printed block of raw block r.
 */
export function printedGroupOf(printed: readonly number[]): (b: Block | undefined) => number | undefined {
  return (b) => (b === undefined || b.source.length === 0 ? undefined : printed[b.source[0]!]);
}

const SUBSTANCE = new Set<Block['kind']>(['paragraph', 'heading', 'subheading', 'headline']);
/**
 * A stretch with no paragraph, heading or headline (stray captions or furniture between two articles)
 * is no article: it joins the article before it, or the one after it at the top of the page.
 */
export function mergeWithoutSubstance(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  let pending: Block[] = [];
  let pendingContinued: Continued = {};
  for (const draft of drafts) {
    const substantial = draft.blocks.some((b) => SUBSTANCE.has(b.kind));
    const previous = out.at(-1);
    if (!substantial && previous) {
      previous.blocks.push(...draft.blocks);
      previous.continued = { ...draft.continued, ...previous.continued };
    } else if (!substantial) {
      pending.push(...draft.blocks);
      pendingContinued = { ...draft.continued, ...pendingContinued };
    } else {
      draft.blocks.unshift(...pending);
      draft.continued = { ...pendingContinued, ...draft.continued };
      pending = [];
      pendingContinued = {};
      out.push(draft);
    }
  }
  if (pending.length > 0) out.push({ ...emptyDraft(), blocks: pending, continued: pendingContinued });
  return out;
}

/**
 * A box's title left with nothing under it (`【数说】` over lines repair dropped as the second printing of a box
 * above) is that reprint's remnant, no article: it joins the article before it as furniture, out of its text.
 */
export function reprintedTitles(drafts: Draft[], dropped: ReadonlySet<number>): Draft[] {
  const out: Draft[] = [];
  for (const draft of drafts) {
    const previous = out.at(-1);
    const titles = draft.blocks.filter((b) => b.kind === 'headline');
    const bare = titles.length === 1 && draft.blocks.every((b) => b.kind === 'headline' || b.kind === 'furniture');
    const title = titles[0];
    if (!previous || !bare || !title || !title.source.some((raw) => dropped.has(raw + 1))) {
      out.push(draft);
      continue;
    }
    previous.blocks.push(...draft.blocks.map((b): Block => (b === title ? asKind(b, 'furniture') : b)));
  }
  return out;
}

/**
 * A data box set inside an article (`◆ 数读民生 ◆` / `◆ 新建幼儿园 4所` / …, then the article's text goes on): the
 * running text after the box's lines is the article's, not the box's. Only a box of a title and data lines
 * (structure/data-box.ts), after an article with running text that no byline, credit or mark closed, and only
 * text that opens no item of its own (no byline, credit, continuation or brief) nor notes the box's data; section
 * headings among it (the article's next `■ 探索：…`) when the page prints the box twice (`reprints`: the raw blocks
 * a dropped duplicate copied), so it is surely a box and not an article that opens with data lines.
 */
export function textAfterBoxes(drafts: Draft[], reprints: ReadonlySet<number> = new Set()): Draft[] {
  drafts.forEach((box, k) => {
    const before = drafts[k - 1];
    if (!before || !before.hasBody || before.closed || before.continued.to) return;
    const lines = box.blocks.findIndex((b) => b.kind === 'paragraph');
    if (lines < 1 || box.blocks.slice(0, lines).some((b) => b.kind !== 'headline' && b.kind !== 'kicker')) return;
    let end = lines;
    while (box.blocks[end]?.kind === 'paragraph' && (isDataLine(box.blocks[end]!.text) || isLabelColonFigure(box.blocks[end]!.text))) end++;
    // Or lines a box's by their form (`家庭医生能做啥` / `建立和管理健康档案` / …, structure/form-box.ts).
    if (end === lines) end = formBoxEnd(box.blocks, lines);
    if (end === lines) return;
    // A note on the box's data in brackets under its lines (`（文中数据截至2025年11月底）`) is the box's.
    const note = (b: Block) => isBoxNote(b.text);
    while (box.blocks[end] !== undefined && note(box.blocks[end]!)) end++;
    const rest = box.blocks.slice(end);
    const ownText = (b: Block) => b.kind === 'paragraph' && !b.byline && !b.credit && !b.continued && !isBrief(b.text) && !isDataLine(b.text) && !note(b);
    // A box the page prints twice is a box: the article's text after it may go on under its next section heading.
    const reprinted = copiesReprint(box.blocks.slice(lines, end), reprints);
    const goesOn = (b: Block) => ownText(b) || b.kind === 'furniture' || (reprinted && isSectionHeading(b));
    const last = rest.findLast((b) => b.kind !== 'furniture');
    // (The article's last paragraph may end on its jump, `…（下转第二版）`: the jump goes back with it.)
    const jumps = last !== undefined && last.continued !== undefined && ownText({ ...last, continued: undefined });
    if (last === undefined || !(ownText(last) || jumps) || !rest.every((b) => b === last || goesOn(b))) return;
    before.blocks.push(...rest);
    box.blocks.splice(end);
    if (jumps) [before.continued, box.continued] = [{ ...before.continued, ...box.continued }, {}];
  });
  return drafts;
}

const isSectionHeading = (b: Block) => b.kind === 'heading' || b.kind === 'subheading';

/** `（文中数据截至2025年11月底）`: a note in brackets, the whole block; or when the data stand, unbracketed (`数据截至10月底`). */
export function isBoxNote(text: string): boolean {
  return /^[（(][^（()）]*[)）]$|^(?:数据|资料)(?:截至|截止)[^。！？!?\n]{2,40}$/u.test(text.trim());
}

/** Some block copies a raw block that the page prints again (`reprints`: the raw blocks a dropped duplicate copied). */
export function copiesReprint(blocks: readonly Block[], reprints: ReadonlySet<number>): boolean {
  return blocks.some((b) => b.source.some((raw) => reprints.has(raw)));
}

/**
 * An article's sections come two or more: a lone title-like line read as a section heading between the
 * paragraphs of an article that has photo captions (`工作人员为老人测量血压`) is one more caption. A numbered
 * heading (`一、…`), a part set between rules (`——记者手记——`) and a box's title in a label's form (`相关链接`,
 * `■ 温馨提示`: a few characters, no clause) stay headings.
 */
export function loneHeadingCaption(draft: Draft): Draft {
  const headings = draft.blocks.filter((b) => b.kind === 'heading' || b.kind === 'subheading');
  if (headings.length !== 1 || !draft.blocks.some((b) => b.kind === 'caption')) return draft;
  const heading = headings[0]!;
  const at = draft.blocks.indexOf(heading);
  const between = draft.blocks[at - 1]?.kind === 'paragraph' && draft.blocks[at + 1]?.kind === 'paragraph';
  if (heading.kind !== 'heading' || !between || opensWithSectionNumber(heading.text) || /^[—–\-－]/u.test(heading.text.trim()) || isColumnName(heading.text)) return draft;
  const blocks = draft.blocks.map((b): Block => (b === heading ? asKind(b, 'caption') : b));
  return { ...draft, blocks };
}

/**
 * A lone section heading with a headline's form — two phrases set apart by a space, a place and its colon, or a
 * headline's length (`社区食堂开到家门口 老人吃饭不再难`) — after two paragraphs or more of an article that has its
 * own headline, over text that opens as a report does, with its time and place (`中午11点半，潞州区…`, `11月17日，…`),
 * is the next article's headline: an article's sections come two or more, a section heading is short, and a
 * section goes on from the text above where a report sets its scene. Read so, an unsigned article after a signed
 * one is no longer one of its sections. A numbered heading and one set between dashes stay headings.
 */
export function loneHeadingHeadline(draft: Draft): Draft[] {
  if (!draft.hasHeadline || draft.continued.from !== undefined || draft.continued.to !== undefined) return [draft];
  const headings = draft.blocks.filter((b) => b.kind === 'heading' || b.kind === 'subheading');
  if (headings.length !== 1 || headings[0]!.kind !== 'heading') return [draft];
  const heading = headings[0]!;
  const at = draft.blocks.indexOf(heading);
  const t = heading.text.trim();
  const before = draft.blocks.slice(0, at).filter((b) => b.kind === 'paragraph').length;
  const after = draft.blocks.slice(at + 1);
  if (after[0]?.kind !== 'paragraph') return [draft];
  if (before >= 1 && englishItemHead(draft, heading, after)) return splitAt(draft, heading, at, after);
  if (before >= 1 && isPlaceHeadline(t) && signsItself(draft.blocks.slice(0, at), after)) return splitAt(draft, heading, at, after);
  if (before < 2 || !after.every((b) => b.kind === 'paragraph' || b.kind === 'caption')) return [draft];
  if (opensWithSectionNumber(t) || /^[—–\-－#]/u.test(t) || heading.level === 3) return [draft];
  if (!(hasPhraseSpace(t) || isPlaceHeadline(t) || (charCount(t) >= MIN_HEADLINE_FORM_CHARS && restates(t, after[0]!.text))) || !opensAsReport(after[0]!.text)) return [draft];
  return splitAt(draft, heading, at, after);
}

/**
 * `沁县：八件实事件件落到村` over text signed at its end (`…1.8亿元。（记者 冯 雪 通讯员 郭 峰）`), under an unsigned
 * piece (a box, `■链接` / `什么是…`): a county's item of its own. A section is signed with its article, once, and an
 * article signed at its top signs its sections too.
 */
function signsItself(above: readonly Block[], after: readonly Block[]): boolean {
  if (above.some((b) => b.kind === 'byline' || b.byline !== undefined || b.credit !== undefined)) return false;
  const last = after.findLast((b) => b.kind === 'paragraph');
  return last?.credit !== undefined && /^[(（]/u.test(last.credit) && after.every((b) => b.kind === 'paragraph' || b.kind === 'furniture');
}

/** The draft up to the heading, and the heading as the headline of the next article over the blocks after it. */
function splitAt(draft: Draft, heading: Block, at: number, after: Block[]): Draft[] {
  const { level: _level, ...rest } = heading;
  return [
    { ...draft, blocks: draft.blocks.slice(0, at) },
    { ...emptyDraft(), hasHeadline: true, hasBody: true, blocks: [{ ...rest, kind: 'headline' }, ...after] },
  ];
}

/**
 * An English item's lone heading with a headline's form, between English paragraphs, after a report opened by its
 * dateline (`Library extends hours` after `CHANGZHI, Nov 13 — …`): the next item's headline. A report has no
 * sections; a signed feature (`Winter in the hills` / `By Li Na`, no dateline) keeps its headings.
 */
function englishItemHead(draft: Draft, heading: Block, after: readonly Block[]): boolean {
  const text = [...draft.blocks, ...after].filter((b) => b.kind === 'paragraph');
  const report = draft.blocks.find((b) => b.kind === 'paragraph' && isLatin(b.text));
  return isLatinTitle(heading.text) && report !== undefined && opensWithDateline(report.text) && text.every((b) => isLatin(b.text)) && after.every((b) => b.kind === 'paragraph' || b.kind === 'caption' || b.kind === 'furniture');
}

/** A section heading runs to a dozen characters or so; a headline's two phrases run longer. */
const MIN_HEADLINE_FORM_CHARS = 14;

/** `中午11点半，潞州区…`, `11月17日，…`, `近日，…`, `连日来，…`: a report's opening clause, its time and place. */
function opensAsReport(text: string): boolean {
  const t = text.trim();
  if (opensWithDate(t) || /^(?:连日来|连日以来|这几天)[，,]/u.test(t)) return true;
  const clause = /^[^，,。]{2,24}[，,]/u.exec(t)?.[0] ?? '';
  return /(?:清晨|早上|上午|中午|下午|傍晚|晚上|凌晨|\d{1,2}[点时])/u.test(clause) && scanPlaces(t.slice(0, 40)).length > 0;
}
