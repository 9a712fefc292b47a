// Notice boxes: a box of two or more labelled notices (`停水通知：…`, `供热报修：…`), each a short line that
// opens with its own label of a few characters and a colon, printed under a title of its own (`便民提示`)
// after an article. The title over such a box is the box's headline, not a section heading of the article
// above (run-headline.ts), and the box is a sidebar (describe/kind.ts). A turn of a Q&A or an interview
// (`问：`, `记者：`, `王海军：`) and a speaker's words (`他说：“…”`) are not notices.

import { endsWithPersonName } from './names.ts';
import { directoryRows } from './directory-rows.ts';
import type { Run } from './run.ts';
import { BULLET_MARK, isDialogueTurn } from './shape.ts';

/** A box has at least this many notices. */
const MIN_NOTICES = 2;
/** A notice is a short line or two; more is a paragraph of running text. */
const MAX_NOTICE_CHARS = 120;
// `停水通知：…`, `■ 供热报修：…`: a label of two to six characters (after a bullet, maybe) and a colon.
const LABELLED = new RegExp(`^(?:${BULLET_MARK}[\\s\\u3000]*)?(\\p{Script=Han}{2,6})[：:][\\s\\u3000]*(\\S)`, 'u');
// What a speaker says opens with a quote mark.
const QUOTE = /^[“"「『‘]/u;

/** The label of a notice (`停水通知：因管网改造，…` → `停水通知`), or undefined for any other line. */
export function noticeLabel(text: string): string | undefined {
  const t = text.trim();
  if (t.includes('\n') || [...t].length > MAX_NOTICE_CHARS || isDialogueTurn(t)) return undefined;
  const m = LABELLED.exec(t);
  if (!m || QUOTE.test(m[2]!) || endsWithPersonName(m[1]!)) return undefined;
  return m[1];
}

/** Two or more notices, each with a label of its own. */
export function isNoticeBox(texts: readonly string[]): boolean {
  const labels = texts.map(noticeLabel);
  if (labels.length < MIN_NOTICES || labels.some((l) => l === undefined)) return false;
  return new Set(labels).size === labels.length;
}

/** The running text under the run, up to the next title-like line or the page's end, is a notice box. */
export function noticeBoxBelow(run: Run): boolean {
  const texts: string[] = [];
  for (let i = run.indices.at(-1)! + 1; i < run.marked.length && run.marked[i]!.shape === 'paragraph'; i++) {
    texts.push(run.marked[i]!.block.text);
  }
  return isNoticeBox(texts);
}

/**
 * A directory under the run (`潞州区　0355-2021234` / `上党区　0355-6212110` / …, page-lines.ts), the whole block under
 * it: a box of numbers for readers, so the line over it is the box's headline, not a section heading of the article above.
 */
export function directoryBelow(run: Run): boolean {
  const below = run.marked[run.indices.at(-1)! + 1];
  if (below?.shape !== 'paragraph') return false;
  return isDirectoryBox([below.block.text]);
}

/** The text is all a directory's rows (`市应急管理局　0355-2036110` / `潞州区　0355-2021234` / …): a box, a sidebar. */
export function isDirectoryBox(texts: readonly string[]): boolean {
  const lines = texts.flatMap((t) => t.split('\n')).filter((l) => l.trim());
  return lines.length > 1 && directoryRows(lines).every(Boolean);
}
