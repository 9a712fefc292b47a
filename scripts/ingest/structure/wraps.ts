// Text copied out of a PDF (issue 15): every paragraph is broken into lines at the column's width, 15–25
// characters, and a blank line, if any, stands only between articles. What tells a line the column broke from
// one that ends where its paragraph or title ends is its width: a broken line fills the column (its measure,
// the width most of the block's lines share), and a line that stops short of it ends what it holds. A PDF's
// 首行缩进 makes a paragraph's first line two characters short of the measure; the export keeps no indent, so
// that width is read as a line that opens a paragraph and still runs on.

/** How wide a line prints, in full-width characters: a Latin letter, digit or ASCII mark is half of one. */
export function emWidth(line: string): number {
  let w = 0;
  for (const c of line.trim()) w += /[\u0020-\u007e]/u.test(c) ? 0.5 : 1;
  return w;
}

/** The narrowest and widest a column is set (in full-width characters). */
const NARROWEST = 10;
const WIDEST = 40;
/** A closing mark kept on its line (避头), a number not cut: a full line may be this much off the measure. */
const SLACK = 1;
/** 首行缩进: a paragraph's first line is this much short of the measure; a number carried to the next line, as much again. */
const INDENT = 2;

/**
 * The measure of a block of lines wrapped at a column's width: the width the most lines broken mid-sentence
 * fill (lines within a character of it that stop on no full stop, two of them at least with a comma or full
 * stop, as running text has and a headline has not), when two lines or more are so broken and few lines
 * are wider; undefined
 * for lines that each hold their own paragraph or title (an export that keeps a paragraph on one line).
 */
export function columnMeasure(lines: readonly string[]): number | undefined {
  if (lines.length < 3) return undefined;
  const widths = lines.map(emWidth);
  const candidates = [...new Set(widths.map(Math.round).filter((w) => w >= NARROWEST && w <= WIDEST))].map((w) => {
    // Lines that fill the column: this width, or a character either side (a number, a closing mark); not a table's
    // row, its cells set apart by spaces (`潞州区 保洁、护绿 120 区人社局一楼`), which may be as wide.
    const full = lines.filter((l, k) => Math.abs(widths[k]! - w) <= SLACK && !CELL_GAP.test(l.trim()));
    const broken = full.filter((l) => CLAUSE.test(l)).length >= 2 ? full.filter((l) => !COMPLETE.test(l.trim())).length : 0;
    // A column holds its lines: hardly any line is wider (a page's date line may be). A width that paragraphs'
    // indented first lines fill is two characters short of one that holds them.
    const holds = widths.filter((x) => x > w + SLACK).length * 5 <= lines.length;
    return { w, broken, full: full.length, holds };
  });
  const held = candidates.filter((c) => c.holds && c.broken >= 2);
  const best = held.sort((a, b) => b.broken - a.broken || b.full - a.full)[0];
  // The width one wider holds the lines too, and the lines one short of this width all open paragraphs (under a
  // sentence's end, a byline or a title, never mid-sentence): paragraphs' indented first lines, two short of the
  // column (the copy's indent trimmed), that pulled the measure in by one. The column is the wider.
  if (best && held.some((c) => c.w === best.w + 1) && indentedFirstLines(lines, widths, best.w - 1)) return best.w + 1;
  return best?.w;
}

/** Two lines or more are `width` wide, and each opens a paragraph: the first, or under a sentence's end or a line of no running text. */
function indentedFirstLines(lines: readonly string[], widths: readonly number[], width: number): boolean {
  const at = widths.flatMap((w, k) => (w === width ? [k] : []));
  return at.length >= 2 && at.every((k) => k === 0 || (COMPLETE.test(lines[k - 1]!.trim()) || !CLAUSE.test(lines[k - 1]!)));
}

// Two cells of a row: a space between Chinese words or figures (running text sets none there).
const CELL_GAP = /[\p{Script=Han}\d）)][\s\u3000]+[\p{Script=Han}\d（(]/u;
const COMPLETE = /[。！？!?…][”’」』）)】〕]*$/u;
// A comma or a full stop inside a line: running text (a headline holds neither; its colon is no sign).
const CLAUSE = /[，、；。,;]/u;

/** The line fills the column: the column broke it, so its paragraph runs on to the next line. */
export function fillsColumn(line: string, measure: number): boolean {
  return emWidth(line) >= measure - SLACK;
}

/** The line fills the column but for a paragraph's indent (or fills it): a paragraph's first line, broken. */
export function fillsIndented(line: string, measure: number): boolean {
  const fits = (w: number) => w >= measure - INDENT - SLACK && w <= measure + SLACK;
  // A copy broken at a count of characters, digits and all (`　　经审理查明，2024年8月，王某在某直播`), fills it by that
  // count: running text, with a clause mark inside (a headline has none).
  return fits(emWidth(line)) || (CLAUSE.test(line) && fits([...line.trim()].length));
}
