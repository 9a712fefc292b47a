// What is left of a run once its headlines, decks, kickers, headings and furniture are decided: the author
// names found under titles, a column's name at the foot of the page, and every other title-like line.
// - a name of 2–3 characters right under a headline or deck signs it (a byline); elsewhere it is a caption;
// - everything else title-like is a photo caption (the photos themselves are not in the text).

import { isColumnName } from './columns.ts';
import { atPageFoot, followsTitle, text, type Run } from './run.ts';

export function settleCaptions(run: Run): void {
  for (const i of run.indices) {
    if (run.names.has(i)) run.kinds[i] = followsTitle(run, i) ? 'byline' : 'caption';
    // A column's name at the foot of the page, with no text after it, heads nothing: the page's furniture.
    else if (run.kinds[i] === 'title' && run.next === undefined && atPageFoot(run, i) && isColumnName(text(run, i))) run.kinds[i] = 'furniture';
    else if (run.kinds[i] === 'title') run.kinds[i] = 'caption';
  }
}
