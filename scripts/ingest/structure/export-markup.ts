// Markup a text export may set around a page's lines, read off before the lines are read (issue 15): an HTML
// export's paragraph tags (`<p>…</p>`, `<div>…</div>`) and line breaks (`…<br>`), and emphasis set on a title
// line (`**沁源县：一条公路连起十个村**`, `<strong>…</strong>`, `**沁源县：**一条公路…`). What a line says is the
// same with or without them. Emphasis inside running text is the text as typed (`**温馨提示**：冬季气温低…`
// stays so): only a line that reads as a title once the marks are off loses them.
import { charCount, isLatinTitle, MAX_TITLE_CHARS, SEMICOLON } from './shape.ts';

// A paragraph's or a division's opening or closing tag, a line break, at a line's start or end.
const BLOCK_TAG = /^(?:<(?:p|div)(?:\s[^<>]*)?>|<\/(?:p|div)>|<br\s*\/?>)[\s\u3000]*|[\s\u3000]*(?:<(?:p|div)(?:\s[^<>]*)?>|<\/(?:p|div)>|<br\s*\/?>)$/iu;

/** `<p>本报讯 …</p>` → `本报讯 …`; `…<br>` → `…`; a line of tags alone is blank. A `<br>` inside a line stays. */
export function unwrapHtmlLine(line: string): string {
  let t = line.trim();
  for (let before = ''; before !== t; ) {
    before = t;
    t = t.replace(BLOCK_TAG, '').trim();
  }
  return t === line.trim() ? line : t;
}

// Emphasis pairs: `**…**`, `__…__`, `<strong>…</strong>`, `<b>…</b>`, `<em>…</em>`.
const EMPHASIS = /\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__|<(strong|b|em)>(.+?)<\/\3>/giu;

/** The line with every emphasis pair taken off (`**沁源县：**一条公路` → `沁源县：一条公路`). */
export function withoutEmphasis(line: string): string {
  return line.replace(EMPHASIS, (_m, a?: string, b?: string, _tag?: string, c?: string) => a ?? b ?? c ?? '');
}

/**
 * A line set with emphasis, whole or in part, that is as short as a headline with no full stop or semicolon in
 * it — a headline (a question or exclamation too, or its first line up to its colon), a kicker, deck or byline,
 * an English headline — loses the emphasis: `**沁源县：**一条公路连起十个村`, `**供暖费怎么交？**补贴怎么领？`.
 * Any other line (running text) is kept as typed.
 */
export function unwrapTitleEmphasis(line: string): string {
  const bare = withoutEmphasis(line).trim();
  if (bare === line.trim() || !bare) return line;
  if (isLatinTitle(bare) || /^[—–-]{2}/u.test(bare)) return bare;
  return charCount(bare) <= MAX_TITLE_CHARS && !bare.includes('。') && !new RegExp(SEMICOLON, 'iu').test(bare) ? bare : line;
}

/** Both, as a page's line is read: tags first (`<p><strong>标题</strong></p>`), then a title's emphasis. */
export function readExportLine(line: string): string {
  return unwrapTitleEmphasis(unwrapHtmlLine(line));
}
