// Text → Markdown source that renders as exactly that text: every character shows as typed, nothing runs
// (`<b>`, `<script>`) and nothing formats (`*`, `#`, `1. `, `[x](y)`, `&amp;` …). Ingest writes `.md`, not
// `.mdx`: Astro renders Markdown once when it syncs content, where every .mdx file becomes a module of the
// build (at 10,000 articles the bundler's memory alone was over 3 GB). Editors use .mdx for charts.
//
// The guarantee holds for Astro's Markdown processor (Sätteri) with GFM and smart punctuation off, as
// src/lib/markdown/article-processor.ts sets it up for astro.config.mjs. With GFM on, bare URLs
// become links, which no escape can prevent; with smart punctuation on, "quotes" and -- change.
//
// Text that Markdown would strip or split is written otherwise. Spaces and tabs at the ends become
// numeric character references (`&#32;`), and so do line feeds (`&#10;`): text to Markdown, so a
// paragraph stays a paragraph. Spaces and tabs next to a line feed are dropped from any text node on
// the way to HTML, so those go into a `<span>` of their own. There is always a `&#10;` beside one, so no
// line is made only of spans. Other control characters stay as they are: Markdown keeps them, while a numeric
// reference to one decodes to U+FFFD.
//
// Characters HTML itself cannot carry are out of scope, and decode.ts never lets them through:
// NUL (markdown turns it into U+FFFD, HTML drops it), CR (HTML turns it into LF) and lone
// surrogates (UTF-8 cannot hold them).

// Inline syntax anywhere in a line: escapes, code, emphasis, links, character references, raw HTML.
const INLINE_SPECIAL = /[\\`*_[\]<&]/g;
// In a heading, `#`s preceded by a space close it (`## a #` reads `a`).
const HEADING_SPECIAL = /[\\`*_[\]<&#]/g;

// A character that starts a block at the beginning of a line: heading, blockquote, list item,
// thematic break, setext underline, tilde code fence.
const BLOCK_START = new Set(['#', '>', '-', '+', '=', '~']);

// `1. ` / `1) `: an ordered list item. The marker needs a space, a tab or the line's end after it.
const ORDERED_LIST_MARKER = /^(\d{1,9})([.)])(?=[ \t]|$)/;

const EDGE_WHITESPACE = new Map([
  [' ', '&#32;'],
  ['\t', '&#9;'],
]);

/** Markdown source for a paragraph: one line that renders as `text`, character for character. */
export function escapeMdText(text: string): string {
  return escapeLine(text, INLINE_SPECIAL);
}

/** Markdown source for the text of an ATX heading (`## …`): as escapeMdText, and no `#` may close it. */
export function escapeMdHeading(text: string): string {
  return escapeLine(text, HEADING_SPECIAL);
}

/**
 * Text inside raw HTML in Markdown (a caption's `<figcaption>`): Markdown leaves an HTML block alone, so
 * only HTML's own syntax is escaped, and line feeds become references so no blank line ends the block.
 */
export function escapeHtmlText(text: string): string {
  return text.replace(/[&<>\n\r]/g, (c) => HTML_ESCAPES.get(c)!);
}

const HTML_ESCAPES = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['\n', '&#10;'],
  ['\r', '&#13;'],
]);

function escapeLine(text: string, special: RegExp): string {
  // Odd pieces are line breaks with the spaces and tabs around them.
  const pieces = text.split(/([ \t]*\n[ \t]*)/);
  const line = pieces.map((piece, i) => (i % 2 ? lineBreak(piece) : escapeRun(piece, special))).join('');
  return escapeBlockStart(line);
}

function escapeRun(run: string, special: RegExp): string {
  const lead = /^[ \t]*/.exec(run)![0];
  const rest = run.slice(lead.length);
  const trail = /[ \t]*$/.exec(rest)![0];
  const core = rest.slice(0, rest.length - trail.length).replace(special, '\\$&').replace(/\r/g, '&#13;');
  return refs(lead) + core + refs(trail);
}

function lineBreak(piece: string): string {
  const [before, after] = piece.split('\n') as [string, string];
  return span(before) + '&#10;' + span(after);
}

/** Spaces and tabs beside a line feed, in an element of their own, where no text node drops them. */
function span(whitespace: string): string {
  return whitespace ? `<span>${refs(whitespace)}</span>` : '';
}

function refs(whitespace: string): string {
  return [...whitespace].map((c) => EDGE_WHITESPACE.get(c)!).join('');
}

function escapeBlockStart(line: string): string {
  const first = line[0];
  if (first === undefined) return line;
  if (BLOCK_START.has(first)) return `\\${line}`;
  return line.replace(ORDERED_LIST_MARKER, '$1\\$2');
}
