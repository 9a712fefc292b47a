// A letter to the paper, by its form (issue 15): it opens with a salutation (`编辑同志：`, `尊敬的编辑：` — the one
// it writes to, in nouns, and a colon, at the head of its first paragraph) and closes with its writer's
// signature on a line of its own (`沁县定昌镇居民 刘芳`, `一位退休教师 张华`: who the writer is, a space, a
// person's name). The signature is the letter's byline, never the first line of the headline under it.
// A letter printed with no salutation under its head signs with a dash (`——潞城区潞华街道居民　赵女士`): the dash and the
// signature's form, on a line of its own right after the text, sign it so; under a headline the same dash opens a deck.
// A reader's piece signed in brackets, where they live and their name (`（灵空山镇　张海燕）`), is signed so where the line
// closes it: last on the page or over the next piece's headline, not between two paragraphs.

import { tagWords } from '../figures/words.ts';
import { isPlaceSignature } from './signatures.ts';
import { endsWithPersonName } from './names.ts';
import type { Marked } from './run.ts';
import { isDialogueTurn, isTitleLike } from './shape.ts';
import { BOX_MARK } from './box-label.ts';
import { openingLabel } from './question-heads.ts';

// An editor's note opens with its label and a colon too (`编者按：`, `编后：`): the paper's words, no letter's.
const EDITORS_NOTE = /^[【\[(（]?(?:编者按|编者的话|编前语|编后语|编后|导读)/u;
/** A salutation is a short address. */
const MAX_ADDRESS_CHARS = 8;
// `编辑同志：…`, `尊敬的编辑：…`: an address (maybe after 尊敬的/亲爱的) and a colon opening the paragraph.
// What follows is the letter's running text: words, then a sentence finished (`您好！`, `…不亮。`).
const SALUTATION = /^(?:(?:尊敬|亲爱)的)?(\p{Script=Han}{2,8})[：:][\s\u3000]*(?=\p{Script=Han})[^\n]*[。！？!?]/u;
// `沁县定昌镇居民 刘芳`: who the writer is, then the name (two or three characters, or two spaced).
const SIGNATURE = /^(\S{2,16})[\s\u3000]+(\p{Script=Han}{2,3}|\p{Script=Han}[\s\u3000]\p{Script=Han})$/u;

/** The paragraph opens a letter: `编辑同志：我家住在…`. Not a turn of a Q&A (`记者：…`) nor a speaker named. */
export function opensLetter(text: string): boolean {
  const t = text.trim();
  const m = SALUTATION.exec(t);
  if (!m || isDialogueTurn(t) || EDITORS_NOTE.test(t) || [...m[1]!].length > MAX_ADDRESS_CHARS) return false;
  const words = tagWords(m[1]!);
  // Nouns of people or bodies, not a place (`沁源县：…` heads a report) nor a person's name (`王海军：…` speaks).
  return words.length > 0 && words.every((w) => /^n(?![rs])/u.test(w.tag)) && !endsWithPersonName(m[1]!);
}

/** `沁县定昌镇居民 刘芳`: a writer's signature on a line of its own. */
export function isLetterSignature(text: string): boolean {
  const t = text.trim();
  const m = SIGNATURE.exec(t);
  return m !== null && !/[，。！？：:；、]/u.test(t) && endsWithPersonName(t.replace(/[\s\u3000]+/gu, ''));
}

// `——潞城区潞华街道居民　赵女士`: a signature after a dash.
const DASH = /^(?:——|—|－－|--)[\s\u3000]*/u;

/** `——平顺县青羊镇村民　王先生`: a dash and a writer's signature, on a line of its own. */
export function isDashSignature(text: string): boolean {
  const t = text.trim();
  return DASH.test(t) && isLetterSignature(t.replace(DASH, '')) ;
}

/** The line right after a letter's paragraphs that signs it is its byline. */
export function letterSignatures(marked: Marked[]): Marked[] {
  const out = [...marked];
  for (let i = 0; i < out.length; i++) {
    if (out[i]!.shape === 'paragraph' && (isDashSigned(out, i + 1) || closesWithPlaceSignature(out, i + 1) || isReaderSigned(out, i + 1))) {
      const { level: _level, byline: _byline, credit: _credit, ...block } = out[i + 1]!.block;
      out[i + 1] = { shape: 'byline', block: { ...block, kind: 'byline' } };
      continue;
    }
    if (out[i]!.shape !== 'paragraph' || !opensLetter(out[i]!.block.text)) continue;
    let k = i + 1;
    while (out[k]?.shape === 'paragraph' && !isLetterSignature(out[k]!.block.text)) k++;
    const sign = out[k];
    if (sign === undefined || sign.shape === 'byline' || sign.block.text.includes('\n') || !isLetterSignature(sign.block.text)) continue;
    const { level: _level, byline: _byline, credit: _credit, ...block } = sign.block;
    out[k] = { shape: 'byline', block: { ...block, kind: 'byline' } };
    i = k;
  }
  // The reply's label under a reader's signature (`【回复】`, `▶部门回复`) over the reply's text opens it: the letter's text,
  // no head. Over a headline of its own (`【回音】` / `屯留区城市管理局：14盏路灯已全部点亮`) it is that reply's kicker.
  return out.map((m, i) => {
    const [sign, text] = [out[i - 1], out[i + 1]];
    if (sign?.shape !== 'byline' || !isReaderSignature(sign.block.text) || !isReplyLabel(m.block.text) || text === undefined || isTitleLike(text.block.text)) return m;
    const { level: _l, byline: _b, credit: _c, ...rest } = m.block;
    return { shape: 'paragraph', block: { ...rest, kind: 'paragraph' } };
  });
}

/**
 * The line at k is a reader's signature in brackets (`（灵空山镇　张海燕）`, bylines.ts isPlaceSignature) that closes the
 * piece: the page ends there or what follows is no running text (the next piece's headline, the page's staff line).
 */
function closesWithPlaceSignature(out: readonly Marked[], k: number): boolean {
  const sign = out[k];
  const after = out[k + 1];
  return sign?.shape === 'paragraph' && !sign.block.text.includes('\n') && isPlaceSignature(sign.block.text) && (after === undefined || (after.shape !== 'paragraph' && after.shape !== 'continuation'));
}

/**
 * The line at k signs the text right over it as a reader who wrote in (`（潞城区潞华街道居民　张建华）`, `网友　夜归人`,
 * `沁源县郭道镇读者　王丽娟`): one line, no byline read off it yet, and under it the reply (its label alone,
 * `【回复】`, or a body answering by name, `紫金街街道办事处回复：…`) or nothing that runs on (the next head, the page's end).
 */
function isReaderSigned(out: readonly Marked[], k: number): boolean {
  const sign = out[k];
  const after = out[k + 1];
  if (sign === undefined || sign.shape === 'byline' || sign.block.text.includes('\n') || !isReaderSignature(sign.block.text)) return false;
  if (after === undefined) return true;
  const t = after.block.text.trim();
  return isReplyLabel(t) || REPLY.test(t) || NAMED_REPLY.test(t) || openingLabel(t) !== undefined || (after.shape !== 'paragraph' && after.shape !== 'continuation');
}

/** The line at k signs the text right over it with a dash: one line, no byline read off it yet. */
function isDashSigned(out: readonly Marked[], k: number): boolean {
  const sign = out[k];
  return sign !== undefined && sign.shape !== 'byline' && !sign.block.text.includes('\n') && isDashSignature(sign.block.text);
}

// `【回复】潞华街道办事处：…`: a bracketed label, then the body that answers and a colon.
const REPLY = /^[【\[][^】\]\n]{1,4}[】\]][\s\u3000]*[^：:，,。\n]{2,20}[：:]/u;
// A reply that names who answers (`紫金街街道办事处回复：…`, `县教育局答复：…`): segment-exchanges.ts reads it so too.
export const NAMED_REPLY = /^[^：:，,。！？!?；;\s]{2,16}(?:回复|答复)[：:]/u;

/**
 * A paragraph answering the letter signed with a dash or a reader's bracketed signature right over it
 * (`——潞城区潞华街道居民　赵女士`, `（某区读者 周先生）` / `【回复】潞华街道办事处：…`): the letter's, its reply, not a piece of
 * its own.
 */
export function repliesToSignature(signature: string | undefined, paragraph: string): boolean {
  if (signature === undefined) return false;
  const [s, p] = [signature.trim(), paragraph.trim()];
  return ((isDashSignature(s) || isReaderSignature(s)) && REPLY.test(p)) || (isReaderSignature(s) && (isReplyLabel(p) || NAMED_REPLY.test(p) || openingLabel(p) !== undefined || addressesSigner(s, p)));
}

// `李女士：`, `王福来同志：`, `编辑同志：`: whom a letter or a reply is written to, alone on its line.
const SALUTATION_ALONE = /^([^，,。！？!?；;：:\s]{2,12})[：:]$/u;

/** `编辑同志：`, `李女士：`: a salutation alone on its line. */
export function isSalutationAlone(text: string): boolean {
  return SALUTATION_ALONE.test(text.trim());
}

/** The paragraph is a salutation alone to the reader who signed (`（某镇读者　王福来）` / `王福来同志：`): the reply opens. */
function addressesSigner(signature: string, paragraph: string): boolean {
  const name = /([^（）()\s\u3000]+)[)）]?$/u.exec(signature)?.[1];
  const to = SALUTATION_ALONE.exec(paragraph)?.[1];
  return name !== undefined && to !== undefined && [...name].length >= 2 && to.startsWith(name);
}

// `（潞州区读者 周先生）`, `（网友 小李）`: a reader who wrote in, signed in brackets (where from — a place by the word its
// name ends with, as bare below — the role, the name; not a note on residents, `（本文部分居民姓名为化名）`).
/** Who writes in: the role a reader signs with. */
const ROLE = '(读者|市民|居民|村民|网友)';
const READER = String.raw`(?:\p{Script=Han}{1,14}(?:市|县|区|镇|乡|街道|社区|村|小区))?${ROLE}`;
const READER_SIGNATURE = new RegExp(String.raw`^[（(]${READER}[\s\u3000]*[^（）()\s\u3000]{1,8}[)）]$`, 'u');
// The same bare on its own line, the name set off by a space: the role alone or after where the reader lives, a place by
// the word its name ends with (`网友　夜归人`, `屯留区读者　赵志刚`, `沁源县郭道镇读者　王丽娟`; not `致读者　新年寄语`).
const BARE_READER = new RegExp(String.raw`^${READER}[\s\u3000]+[^（）()\s\u3000，,。：:！？!?、]{1,8}$`, 'u');

/** A reader's signature on its own line, in brackets or bare: `（某区读者 周先生）`, `网友　夜归人`. */
export function isReaderSignature(text: string): boolean {
  const t = text.trim();
  if (!READER_SIGNATURE.test(t) && !BARE_READER.test(t)) return false;
  // (After the role, a person's name — `张建华`, `周先生`, `王老师` — or a netizen's handle, `网友　夜归人`; not a column's
  // name spaced like one, `市民　有话说`: review R6 G20.)
  const [, role, name] = SIGNER.exec(t)!;
  return role === '网友' || endsWithPersonName(name!);
}

/** The role and the name of a reader's signature. */
const SIGNER = new RegExp(String.raw`${ROLE}[\s\u3000]*([^（）()\s\u3000]+)[)）]?$`, 'u');

// `【回复】`, `▶部门回复`, `部门回复`, `【部门回音】`: a reply's label alone on its line, in brackets or after a box's mark.
const REPLY_LABEL = /^[【\[〖]?(?:\p{Script=Han}{0,4})(?:回复|答复|回音)[】\]〗]?$/u;

/** `【回复】`, `▶部门回复`: the label of a reply alone on its line. */
export function isReplyLabel(text: string): boolean {
  return REPLY_LABEL.test(text.trim().replace(BOX_MARK, ''));
}
