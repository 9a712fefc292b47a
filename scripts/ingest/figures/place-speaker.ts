// Where a speaker of a quotation lives, for the figures in their own words (place.ts): the attribution after the
// quotation's closing mark or before its opening one, and the scene it sets.

import { quoteAround, type FigureScope } from './scope.ts';

/** The longest attribution after a quotation read as its speaker's scene. */
const SCENE_MAX = 60;

/**
 * Who speaks a quotation the figure stands in, as the paragraph names them: the words after its closing
 * mark up to the sentence's end (`”丹朱镇居民郭大姐说。`) or before its opening mark from the sentence's start
 * (`家住黎侯镇的申丽说：“`); empty when the figure is not quoted or no speaker is named beside it.
 */
export function speakerOf(scope: FigureScope): string {
  const { paragraph } = scope;
  const at = scope.sentenceStart + scope.start;
  const quote = quoteAround(paragraph, at, scope.sentenceStart + scope.end);
  if (quote === undefined) return reportedSpeaker(scope);
  const open = paragraph.lastIndexOf('“', at);
  const close = paragraph.indexOf('”', at);
  const after = close < 0 ? '' : paragraph.slice(close + 1).split(/[。！？!?“]/)[0]!;
  const start = Math.max(paragraph.lastIndexOf('。', open) + 1, 0);
  const before = open < 0 ? '' : paragraph.slice(start, open);
  const said = /(?:说|表示|介绍|告诉记者|笑着说|感慨|坦言)[:：，,]?$/;
  // Where a speaker comes from is where they live (`来自八义镇的杜师傅说`), though 来自 elsewhere names a partner.
  if (/^[^，,]{0,24}(?:说|表示|介绍|道|告诉记者|感慨|坦言)/.test(after)) return after.replace(/来自/g, '  ');
  // The attribution may set the scene first, its clauses ending on the verb of saying (`”12月5日，屯留区麟绛街道
  // 康庄小区居民郭秀英摸着暖气片说。`, `”在黎城县西井镇岭后村，68岁的村民申福贵…说，“…`); a quotation opening its
  // paragraph is placed by the scene the rest of that sentence sets (`“…只掏3块钱。”11月18日中午，屯留区余吾镇西洼村
  // 老年助餐点里，82岁的刘根旺老人吃得津津有味。`).
  const opensParagraph = open >= 0 && paragraph.slice(0, open).trim() === '';
  if (after.length <= SCENE_MAX && (said.test(after.trim()) || (opensParagraph && close >= 0))) return after.replace(/来自/g, '  ');
  return said.test(before) ? before : '';
}

/**
 * A resident's words told without quotation marks (`来自余吾镇的求职者张强说，他…每天能挣300元`, `家住西街社区的王大妈告诉
 * 记者，…`): the clause opening the sentence names where the speaker lives or comes from, then the verb of saying; the
 * figure stands after it. An official's words (`县人社局局长王军说，全县…`) name no home: nothing.
 */
function reportedSpeaker(scope: FigureScope): string {
  const opening = /^[^，,。；;：:“”]*?(?:家住|来自)[^，,。；;：:“”]{2,16}?的[^，,。；;：:“”]{1,16}?(?:说|表示|告诉记者|介绍)[，,：:]/.exec(scope.sentence);
  return opening !== null && opening[0].length <= scope.start ? opening[0].replace(/来自/g, '  ') : '';
}
