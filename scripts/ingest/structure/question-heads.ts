// A hotline page's or a Q&A box's pieces, each under a question set as its headline: `小区供暖不热，问题出在哪？` over
// `【市民诉求】…` and `【部门回复】…`, or `室温不达标怎么办？供热热线为您解答` over `问：…` / `答：…`. The question stands
// alone over a text that opens on a label; running text asks no such question over its first part.

import { charCount, isDialogueTurn } from './shape.ts';

/** A question or exclamation set as a headline runs to about this many characters; more is a paragraph. */
export const MAX_QUESTION_HEADLINE_CHARS = 24;

// `问：…`, `Q：…`, `【市民诉求】…`: a text opening on a question's label, or on a part's short label in brackets with its text
// after it.
const OPENING_LABEL = /^(?:(?:问|Q|Ｑ)[：:]|【[^【】\s，,。！？!?；;：:、“”"]{2,8}】)(?=[：:]?\s*\S)/u;

/** The label a text opens on (`问：`, `【市民诉求】`), if it opens on one with its text after it. */
export function openingLabel(text: string): string | undefined {
  return OPENING_LABEL.exec(text.trim())?.[0];
}

/**
 * One question or exclamation of a headline's length on one line (`…怎么办？`), maybe with its answer after it
 * (`暖气不热怎么办？部门来回复`): one mark (`!!` too), no sentence before it, no turn of a dialogue (`记者：…？`).
 */
export function isQuestionHead(text: string): boolean {
  const t = text.trim();
  const oneSentence = /^[^。！？!?；;]+[？！?!]{1,2}[^。！？!?；;，,、：:]*$/u.test(t) && !t.includes('\n');
  return oneSentence && charCount(t) <= MAX_QUESTION_HEADLINE_CHARS && !isDialogueTurn(t);
}
