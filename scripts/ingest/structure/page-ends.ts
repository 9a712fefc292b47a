// What a copy prints above its page's date line and under its last article's furniture, a WeChat post's above all:
// - at the head, the few lines over the date line (`点击上方蓝字关注我们` / `上党发布` / `暖心！上党区这些民生实事件件有
//   回音` / `2025-12-02 07:45 山西`): a prompt, the account's name and the post's own title; nothing of an article
//   stands above the page's date;
// - at the foot, under the staff lines (`编辑：…` / `审核：…` / `监制：…`), the titles of past posts (`往期推荐` /
//   `上党区2025年民生实事项目清单公布` / …) and the prompts to follow or share (`点个“在看”，…`, `点击蓝字关注…`):
//   short lines with no running text after them, a prompt read as a sentence (`喜欢就点个“在看”吧！`) too; and a source line alone right over those staff lines
//   (`来源：上党区融媒体中心`), which inside a paragraph is text.
// - at the very foot, an app's list of other pieces to read (`相关推荐` / `· 武乡县城乡居民医保缴费开始啦` / `· 今冬首场雪来
//   了！`): a short label over two bulleted titles or more, no running text after them (relatedAtFoot); a box's label
//   (`温馨提示`, `相关链接`: describe/kind.ts SIDEBAR_LABEL) over bulleted lines is a box, and a bulleted sentence is text,
//   and so are a data box's bulleted lines of a label and its number (`● 新增学位 4680个`).
// All are the page's furniture, never a kicker or caption of an article.

import type { Block } from '../types.ts';
import { isStaffLine, readPageLine } from './page-lines.ts';
import { SIDEBAR_LABEL } from '../describe/kind.ts';
import { isReaderAsk, isSourceLine } from './copy-chrome.ts';
import { isListItem } from './shape.ts';
import { mayBeColumnName } from './columns.ts';
import { endsWithPersonName } from './names.ts';

/** A running head is printed at the top of two columns or more. */
const MIN_RUNNING_HEADS = 3;

// The kinds a title-like line may have been given: a line of the page's furniture may take any of them.
const TITLE_KINDS = new Set<Block['kind']>(['caption', 'kicker', 'headline', 'heading', 'deck', 'subheading']);
// `来源：上党区融媒体中心`, `稿件来源：…`: a source named alone on its line.
const SOURCE_LINE = /^(?:稿件|信息|文章)?来源[：:][^，,。！？!?；;\n]{2,24}$/u;

const NAMES_REPORTER = /记者|通讯员/u;

function furniture(block: Block): Block {
  return { kind: 'furniture', text: block.text, source: block.source };
}

/** One line with no byline or credit read off it. */
function isBareLine(block: Block): boolean {
  return !block.text.includes('\n') && block.credit === undefined && block.byline === undefined;
}

function isTitleLine(block: Block): boolean {
  return TITLE_KINDS.has(block.kind) && isBareLine(block);
}

/** A prompt to share is a short sentence: `喜欢就点个“在看”吧！`. */
const MAX_PROMPT_CHARS = 20;

/** `喜欢就点个“在看”吧！`: one short line of text, no byline or credit, that may be a prompt under the staff lines. */
function isPromptLine(block: Block): boolean {
  return block.kind === 'paragraph' && isBareLine(block) && [...block.text.trim()].length <= MAX_PROMPT_CHARS;
}

// `▶ 某县两会｜一图读懂政府工作报告`: an arrow or a bullet before a past post's title, no sentence's end in it.
const PAST_POST = /^[▶►▷>→·•・●▪][\s\u3000]*[^。！？!?\n]{4,40}$/u;

function isPastPost(block: Block): boolean {
  return block.kind === 'paragraph' && isBareLine(block) && PAST_POST.test(block.text.trim());
}

/** The most lines a copy prints over its date line: a prompt to follow, the account's name, the post's title. */
const MAX_HEAD_LINES = 3;

/**
 * Lines above the page's first dated page line, a few at the very top, each one line with no byline or credit
 * (a post's title may be a sentence: `…，这些好消息请收好！`), are the page's: over a digest of items each under a
 * headline of its own. A post that is one piece, its text right under its head (the date line with the time it was
 * posted, source and staff lines, a byline), has its title as that piece's headline (`冬游长治｜这3条线路，带你玩转太行冰雪！`): the line right
 * over the date line, longer than the account's or a column's name.
 */
export function headOverDateLine(blocks: readonly Block[]): Block[] {
  const line = (b: Block) => (TITLE_KINDS.has(b.kind) || b.kind === 'paragraph') && isBareLine(b);
  for (let k = 0; k < blocks.length && k <= MAX_HEAD_LINES; k++) {
    const block = blocks[k]!;
    if (block.kind === 'furniture' && readPageLine(block.text)?.date !== undefined) {
      const title = k - 1 >= 0 && POSTED_AT.test(block.text) && blocks[k - 1]!.kind !== 'furniture' && headsTextUnder(blocks, k) && !mayBeColumnName(blocks[k - 1]!.text) ? k - 1 : -1;
      return blocks.map((b, i) => (i === title ? { ...b, kind: 'headline' } : i < k && b.kind !== 'furniture' ? furniture(b) : b));
    }
    if (block.kind !== 'furniture' && !line(block)) break;
  }
  return [...blocks];
}

// A post's date line gives the time it was posted (`2025年12月06日 18:30`, `2025-12-02 07:45`); a printed page's gives none.
const POSTED_AT = /(?<!\d)(?:[01]?\d|2[0-3])[:：][0-5]\d(?!\d)/u;

/** Under the date line at `k`, past the copy's page lines and a byline, running text comes first: no headline of its own. */
function headsTextUnder(blocks: readonly Block[], k: number): boolean {
  const first = blocks.slice(k + 1).find((b) => b.kind !== 'furniture' && b.kind !== 'byline');
  return first?.kind === 'paragraph' && first.byline === undefined;
}

// Where a reprinted piece comes from, in brackets on a line of its own: `（转自某某网）`, `（来源：某某客户端　编辑：某某）`,
// `（综合某某日报、某某融媒体中心报道）`; no sentence inside.
const SOURCE_NOTE = /^[（(](?:来源[：:]|转自|转载自|综合)[^（）()\n。！？!?；;]{2,40}[)）]$/u;

/** `来源：某某日报`, `（转自某某网）`: a source named alone on its line (see SOURCE_NOTE, copy-chrome.ts isSourceLine). */
export function isSourceNote(text: string): boolean {
  const t = text.trim();
  return SOURCE_NOTE.test(t) || isSourceLine(t) || SOURCE_LINE.test(t);
}

/**
 * A source line set under a piece's last paragraph, where its text ends (a headline, the page's lines, a wire item
 * or the page's end under it), is the page's line about the piece, as its former title is (`原标题：《…》`), never its
 * text, kicker or caption. So is one set among a copy's head lines, the page's lines (and the post's title) alone above
 * it and the page's lines under it (`原创 某县发布 2026年01月08日` / `来源：某某日报` / `编辑：某某`). Inside a piece's text, running text going on under it,
 * it is left as it was.
 */
export function sourcesUnderText(blocks: readonly Block[]): Block[] {
  const out = [...blocks];
  out.forEach((block, i) => {
    // (A source line that names a reporter is the piece's signature, `来源：长治日报 记者 王丽`: describe reads it.)
    if (block.kind === 'furniture' || block.kind === 'byline' || !isBareLine(block) || !isSourceNote(block.text) || NAMES_REPORTER.test(block.text)) return;
    let above = i - 1;
    while (above >= 0 && out[above]!.kind === 'furniture') above--;
    const below = out[i + 1];
    const textAbove = out[above]?.kind === 'paragraph';
    const textEnds = below === undefined || below.kind !== 'paragraph' || below.byline !== undefined;
    const inHead = i > 0 && out.slice(0, i).every((b) => b.kind === 'furniture' || b.kind === 'headline') && below?.kind === 'furniture';
    if ((textAbove && textEnds) || inHead) out[i] = furniture(block);
  });
  return out;
}

// An end mark alone on its line: `■`, `（完）`, `（全文完）`, `- END -`.
const END_MARK = /^(?:[■□]|[（(](?:全文|本文)?完[)）]|[-—–]*[\s\u3000]*END[\s\u3000]*[-—–]*)$/iu;
// A classified ad: its kind in brackets, what is offered, a number to call (`【出租】…两室一厅出租，月租1500元，电话：139××××8830`).
const CLASSIFIED = /^【\p{Script=Han}{2,4}】[^【】\n]{4,80}?(?:电话|热线|手机|联系方式)[：:]?[\s\u3000]*[\d×xX*＊\-—]{7,16}$/u;
// A notice of a lost paper (`某某便利店遗失营业执照正本，…，声明作废。`), printed among the ads.
const LOST_NOTICE = /遗失[^。！？]{2,80}(?:声明作废|特此声明)[。]?$/u;
const MAX_LOST_NOTICE_CHARS = 150;
// The label over ads or notices: a few characters, maybe letter-spaced (`广　告`, `分类信息`, `遗失声明`).
const MAX_AD_LABEL_CHARS = 6;

/** A block of two classified ads or more, one to a line (or run together as a copy joins them). */
function isClassifieds(text: string): boolean {
  const ads = text.trim().split(/\n|(?=【\p{Script=Han}{2,4}】)/u).map((l) => l.trim()).filter(Boolean);
  return ads.length >= 2 && ads.every((a) => CLASSIFIED.test(a));
}

/**
 * What a page prints among its articles that is no article: end marks and a post's asks of its reader alone on
 * their line, a strip of classified ads and a notice of a lost paper (`遗失声明` / `…遗失营业执照正本，…，声明作废。`),
 * with the short labels over them (`广　告` / `分类信息`); all the page's furniture, never a caption, a heading or an
 * article.
 */
export function adsAndEndMarks(blocks: readonly Block[]): Block[] {
  const out = repeatedLabels(blocks);
  out.forEach((block, i) => {
    const t = block.text.trim();
    if (block.kind === 'furniture' || block.byline !== undefined || block.credit !== undefined) return;
    // (A post's ask of its reader, `喜欢就点个“在看”吧！`, wherever it stands: copy-chrome.ts isReaderAsk.)
    if (END_MARK.test(t) || (isBareLine(block) && isReaderAsk(t))) out[i] = furniture(block);
    // One notice alone among the articles: a notices' page lists several, bulleted, as a piece of its own.
    const isLost = (b: Block | undefined) => b?.kind === 'paragraph' && LOST_NOTICE.test(b.text.trim());
    const lost = isLost(block) && !t.includes('\n') && [...t].length <= MAX_LOST_NOTICE_CHARS && !isListItem(t) && !isLost(out[i - 1]) && !isLost(out[i + 1]);
    if (!(block.kind === 'paragraph' && isClassifieds(t)) && !lost) return;
    out[i] = furniture(block);
    for (let k = i - 1; k >= 0 && isLabelOver(out[k]!, lost); k--) out[k] = furniture(out[k]!);
  });
  return out;
}

/** A short label alone on its line over ads (any) or over a lost notice (one that ends in 声明). */
function isLabelOver(block: Block, lost: boolean): boolean {
  const t = block.text.trim().replace(/[\s\u3000]+/gu, '');
  if (!TITLE_KINDS.has(block.kind) || !isBareLine(block) || !/^\p{Script=Han}+$/u.test(t) || [...t].length > MAX_AD_LABEL_CHARS) return false;
  return !lost || t.endsWith('声明');
}

/** The copy's tail under its last running text: see the module's header. */
export function tailUnderStaffLines(blocks: readonly Block[]): Block[] {
  const out = [...blocks];
  // Under the editors' own line (`编辑：… 审核：…`: isStaffLine) short lines of text are prompts, and past posts' titles
  // may stand among them, a label's (`往期推荐`) or bulleted ones (`▶ 某县两会｜…`), with other lines of the page.
  const tailLine = (b: Block) => b.kind !== 'paragraph' || isPromptLine(b) || isPastPost(b);
  let foot = out.length;
  while (foot > 0 && tailLine(out[foot - 1]!)) foot--;
  let staff = out.findIndex((b, i) => i >= foot && b.kind === 'furniture' && isStaffLine(b.text));
  let prompts = staff + 1;
  if (staff < 0) {
    // Under any other page line (a contact), short lines of text at the very end are prompts only right under it.
    const isStaff = (b: Block) => b.kind === 'furniture' && readPageLine(b.text) !== undefined;
    prompts = out.length;
    while (prompts > 0 && isPromptLine(out[prompts - 1]!)) prompts--;
    if (prompts === 0 || !isStaff(out[prompts - 1]!)) prompts = out.length;
    foot = prompts;
    while (foot > 0 && out[foot - 1]!.kind !== 'paragraph') foot--;
    staff = out.findIndex((b, i) => i >= foot && isStaff(b));
    if (staff < 0) return out;
  }
  for (let i = staff + 1; i < out.length; i++) if (isTitleLine(out[i]!) || (i >= prompts && (isPromptLine(out[i]!) || isPastPost(out[i]!)))) out[i] = furniture(out[i]!);
  const source = out[staff - 1];
  if (source?.kind === 'paragraph' && !source.credit && !source.byline && SOURCE_LINE.test(source.text.trim())) out[staff - 1] = furniture(source);
  return out;
}

// `· 今冬首场雪来了！`: a bullet and a title, no clause marks inside (a sentence or a tip has them).
const BULLETED_TITLE = /^[·•・●▪\-][\s\u3000]*[^\s\u3000。，,；;：:][^。，,；;：:]{3,29}$/u;
// `● 民生支出 38.6亿元`: a label and, after a space, its number: a data box's line, not a title.
const DATA_LINE = /[\s\u3000][0-9０-９][^\s\u3000]*$/u;
const isListedTitle = (line: string) => BULLETED_TITLE.test(line) && !DATA_LINE.test(line);
// `相关推荐`, `猜你喜欢`: a label of a few characters, no mark of its own.
const LIST_LABEL = /^\p{Script=Han}{2,6}$/u;

/** The app's list of other pieces at the page's foot: see the module's header. */
export function relatedAtFoot(blocks: readonly Block[]): Block[] {
  const out = [...blocks];
  let k = out.length;
  while (k > 0 && out[k - 1]!.kind !== 'furniture' && out[k - 1]!.text.split('\n').every((l) => isListedTitle(l.trim()))) k--;
  const titles = out.slice(k).reduce((n, b) => n + b.text.split('\n').length, 0);
  const label = out[k - 1];
  if (titles < 2 || label === undefined || !isBareLine(label) || !LIST_LABEL.test(label.text.trim()) || SIDEBAR_LABEL.test(label.text.trim())) return out;
  for (let i = k - 1; i < out.length; i++) out[i] = furniture(out[i]!);
  return out;
}

// The kinds a running head may have been given where it stands: a caption, a section's heading, a piece's headline.
const RUNNING_HEAD_KINDS = new Set<Block['kind']>(['caption', 'heading', 'subheading']);

/**
 * A label printed again and again on the page, alone on its line (`县域新闻` at the top of each column of an OCR copy,
 * `民生周刊` over each of its parts): the page's running head, never a caption, a heading or a headline. A column's
 * name right over a headline is that piece's kicker, each time it is printed (run-titles.ts), and stays.
 */
function repeatedLabels(blocks: readonly Block[]): Block[] {
  const key = (b: Block) => b.text.trim().replace(/[\s\u3000]+/gu, '');
  const counts = new Map<string, number>();
  for (const b of blocks) if (isBareLine(b)) counts.set(key(b), (counts.get(key(b)) ?? 0) + 1);
  return blocks.map((b, i) => {
    if (!RUNNING_HEAD_KINDS.has(b.kind) || !isBareLine(b) || (counts.get(key(b)) ?? 0) < MIN_RUNNING_HEADS || !mayBeColumnName(b.text)) return b;
    const next = blocks[i + 1];
    return next?.kind === 'headline' || next?.kind === 'byline' || opensOnName(next) ? b : furniture(b);
  });
}

// A paragraph that opens on a subject of two to four characters and a comma: `赵志刚，男，1968年生，…`.
const OPENING_SUBJECT = /^(\p{Script=Han}{2,4})[，,]/u;

/**
 * The paragraph opens on a person's name and a comma (jieba): a label over it (`人物小传` over each of a feature's
 * profiles) heads that part, as a running head (`县域新闻` at a column's top, over text going on) never does.
 */
function opensOnName(block: Block | undefined): boolean {
  const subject = block?.kind === 'paragraph' ? OPENING_SUBJECT.exec(block.text.trim())?.[1] : undefined;
  return subject !== undefined && endsWithPersonName(subject);
}
