// A headline broken over two blocks (`屯留区村卫生室` / `实现医保结算“村村通”`, a blank line between them), as
// a page export may set a two-line headline. Over a byline line the two lines would read as kicker and
// headline; what tells a broken headline is its grammar: the upper line is the subject, a place's name and
// what is there with no verb of its own, and the lower line is its predicate, opening with a verb or a
// preposition (jieba). A kicker reads on its own (`百姓身边`, `让老人在家门口吃上热乎饭`).

import { scanPlaces } from '../../../src/domain/places/gazetteer.ts';
import { tagWords } from '../figures/words.ts';
import { isPhotoCredit } from './bylines.ts';
import type { Marked } from './run.ts';
import { charCount, MAX_TITLE_CHARS } from './shape.ts';

// Quotation marks may stand in either line; no other punctuation and no space (a couplet is two phrases).
const PLAIN = /^[\p{Script=Han}“”‘’]+$/u;

function isSubject(line: string): boolean {
  if (!PLAIN.test(line) || scanPlaces(line)[0]?.start !== 0) return false;
  const words = tagWords(line);
  // jieba may tag a county's first characters as a verb (`屯留/v`): only the words after the place count.
  const after = words.filter((w) => w.start >= scanPlaces(line)[0]!.end);
  return after.length > 0 && after.every((w) => !w.tag.startsWith('v')) && /^n/u.test(after.at(-1)!.tag);
}

function isPredicate(line: string): boolean {
  if (!PLAIN.test(line)) return false;
  const first = tagWords(line)[0];
  return first !== undefined && (first.tag === 'v' || first.tag === 'p');
}

/** Joins a headline broken over two title-like blocks right over a byline line into one block, as printed. */
export function joinSplitHeadlines(marked: Marked[]): Marked[] {
  const out: Marked[] = [];
  for (let i = 0; i < marked.length; i++) {
    const [upper, lower, byline] = [marked[i]!, marked[i + 1], marked[i + 2]];
    const joins =
      upper.shape === 'title' && lower?.shape === 'title' && byline?.shape === 'byline' && !isPhotoCredit(byline.block.text) &&
      charCount(upper.block.text + lower.block.text) <= MAX_TITLE_CHARS && isSubject(upper.block.text.trim()) && isPredicate(lower.block.text.trim());
    if (!joins) {
      out.push(upper);
      continue;
    }
    out.push({ shape: 'title', block: { ...upper.block, text: `${upper.block.text.trim()}\n${lower.block.text.trim()}`, source: [...upper.block.source, ...lower.block.source] } });
    i++;
  }
  return out;
}
