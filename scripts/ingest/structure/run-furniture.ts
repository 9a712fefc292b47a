// Which title-like lines of a run belong to the page rather than to an article: the page's header and the
// issue's banner, told by the furniture (date lines, page numbers, staff credits) set around them.
// - short lines in the page's header, among its date lines (structure/page-lines.ts), are furniture, but not the
//   longer line last over running text under a page line (the first headline, a copy's page lines under it), unless
//   it is a slogan (`奋进新征程 建功新时代`), a banner's form;
// - lines set between pieces of page furniture are the banner (kicker), but a column's name over a rule
//   over its items is furniture, and the longer line last over running text its headline;
// - of two column names stacked over a headline under the header, the upper names the page's section;
// - a section's name set between heavy rules (`━━━━　便民·服务　━━━━`: frames.ts isBand) is the page's at its head, but
//   after running text, right over a headline, the column name of the piece under it (its kicker).

import { isPosterStamp } from './copy-chrome.ts';
import { isIssuerDateLine } from './bulletin-lines.ts';
import { isColumnName, isSlogan, mayBeColumnName } from './columns.ts';
import { isPageLine } from './page-lines.ts';
import { isBand } from './frames.ts';
import { afterRunningText, atPageFoot, text, type Run } from './run.ts';
import { isListItem, isRule } from './shape.ts';

/**
 * Short lines in the page's header are furniture (a paper's name `今日武乡`, a section `政策解读`, `今日导读`):
 * a title-like line with a date line, page number or staff credit after it (past other such lines) and,
 * before it, another such line or the top of the page.
 */
export function findPageHeader(run: Run): void {
  const first = run.indices[0]!;
  const last = run.indices.at(-1)!;
  const pageLine = (i: number) => run.kinds[i] === 'furniture' && isPageLine(text(run, i));
  // A copy's author line set between its header's page lines, over every piece (`来源：《某某报》…` / `作者：甲　乙　丙` /
  // `编辑：…`): the post's credit, not the first piece's byline; no headline, byline or text stands above it.
  for (const i of run.indices) {
    const headerAbove = () => i > first && pageLine(i - 1) && run.marked.slice(0, i).every((m, k) => m.shape !== 'paragraph' && run.kinds[k] !== 'headline' && run.kinds[k] !== 'byline');
    if (run.kinds[i] === 'byline' && i < last && pageLine(i + 1) && headerAbove()) run.kinds[i] = 'furniture';
    // The page's first line, a section and its page's title set apart by a bar (`民主法治 | 代表建议答复选登`), over the
    // page's lines: the page's own, as a title-like line there is; a kicker stands over a headline, not a page line.
    if (run.kinds[i] === 'kicker' && i === 0 && i < last && pageLine(i + 1)) run.kinds[i] = 'furniture';
  }
  for (const i of run.indices) {
    if (run.kinds[i] !== 'title' || run.names.has(i)) continue;
    let before = i - 1;
    while (before >= first && run.kinds[before] === 'title') before--;
    let after = i + 1;
    while (after <= last && run.kinds[after] === 'title') after++;
    const headerBefore = before < 0 || (before >= first && pageLine(before));
    // The page's first line over its page lines is the page's own (`人大代表建议办理答复选登` / `第6版 民主法治`).
    if (headerBefore && after <= last && pageLine(after) && (before < 0 || !headsText(run, i))) run.kinds[i] = 'furniture';
    // A bulletin's issuer and date right under its page lines (`工作简报` / `第23期` / `某县民政局办公室　2025年11月28日`).
    else if (before >= first && before === i - 1 && pageLine(before) && isIssuerDateLine(text(run, i))) run.kinds[i] = 'furniture';
  }
}

/**
 * Two labels stacked over a headline under the page's header (`民生·关注` / `#我为群众办实事#` / headline): the
 * upper one, a column name by its form, names the page's section (furniture); the lower one is the kicker.
 */
export function findSectionLabel(run: Run): void {
  const first = run.indices[0]!;
  const last = run.indices.at(-1)!;
  for (const i of run.indices) {
    // The headline may be one by its own markup (`# 长子县：…`).
    if (run.kinds[i] !== 'title' || i + 2 > last || run.kinds[i + 1] !== 'title' || (run.kinds[i + 2] !== 'title' && run.kinds[i + 2] !== 'headline')) continue;
    const underHeader = i === 0 || (i > first && run.kinds[i - 1] === 'furniture' && isPageLine(text(run, i - 1)));
    if (underHeader && isColumnName(text(run, i)) && mayBeColumnName(text(run, i + 1))) run.kinds[i] = 'furniture';
  }
}

/**
 * The last title-like line over running text, longer than a label, heads that text with page lines set under it
 * (`襄垣县前三季度民生实事交出“成绩单”` / `编辑：赵瑶` / text): neither the header's nor a banner.
 */
function headsText(run: Run, i: number): boolean {
  // A slogan, two long phrases of one length set apart (`奋进新征程 建功新时代`): a banner's form, never a headline's.
  if (run.next === undefined || mayBeColumnName(text(run, i)) || isSlogan(text(run, i))) return false;
  return !run.indices.some((k) => k > i && (run.kinds[k] === 'title' || run.kinds[k] === 'headline'));
}

/** `聚焦 / 2026 / 长治两会 / 谋好篇 布好局 / 履职尽责为人民 / 两会特刊`: lines set among furniture. */
export function findBanners(run: Run): void {
  const first = run.indices[0]!;
  const last = run.indices.at(-1)!;
  const titleOrBanner = (i: number) => run.kinds[i] === 'title' || run.kinds[i] === 'kicker';
  for (const i of run.indices) {
    if (run.kinds[i] !== 'title' || run.names.has(i)) continue;
    let before = i - 1;
    while (before >= first && titleOrBanner(before)) before--;
    let after = i + 1;
    while (after <= last && titleOrBanner(after)) after++;
    const furnitureBefore = before >= first && run.kinds[before] === 'furniture';
    const furnitureAfter = after <= last && run.kinds[after] === 'furniture';
    // At the foot of the page such a line heads nothing: it is furniture with the lines around it.
    // Right under page lines, the last title-like line over running text is its headline (`第3版` / `襄垣县…` / `编辑：赵瑶`).
    if (!furnitureBefore || !furnitureAfter || (before === i - 1 && headsText(run, i))) continue;
    // Over an app's line of who posted it and when (`武乡融媒　11-26 20:41`, copy-chrome.ts) the line is a posted
    // piece's headline, a tag over it (`【视频】`) its kicker, whatever chrome stands above (run-headline.ts).
    if (isPosterStamp(text(run, after))) continue;
    // A column's name over a rule drawn over its items (`民生简讯` / `━━━━` / `■ 沁源县：…。`) names the column: the
    // items have no headline to carry it as a kicker.
    const overItems = after === last && isRule(text(run, after)) && run.next !== undefined && isListItem(run.next.text) && isColumnName(text(run, i));
    run.kinds[i] = atPageFoot(run, i) || overItems ? 'furniture' : 'kicker';
  }
}

/**
 * A band after running text, right over a headline signed under it (a headline, maybe a deck, then a byline): the
 * column name of the piece it heads (see above). Over lines of a list (a timeline's dated rows) it is no kicker.
 */
export function findBandKickers(run: Run): void {
  const i = run.indices[0]!;
  const last = run.indices.at(-1)!;
  if (run.kinds[i] !== 'furniture' || !isBand(text(run, i)) || !afterRunningText(run)) return;
  let k = i + 1;
  while (k <= last && k - i <= MAX_TITLE_LINES && (run.kinds[k] === 'title' || run.kinds[k] === 'headline' || run.kinds[k] === 'deck')) k++;
  if (k > i + 1 && k <= last && run.kinds[k] === 'byline') run.kinds[i] = 'kicker';
}

/** A headline and its deck. */
const MAX_TITLE_LINES = 2;
