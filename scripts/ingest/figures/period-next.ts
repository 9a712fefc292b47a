// Does a planned figure on an undated page speak of what comes after now (periodOf, period.ts)? Read by the form of
// its words, not by characters: a time ahead anywhere in the sentence (下一步, 接下来, 今后, 明年); in the figure's own
// clause chain, 力争 or 拟 (anywhere where it strives for a figure, `力争…降到9%以内`), 将会/将要, or 将/再 as jieba's
// adverb before what is done (`将新建`, `将在…新建`, `再开通`), not 将 as 把 before what is acted on (`将800户危房纳入…`)
// nor 再 inside a word (`再就业`, `再造林`). A time of the year in that chain (全年, 年内, 年底, `9月`) keeps the plan in
// the article's year.

import { clauseOf, segmentOf, type FigureScope } from './scope.ts';
import { tagWords } from './words.ts';

const AHEAD = /下一步|接下来|今后|明年/;
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
