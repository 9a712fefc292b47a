// The note a page prints beside a QR code (`扫描二维码 关注长治日报微信公众号`, `扫码看视频`, `Scan the QR code to read
// more`), told from a headline or sentence about scanning (`手机扫码即可缴纳医保费`): a page line of page-lines.ts.
import { tagWords } from '../figures/words.ts';

/** Marks of a sentence or a list: a line with them is text, not a label or a note. */
export const SENTENCE_PUNCTUATION = /[，,。！？!?；;、“”"]/u;

// The one home of the words a page scans a printed code with (columns.ts, copy-chrome.ts read them from here): the code
// (`二维码`), the scan (`扫码`, `扫一扫`, `扫描`) and the app to scan with, which may come first (`微信扫一扫 分享到朋友圈`).
export const QR_CODE = '二维码';
export const SCAN = '(?:扫码|扫一扫|扫描)';
const SCAN_APP = '(?:微信|手机|用手机|请用微信)?';

/**
 * A line that names a printed code or opens with the scan: a note beside the code (`扫描二维码 关注长治日报微信公众号`,
 * `扫码看视频`, `扫一扫 看更多`), the code's mark (`[二维码]`). A headline naming a service (`屯留区零工市场上线“扫码找活”`)
 * opens with no scan.
 */
export const QR_MARK = new RegExp(`${QR_CODE}|^${SCAN_APP}${SCAN}`, 'u');
const MAX_QR_NOTE_CHARS = 30;
// The scan and, right after it, an adverb (`扫码即可…`, `扫一扫就能…`): what scanning lets one do, a headline's statement,
// where a note beside the code bids the reader to do a thing (`扫码看视频`).
const SCAN_AT_START = new RegExp(`^${SCAN_APP}(?:扫描${QR_CODE}|${SCAN})`, 'u');

/** The line states what scanning is enough for (`手机扫码即可缴纳医保费`): the first word after the scan an adverb (jieba). */
function statesWhatScanDoes(note: string): boolean {
  const scan = SCAN_AT_START.exec(note);
  if (scan === null) return false;
  const next = tagWords(note.slice(scan[0].length)).find((w) => w.word.trim() !== '');
  return next?.tag === 'd';
}

/** A short note beside a printed QR code, `line` being the whole line and `note` its text without the page's marks. */
export function isQrNote(note: string, line: string): boolean {
  return QR_MARK.test(note) && [...line].length <= MAX_QR_NOTE_CHARS && !SENTENCE_PUNCTUATION.test(note.replace(/：/gu, '')) && !statesWhatScanDoes(note);
}

// `Scan the QR code to read more stories in English`.
const QR_NOTE_EN = /\bQR code\b|^Scan (?:to|the|for)\b/iu;
const MAX_QR_NOTE_EN_CHARS = 80;

/** An English page's note beside its QR code, short and with no sentence's end. */
export function isEnglishQrNote(line: string): boolean {
  return QR_NOTE_EN.test(line) && [...line].length <= MAX_QR_NOTE_EN_CHARS && !/[.!?]$/u.test(line);
}
