// A number told as how much more or less of an act than before: 多 or 少 right before the verb that counts it
// (`一年下来家里能多攒1万多元`, `比上年多安装了740户`, `合作社多收购了80吨`) says a difference, whatever the verb
// (kind.ts's COMPARED holds the verbs glued to 多 that jieba keeps as one word: 多卖, 多领). Read with jieba's tags:
// the last word before the figure (a 了 after it aside) is a verb, or a verb's morpheme (攒/zg), and the word before it
// is 多 or 少 alone, not after 最, 更 or 较 (`一天最多接待`: a ceiling), nor a count's 多 (`300多`: part of the numeral).

import { tagWords } from './words.ts';

/**
 * The size of a change named before the figure (`涨幅不超过5%`, `降幅在3%左右`, `价格波动幅度控制在10%以内`): the figure is how much
 * a level moves, a change, though no verb of change stands before it.
 */
const CHANGE_SIZE = /(?:[涨降增跌减]幅|(?:波动|变动|上涨|下降|增长)幅度)[^，,；;。0-9]{0,6}$/u;

/** Whether the words right before a figure are 多/少 and a verb (a difference from before), or name a change's size. */
export function moreOrLessOfAct(before: string): boolean {
  if (CHANGE_SIZE.test(before)) return true;
  if (!/[多少]\p{Script=Han}{1,2}了?$/u.test(before)) return false;
  const words = tagWords(before).filter((w) => !(w.word === '了' || w.tag === 'ul'));
  const verb = words.at(-1);
  const degree = words.at(-2);
  const preceding = words.at(-3);
  if (!verb || !degree || !/^(?:v|zg)/.test(verb.tag) || !/^[多少]$/.test(degree.word)) return false;
  return !(preceding && (/[0-9〇零一二三四五六七八九十百千万两]$/.test(preceding.word) || /^(?:最|更|较|很|太)$/.test(preceding.word)));
}
