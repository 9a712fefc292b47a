// The issuer that signs a notice, a public announcement (公示, 公告) or a letter of a body: the body's name alone
// on the line after the text (`平顺县自来水公司`, `某县人力资源和社会保障局`), maybe over the day it was signed
// (`2025年12月4日`). A body's name is told by its form: nouns only by jieba's tags, ending with the word a body's
// name ends with (局, 公司, 中心, 委员会 …: the suffix of an organisation, not a list of bodies). Such a line is
// text of the notice it closes, not a caption nor a heading, and what it closes is a piece of its own (box-forms.ts).
// Under a head, over the text, the same line signs a body's reply printed as an article (issuersUnderHeads).

import { parseNumeral } from '../figures/numerals.ts';
import { tagWords } from '../figures/words.ts';
import { openingPlace } from './opening-place.ts';
import { ORG_END_WORD } from './org-words.ts';
import type { Marked } from './run.ts';
import { charCount, isTitleLike } from './shape.ts';

/** A body's name runs to about a headline's length. */
const MAX_ISSUER_CHARS = 30;
// The word a body's name ends with (org-words.ts).
const ORG_END = new RegExp(`${ORG_END_WORD}$`, 'u');
// Tags of the words a body's name is made of: nouns of every kind, place names, abbreviations, numerals
// (`第一`), a conjunction (`人力资源和社会保障局`), distinguishing words (`公益性`); jieba tags an unknown name `x`.
const NAME_TAGS = /^(?:n[a-z]*|j|m|c|b|x|l|vn)$/u;
// Inside a name only: a verb of what the body does, a one-character morpheme (`县`), an adjective of its field
// (`卫生健康委员会`: 卫生/an 健康/a).
const INNER_TAGS = /^(?:v|zg|ng|a|an)$/u;
// `2025年12月4日`, `二〇二五年十二月四日`: a date alone on its line.
const DATE_LINE = /^(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日$/u;

// The paper naming itself before its desk: `本报编辑部`, `本刊编辑部`.
const OWN_PAPER = /^本(?:报|刊)(?=\p{Script=Han})/u;

/** `平顺县自来水公司`, `中共某县委办公室`, `本报编辑部`: a body's name alone on its line. */
export function isIssuerLine(text: string): boolean {
  const t = text.trim();
  if (!t || t.includes('\n') || [...t].length > MAX_ISSUER_CHARS || !/^\p{Script=Han}+$/u.test(t) || !ORG_END.test(t)) return false;
  // A place of the gazetteer may open the name (`屯留区教育科技局`), whatever jieba makes of it (屯留/v 区/n): a place word.
  // So may the paper naming itself (`本报编辑部`, `本刊编辑部`: 本报/r), a notice of its own (a correction) signed by its desk.
  const place = openingPlace(t) ?? OWN_PAPER.exec(t)?.[0];
  const words = place === undefined ? tagWords(t) : [{ word: place, tag: 'ns' }, ...tagWords(t.slice(place.length))];
  // What the body does may stand inside its name (`城市照明管理处`: 照明/v), never first.
  return words.length >= 2 && NAME_TAGS.test(words[0]!.tag) && /^n/u.test(words.at(-1)!.tag) && words.every((w) => NAME_TAGS.test(w.tag) || INNER_TAGS.test(w.tag));
}

/**
 * `长治市交通运输局`, `长治市生态环境局　长治市住房和城乡建设局`, `武乡县水利局、武乡县财政局`: a line of bodies' names
 * alone (one or more, set apart by spaces or 、), each a body's name by isIssuerLine.
 */
export function isBodiesLine(text: string): boolean {
  const names = text.trim().split(/[\s\u3000、]+/u);
  return names.every(isIssuerLine);
}

/** `2025年12月4日`: the day a notice was signed, alone on its line. */
export function isSignedDate(text: string): boolean {
  return DATE_LINE.test(text.trim());
}

/**
 * A reply or a letter of a body printed as an article (`关于…的建议的答复` / `市教育局` / `郭晓峰代表：…`): the body's
 * name alone on the line under a headline-like line, over the text it opens, signs it as a byline does. Under a
 * title line that runs longer than the name; a body's name closing a notice stands under its text instead.
 */
export function isIssuerUnderHead(head: string, line: string): boolean {
  return isIssuerLine(line) && isTitleLike(head) && !head.trim().includes('\n') && charCount(head) > charCount(line);
}

// Whom a reply answers, on the line under its signature: `代表：李红梅、段志强`, `郭晓峰代表：`, `提案人：…`.
const SALUTATION = /^[^，,。！？!?]{1,20}[：:][^：:。！？!?]{0,24}$/u;

/**
 * Such a name, read as a title-like line (its own block), is the byline of the head over it, over the text or
 * over whom the reply answers (`代表：李红梅、段志强`), which opens the text.
 */
export function issuersUnderHeads(marked: Marked[]): Marked[] {
  const out = [...marked];
  out.forEach((m, i) => {
    const [head, below] = [out[i - 1], out[i + 1]];
    if (m.shape !== 'title' || head?.shape !== 'title' || below === undefined || !isIssuerUnderHead(head.block.text, m.block.text)) return;
    const salutation = below.shape === 'title' && SALUTATION.test(below.block.text.trim());
    if (below.shape !== 'paragraph' && !salutation) return;
    out[i] = { shape: 'byline', block: { ...m.block, kind: 'byline' } };
    if (salutation) {
      const { level: _level, ...block } = below.block;
      out[i + 1] = { shape: 'paragraph', block: { ...block, kind: 'paragraph' } };
    }
  });
  return out;
}

// A piece's number in a page's selection, before its head: `1．关于…的答复`, `2、对…第0215号提案的答复`, `（二）对…的答复`,
// `(3) 关于…的答复`.
export const PIECE_NUMBER = /^(?:(\d{1,2})[.．、]|[（(](\d{1,2}|[一二三四五六七八九十]{1,3})[）)])[\s\u3000]*(?=\S)/u;
// A labelled line under such a head, whose label ends with its colon and whose rest holds no sentence:
// `答复单位：长治市民政局`, `提案人：刘晓燕委员`.
const LABELLED_LINE = /^\p{Script=Han}{2,6}[：:][\s\u3000]*[^，,。！？!?；;：:]{2,24}$/u;

/** `答复单位：长治市民政局`, `代表：张丽娟（潞州区）`: a short label, its colon, and no sentence after it. */
export function isLabelledLine(text: string): boolean {
  return LABELLED_LINE.test(text.trim());
}

/** `3`, `十二`, `二十`: a piece's number, written in digits or in Chinese numerals. */
function pieceNumber(digits: string): number {
  return parseNumeral(digits) ?? Number.NaN;
}

/**
 * The head of a numbered piece (`1．关于…的答复` over `答复单位：…`, `（二）对…的答复` over `长子县人民政府`, the body that
 * replies) as its number and its title; undefined for any other. The line under it opens with a labelled line or is a
 * body's name alone.
 */
function numberedHead(m: Marked, below: Marked | undefined): { number: number; title: string } | undefined {
  const text = m.block.text.trim();
  const match = PIECE_NUMBER.exec(text);
  if ((m.shape !== 'paragraph' && m.shape !== 'title') || !match || text.includes('\n') || below === undefined) return undefined;
  const first = below.block.text.trim().split('\n')[0]!.trim();
  // One body replying or two together (`长治市生态环境局　长治市住房和城乡建设局`).
  const bodies = below.shape === 'title' && isBodiesLine(first);
  if (!LABELLED_LINE.test(first) && !bodies) return undefined;
  const title = text.slice(match[0].length);
  return isTitleLike(title) ? { number: pieceNumber(match[1] ?? match[2]!), title } : undefined;
}

/**
 * A page of pieces printed one after another under numbers (`1．关于…的建议的答复` / `答复单位：…` / `张丽萍代表：` /
 * …, then `2．…`): each numbered title-like line over a labelled line is a piece's head, its number the piece's
 * place in the page's selection, not an item of a list. Only where the numbers run 1, 2, 3 … down the page, two at
 * least: the head is read as the piece's headline (its number cut), the labelled line under it as the text it opens.
 */
export function numberedPieceHeads(marked: Marked[]): Marked[] {
  const heads = marked.flatMap((m, i) => {
    const head = numberedHead(m, marked[i + 1]);
    return head === undefined ? [] : [{ i, ...head }];
  });
  if (heads.length < 2 || heads.some((h, k) => h.number !== k + 1)) return marked;
  const out = [...marked];
  for (const { i, title } of heads) {
    const { level: _level, ...block } = out[i]!.block;
    out[i] = { shape: 'headline', block: { ...block, kind: 'headline', text: title } };
    const { level: _l, ...below } = out[i + 1]!.block;
    out[i + 1] = { shape: 'paragraph', block: { ...below, kind: 'paragraph' } };
  }
  return out;
}

// Whom a reply answers, alone on its line: `王建平代表：`, `张丽华委员：`.
const SALUTATION_ALONE = /^[^，,。！？!?；;：:\s]{2,12}[：:]$/u;

/**
 * A reply's head with its labelled lines under it in one block, no blank line between (`代表建议：让农村学生吃上热乎饭` /
 * `答复单位：屯留区教育局`), over whom it answers alone on a line (`杜卫红代表：`), and under no head of its own: the first
 * line is the reply's headline, the labelled lines open its text.
 */
export function headsOverLabelledLines(marked: Marked[]): Marked[] {
  return marked.flatMap((m, i) => {
    const lines = m.block.text.trim().split('\n').map((l) => l.trim());
    const below = marked[i + 1]?.block.text.trim().split('\n')[0]?.trim() ?? '';
    const proposer = proposerUnderHead(marked, i);
    if (proposer !== undefined) return proposer;
    if ((m.shape !== 'title' && m.shape !== 'paragraph') || m.block.byline || m.block.credit || lines.length < 2 || !SALUTATION_ALONE.test(below)) return [m];
    // Under a head already (`对…第086号提案的答复` / `提案人：…` / `答复单位：…`) the block is all labelled lines of the text.
    const above = marked[i - 1]?.shape;
    if (above === 'title' || above === 'headline' || above === 'heading') return [m];
    if (!isTitleLike(lines[0]!) || !lines.slice(1).every((l) => LABELLED_LINE.test(l))) return [m];
    const { level: _level, ...block } = m.block;
    return [
      { shape: 'headline', block: { ...block, kind: 'headline', text: lines[0]! } },
      { shape: 'paragraph', block: { ...block, kind: 'paragraph', text: lines.slice(1).join('\n') } },
    ];
  });
}

// Who made a proposal or a suggestion, by the form of a deputy's or member's name: a short label and its colon, then
// a name with the seat in brackets (`提案人：王某（某县政协委员）`, `领衔代表：李某（某镇人大代表）`), the seat after the
// name (`提案人：张某委员`) or before it (`提案人：市政协委员 刘某`).
const NAME = '\\p{Script=Han}(?:[\\s\\u3000]?\\p{Script=Han}){1,3}';
const SEAT = '(?:委员|代表)';
const PROPOSER_LINE = new RegExp(`^\\p{Script=Han}{2,6}[：:][\\s\\u3000]*(?:${NAME}[（(][^（）()，,。；;：:]{0,20}${SEAT}[)）]|${NAME}${SEAT}|[^，,。；;：:\\s\\u3000]{2,16}${SEAT}[\\s\\u3000]+${NAME})$`, 'u');

// A document's title ends on the kind of document it is, the closed class official writing names its papers by
// (`关于…的建议的答复`, `对…第086号提案的答复`, `关于…的通知`); an item of a work list over its lead unit and deadline
// (`新建改造农村公路500公里` / `牵头单位：市交通运输局` / `完成时限：12月底`) names a task. Read by piece-heads.ts too
// (held here, as it imports this file). A proposal is one of those kinds: what a deputy or member puts forward.
const PROPOSAL_KIND = '建议|提案|议案';
export const DOCUMENT_KIND = new RegExp(`(?:答复|${PROPOSAL_KIND}|意见|通知|通告|公告|公示|报告|决定|批复|办法|函)$`, 'u');
// The head such a line stands under ends on a proposal's kind (`关于…的建议`, `…的提案`, `…的议案的答复`); an interview's
// head under a kicker (`两会访谈` / `对话：张某委员`) names a member in the same form but stands under no proposal.
const PROPOSAL_HEAD = new RegExp(`(?:${PROPOSAL_KIND})(?:的答复)?$`, 'u');

/** `提案人：王某（某县政协委员）`, `领衔代表：李某（某镇人大代表）`: the line that names who made a proposal. */
export function isProposerLine(text: string): boolean {
  return PROPOSER_LINE.test(text.trim());
}

/**
 * A proposal's head with the line naming who made it under it (`关于…的建议` / `提案人：王某（某县政协委员）`) over its text:
 * that line opens the text, never a headline nor a deck — in the head's block (no blank line between: the first line
 * is the headline) or on a title-like line of its own under the head (then a paragraph, the head the run's to read).
 */
function proposerUnderHead(marked: readonly Marked[], i: number): Marked[] | undefined {
  const m = marked[i]!;
  const below = marked[i + 1];
  if (below?.shape !== 'paragraph' || m.block.byline || m.block.credit) return undefined;
  const lines = m.block.text.trim().split('\n').map((l) => l.trim());
  const { level: _level, ...block } = m.block;
  const head = marked[i - 1];
  if (lines.length === 1 && m.shape === 'title' && isProposerLine(lines[0]!) && head?.shape === 'title' && PROPOSAL_HEAD.test(head.block.text.trim())) {
    return [{ shape: 'paragraph', block: { ...block, kind: 'paragraph' } }];
  }
  const above = marked[i - 1]?.shape;
  if (above === 'title' || above === 'headline' || above === 'heading') return undefined;
  if (lines.length !== 2 || (m.shape !== 'title' && m.shape !== 'headline') || !isProposerLine(lines[1]!) || isLabelledLine(lines[0]!) || !PROPOSAL_HEAD.test(lines[0]!) || !isTitleLike(lines[0]!)) return undefined;
  return [
    { shape: 'headline', block: { ...block, kind: 'headline', text: lines[0]! } },
    { shape: 'paragraph', block: { ...block, kind: 'paragraph', text: lines[1]! } },
  ];
}

/**
 * The day a reply or a letter was signed, alone on its line right under its last paragraph (`联系人：… 联系电话：…` /
 * `2025年7月15日`), past the page's head: the piece's last line of text, not a date line of the page, which stands
 * over the page's first article.
 */
export function signedDatesUnderText(marked: Marked[]): Marked[] {
  return marked.map((m, i) => {
    const above = marked[i - 1];
    if (m.shape !== 'furniture' || !isSignedDate(m.block.text) || above?.shape !== 'paragraph' || above.block.credit) return m;
    if (!marked.slice(0, i).some((b) => b.shape === 'headline' || b.shape === 'title')) return m;
    return { shape: 'paragraph', block: { ...m.block, kind: 'paragraph' } };
  });
}
