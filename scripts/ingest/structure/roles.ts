// The part of classification that needs the neighbours: what a short, title-like line is.
//
// Blocks between two paragraphs form a run (run.ts). This module reads the page block by block, carrying
// where the reading stands (reading.ts), and has each run decided in this order:
// - topic tags closing the text above, a page's section label over a kicker (run-captions.ts, run-furniture.ts);
// - author names under titles, and the headlines and kickers anchored on bylines and decks (run-titles.ts);
// - the page's header and the banner among page furniture (run-furniture.ts);
// - the last title-like line before running text, headline or section heading, and a headline printed late
//   over a section heading (run-headline.ts; a data box under it, data-box.ts);
// - what is left: bylines, a column's name at the page's foot, photo captions (run-captions.ts).

import type { Block, BlockKind } from '../types.ts';
import { isAuthorNote, isPhotoCredit } from './bylines.ts';
import { isSourceDatelineAlone } from './datelines.ts';
import { readParagraph, type ReadingState } from './reading.ts';
import { advance, newRun, type Marked, type Run, type Shape } from './run.ts';
import { findClosingTags, settleCaptions, textRows } from './run-captions.ts';
import { findBandKickers, findBanners, findPageHeader, findSectionLabel } from './run-furniture.ts';
import { findLateHeadline, resolveLastTitle } from './run-headline.ts';
import { bulletOf, withoutBullet } from './item-column.ts';
import { isRoute } from './route-lines.ts';
import { anchorBylines, anchorDecks, findAuthorNames, kickersOverHeadlines } from './run-titles.ts';
import { charCount, isLatin, isTitleLike, opensWithDate } from './shape.ts';

export type { Marked, Shape } from './run.ts';
export { isDataLine } from './data-box.ts';

export function assignRoles(given: readonly Marked[]): Block[] {
  // `新华社北京11月18日电` alone on its line opens the text under it, and a note of who the writer is (`作者单位：长治学院`)
  // closes a commentary: text, never a headline, heading or caption.
  // So are a chart's rows and a list's rows typed with wide gaps (run-captions.ts textRows).
  const rows = textRows(given);
  const isText = (m: Marked, i: number) => m.shape === 'title' && (isSourceDatelineAlone(m.block.text) || isAuthorNote(m.block.text) || rows.has(i));
  const marked = given.flatMap((m, i): Marked[] => (isText(m, i) ? [{ shape: 'paragraph', block: { ...m.block, kind: 'paragraph' } }] : headPartsOnOneLine(m, given[i + 1]) ?? [m]));
  const kinds: Shape[] = marked.map((m) => m.shape);
  const levels: (2 | 3 | undefined)[] = marked.map((m) => m.block.level);
  const state: ReadingState = { open: false, hasHeadline: false, signed: false, wire: false, photos: false, continued: false, markedHeadings: false };
  for (let i = 0; i < marked.length; ) {
    if (marked[i]!.shape === 'paragraph') {
      const block = marked[i]!.block;
      if (isCaptionInText(state, block, marked[i + 1]) || isCaptionOverCredit(state, block, marked[i + 1]) || isCaptionOfPhotos(state, block, marked[i + 1])) {
        kinds[i] = 'caption';
      }
      else readParagraph(state, marked[i]!.block);
      i++;
      continue;
    }
    let end = i;
    while (end < marked.length && marked[end]!.shape !== 'paragraph') end++;
    resolve(newRun(marked, kinds, levels, i, end), state);
    i = end;
  }
  return marked.map((m, i) => {
    const kind: BlockKind = kinds[i] === 'title' ? 'caption' : (kinds[i] as BlockKind);
    const { level: _level, ...rest } = m.block;
    const level = levels[i];
    // A headline is printed after a bullet only as an item's head (item-column.ts): the bullet is no part of it.
    const text = kind === 'headline' && bulletOf(m) !== undefined ? withoutBullet(rest.text) : rest.text;
    return { ...rest, kind, text, ...(kind === 'heading' && level !== undefined && { level }) };
  });
}

/**
 * A photo's caption with its credit set between the paragraphs of a signed article (`宋村镇一处互助幸福院里，…
 * 做午饭。 本报记者 范丽 摄`, then the article's text goes on): the article's, not a photo item of its own. Only
 * where the article has its headline and byline, the text after it goes on (no date lead, no byline of its
 * own) and it opens with no date itself (`1月24日，…` is a photo news item). Set after the article's last
 * paragraph (a headline, furniture or the page's end follows), it is its caption when it is one clause.
 */
function isCaptionInText(state: ReadingState, block: Block, next: Marked | undefined): boolean {
  if (!block.credit || /^[(（]/u.test(block.credit) || !(/摄影?$/u.test(block.credit) || isPhotoCredit(block.credit))) return false;
  if (!state.open || !state.hasHeadline || !state.signed || state.continued || block.byline || opensWithDate(block.text)) return false;
  if (next?.shape !== 'paragraph') return isOneClause(block.text);
  return !next.block.byline && !next.block.credit && !opensWithDate(next.block.text);
}

/**
 * The same caption with its credit on the line under it (`工人在换热站检修设备。` / `本报记者 孔亮 摄`), in a
 * signed article that has its headline: one clause, no date of its own, no byline.
 */
function isCaptionOverCredit(state: ReadingState, block: Block, next: Marked | undefined): boolean {
  if (next?.shape !== 'byline' || !isPhotoCredit(next.block.text) || !/摄影?[)）]?$/u.test(next.block.text.trim())) return false;
  if (!state.open || !state.hasHeadline || !state.signed || state.continued || block.byline || block.credit) return false;
  return !opensWithDate(block.text) && isOneClause(block.text);
}

/** A caption runs to a short sentence; more is text. */
const MAX_UNCREDITED_CAPTION_CHARS = 30;

/**
 * The caption of an article whose byline credits its photos (`文/图 本报通讯员 程伟`), with no credit of its own:
 * a short clause that says who does what (`理发师为老人理发。`), after the last paragraph (a headline,
 * furniture or the page's end follows), with no comma, quote or figure a paragraph would have.
 */
function isCaptionOfPhotos(state: ReadingState, block: Block, next: Marked | undefined): boolean {
  if (!state.photos || !state.open || !state.hasHeadline || state.continued || block.byline || block.credit) return false;
  if (next?.shape === 'paragraph') return false;
  const t = block.text.trim();
  return [...t].length <= MAX_UNCREDITED_CAPTION_CHARS && !/[，,“”"\d]/u.test(t) && isOneClause(t);
}

/**
 * A photo's caption says who does what where in one clause: `专家在镇卫生院为村民义诊。`, maybe after the place it
 * shows (`东关社区长者食堂里，老人们正在用餐。`). A sentence that goes on from the text above it (`晚会结束后，
 * 村民们又…`) is the article's last paragraph, its photo's credit after it.
 */
function isOneClause(text: string): boolean {
  const t = text.trim();
  // `Seniors board a free bus in Luzhou district.`: an English caption, one sentence with no comma.
  if (isLatin(t)) return /^[^.!?,;:\n]+[.!?]?$/u.test(t);
  const clause = '[^。！？!?，,；;：:\\n]+';
  return new RegExp(`^(?:[^。！？!?，,；;：:\\n]{2,20}[里内中旁边外上][，,])?${clause}[。！？!?]?$`, 'u').test(t);
}

// Each part of a headline printed on one line runs to a few characters; a place's name of two is a route's stop.
const MIN_PART_CHARS = 4;

/**
 * A headline's three parts printed on one line, set apart by `——` (`守护一方平安 共建美好家园——某县召开平安建设大会——
 * 王五出席`) over the text its byline opens (`本报讯（记者 X）…`): the kicker, the headline and its `——` deck, each a
 * title-like line. A line with a sentence's mark, of two parts (a headline may hold a dash) or of places joined by
 * dashes (`长治——太原——郑州`, a route) is read as it is.
 */
function headPartsOnOneLine(m: Marked, next: Marked | undefined): Marked[] | undefined {
  const t = m.block.text.trim();
  if ((m.shape !== 'paragraph' && m.shape !== 'title') || m.block.byline || m.block.credit || t.includes('\n') || /[。！？!?；;，,：:]/u.test(t)) return undefined;
  if (!(next?.shape === 'byline' || (next?.shape === 'paragraph' && next.block.byline))) return undefined;
  const parts = t.split(/[\s\u3000]*——[\s\u3000]*/u);
  if (parts.length !== 3 || parts.some((p) => charCount(p) < MIN_PART_CHARS || !isTitleLike(p))) return undefined;
  if (isRoute(parts)) return undefined;
  const [kicker, title, deck] = parts as [string, string, string];
  const { source } = m.block;
  return [{ shape: 'kicker', block: { kind: 'kicker', text: kicker, source } }, { shape: 'title', block: { kind: 'caption', text: title, source } }, { shape: 'deck', block: { kind: 'deck', text: deck, source } }];
}

/** Decides every title-like line of a run, then carries the reading state past it. */
function resolve(run: Run, state: ReadingState): void {
  findClosingTags(run);
  findSectionLabel(run);
  findAuthorNames(run);
  anchorBylines(run);
  findPageHeader(run);
  findBanners(run);
  findBandKickers(run);
  anchorDecks(run);
  kickersOverHeadlines(run);
  const sectionHeading = resolveLastTitle(run, state);
  if (sectionHeading !== undefined) findLateHeadline(run, state, sectionHeading);
  settleCaptions(run);
  advance(run, state, run.indices.length);
}
