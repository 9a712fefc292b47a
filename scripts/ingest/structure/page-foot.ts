// The page's foot line that tells readers where to write and call (`读者来信请寄：某报民声版　邮箱：…　热线电话：…`):
// labelled parts on one line, two of them or more a phone number, a mail or web address, standing last on the page
// after the text. It is the page's, never the last paragraph of the article above it. One contact alone
// (`咨询电话：0355-…` closing a notice) is the notice's text; a line of contacts only is read by frames.ts.

import { tagWords } from '../figures/words.ts';
import { isPhotoCredit } from './bylines.ts';
import type { Block } from '../types.ts';

// A labelled part: a short label, a colon, what it gives.
const PART = /^\p{Script=Han}{2,10}[：:]\S+$/u;
// A phone number (with its area code), its last digits maybe masked as a copy prints it (`0355-2028×××`), a mobile, a
// hotline's short number, a mail or web address.
const CONTACT = /[：:](?:(?:0\d{2,3}-)?\d{7,8}|(?:0\d{2,3}-)?\d{3,6}[×xX*＊]{2,4}|1[3-9]\d{9}|\d{5}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\S*)$/iu;

// A postcode, where a letter is sent (`邮编：046000`).
const POSTCODE = /^(?:邮编|邮政编码)[：:]\d{6}$/u;
// An address goes on past a space without a label of its own (`来信请寄：长治市潞州区英雄中路　上党晚报评论部`): a name, no mark.
const ADDRESS_GOES_ON = /^[\p{Script=Han}\d]{2,16}$/u;

/**
 * `读者来信请寄：…　邮箱：a@b.cn　热线电话：0355-…`: labelled parts (an address may go on past a space under its
 * label), two or more of them contacts (a postcode one).
 */
export function isContactsLine(text: string): boolean {
  const t = text.trim();
  if (t.includes('\n')) return false;
  const parts = t.split(/[\s\u3000]+/u);
  const labelled = parts.every((p, k) => PART.test(p) || (k > 0 && PART.test(parts[k - 1]!) && !CONTACT.test(parts[k - 1]!) && ADDRESS_GOES_ON.test(p)));
  return parts.length >= 2 && labelled && parts.filter((p) => CONTACT.test(p) || POSTCODE.test(p)).length >= 2;
}

/**
 * `联系人：王宏　联系电话：0355-2209876`, `联系单位：市民政局养老服务科　电话：0355-3036617`: a piece's closing line of
 * labelled parts, two or more, the last a phone number or address. A reply or notice ends on it.
 */
export function isClosingContacts(text: string): boolean {
  const parts = text.trim().split(/[\s\u3000]+/u);
  return !text.trim().includes('\n') && parts.length >= 2 && parts.every((p) => PART.test(p)) && CONTACT.test(parts.at(-1)!);
}

// A line that is one labelled part or more (`联系人：段 某`, `联系电话：0355-2191345`), no sentence among them.
const LABEL_LINE = /^\p{Script=Han}{2,10}[：:][^。！？；]{1,40}$/u;

/**
 * The text above ends on a piece's contacts: its closing line (isClosingContacts), or its last lines each a labelled
 * part, two or more (`联系人：李某` / `联系电话：0355-2186523`), the last a phone number or address.
 */
export function closesOnContacts(lines: readonly string[]): boolean {
  const last = lines.at(-1)?.trim() ?? '';
  if (isClosingContacts(last)) return true;
  let first = lines.length;
  while (first > 0 && LABEL_LINE.test(lines[first - 1]!.trim())) first--;
  return lines.length - first >= 2 && CONTACT.test(last.split(/[\s\u3000]+/u).at(-1)!);
}

/**
 * The line gives the place for the act the text above it calls for, a notice's own last line: its label's first word
 * (`投稿地址` → 投稿, `报名电话` → 报名) closes a clause of that text (`…欢迎广大读者踊跃投稿。`, `…请于12月20日前报名，`).
 * The paper's own line under a piece names no such act there (`来信请寄：…` under a poll; `社区热线：…` under text on
 * 社区工作, where the word opens a clause).
 */
function answersCall(line: string, text: string): boolean {
  const label = /^(\p{Script=Han}{2,10})[：:]/u.exec(line.trim())?.[1];
  const head = label === undefined ? undefined : tagWords(label)[0]?.word;
  if (head === undefined || [...head].length < 2 || head === label) return false;
  return new RegExp(`${head}[，。！；、,!;]`, 'u').test(text);
}

/** The text of the piece the block at `i` closes: its paragraphs back to its headline. */
function pieceTextAbove(blocks: readonly Block[], i: number): string {
  const text: string[] = [];
  for (let k = i - 1; k >= 0 && blocks[k]!.kind !== 'headline'; k--) if (blocks[k]!.kind === 'paragraph') text.unshift(blocks[k]!.text);
  return text.join('\n');
}

// One labelled contact (`法律咨询热线：12348`, `健康咨询热线：0355-12320`, `图片投稿邮箱：a@b.com`): a label, a colon, a number
// (an area code before it or not) or an address.
const ONE_CONTACT = /^\p{Script=Han}{2,10}[：:](?:(?:0\d{2,3}-)?\d{5,8}|(?:0\d{2,3}-)?\d{3,6}[×xX*＊]{2,4}|1[3-9]\d{9}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/u;

/**
 * One contact alone as the page's last text, right under a photo's credit (`通讯员 秦 晓 摄` / `法律咨询热线：12348`): the
 * photo is done with its credit, and no notice ends there on its number; the line is the page's desk's.
 */
function contactUnderPhotoCredit(blocks: readonly Block[], i: number): boolean {
  const above = blocks[i - 1];
  if (!ONE_CONTACT.test(blocks[i]!.text.trim()) || above === undefined) return false;
  return (above.kind === 'byline' && isPhotoCredit(above.text)) || (above.kind === 'paragraph' && isPhotoCredit(above.credit ?? ''));
}

/** The last text of the page, a line of contacts after furniture only, is the page's furniture, unless it answers its piece's call. */
export function contactsLineAtFoot(blocks: readonly Block[]): Block[] {
  const out = [...blocks];
  let i = out.length - 1;
  while (i >= 0 && out[i]!.kind === 'furniture') i--;
  const last = out[i];
  if (i > 0 && last !== undefined && last.kind === 'paragraph' && !last.credit && !last.byline && (isContactsLine(last.text) || contactUnderPhotoCredit(out, i))) {
    if (answersCall(last.text, pieceTextAbove(out, i))) return out;
    out[i] = { kind: 'furniture', text: last.text, source: last.source };
    return out;
  }
  // On a page exported with no blank line, the foot line may close the lines read into the last block
  // (`回复：…` / `读者来信请寄：…　邮箱：…`): it is cut off that block, the page's still.
  const lines = last?.kind === 'paragraph' && !last.credit ? last.text.split('\n') : [];
  if (i > 0 && lines.length >= 2 && isContactsLine(lines.at(-1)!) && !answersCall(lines.at(-1)!, `${pieceTextAbove(out, i)}\n${lines.slice(0, -1).join('\n')}`)) {
    out.splice(i, 1, { ...last!, text: lines.slice(0, -1).join('\n') }, { kind: 'furniture', text: lines.at(-1)!.trim(), source: last!.source });
  }
  return out;
}
