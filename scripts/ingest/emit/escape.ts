// Text → MDX source that renders as exactly that text: every character shows as typed, nothing runs
// (`{…}`, `<b>`, `import`/`export` lines) and nothing formats (`*`, `#`, `1. `, `[x](y)`, `&amp;` …).
//
// The guarantee holds for Astro's MDX processor (Sätteri) with GFM and smart punctuation off, as
// src/lib/markdown/article-processor.ts sets it up for astro.config.mjs. With GFM on, bare URLs
// become links, which no escape can prevent; with smart punctuation on, "quotes" and -- change.
//
// Text that Markdown would strip or split is written otherwise. Spaces and tabs at the ends become
// numeric character references (`&#32;`), and so do line feeds (`&#10;`): text to Markdown, so a
// paragraph stays a paragraph. Spaces and tabs next to a line feed are dropped from any text node on
// the way to HTML, so those go into a JSX string expression (`{" "}`), which is no text node; there
// is always a `&#10;` beside one, so no line is made only of expressions (that would render bare,
// without its `<p>` and its anchor). Other control characters stay as they are: Markdown keeps them,
// while a numeric reference to one decodes to U+FFFD.
//
// Characters HTML itself cannot carry are out of scope, and decode.ts never lets them through:
// NUL (markdown turns it into U+FFFD, HTML drops it), CR (HTML turns it into LF) and lone
// surrogates (UTF-8 cannot hold them).

// Inline syntax anywhere in a line: escapes, code, emphasis, links, character references, MDX
// expressions and JSX.
const INLINE_SPECIAL = /[\\`*_[\]{}<&]/g;
// In a heading, `#`s preceded by a space close it (`## a #` reads `a`).
const HEADING_SPECIAL = /[\\`*_[\]{}<&#]/g;

// A character that starts a block at the beginning of a line: heading, blockquote, list item,
// thematic break, setext underline, tilde code fence.
const BLOCK_START = new Set(['#', '>', '-', '+', '=', '~']);

// `1. ` / `1) `: an ordered list item. The marker needs a space, a tab or the line's end after it.
const ORDERED_LIST_MARKER = /^(\d{1,9})([.)])(?=[ \t]|$)/;

// An `import`/`export` line is ES module code in MDX. A character reference for the first letter
// keeps the word intact for readers and out of the ESM parser's sight.
const ESM_KEYWORD = /^(?:import|export)/;

const EDGE_WHITESPACE = new Map([
  [' ', '&#32;'],
  ['\t', '&#9;'],
]);

/**
 * MDX source for a paragraph, or for the text inside a JSX element (a caption): one line that
 * renders as `text`, character for character.
 */
export function escapeMdxText(text: string): string {
  return escapeLine(text, INLINE_SPECIAL);
}

/** MDX source for the text of an ATX heading (`## …`): as escapeMdxText, and no `#` may close it. */
export function escapeMdxHeading(text: string): string {
  return escapeLine(text, HEADING_SPECIAL);
}

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
  return expression(before) + '&#10;' + expression(after);
}

function expression(whitespace: string): string {
  return whitespace ? `{${JSON.stringify(whitespace)}}` : '';
}

function refs(whitespace: string): string {
  return [...whitespace].map((c) => EDGE_WHITESPACE.get(c)!).join('');
}

function escapeBlockStart(line: string): string {
  const first = line[0];
  if (first === undefined) return line;
  if (BLOCK_START.has(first)) return `\\${line}`;
  if (ESM_KEYWORD.test(line)) return `&#${line.charCodeAt(0)};${line.slice(1)}`;
  return line.replace(ORDERED_LIST_MARKER, '$1\\$2');
}
