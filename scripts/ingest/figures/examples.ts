// The examples a list gives before 等 (`提供饮水、热饭、休息等服务`, `开设书法、戏曲、健康养生等课程`,
// `实施“口袋公园”“共享菜园”等微改造项目`): they show what the noun after 等 covers, not what the sentence's
// figures count, so the figure's topic (topic.ts) weighs their words lightly. Read by form: a list of two
// or more items (joined by 、, or quoted names side by side) that ends in 等 before a noun; the first item
// starts after the last verb or preposition of its words (jieba tags), so the clause's own verb and subject
// (`为户外劳动者提供`) stay out of the examples.

import type { Range } from './scope.ts';
import { tagWords } from './words.ts';

const CLAUSE_BREAK = /[，,；;：:。！？!?（(）)]/;
/** 等 before a head noun or a quoted name: not 等等, not 等 closing a clause, not 等3个 (a count follows). */
const ETC = /等(?=[\p{Script=Han}“])/gu;
const QUOTED_RUN = /(?:“[^“”，,。；;]{1,20}”){2,}$/;
/** Word tags that end the words before a list: verbs, prepositions, conjunctions, adverbs, pronouns. */
const BEFORE_LIST = /^(?:v|vd|p|c|d|r)$/;

/** Where the examples of each `…、…等` list in `text` stand (the items, not 等 nor the head noun). */
export function exampleSpans(text: string): Range[] {
  const out: Range[] = [];
  ETC.lastIndex = 0;
  for (let m = ETC.exec(text); m; m = ETC.exec(text)) {
    const at = m.index;
    if (text[at - 1] === '等' || text[at + 1] === '等') continue;
    let start = at;
    while (start > 0 && !CLAUSE_BREAK.test(text[start - 1]!)) start--;
    const chunk = text.slice(start, at);
    const quoted = QUOTED_RUN.exec(chunk);
    if (quoted) {
      out.push({ start: start + quoted.index, end: at });
      continue;
    }
    const firstItem = chunk.split('、')[0]!;
    if (firstItem.length === chunk.length) continue;
    out.push({ start: start + listStart(firstItem), end: at });
  }
  return out;
}

/** Where the first item of a list starts in the words before its first 、: after their last verb or preposition. */
function listStart(words: string): number {
  let start = 0;
  let inQuote = false;
  for (const w of tagWords(words)) {
    if (w.word === '“') inQuote = true;
    else if (w.word === '”') inQuote = false;
    else if (!inQuote && BEFORE_LIST.test(w.tag)) start = w.end;
  }
  return start;
}

/** Does [at, end) lie inside one of the spans? */
export function within(spans: readonly Range[], at: number, end: number): boolean {
  return spans.some((s) => s.start <= at && end <= s.end);
}
