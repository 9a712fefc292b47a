// A lead-in title (引题) that runs on into the headline under it with a comma (`“菜篮子”连着“钱袋子”，` /
// `荫城镇大棚蔬菜` / `四季不断档`, `医养结合让老人住得安心，` / `潞州区公办养老机构…`): one short clause ending with
// its comma, over the headline's lines and (past a deck) a byline. Its comma keeps it from reading as a title by
// shape alone; over a headline signed below it is the kicker, never a paragraph of the article above. So is a
// lead-in that is one whole quotation (`“孩子放学有地方去了”`, `“暖气热了，心里也暖了”`) over two title lines and a
// byline: a stack holds one kicker over its headline, and a quotation over two lines is that kicker (one title
// line alone under a quotation may be the quotation's deck, and is left to the headline rules).

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

// One quotation, the whole line: `“孩子放学有地方去了”`; no quotation mark inside it.
const WHOLE_QUOTE = /^[“"][^“”"\n]{3,22}[”"]$/u;

/** A lead-in that is one whole quotation: `“暖气热了，心里也暖了”`. */
export function isQuotedLeadIn(line: string): boolean {
  return WHOLE_QUOTE.test(line.trim());
}

/** How many title lines (at most two) stand under line i over a byline line (past decks); 0 when no byline follows. */
function titlesOverByline(marked: readonly Marked[], i: number): number {
  let k = i + 1;
  let titles = 0;
  while (titles < 2 && marked[k]?.shape === 'title') {
    titles++;
    k++;
  }
  // A deck opened by dashes, or one that gives the figures (`全区护理型床位占比达到62%`), may stand over the byline.
  while (marked[k]?.shape === 'deck' || (titles > 0 && marked[k]?.shape === 'title' && /\d/u.test(marked[k]!.block.text))) k++;
  const byline = marked[k];
  return byline?.shape === 'byline' && !isPhotoCredit(byline.block.text) ? titles : 0;
}

/** A comma lead-in over one or two title lines, or a quoted one over two, maybe a deck, then a byline line: its kicker. */
export function commaLeadIns(marked: Marked[]): Marked[] {
  return marked.map((m, i) => {
    if (m.block.byline || m.block.credit) return m;
    const comma = m.shape === 'paragraph' && isCommaLeadIn(m.block.text);
    const quoted = (m.shape === 'title' || m.shape === 'paragraph') && isQuotedLeadIn(m.block.text);
    if (!comma && !quoted) return m;
    const titles = titlesOverByline(marked, i);
    if (titles === 0 || (quoted && !comma && titles < 2)) return m;
    return { shape: 'kicker', block: { ...m.block, kind: 'kicker' } };
  });
}
