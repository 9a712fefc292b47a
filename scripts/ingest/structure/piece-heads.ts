// A body's reply or document printed after another piece's text, on a page that is not a page of such pieces: its
// head (`对市政协某次会议第086号提案的答复`, `3．关于…的建议的答复`), a title-like line of a document's length, stands
// right under running text and over the lines that say who it is from and to — labelled lines (`提案人：张某委员` /
// `答复单位：市民政局`) or the replying bodies' names alone (`长治市生态环境局　长治市住房和城乡建设局`), one of them
// naming a body, then a second such line or whom it answers (`郭某代表：…`). That head is the headline of a piece of its
// own (its number in a selection cut, as numberedPieceHeads cuts it), the labelled lines the text it opens; read as a
// section head, it and its piece would run on in the article above. A section head over labelled lines inside one
// article (`（一）报名时间和地点` / `时间：…` / `地点：…`) is short, and over no body's name; a head with no such lines
// under it stays as it is. A notice's head (`…招聘公告`, `关于…的通知`) after text is one too where whom it addresses
// stands alone under it (`各有关单位：`) or its opening sentence, or the short one after it, stops on a colon,
// announcing its items (`…公告如下：`);
// text that introduces what follows (`…全文如下：`) quotes the piece under it, which stays in its article. A photo's
// credit (`本报记者 梁 晨 摄`) closes the piece above as its text's end does.

import { isPhotoCredit } from './bylines.ts';
import { DOCUMENT_KIND, isBodiesLine, isLabelledLine, PIECE_NUMBER } from './issuers.ts';
import type { Marked } from './run.ts';
import { charCount, isTitleLike } from './shape.ts';

/** A document's head runs longer than a section's (`关于在潞城区增设老年助餐点的建议`, not `报名时间和地点`). */
const MIN_HEAD_CHARS = 10;
// Its title ends on the kind of document it is (`…的建议的答复`, `关于…的通知`): issuers.ts DOCUMENT_KIND, a proposal's
// kinds among them.
/** Who it is from and to takes a few lines at most. */
const MAX_LABELLED_LINES = 4;
// Whom a reply answers, opening the line under its labelled lines: `郭某代表：`, `张某委员：您提出的…`.
const SALUTATION = /^[^，,。！？!?；;：:\s]{2,12}[：:]/u;

// Read so far as text, a title-like line, or a page's line (`承办单位：…` looks like an editor's credit line).
const FROM_SHAPES = new Set(['paragraph', 'title', 'furniture']);

const linesOf = (m: Marked) => m.block.text.trim().split('\n').map((l) => l.trim());
const isFromLine = (line: string) => isLabelledLine(line) || isBodiesLine(line);
/** A labelled line whose value is a body's name (`答复单位：长治市水利局`), or bodies' names alone. */
const namesBody = (line: string) => isBodiesLine(line) || (isLabelledLine(line) && isBodiesLine(line.replace(/^[^：:]+[：:]/u, '').trim()));

// A notice's kind (`…招聘公告`, `关于…的通知`): what it announces follows, to whom it is addressed first.
const NOTICE_KIND = /(?:通知|通告|公告|公示|决定|办法)$/u;
// `各县区医保局、各乡镇（街道）：`, `各有关单位：`: whom a notice addresses, alone on its line.
const ADDRESSEE = /^[^，,。！？!?；;：:]{2,30}[：:]$/u;

// `为做好…兜底安置，…决定面向社会招聘…。现将有关事项公告如下：`: the opening's reasons, then a short sentence that stops
// on the colon announcing the items.
const ANNOUNCED = /^[^。！？!?：:]{10,}[。；;][^。！？!?；;：:，,]{2,16}[：:]/u;

/**
 * Whom a notice addresses on the line under its head (`平顺县…名单公示` / `各乡镇（街道）：`), on a page printed
 * without blank lines: a line of its own, as it is between blank lines, not the lead-in of the paragraph under it
 * (structure/lines.ts), so the head is read as a notice's (opensNotice).
 */
export function addressesUnderHead(head: string, line: string): boolean {
  const title = head.trim().replace(PIECE_NUMBER, '');
  return NOTICE_KIND.test(title) && isTitleLike(title) && !/[，,]/u.test(title) && charCount(title) >= MIN_HEAD_CHARS && ADDRESSEE.test(line.trim());
}

/**
 * A notice's head over whom it addresses alone on a line, or over its opening paragraph that ends on a colon, announcing
 * its items (`根据…，现将有关事项公告如下：`).
 */
function opensNotice(title: string, below: Marked | undefined): boolean {
  if (!NOTICE_KIND.test(title) || below === undefined || below.block.byline || (below.shape !== 'paragraph' && below.shape !== 'title')) return false;
  const first = linesOf(below)[0]!;
  // Its opening sentence stops on the colon (a copy's wrapped lines may run on into the first item: `…公告如下：一、…`),
  // or the short one after it (`为做好…，决定…。现将有关事项公告如下：`).
  const text = below.block.text.trim();
  return ADDRESSEE.test(first) || (below.shape === 'paragraph' && (/^[^。！？!?：:]{10,}[：:]/u.test(text) || ANNOUNCED.test(text)));
}

/** The head of a piece after running text, over who it is from and to: its headline; the labelled lines its text. */
export function pieceHeadsAfterText(marked: Marked[]): Marked[] {
  const out = [...marked];
  marked.forEach((m, i) => {
    // After text that ends, not after a line that introduces what follows (`…的答复，全文如下：`): that quotes it. Or
    // after a photo's credit, which closes the piece above (`图为…。` / `本报记者 梁 晨 摄`), on a line of its own or
    // after a photo's caption that carries its credit on its line (`图为…大桥。 本报记者 霍 丽 摄`).
    const before = out[i - 1];
    const creditedCaption = before?.shape === 'caption' && before.block.credit !== undefined && isPhotoCredit(before.block.credit);
    const afterText = before?.shape === 'paragraph' ? !/[：:]$/u.test(before.block.text.trim()) : (before?.shape === 'byline' && isPhotoCredit(before.block.text)) || creditedCaption;
    if (!afterText || (m.shape !== 'paragraph' && m.shape !== 'title') || m.block.byline || m.block.credit) return;
    const text = m.block.text.trim();
    const title = text.replace(PIECE_NUMBER, '');
    // A document's title is one phrase: a line with a comma is a caption's or a headline's (`▲社区食堂里，志愿者为老人打饭`).
    if (text.includes('\n') || !isTitleLike(title) || /[，,]/u.test(title) || charCount(title) < MIN_HEAD_CHARS || !DOCUMENT_KIND.test(title)) return;
    let end = i + 1;
    const from: string[] = [];
    while (end < marked.length && from.length < MAX_LABELLED_LINES && FROM_SHAPES.has(marked[end]!.shape) && !marked[end]!.block.byline && linesOf(marked[end]!).every(isFromLine)) {
      from.push(...linesOf(marked[end]!));
      end++;
    }
    const answered = marked[end] !== undefined && SALUTATION.test(linesOf(marked[end]!)[0]!);
    if (from.length === 0 && opensNotice(title, marked[i + 1])) {
      const { level: _level, ...head } = m.block;
      out[i] = { shape: 'headline', block: { ...head, kind: 'headline', text: title } };
      return;
    }
    if (from.length === 0 || !from.some(namesBody) || (from.length < 2 && !answered)) return;
    // A title-like head over a body's name alone is signed by it (issuersUnderHeads).
    if (m.shape === 'title' && !isLabelledLine(from[0]!)) return;
    const { level: _level, ...head } = m.block;
    out[i] = { shape: 'headline', block: { ...head, kind: 'headline', text: title } };
    for (let k = i + 1; k < end; k++) {
      const { level: _l, ...block } = marked[k]!.block;
      out[k] = { shape: 'paragraph', block: { ...block, kind: 'paragraph' } };
    }
  });
  return out;
}
