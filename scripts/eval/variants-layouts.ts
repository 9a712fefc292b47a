// Variant families of the metamorphic page eval (variants.ts) that change a page's layout, not its marks: text
// copied out of a PDF (every paragraph hard-wrapped at the column's width, paragraphs told only by an indent or
// not at all, blank lines only between articles or none), articles told apart only by a rule or an ornament line,
// headlines typeset with full-width spaces between their words, and a page whose articles come in another order.
// Real exports print pages so; the forms in variants-forms.ts only change what stands on a line. Where an article
// starts and which line is its headline are read from the gold (variants-forms.ts), never from the ingest.
import { dictionaryWords } from '../ingest/figures/words.ts';
import type { GoldPage } from './gold.ts';
import { squash } from './normalize.ts';
import { articleStarts, titleLines, type Variant } from './variants-forms.ts';

const CJK = /[\u3400-\u9fff]/u;
/** Marks a typesetter never sets at a line's start (避头): they stay on the line before. */
const NO_LINE_START = /^[，。、；：？！）》」』”’,.;:?!)%]/u;
/** A run of Latin letters, digits and their marks that a PDF keeps on one line (`2025`, `3.2万`, `12345`). */
const UNBROKEN = /[A-Za-z0-9.%·\-]/u;

/** The index of the first line of each gold article, the first one's too (where the page's own head ends). */
export function articleSpans(lines: readonly string[], gold: GoldPage): number[] {
  const later = articleStarts(lines, gold);
  const first = gold.articles[0];
  if (!first) return later;
  const marks = titleLines(lines, gold);
  // The first article starts at its first title line (kicker, headline, deck) or the line that opens its text.
  const opening = first.starts ? lines.findIndex((l) => squash(l).includes(squash(first.starts!))) : -1;
  const titled = [...marks.keys()].filter((i) => i < (later[0] ?? lines.length)).sort((a, b) => a - b)[0];
  // A headline with markup around it (`# …`, `**…**`) is no title line by itself, but holds the title.
  const head = first.title ? lines.findIndex((l) => squash(l).includes(squash(first.title!))) : -1;
  // A byline printed over the headline (`□ 实习生 刘畅 本报记者 程雪`, ornament and all) opens the article too.
  const byline = first.byline ? lines.findIndex((l, i) => i < (later[0] ?? lines.length) && squash(l).includes(squash(first.byline!))) : -1;
  const candidates = [titled, opening, head, byline].filter((i): i is number => i !== undefined && i >= 0);
  const start = candidates.length > 0 ? Math.min(...candidates) : 0;
  return [start, ...later.filter((i) => i > start)];
}

/**
 * A line of Chinese running text broken as a PDF column breaks it: `width` full-width characters a line (a
 * Latin letter or digit is half of one; the first line `indent` narrower), a closing mark kept on its line,
 * a number or Latin word never cut.
 */
export function hardWrap(line: string, width: number, indent = 0): string[] {
  const chars = [...line.trim()];
  const out: string[] = [];
  let at = 0;
  while (at < chars.length) {
    const room = width - (out.length === 0 ? indent : 0);
    let end = at;
    for (let w = 0; end < chars.length && w + em(chars[end]!) <= room; end++) w += em(chars[end]!);
    if (end === at) end = at + 1;
    if (end < chars.length) {
      // Do not cut a number or a Latin word: break before it (when it does not fill the line).
      let back = end;
      while (back > at && UNBROKEN.test(chars[back - 1]!) && UNBROKEN.test(chars[back]!)) back--;
      if (back > at + 1) end = back;
      // Closing marks stay on the line they close.
      while (end < chars.length && NO_LINE_START.test(chars[end]!)) end++;
    }
    out.push(chars.slice(at, end).join(''));
    at = end;
  }
  return out;
}

const em = (c: string) => (/[\u0020-\u007e]/u.test(c) ? 0.5 : 1);

/** One column width a page, 15–25 characters, from its name (a page's columns are set alike). */
function pageWidth(name: string): number {
  let h = 0;
  for (const c of name) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return 15 + (h % 11);
}

/** An English line wrapped at spaces to about `width` characters. */
function wrapLatin(line: string, width: number): string[] {
  const out: string[] = [];
  for (const word of line.trim().split(/\s+/u)) {
    const last = out.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out;
}

/** Running text: a line with a sentence or clause mark and long enough to wrap (not a title, table row or short label). */
function isRunningText(line: string): boolean {
  return /[，。；！？,.;!?]/u.test(line) && !/^\s*\|/u.test(line);
}

interface PdfOptions {
  /** 　　 before each paragraph's first line (首行缩进), the only mark of a new paragraph. */
  indent: boolean;
  /** A blank line between two articles (none elsewhere); without it the page has no blank line at all. */
  blankBetween: boolean;
}

/** A headline longer than a column is wide, broken in two at its middle space, or at its middle. */
function wrapHeadline(line: string): string[] {
  const t = line.trim();
  const n = [...t].length;
  if (n <= 16) return [t];
  const spaces = [...t.matchAll(/ /gu)].map((m) => m.index!);
  const mid = t.length / 2;
  const space = spaces.sort((a, b) => Math.abs(a - mid) - Math.abs(b - mid))[0];
  if (space !== undefined && Math.abs(space - mid) <= t.length / 4) return [t.slice(0, space), t.slice(space + 1)];
  const cut = hardWrap(t, Math.ceil(n / 2));
  return cut.length === 2 ? cut : [t];
}

/** The page as copied from a PDF of it: see PdfOptions. Each article has its own column width, 15–25 characters. */
function pdfCopy(options: PdfOptions): Variant['page'] {
  return (text, gold) => {
    const lines = text.split('\n');
    const marks = titleLines(lines, gold);
    const starts = new Set(articleSpans(lines, gold).slice(1));
    const out: string[] = [];
    const width = pageWidth(gold.name);
    lines.forEach((line, i) => {
      if (starts.has(i) && options.blankBetween && out.length > 0) out.push('');
      if (!line.trim()) return;
      const role = marks.get(i);
      if (role === 'headline') out.push(...wrapHeadline(line));
      else if (role !== undefined || !isRunningText(line)) out.push(line.trim());
      else if (!CJK.test(line)) out.push(...wrapLatin(line, width * 3));
      else {
        const indent = options.indent ? 2 : 0;
        const wrapped = hardWrap(line, width, indent);
        out.push(...wrapped.map((l, k) => (k === 0 && options.indent ? `\u3000\u3000${l}` : l)));
      }
    });
    return `${out.join('\n')}\n`;
  };
}

const BOX_TOP = /^[┏╔┌╭][━═─]+[┓╗┐╮]?$/u;

/** No blank line on the page; a rule or ornament line of its own between two articles, and nothing else tells them apart. */
function ruleOnly(mark: string): Variant['page'] {
  return (text, gold) => {
    const lines = text.split('\n');
    // A box's top edge (`┏━━┓`) over an article's first line is the article's: the rule goes over it.
    const above = (i: number): number => (i > 0 && BOX_TOP.test(lines[i - 1]!.trim()) ? above(i - 1) : i);
    const starts = new Set(articleSpans(lines, gold).slice(1).map(above));
    return `${lines.flatMap((l, i) => [...(starts.has(i) ? [mark] : []), ...(l.trim() ? [l] : [])]).join('\n')}\n`;
  };
}

/**
 * A headline as a typesetter spaces it: a short one (six characters or fewer) letter-spaced with full-width spaces
 * (`百　姓　身　边`), a longer one with a full-width space after its place's colon and two between its phrases
 * (`沁源县：　一条公路连起十个村`, `路灯亮了　　村民心也亮了`); where it has neither, between its two halves at a word's end.
 */
export function spacedTitle(title: string): string {
  const t = title.trim();
  const chars = [...t];
  if (chars.length <= 6 && chars.every((c) => CJK.test(c))) return chars.join('\u3000');
  if (/[：:]| /u.test(t)) return t.replace(/([：:])(?!$)/u, '$1\u3000').replace(/ +/gu, '\u3000\u3000');
  // Between the two words nearest its middle.
  const mid = t.length / 2;
  const ends = dictionaryWords(t).map((w) => w.end).filter((e) => e > 0 && e < t.length && CJK.test(t[e - 1]!) && CJK.test(t[e]!));
  const cut = ends.sort((x, y) => Math.abs(x - mid) - Math.abs(y - mid))[0];
  return cut === undefined ? t : `${t.slice(0, cut)}\u3000${t.slice(cut)}`;
}

/** The page's articles printed in reverse order, its head (date line, masthead) first still; the gold in page order too. */
function reversed(text: string, gold: GoldPage): string {
  const lines = text.split('\n');
  const spans = articleSpans(lines, gold);
  if (spans.length < 2) return text;
  const head = lines.slice(0, spans[0]);
  const parts = spans.map((s, k) => lines.slice(s, spans[k + 1] ?? lines.length));
  const blockOf = (ls: string[]) => {
    const trimmed = [...ls];
    while (trimmed.length > 0 && !trimmed.at(-1)!.trim()) trimmed.pop();
    return trimmed;
  };
  return `${[head.filter((l, k) => l.trim() || k < head.length - 1), ...parts.reverse().map(blockOf)].map((p) => p.join('\n')).join('\n\n').replace(/\n{3,}/gu, '\n\n')}\n`;
}

export const LAYOUT_VARIANTS: Variant[] = [
  { name: 'pdf-wrap', about: 'copied from a PDF: paragraphs hard-wrapped at 15–25 characters, 　　 indent, blank lines only between articles, long headlines on two lines', page: pdfCopy({ indent: true, blankBetween: true }) },
  { name: 'pdf-wrap-noindent', about: 'as pdf-wrap, with no indent: a paragraph ends where its line stops short', page: pdfCopy({ indent: false, blankBetween: true }) },
  { name: 'pdf-wrap-flat', about: 'as pdf-wrap, with no blank line anywhere on the page', page: pdfCopy({ indent: true, blankBetween: false }) },
  { name: 'rule-heavy-only', about: 'no blank line; a ━━ rule line alone between articles', page: ruleOnly('━━━━━━━━━━━━━━━━') },
  { name: 'rule-wide-stars-only', about: 'no blank line; a ＊＊＊ line alone between articles', page: ruleOnly('＊　＊　＊') },
  { name: 'ornament-only', about: 'no blank line; an ornament line (◇◆◇◆◇) alone between articles', page: ruleOnly('◇◆◇◆◇◆◇') },
  {
    name: 'title-spaces',
    about: 'headlines printed on one line spaced as typeset: a short one letter-spaced, a longer one with full-width spaces after its colon and between its phrases',
    page: (text, gold) => {
      const lines = text.split('\n');
      const marks = titleLines(lines, gold);
      const titles = new Set(gold.articles.flatMap((a) => (a.title ? [squash(a.title)] : [])));
      return lines.map((l, i) => (marks.get(i) === 'headline' && titles.has(squash(l)) ? spacedTitle(l) : l)).join('\n');
    },
  },
  {
    name: 'reversed',
    about: "the page's articles in reverse order (its head first still)",
    page: reversed,
    gold: (g) => ({ ...g, articles: [...g.articles].reverse() }),
  },
];
