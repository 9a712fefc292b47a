// Markup a text export may set around a page's lines, read off before the lines are read (issue 15): an HTML
// export's paragraph tags (`<p>…</p>`, `<div>…</div>`) and line breaks (`…<br>`), and emphasis wrapped round a
// whole title line (`**沁源县：一条公路连起十个村**`, `<strong>…</strong>`). What a line says is the same with or
// without them. Emphasis on a part of a line is the text as typed, in a headline (`黎城县：__“楼道长”__管起了…`,
// as the dev gold reads it) and in running text (`**温馨提示**：冬季气温低…`). A Markdown quote mark before a
// byline (`> 记者 宋 悦`) sets the line off as a WeChat copy does; before running text (`> 据了解，…`) it is kept.
import { isBylineLine } from './bylines.ts';
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

// Emphasis pairs: `**…**`, `__…__`, `<strong>…</strong>`, `<b>…</b>`, `<em>…</em>`, `<i>…</i>`; a line wrapped whole in
// Markdown's italic (`*…*`, `_…_`) too.
const EMPHASIS = /\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__|<(strong|b|em|i)>(.+?)<\/\3>|^\*(?=[^*\s])([^*]+)(?<=\S)\*$|^_(?=[^_\s])([^_]+)(?<=\S)_$/giu;

/** The line with every emphasis pair taken off (`**沁源县：**一条公路` → `沁源县：一条公路`). */
export function withoutEmphasis(line: string): string {
  return line.replace(EMPHASIS, (_m, a?: string, b?: string, _tag?: string, c?: string, d?: string, e?: string) => a ?? b ?? c ?? d ?? e ?? '');
}

// One emphasis pair around the whole line: `**…**`, `__…__`, Markdown's italic `*…*` and `_…_`, `<strong>…</strong>`,
// `<b>…</b>`, `<em>…</em>`, `<i>…</i>`.
const EMPHASIS_WHOLE = /^(?:\*\*(?!\*)(?:(?!\*\*).)+\*\*|__(?!_)(?:(?!__).)+__|\*(?![*\s])[^*]+(?<!\s)\*|_(?![_\s])[^_]+(?<!\s)_|<(strong|b|em|i)>(?:(?!<\/?\1>).)+<\/\1>)$/iu;

/**
 * A line wrapped whole in emphasis that is as short as a headline with no full stop or semicolon in it — a
 * headline (a question or exclamation too), a kicker, deck or byline, an English headline — loses the emphasis:
 * `**沁源县：一条公路连起十个村**`, `<strong>供暖费怎么交？</strong>`. Emphasis on a part of a line is the text as
 * typed (`黎城县：__“楼道长”__管起了…`, `**温馨提示**：冬季气温低…`), and so is a wrapped line of running text.
 */
export function unwrapTitleEmphasis(line: string): string {
  if (!EMPHASIS_WHOLE.test(line.trim())) return line;
  const bare = withoutEmphasis(line).trim();
  if (!bare) return line;
  if (isLatinTitle(bare) || /^[—–-]{2}/u.test(bare)) return bare;
  return charCount(bare) <= MAX_TITLE_CHARS && !bare.includes('。') && !new RegExp(SEMICOLON, 'iu').test(bare) ? bare : line;
}

/** `> 记者 宋 悦 通讯员 王 峰` → `记者 宋 悦 通讯员 王 峰`: a quote mark before a line that is a byline by its form. */
export function unquoteByline(line: string): string {
  const m = /^[\s\u3000]*>[\s\u3000]*(.+)$/u.exec(line);
  return m && isBylineLine(m[1]!) ? m[1]!.trim() : line;
}

// A no-break space typed as its entity (`&nbsp;`, `&#160;`): a space, as a copy's indent or between a name and 摄.
const NBSP_ENTITY = /&(?:nbsp|#160|#x0*a0);/giu;
// An image's tag alone in its paragraph (`<p><img src="…" /></p>`): where the photo stands, as a text copy marks it.
const IMAGE_TAG = /^<img\s[^<>]*>$/iu;
// A paragraph's or a division's opening tag: the line is an HTML export's.
const PARAGRAPH_TAG = /^[\s\u3000]*<(?:p|div)(?:\s[^<>]*)?>/iu;
const BREAK_TAG = /<br\s*\/?>/iu;

/**
 * All of them, as a page's line is read: tags first (`<p><strong>标题</strong></p>`), then a title's emphasis. An
 * HTML export's paragraph is its lines (`<p>…<br/>…</p>`, one a line; a `<br>` inside a line of any other text is
 * the text as typed), its `&nbsp;` a space and an image alone in it a photo's mark (`[图片]`).
 */
export function readExportLine(line: string): string {
  const unwrapped = unwrapHtmlLine(line).replace(NBSP_ENTITY, '\u00a0');
  if (IMAGE_TAG.test(unwrapped.trim())) return '[图片]';
  const lines = PARAGRAPH_TAG.test(line) ? unwrapped.split(BREAK_TAG) : [unwrapped];
  return lines.map((part) => unquoteByline(unwrapTitleEmphasis(part))).join('\n');
}
