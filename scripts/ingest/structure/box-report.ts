// A data box (数读…, 一组数据) restates figures of the report it is printed beside: `◆改造老旧小区46个` under or
// over `今年，长子县改造老旧小区46个，…`. Which report that is cannot be told by position alone — a box may stand
// above its report or below it, and a page may print the box twice — but by the figures both print. This module
// finds that report among the page's articles, for the box's places (pipeline.ts withBoxPlaces).

// A figure as printed: digits (with a decimal part) and the magnitude or unit character after them (46个, 1.1万, 3.2%).
const FIGURE = /\d+(?:\.\d+)?[万亿千百]?[^\d\s.,，。、；：:;（）()]?/gu;

/** The figures `text` prints, as written (`46个`, `1.1万`, `3.2%`). */
function figuresOf(text: string): Set<string> {
  return new Set([...text.matchAll(FIGURE)].map((m) => m[0]));
}

/**
 * The index, among `reports` (the page's articles' texts), of the one whose figures the box's text prints most
 * often (two at least, so a date or a lone count shared by chance does not decide); undefined when none does.
 * Ties go to the earlier report.
 */
export function reportOfBox(box: string, reports: readonly string[]): number | undefined {
  const own = figuresOf(box);
  let best: number | undefined;
  let most = 1;
  reports.forEach((text, k) => {
    const shared = [...figuresOf(text)].filter((f) => own.has(f)).length;
    if (shared > most) {
      most = shared;
      best = k;
    }
  });
  return best;
}
