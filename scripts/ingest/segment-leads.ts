// What stands over a headline, for segment.ts: a lead or an editor's note printed above it, a column's name over
// that note, the kickers, decks and furniture set over it at the end of the article above, and a headline that
// titles the headline-less article it follows. Each decides where the article below begins.
import { isPhotoCredit, isWireByline } from './structure/bylines.ts';
import { isBrief, isTipsBox } from './structure/briefs.ts';
import { mayBeColumnName, mayBeKicker } from './structure/columns.ts';
import { isLabelledItem } from './structure/item-runs.ts';
import { goesOn, leadsHeadline } from './structure/leads.ts';
import { endsComplete, isListItem } from './structure/shape.ts';
import { isTable } from './structure/tables.ts';
import type { Block } from './types.ts';
import type { Draft } from './segment-passes.ts';

/** Most paragraphs a lead printed above its headline runs to; more is an article of its own. */
export const MAX_LEAD_PARAGRAPHS = 3;

// An editor's note, printed above the headline of the article it introduces; a new column's (`【开栏语】…`, `开栏的话：…`)
// over the column's first article.
export const EDITORS_NOTE = /^[【\[(（]?(?:编者按|编者的话|编前语|导读|开栏语|开栏的话)[】\])）]?[\s\u3000]*[：:]?/u;

// An editor's afterword, its label opening its paragraph set off by brackets or a colon (`编后：…`, `【编后】…`, `编后语：…`,
// `编后记：…`): it follows the piece it comments on, never introduces the next (segment.ts startsArticle).
export const AFTERWORD = /^(?:[【\[(（]编后[语记]?[】\])）]|编后[语记]?[\s\u3000]*[：:])/u;

// Blocks set over a headline that belong to the article below them, not to the one above.
const OVER_HEADLINE = new Set<Block['kind']>(['kicker', 'furniture', 'deck']);

/**
 * A lead printed above its headline (`入冬以来，武乡县…` at the top of the page, or `编者按：…` over the next
 * article) opens that headline's article: a few paragraphs with no headline, where the page starts or an
 * editor's note opened them, directly over a headline whose byline line (past its deck) follows it; never a
 * paragraph that is a report or a brief of its own.
 */
export function leadsInto(current: Draft, blocks: readonly Block[], i: number): boolean {
  if (!current.lead || current.hasHeadline || current.closed || current.continued.from) return false;
  const paragraphs = current.blocks.filter((b) => b.kind === 'paragraph');
  if (paragraphs.length > MAX_LEAD_PARAGRAPHS || current.blocks.some((b) => b.kind === 'heading' || b.kind === 'subheading')) return false;
  // A paragraph that is an item of its own, opened by its dateline (`本报讯（记者…）…`) or set off as a brief (`◆ …。`,
  // `【沁县】…。`), is a report whole without the headline below: no lead printed above it. Nor are the items of a
  // list (`1.“暖心车厢”车身贴有橙色标识…。` / `2.…。`, a box's tips): a lead is running text. Nor an item headed by its
  // date in brackets or its place and a colon on its line (`〔11月27日〕…。`, `西营镇：卫生院开设夜间门诊。入冬以来，…。`).
  // Nor a table printed as one block under its title (`某县服务清单` / `| 项目 | 数量 |` / …): a box, not running text.
  if (paragraphs.some((b) => b.byline !== undefined || isBrief(b.text) || isListItem(b.text) || isLabelledItem(b.text) || isTable(b.text.split('\n')))) return false;
  let next = i + 1;
  while (blocks[next]?.kind === 'deck') next++;
  // A report under the headline's byline opened by its own dateline (`本报记者 秦 雯` / `本报讯 12月8日，…`) is opened
  // by that line: the text above is no lead of it.
  let under = next;
  while (blocks[under]?.kind === 'byline') under++;
  if (under > next && blocks[under]?.kind === 'paragraph' && isWireByline(blocks[under]!.byline ?? '')) return false;
  // An editor's note says itself what it is: it opens the article under it, signed or not (`编者按：…` / `【关于…的建议】` /
  // `代表：…`).
  return blocks[next]?.kind === 'byline' || (paragraphs.length === 1 && EDITORS_NOTE.test(paragraphs[0]!.text));
}

/**
 * A column's name over an editor's note over a headline with its byline (`读者来信` / `编者按：…` / `小区门口的路灯
 * 为何总不亮？` / `潞州区读者 赵建平`): the name is that headline's kicker, and the note opens its article, as a note
 * right over a headline does; the name alone is no article. At the page's top, a head over a note alone over an
 * unsigned headline (`建议提案办理答复选登` / `编者按：…本版选登…` / `1．关于…的答复` / `答复单位：…`) is the page's
 * own head over the pieces below, furniture: a note is no article's body. Which of the two, or none.
 */
export function noteUnderColumn(current: Draft, blocks: readonly Block[], i: number): 'kicker' | 'furniture' | undefined {
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
export function takeNoteUnderColumn(current: Draft, role: 'kicker' | 'furniture'): Block[] {
  const [name, ...note] = current.blocks.splice(current.blocks.findIndex((b) => b.kind !== 'furniture'));
  return [{ ...name!, kind: role }, ...note];
}

/**
 * The last paragraph of an article of two paragraphs or more (a 本报讯 item, a feature), right over a headline
 * with its byline line (past its deck), is that feature's lead printed above it when it speaks of what the
 * headline names and of nothing the article's own headline names (structure/leads.ts).
 */
export function isLeadAbove(current: Draft, blocks: readonly Block[], i: number): boolean {
  const last = current.blocks.at(-1);
  const paragraphs = current.blocks.filter((b) => b.kind === 'paragraph');
  if (!current.hasHeadline || last?.kind !== 'paragraph' || paragraphs.length < 2 || blocks[i]!.kind !== 'headline') return false;
  if (last.byline || last.credit || last.continued || !endsComplete(last.text) || goesOn(last.text)) return false;
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
export function kickerAfterLead(current: Draft, blocks: readonly Block[], i: number): Block[] {
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
export function titlesCurrent(current: Draft, blocks: readonly Block[], i: number): boolean {
  if (current.hasHeadline || !current.hasBody || current.closed || current.continued.from) return false;
  // A report whole without it, opened by its dateline or set off as a brief (`■壶关县：今年以来，…。`), is titled by
  // none: the headline heads the next article, as over a lead (leadsInto).
  if (current.blocks.some((b) => b.kind === 'paragraph' && (b.byline !== undefined || isBrief(b.text)))) return false;
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
export function takeOverHeadline(current: Draft): Block[] {
  let from = current.blocks.length;
  while (from > 0 && OVER_HEADLINE.has(current.blocks[from - 1]!.kind)) from--;
  const before = current.blocks[from - 1];
  // (A reporter in brackets, `（通讯员 李晓霞）`, signs the text above: a closing signature, never set over a headline.)
  if (before?.kind === 'byline' && !isPhotoCredit(before.text) && !/^[(（]/u.test(before.text.trim()) && isSigned(current.blocks.slice(0, from - 1))) from--;
  return current.blocks.splice(from);
}

/** The blocks name their author already: a byline line, or a paragraph with a byline or a signature. */
function isSigned(blocks: readonly Block[]): boolean {
  return blocks.some(
    (b) => (b.kind === 'byline' && !isPhotoCredit(b.text)) || (b.kind === 'paragraph' && (b.byline !== undefined || /^[(（]/u.test(b.credit ?? ''))),
  );
}
