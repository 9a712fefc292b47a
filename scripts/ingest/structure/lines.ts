// Pages exported without blank lines between header, headline, byline and text (issue 15): one blank-line
// block then holds lines that a reader sees as blocks of their own — a date line, a column name, the
// headline, the byline, each paragraph, a data box's title and lines. Such a block is cut into them by the form of its lines; a block
// whose lines only read together (a headline broken over two lines, a list under its lead-in) is kept whole.

import { isFurniture } from '../lexicon/furniture.ts';
import { isBylineLine } from './bylines.ts';
import { cutClosingSignature } from './signatures.ts';
import { columnLabel, isColumnName, isTopicTagLine, mayBeColumnName } from './columns.ts';
import { isDataLine } from './data-box.ts';
import { isIssuerUnderHead } from './issuers.ts';
import { isCommaLeadIn } from './lead-ins.ts';
import { addressesUnderHead } from './piece-heads.ts';
import { readFieldLine } from './field-lines.ts';
import { cutClosingCredit, cutContinuation, isStandaloneByline, opensWithDash, readContinuation } from './marks.ts';
import { isPageLine } from './page-lines.ts';
import { isSignedVoice } from './speaker-lists.ts';
import { directoryRows } from './directory-rows.ts';
import { isRunningHead } from './table-notes.ts';
import { tableRows } from './tables.ts';
import { opensWithPartLabel } from './title-parts.ts';
import { columnMeasure, fillsColumn, fillsIndented } from './wraps.ts';
import { charCount, endsBroken, endsComplete, endsWithNote, isKeyValueBox, isLatin, isLatinTitle, isListItem, isRule, isTableRow, isTitleLike, LEADING_BULLET, MAX_TITLE_CHARS, opensParagraph, wordStraddles } from './shape.ts';

// An editor's note's label alone: `【编者按】`, `编者按：`, `编后语`.
const NOTE_LABEL = /^[【\[(（]?(?:编者按|编者的话|编前语|编后语|编后)[】\])）]?[：:]?$/u;
// `停水通知：…`, `供热报修：…`: a notice opened by its short label and a colon.
const LABELLED_NOTICE = /^\p{Script=Han}{2,6}[：:][\s\u3000]*\S/u;

/** `本报讯（…）`, `武乡讯 …`, `新华社太原12月1日电`: a wire item's opening, which no wrapped line starts with. */
const WIRE_OPENING = /^(?:\p{Script=Han}{0,6}讯[\s\u3000(（]|(?:本报|新华社)\S{0,10}电)/u;

// `王秀英　李建平　赵红梅　郭晓东`: four names or more alone, set apart by spaces — a row of a list of names.
const NAME_ROW = /^\p{Script=Han}{2,3}(?:[\s\u3000]+\p{Script=Han}{2,3}){3,}$/u;

/**
 * A row of names under the line that leads into them (`…现将拟聘用人员名单公示如下：` / `王秀英　李建平　…`) or under
 * another such row: a public list's names, text of the notice, not its authors' byline.
 */
function continuesNameList(a: string, b: string): boolean {
  return NAME_ROW.test(b) && (/[：:]$/u.test(a) || NAME_ROW.test(a));
}

/** A line of running text wrapped at the page's width runs to this many characters at least; a headline is shorter. */
const MIN_WRAPPED_CHARS = 24;
// `监督电话：0355-8722315`, `热线：12345`: a line's last words a number to call after its label.
const ENDS_ON_PHONE = /(?:电话|热线)[：:][\s\u3000]*\d[\d\-－]{3,}\d$/u;

/** A line that is a block of its own wherever it stands: page furniture, a rule, a byline, a topic tag, a continuation mark, an export's metadata line. */
function standsAlone(line: string): boolean {
  return isPageLine(line) || isFurniture(line) || isRule(line) || isBylineLine(line) || isStandaloneByline(line) || isTopicTagLine(line) || readContinuation(line) !== undefined || readFieldLine(line) !== undefined;
}

/**
 * The line ends a paragraph: a finished sentence (Chinese or English), maybe with its photo credit, signature
 * or `（下转第二版）` after it.
 */
function endsParagraph(line: string): boolean {
  if (isLatin(line) && /[.!?]["”’)]*$/u.test(line)) return true;
  if (cutContinuation(line).continued?.to !== undefined) return true;
  // `…铺设沥青路面26万平方米。（完）`, `…每天发车8班。（联系电话：0355-2030123）`: a sentence ended, then a short note or end
  // mark in brackets closing it.
  if (endsWithNote(line)) return true;
  // `“…比自己做还划算”（市民 李女士）`, `“…也放心。”——退休教师 王某`: a whole quoted voice signed by who spoke.
  return endsComplete(line) || cutClosingCredit(line).credit !== undefined || cutClosingSignature(line).signature !== undefined || isSignedVoice(line);
}

/** A line of running text: a sentence, not a title-like line or an item of a list. */
function isText(line: string): boolean {
  return !isTitleLike(line) && !isListItem(line);
}

/**
 * The lines hold several blocks: a line that stands alone, a sentence finished before the last line, or a
 * title-like line with running text under it.
 */
function holdsSeveralBlocks(lines: readonly string[]): boolean {
  return (
    lines.some(standsAlone) ||
    lines.some((l, k) => k > 0 && isColumnLine(lines[k - 1]!) && isTitleLike(l)) ||
    lines.slice(0, -1).some(endsParagraph) ||
    // A line that ends on a number to call (`联系人：某某 联系电话：0355-…`) ends whole, over a title-like line.
    // (Not the next row of a directory, `某街道　某服务站　电话：…`, which ends on its number too.)
    lines.some((l, k) => k > 0 && ENDS_ON_PHONE.test(lines[k - 1]!) && isTitleLike(l) && !/^[\d\-－]/u.test(l) && !ENDS_ON_PHONE.test(l)) ||
    lines.some((l, k) => k > 0 && isTitleLike(lines[k - 1]!) && (!isListItem(lines[k - 1]!) || isBulletedTitle(lines[k - 1]!)) && isText(l)) ||
    lines.some((l, k) => k > 0 && isLatinHeadOverText(lines[k - 1]!, l)) ||
    boxUnderTitle(lines) ||
    deckUnderTitle(lines) ||
    lines.some((l, k) => k > 0 && isIssuerUnderHead(lines[k - 1]!, l))
  );
}

/**
 * `Xiangyuan turns on heat ahead of schedule` / `Xiangyuan county started central heating on November 5, …`: an English
 * headline (a dozen words or so, no sentence's end: isLatinTitle), however many letters it holds, over its text, a
 * sentence that opens in capitals and runs longer than the headline. A paragraph wrapped at a column's width breaks
 * into lines as wide as the next or wider, or goes on in lower case (`…at rural` / `bus stops, …`).
 */
function isLatinHeadOverText(head: string, line: string): boolean {
  return isLatinTitle(head) && isLatin(line) && /^[A-Z]/u.test(line) && /[.!?]["”’)]?$/u.test(line) && charCount(line) > LATIN_TEXT_OVER_HEAD * charCount(head);
}

/** How much longer than an English headline the first line of its text runs, at least: a wrapped paragraph's lines are of one width. */
const LATIN_TEXT_OVER_HEAD = 1.5;

/**
 * A column's name by its form (`百姓身边`, `民生·关注`, `<民生>`, `■ 民生关注`) on the line over a headline: the
 * kicker, a line of its own, not the first line of a headline broken over two (which breaks later than that).
 */
function isColumnLine(line: string): boolean {
  return isColumnName(line) || (columnLabel(line) !== line.trim() && mayBeColumnName(line));
}

/**
 * A brief's headline set off by a symbol bullet (`◎ 平顺县开通首条城乡公交夜班线`, then its text on the next line):
 * shorter than a line of running text wrapped at the page's width, so it ends where its title ends. A dashed or
 * numbered item is one of a list.
 */
function isBulletedTitle(line: string): boolean {
  return LEADING_BULLET.test(line) && charCount(line) < MIN_WRAPPED_CHARS;
}

/**
 * A headline's lines with its `——` deck under them (`引题` / `我区集中供热` / `延伸到某镇` / `——城乡居民共享温暖冬天`),
 * or three title lines or more: a deck stands on its own line; what the lines over it are, kicker or headline
 * broken over two lines, their neighbours tell (split-headline.ts, roles.ts).
 */
function deckUnderTitle(lines: readonly string[]): boolean {
  // The first may be a lead-in that runs on with its comma (`“菜篮子”连着“钱袋子”，`, lead-ins.ts).
  const titles = (ls: readonly string[]) => ls.every((l, k) => (isTitleLike(l) || (k === 0 && isCommaLeadIn(l))) && !isListItem(l) && !isTableRow(l));
  if (lines.length > 1 && titles(lines.slice(0, -1)) && opensWithDash(lines.at(-1)!) && isTitleLike(lines.at(-1)!)) return true;
  // Three title lines or more (`守护“一老一小” 温暖千家万户` / `潞城区：社区托育点` / `开到居民家门口`): a headline
  // runs to two lines at most, so a lead-in or a deck stands among them.
  return lines.length >= 3 && titles(lines);
}

/**
 * A data box or a table under its title, no blank line between (`数读武乡民生` / `◆ 新建幼儿园 4所` / …,
 * `【数据】某县服务清单` / `| 项目 | 数量 |` / …): the title is no lead-in of a list (`使用方法：`), which ends with its colon.
 */
function boxUnderTitle(lines: readonly string[]): boolean {
  const [title, ...rest] = lines;
  return title !== undefined && isTitleLike(title) && !isListItem(title) && rest.length > 0 && (rest.every(isDataLine) || rest.every(isTableRow) || dataLinesFirst(rest));
}

/** A data box has at least this many lines. */
const MIN_DATA_LINES = 2;

/**
 * Two data lines or more right under the box's title, other lines after them (its note, `数据截至2025年10月底`, or the
 * text the page goes on with): the box's lines end where they do.
 */
function dataLinesFirst(rest: readonly string[]): boolean {
  const lead = rest.findIndex((l) => !isDataLine(l));
  return lead >= MIN_DATA_LINES;
}

/**
 * A data box under its title (`数说 · 加装电梯` / `* 412部 全市已完成加装电梯` / …): its lines are items, however their
 * words line up in columns; no table's rows.
 */
function bulletedBox(lines: readonly string[]): boolean {
  return lines.length > MIN_DATA_LINES && boxUnderTitle(lines) && isDataLine(lines[1]!) && isDataLine(lines[2]!);
}

/**
 * Whether a new block starts at line `b`, after the lines of `group`, in a block that holds several. A list
 * stays with the line that leads into it (`使用方法：` / `1. 下载APP` / `2. …`); any other item of a list (a
 * brief `■ 11月18日，…`, a data line `● 新增学位 4680个`) is a block of its own, as pages print them.
 */
function breaksBefore(group: readonly string[], b: string, measure?: number, next?: string): boolean {
  const a = group.at(-1)!;
  // The rows of a table (`| 线路 | 调整内容 |`) stay together, apart from what stands around them.
  if (isTableRow(a) || isTableRow(b)) return !(isTableRow(a) && isTableRow(b));
  // A number broken after its decimal point (`…结案率94.` / `5%，同比提高…`) goes on: that point ends no sentence.
  if (/\d[.．]$/u.test(a) && /^\d/u.test(b)) return false;
  // So do labelled facts one a line (`缴费标准: …` / `缴费时间: …`), apart from the text over them.
  if (isFactBox([...group, b])) return false;
  if (isFactBox([a, b])) return true;
  // A line ending on a number to call after its label (`…监督电话：0355-8722315` / `壶关县住房和城乡建设局`) ends whole,
  // however wide: a number is not cut there unless the next line goes on with its digits.
  if (ENDS_ON_PHONE.test(a) && !/^[\d\-－]/u.test(b)) return true;
  // A line of text wrapped at a column's width runs on by its width (wrappedBreak).
  const wrapped = measure === undefined || standsAlone(a) || standsAlone(b) || isListItem(b) ? undefined : wrappedBreak(a, b, measure, next);
  if (wrapped !== undefined) return wrapped;
  // `【编者按】` on a line of its own opens the note's text under it: one paragraph, as segment.ts reads a note.
  if (group.length === 1 && NOTE_LABEL.test(a) && !isTitleLike(b)) return false;
  if (group.length === 1 && isColumnLine(a) && isTitleLike(b)) return true;
  // A body's name under a head (`关于…的建议的答复` / `市教育局`): the reply's signature, a line of its own.
  if (group.length === 1 && isIssuerUnderHead(a, b)) return true;
  // A lead-in that runs on with its comma over the headline's first line (`“菜篮子”连着“钱袋子”，` / `荫城镇大棚蔬菜`).
  // Not where the line under it finishes the sentence (`县交通运输局负责人介绍，` / `新线路开通后，全县…的建制村` / `通公交比例达到100%。`):
  // running text wrapped short.
  if (group.length === 1 && isCommaLeadIn(a) && isTitleLike(b) && !(next !== undefined && runsOn(next))) return true;
  // A wire item's opening line (`本报讯（记者 马 丽）11月13日，市公交` / `公司新开通…`) opens a paragraph, never a title:
  // cut off mid-sentence, it runs on, however short the line. Cut before its first comma (`本报讯（记者 赵 鑫）记者从市中级人民法`
  // / `院获悉，…`), it runs on into a line that finishes its sentence and opens none of its own.
  if (group.length === 1 && WIRE_OPENING.test(a) && endsBroken(a) && !standsAlone(b) && !isListItem(b) && (/[，,、；;]/u.test(a) || runsOn(b))) return false;
  // A title-like line over a deck opened by dashes or a byline line, under a line of text (its clause marks), is a headline
  // (`数据来源: 县民政局、县卫健局（截至10月）` / `"助餐点": 老人家门口的"幸福食堂"` / `-- 上党区…`): the text does not run on
  // into it. (Under a title-like line it may be a headline's second line.)
  if (next !== undefined && isTitleLike(b) && /[，,、；;。！？]/u.test(a) && !/[，,、；;：:]$/u.test(a) && (opensWithDash(next) || isBylineLine(next))) return true;
  const ledIn = /[：:]$/u.test(group[0]!) && group.slice(1).every(isListItem);
  if (isListItem(b)) return !ledIn;
  if (standsAlone(a) || standsAlone(b) || endsParagraph(a) || isLatin(a) !== isLatin(b)) return true;
  // A labelled notice after a line that ends whole on a number or an address (`…咨询电话：0355-2034567` /
  // `供热报修：…`): the next notice, not the same one wrapped.
  if (!/[：:—–-]$/u.test(a) && !endsBroken(a) && LABELLED_NOTICE.test(b)) return true;
  // Running text wrapped onto the next line: a long line, one cut after a clause mark, or a line of clauses
  // cut mid-word (`…水温实时监` / `测，居民家中…`) whose rest opens no paragraph of its own.
  if (/[，,、；;：:]$/u.test(a)) return false;
  // English wrapped mid-sentence goes on in lower case (`…at rural` / `bus stops, the bureau said.`).
  if (isLatin(a)) return isLatinTitle(a) && !/^[a-z]/u.test(b);
  // So does a bulleted item's line of clauses cut so (`◆石城镇…，…村集体每年增收` / `三十余万元。`): the bullet opens the item,
  // the item may run on.
  const broken = endsBroken(a) || (isListItem(a) && endsBroken(a.replace(LEADING_BULLET, '')));
  if (/[，、；]/u.test(a) && broken && (wordStraddles(a, b) || (charCount(a) >= MIN_WRAPPED_CHARS && !opensParagraph(b)))) return false;
  // A paragraph already running over lines goes on where its line breaks off mid-clause and the next finishes it.
  // (A line of clauses, not a row of names, `韩某　赵某`, under a list's lead-in.)
  if (group.length >= 2 && broken && /[，,；;]/u.test(a) && runsOn(b)) return false;
  return charCount(a) <= MAX_TITLE_CHARS;
}

/**
 * A line that goes on with the sentence above it: running text, a clause mark or full stop inside it (a headline
 * holds neither), opening no paragraph of its own.
 */
function runsOn(line: string): boolean {
  return /[，,、；;。！？]/u.test(line) && !opensParagraph(line) && !opensWithDash(line) && !isListItem(line);
}

/**
 * In text wrapped at a column's width (wraps.ts): a line that fills the column (or all of it but a paragraph's
 * indent) and stops mid-sentence runs on to the next line; one that ends a sentence there ends its paragraph
 * when the next line opens one — stands short of the measure by its indent, or opens as a paragraph does —
 * and runs on when the next line fills the column too. Undefined for a line short of the measure, which ends
 * what it holds as any line does.
 */
function wrappedBreak(a: string, b: string, measure: number, next?: string): boolean | undefined {
  // A web address that runs to the line's end goes on at the next line's start (`…可登录 https://` / `www.…&page` / `=1 查询。`).
  if (/(?:https?:\/\/|www\.)\S*$/u.test(a) && /^[\x21-\x7e]/u.test(b)) return false;
  // English lines are read as English (a URL broken between Chinese lines is not one).
  if ((isLatin(a) && isLatin(b)) || !fillsIndented(a, measure)) return undefined;
  // `# 某县“春风行动”送岗到村` / `本报讯（通讯员 …）…`: a Markdown headline, or a line over a wire item's opening,
  // ends there, however wide it is.
  if (/^#{1,6}\s/u.test(a) || WIRE_OPENING.test(b)) return undefined;
  if (!endsParagraph(a)) return false;
  if (!fillsColumn(a, measure)) return true;
  // A title-like line over a byline line is a headline, however wide (`长子县：智慧大棚里种出“致富菜”` / `本报记者 …`).
  if (next !== undefined && isTitleLike(b) && (isBylineLine(next) || isStandaloneByline(next))) return true;
  return !fillsColumn(b, measure) || opensParagraph(b);
}

/**
 * Labelled facts one a line (`缴费标准: …` / `缴费时间: …` / `咨询电话: …`), read together as a table's rows are. Not
 * the page's own labelled lines (`责任编辑：…` / `美编：…`), bylines, nor a head of labelled title parts and fields
 * (`标题：…` / `作者: …`, title-parts.ts, field-lines.ts), which are read line by line.
 */
export function isFactBox(lines: readonly string[]): boolean {
  return isKeyValueBox(lines) && !lines.some((l) => standsAlone(l) || opensWithPartLabel(l) || /^(?:作者|来源|发布时间|记者|通讯员|编辑)[：:]/u.test(l.trim()));
}

/** ```` ``` ```` / `温馨提示：…` / ```` ``` ````: a block fenced as code, its lines kept as typed, one block of text. */
export function isFenced(block: string): boolean {
  const lines = block.trim().split('\n');
  return lines.length >= 2 && /^(?:`{3,}|~{3,})/u.test(lines[0]!.trim()) && /^(?:`{3,}|~{3,})$/u.test(lines.at(-1)!.trim());
}

/**
 * A blank-line block cut into the blocks its lines are; the block itself when its lines read together. Running
 * text wrapped at the page's width is joined as one paragraph, as repair joins one broken across blocks (a
 * PDF copy's column width: the block's own measure, else the page's, `pageMeasure`, wraps.ts):
 * Chinese with nothing between the halves, English with a space; a list and a table keep their lines.
 */
export function splitPageLines(block: string, pageMeasure?: number): string[] {
  const lines = block.split('\n').map((l) => l.trim()).filter(Boolean);
  if (isFactBox(lines)) return [block];
  // The rows of a table cut by tabs or bars (tables.ts) stay together as one block, apart from what stands around them.
  // So do the rows of a directory (`潞州区　0355-2021234` / `上党区　…` / …, page-lines.ts).
  const directory = directoryRows(lines);
  // A title over bulleted lines of a figure and its label (`数说 · 加装电梯` / `* 412部 全市已完成加装电梯` / …) is a data
  // box, however its cells line up: each line a block, as a box's lines are.
  const rows = bulletedBox(lines) ? lines.map(() => false) : tableRows(lines).map((r, k) => r || directory[k]!);
  if (lines.length < 2 || isFenced(block) || (!holdsSeveralBlocks(lines) && !(rows.some(Boolean) && !rows.every(Boolean)))) return [block];
  const measure = columnMeasure(lines) ?? pageMeasure;
  const out: string[][] = [[lines[0]!]];
  const texts: string[] = [lines[0]!];
  for (let k = 1; k < lines.length; k++) {
    const [a, b] = [lines[k - 1]!, lines[k]!];
    // (The page's running head between a table's rows, a PDF's page break, is no text of it: tables.ts isRowBreak.)
    if (rows[k] && isRunningHead(b)) continue;
    const names = continuesNameList(a, b);
    // Whom a notice addresses, alone under the notice's head (`…名单公示` / `各乡镇（街道）：`), ends its line.
    const addressed = k >= 2 && out.at(-1)!.length === 1 && out.at(-2)!.length === 1 && addressesUnderHead(lines[k - 2]!, a);
    if (!names && (addressed || rows[k - 1] || rows[k] ? !(rows[k - 1] && rows[k]) : breaksBefore(out.at(-1)!, b, measure, lines[k + 1]))) {
      out.push([b]);
      texts.push(b);
      continue;
    }
    out.at(-1)!.push(b);
    const joiner = names || isListItem(b) || isTableRow(b) || rows[k] || isFactBox([a, b]) ? '\n' : isLatin(a) && isLatin(b) ? ' ' : '';
    texts[texts.length - 1] += joiner + b;
  }
  return texts;
}
