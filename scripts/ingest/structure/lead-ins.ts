// A lead-in title (引题) that runs on into the headline under it with a comma (`“菜篮子”连着“钱袋子”，` /
// `荫城镇大棚蔬菜` / `四季不断档`, `医养结合让老人住得安心，` / `潞州区公办养老机构…`): one short clause ending with
// its comma, over the headline's lines and (past a deck) a byline. Its comma keeps it from reading as a title by
// shape alone; over a headline signed below it is the kicker, never a paragraph of the article above.

import { isPhotoCredit } from './bylines.ts';
import type { Marked } from './run.ts';
import { charCount } from './shape.ts';

/** A lead-in title runs to about this many characters; running text cut at a comma runs longer. */
const MAX_LEAD_IN_CHARS = 24;

/** One clause, short, ending with its comma: `医养结合让老人住得安心，`. */
export function isCommaLeadIn(line: string): boolean {
  const t = line.trim();
  return /^[^。！？!?；;，,：:\n]+[，,]$/u.test(t) && charCount(t) <= MAX_LEAD_IN_CHARS && charCount(t) >= 5;
}

/** Such a line over one or two title lines, maybe a deck, then a byline line: its kicker. */
export function commaLeadIns(marked: Marked[]): Marked[] {
  return marked.map((m, i) => {
    if (m.shape !== 'paragraph' || m.block.byline || m.block.credit || !isCommaLeadIn(m.block.text)) return m;
    let k = i + 1;
    let titles = 0;
    while (titles < 2 && marked[k]?.shape === 'title') {
      titles++;
      k++;
    }
    // A deck opened by dashes, or one that gives the figures (`全区护理型床位占比达到62%`), may stand over the byline.
    while (marked[k]?.shape === 'deck' || (titles > 0 && marked[k]?.shape === 'title' && /\d/u.test(marked[k]!.block.text))) k++;
    const byline = marked[k];
    if (titles === 0 || byline?.shape !== 'byline' || isPhotoCredit(byline.block.text)) return m;
    return { shape: 'kicker', block: { ...m.block, kind: 'kicker' } };
  });
}
