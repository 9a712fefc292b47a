// A printed figure cut where a line may break and where it may not: a number stays on one line with its
// unit (`约500万平方米` wrapped `米` alone at 1280 px on the home page; `5 million` / `m²` would read as two
// things), while a hedge before it (`约`, `about`) may stand at a line's end. Read by the form of the text,
// so it serves any figure formatFigure prints in either language: the kept run starts at the number (with
// its sign or currency sign) and runs through its scale word and unit — in Chinese the characters after the
// digits that are letters or unit signs (%, ², /) up to anything else (at most six: 万平方米, 万立方米/日),
// so a quote, a bracket or an emoji after it stays out; in English one word after the number and its scale
// word, not a joining word (`+¥75` / `a month`). Characters count whole (a surrogate pair is one), so a run
// never ends inside one. Article prose uses it too (lib/markdown/figure-values.ts).

export interface TextRun {
  text: string;
  /** True for a number with its unit, which must not break inside. */
  whole: boolean;
}

const ZH = /[+\-−]?[¥$]?\d[\d,.]*(?:[\p{L}\p{No}%‰°℃/·]{1,6})?/gu;
const EN = /[+\-−]?[¥$]?\d[\d,.]*(?:%|°C)?(?:\s(?:thousand|million|billion|trillion)\b)?(?:\s(?!(?:a|an|or|per|to|and|from|of)\b)[^\s\d]+)?/gu;

/** `text` as runs, each number with its unit marked whole; the rest as it is. */
export function figureRuns(text: string): TextRun[] {
  const pattern = /[\u3400-\u9fff]/.test(text) ? ZH : EN;
  const runs: TextRun[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index), whole: false });
    runs.push({ text: match[0], whole: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), whole: false });
  return runs;
}
