// A figure printed before its name (kind.ts): a line of a data box that opens on the number, then a colon and what the
// number is (`▶ 2600余个：今年新增停车泊位`, `96.5%：农村集中供水率`). The name after the colon says what the figure
// counts, as the words before a figure do in a clause; kind.ts reads the two as the clause `name figure`.

import type { FigureScope } from './scope.ts';

/** What may stand before the figure on its line: a bullet, an arrow, a dash, spaces. */
const ORNAMENTS_ONLY = /^[\s▶►▷●○■□◆◇★☆▲△◎•·*\-—]*$/u;
/** A colon right after the figure, then a name: no clause mark, no number, up to the line's end. */
const NAME_AFTER = /^\s*[：:]\s*([^\n，,。；;：:！？!?0-9０-９]{2,20})\s*(?:\n|$)/u;

/** The name a line printed value first gives its figure, or undefined when the figure does not open such a line. */
export function valueFirstName(scope: FigureScope): string | undefined {
  const at = scope.sentenceStart + scope.start;
  const lineStart = scope.paragraph.lastIndexOf('\n', at - 1) + 1;
  if (!ORNAMENTS_ONLY.test(scope.paragraph.slice(lineStart, at))) return undefined;
  return NAME_AFTER.exec(scope.paragraph.slice(scope.sentenceStart + scope.end))?.[1]?.trim();
}
