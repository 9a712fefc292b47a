// What is left of a run once its headlines, decks, kickers, headings and furniture are decided: the author
// names found under titles, a column's name at the foot of the page, and every other title-like line.
// - a name of 2–3 characters right under a headline or deck signs it (a byline); elsewhere it is a caption;
// - a line of topic tags that is no kicker is text (`#长治民生# #你问我答#`, `# 数说 #`), never a caption;
// - a column's name over the name of its first part (`一句话新闻` / `【教育】`) is furniture, as that name is; so are
//   two labels set apart by a bar (`城事｜民生`) and, at the page's foot, a column's name with its part's number;
// - a call to the reader that opens with its verb (`点击上方蓝字关注我们`, `阅读 2.3万 在看 128`), in the page's head or at
//   its foot, is page furniture; a 的-phrase naming a thing after what was done to it (`修复后的古建筑群`) stays a caption;
// - a slogan no headline carries (`创建全国文明城市 共建美好幸福家园`) is page furniture;
// - a numbered section's head (`一、今年以来工作回顾`, `（二）…`) over running text is a heading, never a photo's
//   caption, and so is a title-like line between it and that text (its first part's head, `民生投入持续加大`);
// - a picture's maker (`漫画　张宇/作`) alone between paragraphs credits the picture there: a caption, not a byline;
// - a bar chart's row set on a line of its own (`教育　████████　58.2亿元`), and rows of a list typed with wide gaps
//   (`长治—太原  每30分钟一班  票价78元`), are the text's, read before the runs (roles.ts);
// - everything else title-like is a photo caption (the photos themselves are not in the text).

import { scanPlaces } from '../../../src/domain/places/gazetteer.ts';
import { isVerb, tagWords } from '../figures/words.ts';
import { isMakerCredit } from './bylines.ts';
import { isColumnName, isNumberedColumnName, isSlogan, isTopicTagLine, mayBeColumnName, opensWithVerb } from './columns.ts';
import { isBarRow } from './number-lines.ts';
import { afterRunningText, atPageFoot, followsTitle, text, type Marked, type Run } from './run.ts';
import { opensWithSectionNumber } from './shape.ts';
import { opensWithPartMark } from './time-labels.ts';


// A row of a timetable or price list typed with wide gaps between its cells (`长治—太原  每30分钟一班  票价78元`): three
// cells or more, a figure among them, no sentence's mark.
const SPACED_ROW = /^[^\s。！？!?；;，,]+(?:(?:[ \u00a0]{2,}|\u3000+)[^\s。！？!?；;，,]+){2,}$/u;
const isSpacedRow = (line: string) => SPACED_ROW.test(line.trim()) && /\d/u.test(line);

/**
 * The title-like lines that are rows of the text, set one to a line: a bar chart's row (`教育　████████　58.2亿元`,
 * `2023年 █████ 28960`: number-lines.ts isBarRow), never a photo's
 * caption nor a section's head, and two rows or more of a list typed with wide gaps (see SPACED_ROW), under their
 * box's head. Read before the runs are (roles.ts), so that a head over them heads them.
 */
export function textRows(marked: readonly Marked[]): Set<number> {
  const rows = new Set<number>();
  const title = (i: number) => marked[i]?.shape === 'title' && !marked[i]!.block.text.includes('\n');
  const spaced = (i: number) => title(i) && isSpacedRow(marked[i]!.block.text);
  marked.forEach((m, i) => {
    if (title(i) && isBarRow(m.block.text)) rows.add(i);
    if (spaced(i) && (spaced(i - 1) || spaced(i + 1))) rows.add(i);
  });
  return rows;
}

export function settleCaptions(run: Run): void {
  for (const i of run.indices) {
    // `漫画　张宇/作` alone between paragraphs: the credit of the picture set there, not a byline that ends the piece.
    if (run.kinds[i] === 'byline' && isMakerCredit(text(run, i)) && run.indices.length === 1 && afterRunningText(run) && run.next?.kind === 'paragraph') run.kinds[i] = 'caption';
    else if (run.names.has(i)) run.kinds[i] = followsTitle(run, i) ? 'byline' : 'caption';
    // `#长治民生# #你问我答#`, `# 数说 #`: topic tags no headline carries are the text's, never a photo's caption;
    // at the page's head, under nothing but its furniture, they are the copy's own (a WeChat post's tags under its
    // date): page furniture.
    else if (run.kinds[i] === 'title' && isTopicTagLine(text(run, i))) run.kinds[i] = beforeAnyText(run, i) ? 'furniture' : 'paragraph';
    // A column's name at the foot of the page, with no text after it, heads nothing: the page's furniture.
    // So is one numbered as a series' part (`民生关注①`, `热点追踪（二）`).
    else if (run.kinds[i] === 'title' && run.next === undefined && atPageFoot(run, i) && (isColumnName(text(run, i)) || isNumberedColumnName(text(run, i)))) run.kinds[i] = 'furniture';
    // `点击上方蓝字关注我们` under the copy's date, `阅读 2.3万 在看 128` or `下载…客户端 阅读更多精彩内容` after its text: a
    // call to the reader that opens with its verb, in the page's head or at its foot, is the copy's furniture; a
    // photo's caption names who or what it shows first (`郝家庄镇新建的停车场`, `工人在英雄南路更换供热管道`).
    else if (run.kinds[i] === 'title' && (beforeAnyText(run, i) || (run.next === undefined && atPageFoot(run, i))) && callsTheReader(text(run, i))) run.kinds[i] = 'furniture';
    // `一句话新闻` over `【教育】` over its items: the column's name over the name of its first part.
    else if (run.kinds[i] === 'title' && run.kinds[i + 1] === 'furniture' && i + 1 <= run.indices.at(-1)! && mayBeColumnName(text(run, i)) && mayBeColumnName(text(run, i + 1))) {
      run.kinds[i] = 'furniture';
    } else if (run.kinds[i] === 'title' && (isSlogan(text(run, i)) || isSignedSlogan(text(run, i)))) run.kinds[i] = 'furniture';
    else if (run.kinds[i] === 'title' && sectionOverText(run, i)) {
      run.kinds[i] = 'heading';
      run.levels[i] = opensWithSectionNumber(text(run, i)) || opensWithPartMark(text(run, i)) ? 2 : 3;
    }
    // `城事｜民生`: two labels set apart by a bar name a page's or a column's parts, nothing a photo shows.
    else if (run.kinds[i] === 'title' && isBarredLabels(text(run, i).trim())) run.kinds[i] = 'furniture';
    else if (run.kinds[i] === 'title') run.kinds[i] = 'caption';
  }
}

// Two labels of Chinese words alone, a bar between them (`城事｜民生`, `县域 | 动态`); a headline's bar sets a place or a
// topic before a clause with figures or marks (`潞州区｜新增车位1200个`).
const BARRED_LABELS = /^(\p{Script=Han}{2,6})[\s\u3000]*[|｜丨][\s\u3000]*\p{Script=Han}{2,6}$/u;

/** Two labels a bar sets apart (see BARRED_LABELS); a place's name before the bar says where a photo was taken (`沁源｜雪后太岳山`). */
function isBarredLabels(line: string): boolean {
  const first = BARRED_LABELS.exec(line)?.[1];
  if (first === undefined) return false;
  const places = scanPlaces(first);
  return !(places.length === 1 && places[0]!.text === first);
}

/**
 * A public notice's slogan over who put it up (`创城有你我　文明靠大家` / `市创建全国文明城市指挥部办公室　宣`): the slogan on
 * the first line, the lines under it no sentence. The page's, as the slogan alone is; no photo's caption.
 */
function isSignedSlogan(block: string): boolean {
  const [first, ...rest] = block.split('\n').map((l) => l.trim());
  return rest.length > 0 && isSlogan(first!) && rest.every((l) => l !== '' && !/[，,。！？!?；;：:]/u.test(l));
}

/**
 * A numbered section's head with nothing but title-like lines between it and the running text under the run, or
 * one of those lines: the section opens there.
 */
function sectionOverText(run: Run, i: number): boolean {
  if (run.next?.kind !== 'paragraph') return false;
  const last = run.indices.at(-1)!;
  // `上篇：路通了` over its part's first subhead (`【2016年】`) opens a section as a number does (time-labels.ts).
  const head = run.indices.find((k) => k <= i && (opensWithSectionNumber(text(run, k)) || opensWithPartMark(text(run, k))) && (run.kinds[k] === 'title' || run.kinds[k] === 'heading'));
  if (head === undefined) return false;
  return run.indices.filter((k) => k > head && k <= last).every((k) => run.kinds[k] === 'title' || run.kinds[k] === 'heading') && last - head <= 1;
}

/**
 * A call to the reader: it opens with its verb (jieba), as an order does (`点击上方蓝字关注我们`, `下载…客户端`,
 * `阅读 2.3万 在看 128`); a 的-phrase that names a thing after what was done to it (`修缮一新的…展馆`, `修复后的古建筑群`)
 * is a photo's caption.
 */
function callsTheReader(line: string): boolean {
  return opensWithVerb(line) && !namesAThing(line);
}

/** The line ends on a noun phrase after its last 的, with no verb in it (jieba): `修复后的古建筑群`. */
function namesAThing(line: string): boolean {
  const m = /的([^的\s\u3000，,。]+)$/u.exec(line.trim());
  return m !== null && !tagWords(m[1]!).some(isVerb);
}

/** Only page furniture stands above block i: it is in the page's head. */
function beforeAnyText(run: Run, i: number): boolean {
  return run.kinds.slice(0, i).every((kind) => kind === 'furniture');
}

/**
 * `#沁县民生# #清洁取暖#` right under running text, with two title-like lines or more after it (a column name and
 * the next headline): the tags close the item above; right over a headline they would be its kicker.
 */
export function findClosingTags(run: Run): void {
  const i = run.indices[0]!;
  if (run.kinds[i] !== 'title' || !afterRunningText(run) || !isTopicTagLine(text(run, i))) return;
  let titles = 0;
  // The headline may be one by its own markup (`# 壶关县：…`).
  for (let j = i + 1; j <= run.indices.at(-1)! && (run.kinds[j] === 'title' || run.kinds[j] === 'headline'); j++) titles++;
  if (titles >= 2) run.kinds[i] = 'paragraph';
}
