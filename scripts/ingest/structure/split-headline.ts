// A headline broken over two blocks (`屯留区村卫生室` / `实现医保结算“村村通”`, a blank line between them, or
// two lines cut apart on a page exported without blank lines), as a page export may set a two-line headline.
// Over a byline line (past a deck opened by dashes) the two lines would read as kicker and headline, or
// headline and deck; what tells a broken headline is its grammar (jieba):
// - the upper line is the subject, a place's name (maybe with its colon: `武乡县：“四点半课堂”`) and what is
//   there with no verb of its own, and the lower line its predicate, opening with a verb or a preposition
//   (`让孩子放学有处去`);
// - or the upper line breaks off after its verb (`黎城县：“暖心车”开进`) and the lower line is that verb's
//   object, a noun phrase with no verb (`偏远山村`).
// A kicker reads on its own (`百姓身边`, `让老人在家门口吃上热乎饭`), as does a deck under a whole headline
// (`平顺县：换热站建到山村里` / `冬日山村 家家屋里暖`).

import { scanPlaces } from '../../../src/domain/places/gazetteer.ts';
import { tagWords, type Word } from '../figures/words.ts';
import { isPhotoCredit } from './bylines.ts';
import { opensWithDash } from './marks.ts';
import type { Marked } from './run.ts';
import { charCount, MAX_TITLE_CHARS } from './shape.ts';

// Quotation marks may stand in either line; no other punctuation and no space (a couplet is two phrases).
const PLAIN = /^[\p{Script=Han}“”‘’]+$/u;
// The upper line may set its place off with a colon: `武乡县：“四点半课堂”`.
const PLACE_COLON = /^(\p{Script=Han}{2,8})[：:]/u;

/** The words after the place that opens the upper line (punctuation left out), or undefined if none opens it. */
function afterPlace(line: string): Word[] | undefined {
  const colon = PLACE_COLON.exec(line);
  const rest = colon ? line.slice(colon[0].length) : line;
  if (!PLAIN.test(rest)) return undefined;
  const place = scanPlaces(line)[0];
  if (place?.start !== 0 || (colon && place.end !== colon[1]!.length)) return undefined;
  // jieba may tag a county's first characters as a verb (`屯留/v`): only the words after the place count.
  const after = tagWords(line).filter((w) => w.start >= (colon ? colon[0].length : place.end) && /\p{Script=Han}/u.test(w.word));
  return after.length > 0 ? after : undefined;
}

// A noun, or a verb used as one (`灌溉/vn`).
const NOUN = /^(?:n|vn)/u;
const isVerb = (w: Word) => w.tag.startsWith('v') && w.tag !== 'vn';

/** A place and what is there: no verb, and no adverb, which only a predicate has (`医疗服务再升级`). */
function isSubject(line: string): boolean {
  const after = afterPlace(line);
  return after !== undefined && !after.some((w) => isVerb(w) || w.tag === 'd') && NOUN.test(after.at(-1)!.tag);
}

function isPredicate(line: string): boolean {
  if (!PLAIN.test(line)) return false;
  const first = tagWords(line)[0];
  return first !== undefined && (first.tag === 'v' || first.tag === 'p');
}

/** `黎城县：“暖心车”开进`: the place and what is there, broken off after its verb. */
function endsOnVerb(line: string): boolean {
  const after = afterPlace(line);
  return after !== undefined && after.length >= 2 && isVerb(after.at(-1)!);
}

/** `偏远山村`: a noun phrase with no verb, the object of the verb the upper line broke off after. */
function isObject(line: string): boolean {
  if (!PLAIN.test(line)) return false;
  const words = tagWords(line);
  return words.length > 0 && !words.some((w) => w.tag.startsWith('v')) && NOUN.test(words.at(-1)!.tag);
}

/** The two lines read as one headline: subject and predicate, or a verb and its object. */
function readsAsOne(upper: string, lower: string): boolean {
  return (isSubject(upper) && isPredicate(lower)) || (endsOnVerb(upper) && isObject(lower));
}

/** Joins a headline broken over two title-like blocks right over a byline line into one block, as printed. */
export function joinSplitHeadlines(marked: Marked[]): Marked[] {
  const out: Marked[] = [];
  for (let i = 0; i < marked.length; i++) {
    const [upper, lower] = [marked[i]!, marked[i + 1]];
    // A deck opened by dashes may stand between the headline and its byline (`——全县高效节水…`).
    const deck = marked[i + 2]?.shape === 'deck' && opensWithDash(marked[i + 2]!.block.text);
    const byline = marked[i + (deck ? 3 : 2)];
    const joins =
      upper.shape === 'title' && lower?.shape === 'title' && byline?.shape === 'byline' && !isPhotoCredit(byline.block.text) &&
      charCount(upper.block.text + lower.block.text) <= MAX_TITLE_CHARS && readsAsOne(upper.block.text.trim(), lower.block.text.trim());
    if (!joins) {
      out.push(upper);
      continue;
    }
    out.push({ shape: 'title', block: { ...upper.block, text: `${upper.block.text.trim()}\n${lower.block.text.trim()}`, source: [...upper.block.source, ...lower.block.source] } });
    i++;
  }
  return out;
}
