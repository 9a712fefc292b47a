// Whose lead a paragraph between two articles is. A feature's lead may be printed above its headline; set
// right after a 本报讯 item, it looks like that item's last paragraph. What tells them apart is what the
// paragraph speaks of: a lead names what the headline under it names (`…长子县的菜农…大棚里的温度…` over
// `长子县：智慧大棚里种出“致富菜”`), and nothing of the item above's headline; and how it opens: one that goes on
// from the text before it (`目前，…`, `据介绍，…`) is that text's.

import { closedUp, tagWords } from '../figures/words.ts';

// Nouns of every kind (places ns, organisations nt, names nr, other proper nouns nz), place words (s) and
// verbal nouns (vn): the words a headline's subject is said in. Verbs, numbers and function words are not.
const TOPIC_TAG = /^(?:n[rstz]?|s|vn)$/u;

/** The content words of a text: nouns, places and verbal nouns of two characters or more. */
export function topicWords(text: string): Set<string> {
  // A line an OCR spaced character by character (`黎 城 县 为 独 居 老 人 装 上…`) is read with its spaces out.
  const joined = closedUp(text);
  return new Set(tagWords(joined).filter((w) => TOPIC_TAG.test(w.tag) && [...w.word].length >= 2).map((w) => w.word));
}

// A paragraph opened as one that goes on from the text before it: by whom it was told (`据介绍，`, `据了解，`, or the
// teller named, `县教育局负责人介绍，`, `院长李华表示，`), by where things stand now (`目前，`), or by a conjunction adding
// to it (`此外，`, `同时，`, `下一步，`). A lead opens its piece; it refers back to nothing.
const GOES_ON = /^(?:据[^，,。！？]{0,6}(?:介绍|了解|统计|悉)|[^，,。！？：:“”"]{2,16}(?:介绍|表示)|目前|此外|同时|另外|与此同时|下一步)[，,]/u;

/** The paragraph goes on from the text before it (`据介绍，…`, `目前，…`): a report's, never a lead printed above a headline. */
export function goesOn(paragraph: string): boolean {
  return GOES_ON.test(paragraph.trim());
}

const MIN_SHARED_UNDER_HEADLINE = 2;

/**
 * The paragraph shares more content words with the headline under it than with the headline of its own item:
 * `…路村乡的乡村医生…为慢性病老人测血压…“背包医生”` shares 背包 and 医生 with `路村乡有一支“背包医生”队伍` under it, and
 * only 老人 with `渔泽镇：“爱心餐桌”让留守老人吃上热乎饭` over it. Under an article with a headline of its own, it must
 * share two content words with the headline at least (MIN_SHARED_UNDER_HEADLINE), or say again a name the headline
 * quotes: one word in common (`教师`, `中药材`) is what paragraphs of one page share.
 */
export function leadsHeadline(paragraph: string, headlineBelow: string, headlineAbove: string | undefined): boolean {
  const words = topicWords(paragraph);
  const shared = (headline: string) => [...topicWords(headline)].filter((w) => words.has(w)).length;
  const below = shared(headlineBelow);
  if (headlineAbove === undefined) return below > 0;
  // A name the headline quotes (`“银龄课堂”让老人乐享晚年`), said again in the paragraph, is the piece's own matter.
  const named = [...headlineBelow.matchAll(/[“"]([^“”"]{2,})[”"]/gu)].some((m) => paragraph.includes(m[1]!));
  return (below >= MIN_SHARED_UNDER_HEADLINE || (below > 0 && named)) && below > shared(headlineAbove);
}
