// Does a planned figure on an undated page speak of what comes after now (periodOf, period.ts)? Read by the form of
// its words, not by characters: a time ahead anywhere in the sentence (下一步, 接下来, 今后, 明年); in the figure's own
// clause chain, 力争 or 拟 (anywhere where it strives for a figure, `力争…降到9%以内`), 将会/将要, or 将/再 as jieba's
// adverb before what is done (`将新建`, `将在…新建`, `再开通`), not 将 as 把 before what is acted on (`将800户危房纳入…`)
// nor 再 inside a word (`再就业`, `再造林`). A time of the year in that chain (全年, 年内, 年底, `9月`) keeps the plan in
// the article's year.
// Also a planned figure's deadline printed after it (deadlineAfter: `其余4个将于明年5月底前完工` → 明年5月底前), in its clause
// or the next one that completes the same works, not one that sets an aim of its own.
//
// Three sets of striving words read periods, each for its own question, so they are not one set: STRIVE (here) says a
// sentence plans ahead, so it holds 拟 (is to) beside 力争 and nothing that only assures (确保 a deadline is kept this year);
// AIM_OF_ITS_OWN (here) says a clause after a figure sets an aim of its own, so it holds the verbs of reaching a level
// (实现, 达到, 提高, 覆盖) beside 力争/确保; WHOLE_YEAR_OWN (period-levels.ts) says a clause is about the whole year, so it
// holds 预计 and 争取 as well, any word that may open a clause on 全年.

import { clauseOf, segmentOf, type FigureScope } from './scope.ts';
import { tagWords } from './words.ts';
import { periodsIn } from './period-printed.ts';

const AHEAD = /下一步|接下来|今后|明年/;
/** Striving or intending in the figure's chain: the plan reaches past now (see the header for the other sets). */
const STRIVE = /力争|拟/;
/** A clause striving for a figure of its own (`力争管网漏损率降到9%以内`): the sentence aims past now, not only `力争超额完成`. */
const STRIVES_FOR = /(?:力争|拟)[^，,。；;：:]*[0-9０-９]/;
/** 将 with its auxiliary: will, whatever jieba makes of what follows (`将会同…`, `将要…`). */
const WILL = /将(?:会|要)/;
/** A time inside the year: the whole year, within it, its end, a month. */
const IN_THE_YEAR = /全年|年内|年底|年末|(?<![0-9０-９])[0-9０-９一二三四五六七八九十]{1,3}月(?!份?以来)/;
/** What 将 (as 把) or 再 (inside a word) stands before when it is not "will" or "again": a noun, numeral, measure or pronoun. */
const ACTED_ON = /^(?:n(?!s)|m|q|r)/;

export function plansAhead(scope: Pick<FigureScope, 'sentence' | 'start' | 'end'>): boolean {
  const chain = scope.sentence.slice(segmentOf(scope).start, clauseOf(scope).end);
  if (IN_THE_YEAR.test(chain)) return false;
  if (AHEAD.test(scope.sentence) || STRIVE.test(chain) || STRIVES_FOR.test(scope.sentence) || WILL.test(chain)) return true;
  const words = tagWords(chain);
  const adverb = (i: number) => words[i + 1] !== undefined && !ACTED_ON.test(words[i + 1]!.tag) && words[i + 1]!.tag !== 'x';
  return words.some((w, i) => (w.word === '将' || w.word === '再') && w.tag === 'd' && adverb(i));
}

/**
 * A deadline (`…前`) printed after the figure in its segment with no other number between (`其余4个将于明年5月底前完工`, `再规划
 * 建设停车泊位500个，计划明年6月底前投入使用`): the period of a planned figure (period.ts asks only for one), as the guide
 * writes a plan's deadline. Not one after another figure (`新建公厕6座，其中4座年底前完工`: the 4's).
 */
export function deadlineAfter(scope: Pick<FigureScope, 'sentence' | 'start' | 'end'>, segment: { end: number }): { text: string; year?: number } | undefined {
  const after = scope.sentence.slice(scope.end, segment.end);
  const found = periodsIn(after).find((p) => p.text.endsWith('前'));
  if (!found || /[0-9０-９]/.test(after.slice(0, found.at))) return undefined;
  // (In its own clause or the next one, which completes the same works: not an aim of its own, `…，力争2027年底前实现全覆盖`,
  // `…，确保10月底前全部完工`.)
  const clauses = after.split(/[，,]/);
  const reach = (clauses[0] ?? '').length + 1 + (clauses[1] ?? '').length;
  const own = clauses.findIndex((_, i) => clauses.slice(0, i + 1).join('，').length > found.at);
  if (found.at >= reach || (own > 0 && AIM_OF_ITS_OWN.test(clauses[own]!))) return undefined;
  return { text: found.text, ...(found.year !== undefined ? { year: found.year } : {}) };
}
/** A clause after the figure with an aim of its own: striving, assuring or reaching a level (see the header). */
const AIM_OF_ITS_OWN = /力争|确保|实现|达到|提高|覆盖/;
