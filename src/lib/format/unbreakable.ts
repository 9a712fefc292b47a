// A printed figure cut where a line may break and where it may not: a number stays on one line with its
// unit (`约500万平方米` wrapped `米` alone at 1280 px on the home page; `5 million` / `m²` would read as two
// things), while a hedge before it (`约`, `about`) may stand at a line's end. Read by the form of the text,
// so it serves any figure formatFigure prints in either language and article prose (lib/markdown/figure-values.ts):
// the kept run starts at the number (with its sign or currency sign) and runs through its scale word and unit —
// in Chinese 余/多, a scale word (万, 亿 …), then a unit the site knows (domain/units.ts, longest first: 平方米
// before 米), a date word (年, 月, 日) or a unit sign (%, ℃, m³), and a rate's `/日`; nothing else, so `18个项目`
// keeps `18个` and lets 项目 break as text; in English one word after the number and its scale word, not a
// joining word (`+¥75` / `a month`). A number ends at its last digit: the comma or full stop after it ends
// the clause (`In 2025, Huguan County` kept `2025, Huguan` on one line). A run never ends inside a character.

import { UNITS, unitAlternatives } from '../../domain/units.ts';

export interface TextRun {
  text: string;
  /** True for a number with its unit, which must not break inside. */
  whole: boolean;
}

const UNIT = unitAlternatives([...UNITS.keys(), '年', '月', '日']);
const ZH = new RegExp(
  `[+\\-−]?[¥$]?\\d(?:[\\d,.]*\\d)?[余多]?(?:[十百千万亿]{1,2}[余多]?)?(?:${UNIT}|[A-Za-z]{1,3}[²³]?|[%‰℃°])?(?:/(?:${UNIT}|\\p{Script=Han})(?:·\\p{Script=Han})?)?`,
  'gu',
);
const EN = /[+\-−]?[¥$]?\d(?:[\d,.]*\d)?(?:%|°C)?(?:\s(?:thousand|million|billion|trillion)\b)?(?:\s(?!(?:a|an|or|per|to|and|from|of)\b)[^\s\d]+)?/gu;

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
