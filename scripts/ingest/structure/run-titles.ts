// What a run's title-like lines are around its anchors — a byline line, a `——` deck, a name under a title —
// whatever the reading state: these lines are set the same way wherever an article starts on the page.
// - a name of 2–3 characters under a headline is its author (`桑梓`, `郭 涛`);
// - the line over a byline line (past its deck) is a headline (under a `县：…` headline or a headline under a
//   lead-in kicker, its deck), and a short
//   label right over that headline, or a column name (structure/columns.ts) over a headline that opens running
//   text, is its kicker;
// - a line just before a `——` deck is that deck's headline;
// - a short label right over a headline its own markup makes (`# 某县：…`), as over one anchored on its byline,
//   is its kicker.

import { tagWords } from '../figures/words.ts';
import { isPhotoCredit } from './bylines.ts';
import { isPageLine } from './page-lines.ts';
import { opensWithPhotoMark } from './caption-form.ts';
import { columnLabel, isColumnName, isCouplet, isLatinColumnName, isQuotedNameLeadIn, isVerbLeadIn, mayBeColumnName, mayBeKicker } from './columns.ts';
import { afterRunningText, structural, text, type Run } from './run.ts';
import { endsWithDash } from './marks.ts';
import { openingPlace } from './opening-place.ts';
import { isNamedSpeakerLine } from './speaker-lists.ts';
import { charCount, hasPhraseSpace, isLatin, isRule } from './shape.ts';

// `桑梓`, `李建国`, and a two-character name spaced to the width of three (`郭 涛`).
const AUTHOR_NAME = /^(?:\p{Script=Han}{2,3}|\p{Script=Han}[\s\u3000]\p{Script=Han})$/u;

/** A deck printed without dashes under its headline: it runs on with clause marks, the headline has none. */
function isDeckLike(line: string, over: string): boolean {
  // A headline may ask (`家门口的这些事，大家怎么看？`) and a column's name may stand over it (`百姓说变化`).
  if (/[？?！!]$/u.test(line.trim()) || mayBeColumnName(over)) return false;
  // The headline may set its topic off with a colon (`老旧小区改造：改出居民“新生活”`), never a clause with a comma.
  return /\p{Script=Han}[，,、]\p{Script=Han}/u.test(line) && !/[，,、]/u.test(over) && [...line].length > [...over].length;
}

/** `沁源县：一条公路连起十个村`, `东阳关镇：…`: the headline's form that names its place first. */
export function isPlaceHeadline(line: string): boolean {
  return /^\p{Script=Han}{1,10}(?:县|区|市|镇|乡|街道|村|社区)[：:][^：:]{4,}$/u.test(line.trim());
}

export function findAuthorNames(run: Run): void {
  for (const i of run.indices) {
    const before = run.kinds[i - 1];
    const underTitle = i > run.indices[0]! && (before === 'title' || before === 'headline' || before === 'deck');
    // So is an office and a name under a report's head (`长子县政府工作报告摘要` / `——…会议上` / `县长 申卫东`).
    if (run.kinds[i] === 'title' && underTitle && (AUTHOR_NAME.test(text(run, i)) || isNamedSpeakerLine(text(run, i)))) run.names.add(i);
  }
}

/**
 * The line over a byline (past its decks) is that byline's headline: `沁源县：一条山路串起九个村` over
 * `本报记者 张宏伟 通讯员 李建斌`. A photo credit is left out: it closes the photo or paragraph above it.
 * A short label directly over that headline, with no other title-like line over it, is its kicker.
 */
export function anchorBylines(run: Run): void {
  const first = run.indices[0]!;
  for (const i of run.indices) {
    if (run.kinds[i] !== 'byline' || run.names.has(i) || isPhotoCredit(text(run, i))) continue;
    let above = i - 1;
    // Past its decks, a rule drawn under the headline (`平顺县：…` / `---` / `文/图 本报记者 X`) and a copy's page lines
    // set between them (`发布时间：2025-11-18 09:30`, `阅读 1.2万`, `责任编辑：王晓`).
    let pastPageLine = false;
    while (above >= first && (run.kinds[above] === 'deck' || (run.kinds[above] === 'furniture' && (isRule(text(run, above)) || isPageLine(text(run, above)))))) {
      pastPageLine ||= run.kinds[above] === 'furniture' && !isRule(text(run, above));
      above--;
    }
    if (above < first || (run.kinds[above] !== 'title' && run.kinds[above] !== 'headline')) continue;
    // `▲西火镇村民家中暖气片温度达标` / `文/图 王霞`: a photo's caption over the byline of the next piece is no headline.
    if (run.kinds[above] === 'title' && opensWithPhotoMark(text(run, above))) continue;
    // In the page's head, under nothing but its furniture, a line over the page's date lines is the page's (findPageHeader).
    if (pastPageLine && run.marked.slice(0, above).every((m) => m.shape === 'furniture')) continue;
    // Lead-in, headline, and a deck printed without dashes (`总投资38.6亿元，涉及教育、医疗等领域`): the line
    // over the byline holds clause marks where the title-like line over it has none — that one is the headline.
    const over = above - 1;
    const underTitle = run.kinds[above] === 'title' && over >= first && run.kinds[over] === 'title';
    // `武乡县：培训课堂开到村头` / `冬闲时节 农民学技能考证书`: a place's name and a colon open the headline; the
    // line under it is its deck.
    if (underTitle && isPlaceHeadline(text(run, over)) && !isPlaceHeadline(text(run, above))) {
      run.kinds[above] = 'deck';
      above = over;
    } else if (underTitle && (isDeckLike(text(run, above), text(run, over)) || underLeadIn(run, over) || (above === i - 1 && headsTwoLineStack(run, over, above)))) {
      run.kinds[above] = 'deck';
      above = over;
    }
    run.kinds[above] = 'headline';
    // After running text, a plain line over the headline is the photo caption the article above ends with
    // (`村民在新建的文化广场上跳舞`), unless it has a kicker's form: a column's name, a lead-in of two
    // phrases (`投资1.2亿元 惠及2万群众`, `守护万家温暖，筑牢民生底线`), or one that opens with its verb
    // (`让老人在家门口吃上热乎饭`).
    markKicker(run, above, afterRunningText(run) ? (t) => mayBeColumnName(t) || isCouplet(t) || isVerbLeadIn(t) || isQuotedNameLeadIn(t) || (mayBeKicker(t) && hasPhraseSpace(t)) : mayBeKicker);
  }
}

/**
 * Two title-like lines alone right over a byline are the headline and its deck, the way most pages set a report
 * (`潞州区居家养老服务项目清单公布` / `12类服务上门 最低每次10元` / `本报讯（记者 X）`), unless the upper one has a lead-in's
 * or a column's form (hasLeadInForm) or the lower one names its subject first (`沁县：智慧灌溉覆盖万亩良田`, `荫城铁器：
 * 老手艺敲出“就业经”`: the headline, under a lead-in). With a third title-like line over them, or a deck of dashes
 * under them, the stack is read as before; a column's name over them is their kicker.
 */
export function headsTwoLineStack(run: Run, upper: number, lower: number): boolean {
  const top = upper - 1;
  const titleAt = (k: number) => k >= run.indices[0]! && (run.kinds[k] === 'title' || run.kinds[k] === 'headline' || run.kinds[k] === 'deck');
  // A column's name may stand over the two (`新闻发布会` / `今冬供暖“成绩单”出炉` / `全市集中供热面积突破…`): their kicker.
  // Photos' captions may stand so too (`八义窑红绿彩陶瓷` / `振东制药自动化生产线` / headline): a name is shorter.
  if (titleAt(top)) return stackUnderColumn(run, upper) || groupedUnderKicker(run, upper, lower);
  // After running text, a line that says who does what where (`村民在新建的文化广场上跳舞`) is the photo caption the
  // article above ends with, over the next headline.
  if (afterRunningText(run) && saysWhoDoesWhere(text(run, upper))) return false;
  return readsAsHeadline(text(run, upper)) && !hasLeadInForm(text(run, upper)) && !isPlaceHeadline(text(run, lower)) && !SUBJECT_FIRST.test(text(run, lower).trim()) && !pairedOverPlain(text(run, upper), text(run, lower));
}

// Two phrases of words alone, of one length, set apart by a space: `分类投放成习惯　资源回收见实效`.
const SPACED_PAIR = /^(\p{Script=Han}{3,10})[\s\u3000]+(\p{Script=Han}{3,10})$/u;

/**
 * `分类投放成习惯　资源回收见实效` over `市区生活垃圾分类覆盖率达92%`: a lead-in of two balanced phrases over a headline
 * of one phrase is its kicker; a headline of two phrases has its deck in one (`冬日山村 家家屋里暖` is a deck's).
 */
function pairedOverPlain(upper: string, lower: string): boolean {
  const m = SPACED_PAIR.exec(upper.trim());
  return m !== null && Math.abs(charCount(m[1]!) - charCount(m[2]!)) <= 1 && !hasPhraseSpace(lower);
}

/**
 * `12345热线一周报告` / blank line / `一周受理群众诉求1.86万件` / `供热类诉求占两成多` over a byline: three title lines, the
 * lower two printed as one block (stacked-titles.ts read them as two lines that are not one headline broken) and the
 * top one set apart by a blank line: the page groups the headline with its deck, the top line is their kicker. No
 * fourth title line stands over them; after running text, a top line that says who does what where is the photo
 * caption the article above ends with.
 */
function groupedUnderKicker(run: Run, upper: number, lower: number): boolean {
  const top = upper - 1;
  const titleAt = (k: number) => k >= run.indices[0]! && (run.kinds[k] === 'title' || run.kinds[k] === 'headline' || run.kinds[k] === 'deck');
  if (run.kinds[top] !== 'title' || titleAt(top - 1) || !printedTogether(run, upper, lower) || printedTogether(run, top, upper)) return false;
  if (afterRunningText(run) && saysWhoDoesWhere(text(run, top))) return false;
  return readsAsHeadline(text(run, upper), true) && !hasLeadInForm(text(run, upper));
}

/** Blocks `a` and `b` are lines of one block the page printed with no blank line between (blocks.ts, stacked-titles.ts). */
export function printedTogether(run: Run, a: number, b: number): boolean {
  const [x, y] = [run.marked[a]?.block.source, run.marked[b]?.block.source];
  return x !== undefined && y !== undefined && x.length === 1 && y.length === 1 && x[0] === y[0];
}

/**
 * A column's short name alone over two title-like lines (`聚焦冬季供暖` / `壶关县：让群众温暖过冬` / `全县集中供热面积达到316万平方米`,
 * over a byline or over the text): the kicker, headline and deck (引题 / 主题 / 副题) by their places. The headline may
 * open with its period or figure (`经济运行` / `1—10月全市经济运行稳中向好` / `工业投资消费稳步回升`), and the deck may name
 * its place first (`<民生>` / `80%的农村学校开起“同步课堂”` / `长子县：…`). A photo's caption over a headline says who
 * does what where, or runs longer than a column's name; under a line that opens with its place, a lower line with a
 * place's or subject's colon heads itself.
 */
export function stackUnderColumn(run: Run, upper: number): boolean {
  const top = upper - 1;
  const titleAt = (k: number) => k >= run.indices[0]! && (run.kinds[k] === 'title' || run.kinds[k] === 'headline' || run.kinds[k] === 'deck');
  if (!titleAt(top) || run.kinds[top] !== 'title' || !isShortColumnName(text(run, top)) || titleAt(top - 1)) return false;
  if (afterRunningText(run) && saysWhoDoesWhere(text(run, upper))) return false;
  // Under a line that opens with its own place (`武乡县板山景区红叶漫山`), a lower line that names its place or subject
  // with a colon (`屯留区：新建…`) is a headline of its own, no deck; under a headline that names none
  // (`80%的农村学校开起“同步课堂”`) it is the deck that gives the place.
  const lower = text(run, upper + 1).trim();
  if (openingPlace(text(run, upper)) !== undefined && (isPlaceHeadline(lower) || SUBJECT_FIRST.test(lower))) return false;
  return readsAsHeadline(text(run, upper), true) && !hasLeadInForm(text(run, upper));
}

/**
 * A headline over its deck says something in words, in one phrase: six Chinese characters or more, no figure first
 * (`86.5%` / `优良天数比例`) unless a column's name stands over the two, no clause mark (`晚会结束后，村民们又跳起了广场舞` is a sentence).
 */
function readsAsHeadline(line: string, figureFirst = false): boolean {
  const t = line.trim();
  return (figureFirst || !/^[\d０-９]/u.test(t)) && !/[，,、；;]/u.test(t) && (t.match(/\p{Script=Han}/gu) ?? []).length >= 6;
}

/** Someone, then a preposition of place or aim (jieba): `村民在广场上跳舞`, `工作人员为老人测量血压`. */
function saysWhoDoesWhere(line: string): boolean {
  return tagWords(line.trim()).slice(1).some((w) => w.tag === 'p');
}

// A headline that names its subject and sets it off with a colon: `荫城铁器：老手艺敲出“就业经”`.
const SUBJECT_FIRST = /^[^：:，,。！？!?\s]{2,8}[：:][^：:]{4,}$/u;

/** The longest a column's name runs over a headline and its deck, where a photo's caption would run longer. */
const MAX_STACK_COLUMN_CHARS = 6;

/** `新闻发布会`, `百姓身边`, `【关注】`, `民生实事·看变化`: a column's label, short. */
function isShortColumnName(line: string): boolean {
  return isColumnName(line) || (mayBeColumnName(line) && charCount(columnLabel(line)) <= MAX_STACK_COLUMN_CHARS);
}

/**
 * A lead-in title's (引题) or column name's form: a column's label (`百姓身边`), two balanced phrases (`稳就业 促增收`,
 * `从“看天吃饭”到“按需供水”`), a line that opens with its verb (`让老人在家门口吃上热乎饭`), a name in quotes
 * (`小山村里的“大食堂”`), a clause run on by its comma (`医养结合让老人住得安心，`) or a quotation (`“孩子放学有地方去了”`).
 */
function hasLeadInForm(line: string): boolean {
  const t = line.trim();
  return mayBeColumnName(t) || isCouplet(t) || isVerbLeadIn(t) || isQuotedNameLeadIn(t) || /[，,]$/u.test(t) || /^[“"][^“”"]+[”"]$/u.test(t);
}

/**
 * The page set the line over `at` as a kicker by its own form (a lead-in with its comma or a quotation, lead-ins.ts):
 * under it, two title lines over a byline are the headline and its deck (`医养结合让老人住得安心，` / `潞州区…翻了一番` /
 * `全区护理型床位占比达到62%`), a stack holding one kicker.
 */
function underLeadIn(run: Run, at: number): boolean {
  return at - 1 >= run.indices[0]! && run.kinds[at - 1] === 'kicker' && run.marked[at - 1]!.shape === 'kicker';
}

/**
 * The title-like line right over `headline`, when short and alone (no title-like line over it), is its kicker;
 * over an English headline, an English column name (`City Briefs`, `CITY BRIEFS`) is, though set like furniture.
 */
export function markKicker(run: Run, headline: number, fits: (text: string) => boolean = mayBeKicker): void {
  const column = headline - 1;
  if (column < run.indices[0]!) return;
  const english = isLatin(text(run, headline)) && isLatinColumnName(text(run, column)) && (run.kinds[column] === 'title' || run.kinds[column] === 'furniture');
  // `守护万家温暖——` over the headline: a lead-in that runs into it, not a subsection's lead-in.
  const leadsIn = run.kinds[column] === 'subheading' && endsWithDash(text(run, column));
  const bare = leadsIn ? text(run, column).trim().replace(/[—–\-－]+$/u, '') : text(run, column);
  if (!english && ((run.kinds[column] !== 'title' && !leadsIn) || !fits(bare))) return;
  const over = run.kinds[column - 1];
  if (column > run.indices[0]! && (over === 'title' || over === 'headline')) return;
  run.kinds[column] = 'kicker';
}

/** The title-like line over a deck (or, failing that, under it) is that deck's headline. */
export function anchorDecks(run: Run): void {
  const order = structural(run);
  order.forEach((i, k) => {
    if (run.kinds[i] !== 'deck') return;
    const above = order[k - 1];
    const below = order[k + 1];
    if (above !== undefined && run.kinds[above] === 'title') {
      run.kinds[above] = 'headline';
      // `聚焦民生实事` / `黎城县新增4条城乡公交线路` / `——群众出行更便捷`: a column name over the decked headline.
      // At the top of the page, before any running text, short lines are the photos' captions (`八义窑红绿彩陶瓷`,
      // seed 003) unless they have a label's form, or open with their verb as a column's name may (`走进乡村看变化`; a
      // photo's caption names what it shows first); a lead-in of two phrases (`从“看天吃饭”到“按需供水”`) is none.
      markKicker(run, above, afterRunningText(run) ? (t) => mayBeColumnName(t) || isCouplet(t) || isVerbLeadIn(t) || isQuotedNameLeadIn(t) : (t) => isColumnName(t) || isCouplet(t) || (mayBeColumnName(t) && isVerbLeadIn(t)));
    } else if (below !== undefined && run.kinds[below] === 'title') run.kinds[below] = 'headline';
  });
}

/**
 * A headline the page marks as one by itself (`# 黎城县新增4条城乡公交线路`, a Markdown export's) has its kicker
 * read as one anchored on a byline or deck has: the short label right over it (`聚焦民生实事`).
 */
export function kickersOverHeadlines(run: Run): void {
  for (const i of run.indices) {
    // Only one the page itself marks; one anchored on its byline or deck had its kicker read there.
    if (run.kinds[i] !== 'headline' || run.marked[i]!.shape !== 'headline') continue;
    markKicker(run, i, afterRunningText(run) ? (t) => mayBeColumnName(t) || isCouplet(t) || isVerbLeadIn(t) || isQuotedNameLeadIn(t) || (mayBeKicker(t) && hasPhraseSpace(t)) : mayBeKicker);
  }
}
