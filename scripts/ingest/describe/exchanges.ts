// An article told in turns — questions and their answers (`记者：小区改造后，生活有什么变化？` / `居民张桂芳：…`,
// `【网友】：暖气不热，能不能改造？` / `【回复】区住建局：…`) — is about what each exchange is about: a street
// interview or a reply column asks about housing, clinics and schools in turn, and each answer is short, so
// the article's keyword score (topics.ts) ranks the one asked about least below its share. The exchanges are
// found by their form: a short paragraph that asks (ends its sentence with a question mark, or opens with the
// asker's label: `记者：`, `问：`), then what follows it up to the next such paragraph.

import type { Topic } from '../../../src/domain/topics.ts';
import { isQuestion } from '../structure/shape.ts';

/** An article of fewer exchanges is not told in turns. */
export const MIN_EXCHANGES = 2;
// A question is short: a line of the paper's or a reader's, not a paragraph that only ends on a rhetorical one.
const MAX_QUESTION_CHARS = 80;
const ASKS = /[？?]\s*$/u;
// … or opens with the asker's label, whatever it ends with (`记者：请介绍一下今年的工作。`, `问：…`, `市民王先生问：…`,
// `【问】…`): the label as the structure reads a question's turn (structure/shape.ts isQuestion, which segmentation and
// repair read too), past an ornament or bold before it (`■ 记者：`, `**问：**`), and the asker's label in brackets
// (`【记者】：`, `[主持人]：`), which shape.ts leaves to the answer it heads.
const TURN_MARK = /^[\s\u3000]*(?:[●■◆□▲★][\s\u3000]*)?(?:\*\*)?/u;
const BRACKETED_ASKER = /^[【\[](?:本报)?(?:记者|主持人)[】\]][：:]/u;
const asks = (text: string): boolean => {
  const t = text.replace(TURN_MARK, '');
  return isQuestion(t) || BRACKETED_ASKER.test(t);
};

/** The article's paragraphs grouped into exchanges (a question and the paragraphs up to the next); [] when fewer than two. */
export function exchangesOf(paragraphs: readonly string[]): string[][] {
  const exchanges: string[][] = [];
  for (const p of paragraphs) {
    const text = p.trim();
    if ((ASKS.test(text) || asks(text)) && [...text].length <= MAX_QUESTION_CHARS) exchanges.push([text]);
    else exchanges.at(-1)?.push(text);
  }
  // A question with no answer after it is no exchange (a headline-like question closing a piece).
  const answered = exchanges.filter((e) => e.length > 1);
  return answered.length >= MIN_EXCHANGES ? answered : [];
}

/**
 * The leading topic of each exchange (all of those tied at the top: `暖气不热，老楼能不能改造？` is heating's and
 * housing's), in order and without repeats, from `score` (topic → weighted keyword hits of a text) where it
 * reaches `minScore`.
 */
export function exchangeTopics(paragraphs: readonly string[], score: (text: string) => Record<Topic, number>, minScore: number): Topic[] {
  return leadingTopics(exchangesOf(paragraphs).map((exchange) => exchange.join('\n')), score, minScore);
}

/**
 * The leading topic of each text, all of those tied at its top, in the order first led and without repeats, where it
 * reaches `minScore`: an exchange's here, a list's item in topics-list.ts.
 */
export function leadingTopics(texts: readonly string[], score: (text: string) => Record<Topic, number>, minScore: number): Topic[] {
  const leaders: Topic[] = [];
  for (const text of texts) {
    const scores = Object.entries(score(text)) as [Topic, number][];
    const top = Math.max(0, ...scores.map(([, points]) => points));
    if (top < minScore) continue;
    for (const [topic, points] of scores) if (points === top && !leaders.includes(topic)) leaders.push(topic);
  }
  return leaders;
}
