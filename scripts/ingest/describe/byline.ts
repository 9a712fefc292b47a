// Who wrote an article, as the paper printed it, minus the typographic wrapping.

import { isPhotoCredit, withoutSourceNote } from '../structure/bylines.ts';
import { isSummary } from '../structure/copy-chrome.ts';
import type { Block } from '../types.ts';

/**
 * The byline of an article: a byline block (`·白雪峰·`, `(人民日报记者 郑洋洋)`, `桑梓`), else the byline
 * cut from its first paragraph (`本报讯 记者史晓萍报道`), else a signature or photo credit after its text
 * (`（记者 高远）`, `本报记者 姚晋华摄`). A wire mark that names nobody (`本报讯` with the reporter signed at the
 * end) gives way to a later candidate that names someone; a photo credit on a line of its own is the byline
 * only of a piece that has no other (a 本报讯 item's photo was taken by its photographer, not written by him).
 */
export function findByline(blocks: readonly Block[]): string | undefined {
  const lines = blocks.filter((b) => b.kind === 'byline').map((b) => b.text);
  const clean = (candidates: (string | undefined)[]) => candidates.map((c) => (c === undefined ? '' : cleanByline(c))).filter(Boolean);
  const text = clean([
    ...lines.filter((t) => !isPhotoCredit(t)),
    // (Past a copy's summary over the text, `核心提示：…`: the text's first paragraph.)
    blocks.find((b) => b.kind === 'paragraph' && (b.byline !== undefined || !isSummary(b.text)))?.byline,
    ...blocks.filter((b) => b.kind === 'paragraph').map((b) => b.credit),
  ]);
  return text.find((byline) => !namesNobody(byline)) ?? text[0] ?? clean(lines.filter((t) => isPhotoCredit(t)))[0];
}

/** `本报讯`, `新华社北京1月26日电`: a wire mark with no reporter in it. */
function namesNobody(byline: string): boolean {
  return /^\S{0,8}讯$|^(?:本报|新华社|中新社)\S{0,10}电$/u.test(byline.trim());
}

/**
 * `·白雪峰·` → `白雪峰`; `(人民日报记者 郑洋洋)` → `人民日报记者 郑洋洋`; `本报讯 记者史晓萍报道：` →
 * `本报讯 记者史晓萍`; `本报记者 姚晋华摄` → `本报记者 姚晋华 摄`; `来源：某融媒体中心 | 记者 郝 静` → `记者 郝 静`.
 */
export function cleanByline(text: string): string {
  // `本报讯（记者 王某 11月28日）`: the day the item was filed, closing the wire mark's brackets after the names, is no one's name.
  let byline = withoutSourceNote(text).replace(/[\s\u3000]+/gu, ' ').trim().replace(/(?<=\p{Script=Han})[\s\u3000]+(?:\d{4}年)?\d{1,2}月\d{1,2}日电?(?=[)）]$)/u, '');
  // Wrapping is taken off in layers: `（·桑梓·）`.
  for (let before = ''; before !== byline; ) {
    before = byline;
    byline = byline
      .replace(/^[·•・]+|[·•・]+$/gu, '')
      .replace(/^[□■○●◎◆◇◉]\s*/u, '')
      .replace(/^[—–]{1,2}\s*(?=By\b)/iu, '')
      // `——潞城区潞华街道居民　赵女士`: a letter signed after a dash (structure/letters.ts).
      .replace(/^(?:[—–]{1,2}|－－|--)\s*(?=\p{Script=Han})/u, '')
      .replace(/^[(（【〔[](.*)[)）】〕\]]$/u, '$1')
      .trim();
  }
  byline = byline.replace(/\s*报道\s*[：:]?$/u, '').replace(/\s*[：:]$/u, '');
  // `本报记者：李晓东`: the colon between a role and its name is a space's work.
  byline = byline.replace(/(记者|通讯员|实习生|评论员)\s*[：:]\s*(?=\p{Script=Han})/gu, '$1 ');
  // `本报记者 刘洋 ■通讯员 孙丽`: an ornament before each role.
  byline = byline.replace(/\s*[□■○●◎◆◇◉]\s*/gu, ' ');
  return byline.replace(/\s*摄$/u, ' 摄').trim();
}
