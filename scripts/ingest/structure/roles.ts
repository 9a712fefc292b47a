// The part of classification that needs the neighbours: what a short, title-like line is.
//
// Blocks between two paragraphs form a run. In a run:
// - the last title-like line before running text is a headline where an article starts (top of the page,
//   after a closing byline or photo credit, over a `本报讯` / photo paragraph, over signed text, or in
//   another language than the text before it), else a section heading;
// - a title-like line over a lead-in (`普惠，扩大服务供给——`) is the heading of that subsection;
// - a line just before a `——` deck is that deck's headline;
// - lines set between pieces of page furniture are the banner (kicker);
// - a name of 2–3 characters under a headline is its author (`桑梓`);
// - the line over a byline line (past its deck) is a headline, and a short label right over that headline,
//   or a column name (structure/columns.ts) over a headline that opens running text, is its kicker;
// - short lines in the page's header, among its date lines (structure/page-lines.ts), are furniture;
// - everything else title-like is a photo caption (the photos themselves are not in the text).
// An article that opened without a headline may have it printed later, among captions over a section
// heading (seed 002: `民生为本 幸福生活成色足` with its deck); that is taken as the article's own headline.

import type { Block, BlockKind } from '../types.ts';
import { isPhotoCredit, tookPhotos } from './bylines.ts';
import { isColumnName, mayBeColumnName, mayBeKicker } from './columns.ts';
import { readContinuation } from './marks.ts';
import { isPageLine } from './page-lines.ts';
import { hasPhraseSpace, isLatin, isListItem, opensWithDate } from './shape.ts';

/** A block's kind as far as its own text tells; `title` is a short line whose role its neighbours decide. */
export type Shape = BlockKind | 'title';

export interface Marked {
  shape: Shape;
  block: Block;
  /** A heading set with `##` markup: the page then reserves level 2 for marked-up headings. */
  fromMarkup?: boolean;
}

/** Where the reading stands: inside an article's running text or not, and what that article has. */
interface ReadingState {
  /** Running text of an article has been read and no closing mark has ended it. */
  open: boolean;
  hasHeadline: boolean;
  /** The open article names its author at its top (a byline line or a wire byline): it signs no more. */
  signed: boolean;
  /** The article goes on from another page (`(上接第一版)`): its headline is there, not here. */
  continued: boolean;
  /** The page marks its section headings with `##`. */
  markedHeadings: boolean;
}

/** A deck printed without dashes under its headline: it runs on with clause marks, the headline has none. */
function isDeckLike(line: string, over: string): boolean {
  // A headline may ask (`家门口的这些事，大家怎么看？`) and a column's name may stand over it (`百姓说变化`).
  if (/[？?！!]$/u.test(line.trim()) || mayBeColumnName(over)) return false;
  return /\p{Script=Han}[，,、]\p{Script=Han}/u.test(line) && !/[，,、：:]/u.test(over) && [...line].length > [...over].length;
}

/** A data box has at least this many lines. */
const MIN_DATA_LINES = 2;
/** A line of a data box is about as long as a headline. */
const MAX_DATA_LINE_CHARS = 40;

/** `● 教育支出 62.3亿元`, `■ 新增城镇就业 3120人`: a bulleted label with a number, not a sentence. */
export function isDataLine(text: string): boolean {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.length > 0 && lines.every((t) => isListItem(t) && /\d/u.test(t) && !/[。！？!?；;]/u.test(t) && [...t].length <= MAX_DATA_LINE_CHARS);
}

// Blocks that stand in a run without taking part in its order of titles.
const ASIDE = new Set<Shape>(['furniture', 'continuation', 'byline', 'kicker', 'caption']);
const AUTHOR_NAME = /^\p{Script=Han}{2,3}$/u;

export function assignRoles(marked: readonly Marked[]): Block[] {
  const kinds: Shape[] = marked.map((m) => m.shape);
  const levels: (2 | 3 | undefined)[] = marked.map((m) => m.block.level);
  const state: ReadingState = { open: false, hasHeadline: false, signed: false, continued: false, markedHeadings: false };
  for (let i = 0; i < marked.length; ) {
    if (marked[i]!.shape === 'paragraph') {
      if (isCaptionInText(state, marked[i]!.block, marked[i + 1])) kinds[i] = 'caption';
      else readParagraph(state, marked[i]!.block);
      i++;
      continue;
    }
    let end = i;
    while (end < marked.length && marked[end]!.shape !== 'paragraph') end++;
    new Run(marked, kinds, levels, i, end).resolve(state);
    i = end;
  }
  return marked.map((m, i) => {
    const kind: BlockKind = kinds[i] === 'title' ? 'caption' : (kinds[i] as BlockKind);
    const { level: _level, ...rest } = m.block;
    const level = levels[i];
    return { ...rest, kind, ...(kind === 'heading' && level !== undefined && { level }) };
  });
}

/**
 * A photo's caption with its credit set between the paragraphs of a signed article (`宋村镇一处互助幸福院里，…
 * 做午饭。 本报记者 范丽 摄`, then the article's text goes on): the article's, not a photo item of its own. Only
 * where the article has its headline and byline, the text after it goes on (no date lead, no byline of its
 * own) and it opens with no date itself (`1月24日，…` is a photo news item).
 */
function isCaptionInText(state: ReadingState, block: Block, next: Marked | undefined): boolean {
  if (!block.credit || /^[(（]/u.test(block.credit) || !/摄影?$/u.test(block.credit)) return false;
  if (!state.open || !state.hasHeadline || !state.signed || state.continued || block.byline || opensWithDate(block.text)) return false;
  return next?.shape === 'paragraph' && !next.block.byline && !next.block.credit && !opensWithDate(next.block.text);
}

function readParagraph(state: ReadingState, block: Block): void {
  if (block.continued?.from !== undefined) {
    if (state.open) close(state);
    state.continued = true;
  }
  if (block.byline && !state.open) state.signed = true;
  state.open = true;
  if (block.credit || block.continued?.to !== undefined) close(state);
}

function close(state: ReadingState): void {
  state.open = false;
  state.hasHeadline = false;
  state.signed = false;
  state.continued = false;
}

class Run {
  private readonly marked: readonly Marked[];
  private readonly kinds: Shape[];
  private readonly levels: (2 | 3 | undefined)[];
  private readonly indices: number[];
  private readonly next: Block | undefined;
  private readonly names = new Set<number>();
  private lateHeadline: number | undefined;

  constructor(marked: readonly Marked[], kinds: Shape[], levels: (2 | 3 | undefined)[], start: number, end: number) {
    this.marked = marked;
    this.kinds = kinds;
    this.levels = levels;
    this.indices = Array.from({ length: end - start }, (_, k) => start + k);
    this.next = marked[end]?.block;
  }

  resolve(state: ReadingState): void {
    this.findAuthorNames();
    this.anchorBylines();
    this.findPageHeader();
    this.findBanners();
    this.anchorDecks();
    const sectionHeading = this.resolveLastTitle(state);
    if (sectionHeading !== undefined) this.findLateHeadline(state, sectionHeading);
    for (const i of this.indices) {
      if (this.names.has(i)) this.kinds[i] = this.followsTitle(i) ? 'byline' : 'caption';
      // A column's name at the foot of the page, with no text after it, heads nothing: the page's furniture.
      else if (this.kinds[i] === 'title' && this.next === undefined && this.atPageFoot(i) && isColumnName(this.text(i))) this.kinds[i] = 'furniture';
      else if (this.kinds[i] === 'title') this.kinds[i] = 'caption';
    }
    this.advance(state, this.indices.length);
  }

  private text(i: number): string {
    return this.marked[i]!.block.text;
  }

  private isAside(i: number): boolean {
    return ASIDE.has(this.kinds[i]!) || this.names.has(i);
  }

  /** Indices of the run's blocks that take part in its order of titles. */
  private structural(): number[] {
    return this.indices.filter((i) => !this.isAside(i));
  }

  private findAuthorNames(): void {
    for (const i of this.indices) {
      const before = this.kinds[i - 1];
      const underTitle = i > this.indices[0]! && (before === 'title' || before === 'headline' || before === 'deck');
      if (this.kinds[i] === 'title' && underTitle && AUTHOR_NAME.test(this.text(i))) this.names.add(i);
    }
  }

  private followsTitle(i: number): boolean {
    const before = this.kinds[i - 1];
    return before === 'headline' || before === 'deck';
  }

  /**
   * The line over a byline (past its decks) is that byline's headline: `沁源县：一条山路串起九个村` over
   * `本报记者 张宏伟 通讯员 李建斌`. A photo credit is left out: it closes the photo or paragraph above it.
   * A short label directly over that headline, with no other title-like line over it, is its kicker.
   */
  private anchorBylines(): void {
    const first = this.indices[0]!;
    for (const i of this.indices) {
      if (this.kinds[i] !== 'byline' || this.names.has(i) || isPhotoCredit(this.text(i))) continue;
      let above = i - 1;
      while (above >= first && this.kinds[above] === 'deck') above--;
      if (above < first || (this.kinds[above] !== 'title' && this.kinds[above] !== 'headline')) continue;
      // Lead-in, headline, and a deck printed without dashes (`总投资38.6亿元，涉及教育、医疗等领域`): the line
      // over the byline holds clause marks where the title-like line over it has none — that one is the headline.
      const over = above - 1;
      if (this.kinds[above] === 'title' && over >= first && this.kinds[over] === 'title' && isDeckLike(this.text(above), this.text(over))) {
        this.kinds[above] = 'deck';
        above = over;
      }
      this.kinds[above] = 'headline';
      // After running text, a plain line over the headline is the photo caption the article above ends with
      // (`村民在新建的文化广场上跳舞`), unless it has a kicker's form: a column's name, or a lead-in of two
      // phrases (`投资1.2亿元 惠及2万群众`).
      this.markKicker(above, this.afterRunningText() ? (t) => mayBeColumnName(t) || (mayBeKicker(t) && hasPhraseSpace(t)) : mayBeKicker);
    }
  }

  /** The title-like line right over `headline`, when short and alone (no title-like line over it), is its kicker. */
  private markKicker(headline: number, fits: (text: string) => boolean = mayBeKicker): void {
    const column = headline - 1;
    if (column < this.indices[0]! || this.kinds[column] !== 'title' || !fits(this.text(column))) return;
    const over = this.kinds[column - 1];
    if (column > this.indices[0]! && (over === 'title' || over === 'headline')) return;
    this.kinds[column] = 'kicker';
  }

  /**
   * Short lines in the page's header are furniture (a paper's name `今日武乡`, a section `政策解读`, `今日导读`):
   * a title-like line with a date line, page number or staff credit after it (past other such lines) and,
   * before it, another such line or the top of the page.
   */
  private findPageHeader(): void {
    const first = this.indices[0]!;
    const last = this.indices.at(-1)!;
    const pageLine = (i: number) => this.kinds[i] === 'furniture' && isPageLine(this.text(i));
    for (const i of this.indices) {
      if (this.kinds[i] !== 'title' || this.names.has(i)) continue;
      let before = i - 1;
      while (before >= first && this.kinds[before] === 'title') before--;
      let after = i + 1;
      while (after <= last && this.kinds[after] === 'title') after++;
      const headerBefore = before < 0 || (before >= first && pageLine(before));
      if (headerBefore && after <= last && pageLine(after)) this.kinds[i] = 'furniture';
    }
  }

  /** `聚焦 / 2026 / 长治两会 / 谋好篇 布好局 / 履职尽责为人民 / 两会特刊`: lines set among furniture. */
  private findBanners(): void {
    const first = this.indices[0]!;
    const last = this.indices.at(-1)!;
    const titleOrBanner = (i: number) => this.kinds[i] === 'title' || this.kinds[i] === 'kicker';
    for (const i of this.indices) {
      if (this.kinds[i] !== 'title' || this.names.has(i)) continue;
      let before = i - 1;
      while (before >= first && titleOrBanner(before)) before--;
      let after = i + 1;
      while (after <= last && titleOrBanner(after)) after++;
      const furnitureBefore = before >= first && this.kinds[before] === 'furniture';
      const furnitureAfter = after <= last && this.kinds[after] === 'furniture';
      // At the foot of the page such a line heads nothing: it is furniture with the lines around it.
      if (furnitureBefore && furnitureAfter) this.kinds[i] = this.atPageFoot(i) ? 'furniture' : 'kicker';
    }
  }

  /** The title-like line over a deck (or, failing that, under it) is that deck's headline. */
  private anchorDecks(): void {
    const order = this.structural();
    order.forEach((i, k) => {
      if (this.kinds[i] !== 'deck') return;
      const above = order[k - 1];
      const below = order[k + 1];
      if (above !== undefined && this.kinds[above] === 'title') {
        this.kinds[above] = 'headline';
        // `聚焦民生实事` / `黎城县新增4条城乡公交线路` / `——群众出行更便捷`: a column name over the decked headline.
        // At the top of the page, before any running text, short lines are the photos' captions (`八义窑红绿彩陶瓷`,
        // seed 003) unless they have a label's form.
        this.markKicker(above, this.afterRunningText() ? mayBeColumnName : isColumnName);
      } else if (below !== undefined && this.kinds[below] === 'title') this.kinds[below] = 'headline';
    });
  }

  /**
   * Decides the last title-like line before running text. Returns the run's section heading, if it ends
   * with one, for findLateHeadline.
   */
  private resolveLastTitle(state: ReadingState): number | undefined {
    if (this.next === undefined) return undefined;
    const order = this.structural();
    const last = order.at(-1);
    if (last === undefined) return undefined;
    const hasHeadline = order.some((i) => this.kinds[i] === 'headline');
    if (this.kinds[last] === 'heading') return last;
    if (this.kinds[last] === 'subheading') {
      const above = order.at(-2);
      if (above === undefined || this.kinds[above] !== 'title') return undefined;
      this.makeHeading(above, state);
      return above;
    }
    if (this.kinds[last] !== 'title' || hasHeadline) return undefined;
    // `简讯` over a list of items: the column's name, furniture (the items have no headline to carry it);
    // over a box of data lines (`民生账单` / `★ 新增城镇就业 2.1万人`) it is the box's headline.
    if (isColumnName(this.text(last)) && isListItem(this.next.text) && !this.dataBoxBelow()) {
      this.kinds[last] = 'furniture';
      return undefined;
    }
    // `图说民生` over `智能充电桩进小区`: a column name over the line that opens running text makes it a headline.
    if (order.at(-2) === last - 1 && this.kinds[last - 1] === 'title' && mayBeColumnName(this.text(last - 1))) {
      this.kinds[last] = 'headline';
      this.markKicker(last, mayBeColumnName);
      if (this.kinds[last - 1] === 'kicker') return undefined;
      this.kinds[last] = 'title';
    }
    const before = this.stateAt(state, last);
    const itemBelow = this.photoItemBelow() || (before.signed && this.signedBelow()) || this.dataBoxBelow();
    if (!before.open || this.next.byline || this.next.credit || itemBelow || this.switchesLanguage(last)) {
      this.kinds[last] = 'headline';
      // `我为群众办实事` over `沁县：“小院议事”解民忧` over a 本报讯 item: a column's name, not a photo caption.
      this.markKicker(last, mayBeColumnName);
      return undefined;
    }
    this.makeHeading(last, state);
    return last;
  }

  /**
   * The running text under the run ends with its reporter's signature (`…李福生说。（本报记者 郝静）`, or the
 * same on a line of its own) before
   * any other title-like line. Under an article that named its author at its top, that is a signed item of
   * its own, so the line over it is its headline (an article is signed once, a section not at all).
   */
  private signedBelow(): boolean {
    let i = this.indices.at(-1)! + 1;
    for (; i < this.marked.length && this.marked[i]!.shape === 'paragraph'; i++) {
      const credit = this.marked[i]!.block.credit;
      if (credit !== undefined && /^[(（]/u.test(credit)) return true;
    }
    // The signature on a line of its own under the text: `（本报记者 李珂 整理）`.
    const after = this.marked[i];
    return after?.shape === 'byline' && /^[(（]/u.test(after.block.text.trim()) && !isPhotoCredit(after.block.text);
  }

  /**
   * A photo news item under the run: one paragraph, its photo credit on the line under it (`秋收时节` / … /
   * `李四 摄`, `文/图 本报通讯员 王五`).
   */
  private photoItemBelow(): boolean {
    const end = this.indices.at(-1)! + 1;
    const after = this.marked[end + 1];
    return this.marked[end]?.shape === 'paragraph' && after?.shape === 'byline' && tookPhotos(after.block.text);
  }

  /**
   * A data box under the run: two or more bulleted lines of a label and a number (`● 教育支出 62.3亿元`), no
   * sentence among them. The line over them is the box's headline, not a section heading of the text above.
   */
  private dataBoxBelow(): boolean {
    let lines = 0;
    for (let i = this.indices.at(-1)! + 1; i < this.marked.length && this.marked[i]!.shape === 'paragraph'; i++) {
      const text = this.marked[i]!.block.text;
      if (!isDataLine(text)) break;
      lines += text.split('\n').filter((l) => l.trim()).length;
    }
    return lines >= MIN_DATA_LINES;
  }

  /** Nothing but page furniture and title-like lines follows block i to the end of the page. */
  private atPageFoot(i: number): boolean {
    return this.marked.slice(i + 1).every((m) => m.shape === 'furniture' || m.shape === 'title');
  }

  /** Running text stands before the run: the run is not the page's head. */
  private afterRunningText(): boolean {
    return this.marked[this.indices[0]! - 1]?.shape === 'paragraph';
  }

  /** The line is in another language than the running text before the run: an English item's headline. */
  private switchesLanguage(i: number): boolean {
    const before = this.marked[this.indices[0]! - 1];
    return before?.shape === 'paragraph' && isLatin(before.block.text) !== isLatin(this.text(i));
  }

  private makeHeading(i: number, state: ReadingState): void {
    this.kinds[i] = 'heading';
    this.levels[i] = state.markedHeadings ? 3 : 2;
  }

  /** An article running without a headline gets the couplet-style title printed over a section heading. */
  private findLateHeadline(state: ReadingState, sectionHeading: number): void {
    const before = this.stateAt(state, sectionHeading);
    if (!before.open || before.hasHeadline || before.continued) return;
    const order = this.structural();
    if (order.some((i) => this.kinds[i] === 'headline')) return;
    const candidates = order.filter((i) => i < sectionHeading && this.kinds[i] === 'title');
    const headline = candidates.find((i) => hasPhraseSpace(this.text(i)));
    if (headline === undefined) return;
    this.kinds[headline] = 'headline';
    this.lateHeadline = headline;
    const deck = order[order.indexOf(headline) + 1];
    if (deck !== undefined && deck !== sectionHeading && this.kinds[deck] === 'title') this.kinds[deck] = 'deck';
  }

  /** The reading state just before the run's k-th block, from the state before the run. */
  private stateAt(state: ReadingState, upTo: number): ReadingState {
    const copy = { ...state };
    this.advance(copy, upTo - this.indices[0]!);
    return copy;
  }

  private advance(state: ReadingState, count: number): void {
    for (const i of this.indices.slice(0, count)) {
      const kind = this.kinds[i];
      const block = this.marked[i]!.block;
      if (this.marked[i]!.fromMarkup) state.markedHeadings = true;
      const creditsCaption = isPhotoCredit(block.text) && this.kinds[i - 1] === 'caption';
      if (kind === 'byline' && !this.names.has(i) && state.open && !creditsCaption) close(state);
      else if (kind === 'byline') state.signed = true;
      if (kind === 'continuation') {
        if (readContinuation(block.text)?.from !== undefined) {
          if (state.open) close(state);
          state.continued = true;
        } else {
          close(state);
        }
      }
      if (kind === 'headline' && i !== this.lateHeadline && (state.open || !state.hasHeadline)) {
        close(state);
        state.hasHeadline = true;
      } else if (kind === 'headline') {
        state.hasHeadline = true;
      }
    }
  }
}
