// Places an article names in passing, read by the form of the words around the name, not by the name: where a
// person comes from (`来自八义镇的杜师傅`), where visitors come from (`迎来潞州区一所中学的400多名学生`), what the
// article's place is measured against (`比邻近的襄垣县同类大棚高出`, `高于潞城区`), where the article's people got
// a practice or went to learn (`借鉴了潞城区的经验`), a partner's or supplier's place, a delegation's home, the far
// end of a new route, where goods are sold, a landmark of distance or border, an errand's end, a native's home
// (`平顺人`). describe/regions.ts leaves them
// out of what an article is about, and figures/place-names.ts out of where a figure is. (A resident
// who lives where the article's work is done, `家住古韩镇的学生家长赵丽娜说`, is its scene: 家住 is not passing.)

import { tagWords } from '../figures/words.ts';

/** A span of text: where a place (or a list of places joined by 、和与及) starts and ends. */
export interface Span {
  start: number;
  end: number;
}

// Places joined into a list (`潞州区、上党区`, `平顺和武乡`); for an article, a town right after its county
// (`上党区北呈乡`) too, as one name.
const LIST_JOIN = /^[、和与及]$/u;
const NAME_OR_LIST_JOIN = /^[、和与及]?$/u;

/**
 * Where the list of places the k-th mention stands in starts and ends (the mention alone when it stands alone): a
 * list is named in passing or not as a whole (`销往平顺、潞城、长子等县区`). `names: true` joins a town to the
 * county right before it as well.
 */
export function listAround(text: string, mentions: readonly Span[], k: number, names = true): Span {
  const join = names ? NAME_OR_LIST_JOIN : LIST_JOIN;
  let first = k;
  while (first > 0 && join.test(text.slice(mentions[first - 1]!.end, mentions[first]!.start))) first--;
  let last = k;
  while (last + 1 < mentions.length && join.test(text.slice(mentions[last]!.end, mentions[last + 1]!.start))) last++;
  return { start: mentions[first]!.start, end: mentions[last]!.end };
}

// Who comes from the place: 来自, the place followed by 的 and the person (`来自八义镇的杜师傅`, a list closed by
// 等 and its level word: `来自平顺、潞城等县区的1200名选手`). A list after 来自 with no 的 after it
// (`患者来自平顺、武乡、沁源等山区县`) is where the article's work reaches and still counts.
const ORIGIN_BEFORE = /来自$/u;
const ORIGIN_AFTER = /^(?:等[\p{Script=Han}]{0,3}?)?的/u;
// A person's home town, where they no longer live (`张红梅老家在黎城县`, `祖籍武乡县`): not where the story is.
const HOMETOWN_BEFORE = /(?:老家|祖籍)(?:在|是)?$/u;
// A delegation from the place visiting the article's place (`平顺县民政局一行到店上镇考察`): the place, a body of
// it at most, then 一行 and where it went (not the 一行 of `统一行动`).
const DELEGATION_AFTER = /^[\p{Script=Han}]{0,10}?一行(?=[，,到来赴前在深走先人])/u;
// A way of doing things taken from the place (`借鉴了潞城区的经验`, `参照屯留区的做法`, `学习上党区北呈乡“土地托管”的
// 做法`): a verb of borrowing before it, 的 and the practice's noun within the clause after it.
const BORROW_BEFORE = /(?:借鉴|参照|参考|学习|效仿|复制|照搬)了?$/u;
const PRACTICE_AFTER = /^[^，,。；;：:]{0,12}?的(?:经验|做法|模式|办法|路子)/u;
// A trip out to the place to learn (`组织种植大户到沁县沁州黄镇学习`, `赴长子县取经`): the article's people go there.
const TRIP_BEFORE = /(?:到|赴|去|前往)$/u;
const TRIP_AFTER = /^[^，,。；;：:]{0,4}?(?:学习|取经|观摩)/u;
// The place's bodies as a partner or a supplier of the article's own work (`与襄垣县、沁县的养老机构开展结对帮扶`,
// `燃煤由襄垣县、屯留区的煤矿供应`): 与/由 before it, 的 and the partner's or supplier's act after it.
const PARTNER_BEFORE = /(?:与|同|由)$/u;
const PARTNER_AFTER = /^的[^，,。；;：:]{0,8}?(?:开展|结对|合作|共建|供应|供给|提供)/u;
// Visitors, traders or contestants the article's place draws, with where they come from (`游客主要来自郑州、石家庄
// 和我市潞州区等地`): a visit, not the place's story, even without 的 (a patient's origin is the work's reach).
const VISITORS_FROM_BEFORE = /(?:游客|客商|客人|宾客|嘉宾|选手|观众|参赛队)[^，,。；;：:“”]{0,6}?来自[^，,。；;：:“”]{0,12}?$/u;
// Where the article's goods are sold or sent (`产品销往潞州区、上党区等地`): their market, not their place.
const GOODS_TO_BEFORE = /(?:销往|运往|发往|远销|卖到|卖往|销售到|供应到)$/u;
// How far the article's place lies from another (`距潞州区30公里`, `离县城不到20分钟车程`), or what it borders
// (`毗邻潞城区`): the other place is a landmark.
const DISTANCE_BEFORE = /(?:距离?|离)$/u;
const DISTANCE_AFTER = /^[^，,。；;：:“”]{0,6}?[\d一二三四五六七八九十百几半]+(?:多|余)?(?:公里|千米|里|分钟|小时)/u;
const BORDER_BEFORE = /(?:毗邻|紧邻|紧靠|背靠)$/u;
// A trip from the article's place to do something there (`以前山货要背到青羊镇去卖`, `到潞州区打工`): where the
// article's people go, not where its work is done.
const ERRAND_BEFORE = /(?:跑到|背到|拉到|赶到|送到|跑去|到)$/u;
const ERRAND_AFTER = /^去?(?:卖|看病|就医|买|打工|务工|办事)/u;
// A deputy's delegation (`代表：武乡县代表团 韩秀梅`, `赵建国代表（武乡县代表团）`): where the deputy was elected, not
// what the proposal's reply is about.
const DELEGATION_OF_DEPUTIES = /^(?:人大)?代表团/u;
// A person of the place by birth (`土生土长的平顺人，`, `武乡籍的老战士`): the place, 人 or 籍, then a pause or 的.
const NATIVE_AFTER = /^(?:人|籍)(?=[，,。；;、“”）)的])/u;
// Where a new line or bus from the article's place goes (`开通至潞州区的旅游直通车`): the far end of a route whose
// start is not printed (`青羊镇至龙溪镇的公交` runs between two places the article is about).
const ROUTE_BEFORE = /(?<![镇乡县区道市城村])(?:至|到|通往|直达)$/u;
const ROUTE_AFTER = /^的[\p{Script=Han}]{0,6}?(?:班车|直通车|公交|专线|线路|航线|列车)/u;
// … or 从 the place, then coming (来, 赶来, 过来) and 的 closing the phrase of who came (`专程从屯留区赶来的求职者`,
// `从武乡县来的游客`), also with where they came to and what for between (`从黎城县、平顺县来潞城区打工的人`): the
// place is where the person set out, not where the article's work is done. (`从X来看` is a point of view.)
// 来 must be the verb of coming as jieba cuts the words: 来 alone, not before a numeral (`来/年`, next year), or
// closing a verb (请来, 学来, 回来; jieba tags 赶来, 过来, 前来 otherwise); not the first character of 来讲, 来源,
// 来自, 来看, 来说, nor the end of a time word (以来, 后来).
const FROM_BEFORE = /从$/u;
const FROM_AFTER = /^[^，,。；;：:、“”]{0,4}?来[^，,。；;：:、“”]{0,8}?的/u;
const COMING_CLOSED = /^[赶过前]来$/u;
const NUMERAL_TAG = /^[mq]/u;
// Visitors an article's place receives: the place opens the phrase of who comes (`迎来潞州区一所中学的…学生`,
// `接待黎城县的游客`), closed by 的 within a few words.
const VISIT_BEFORE = /(?:迎来|接待|吸引)$/u;
const VISIT_AFTER = /^[^，,。；;：:、“”]{0,8}?的/u;
// What the article's place is compared with: 比 (not 同比, 环比, 占比, 对比, 相比, 评比, 攀比, 无比, nor 比如, 比较,
// 比例, 比重, 比率, 比赛) a few words before the place in the same clause (`比邻近的襄垣县`), or 高于/低于/好于/优于
// right before it.
const COMPARED_BEFORE = /(?:(?<![同环占对相评攀无])比(?![如较例重率赛])[^，,。；;：:、“”\d]{0,5}|(?:高|低|好|优|快|慢)于)$/u;
// … or framed as the other side of a comparison: 与/和/同/跟 right before the place, 相比/比较/相较 closing the
// frame within a few words (`与上党区相比`, `和邻近的襄垣县同期相比`).
const FRAME_BEFORE = /(?:与|和|同|跟)(?:邻近的|周边的|隔壁的)?$/u;
const FRAME_AFTER = /^[^，,。；;：:、“”]{0,4}?(?:相比|比较|相较|对比)/u;

/** Does `after` (the text from the place, `offset` characters long, on) say someone came from it (`从X赶来的`)? */
function comingFrom(fromPlace: string, offset: number): boolean {
  const found = FROM_AFTER.exec(fromPlace.slice(offset));
  if (!found) return false;
  const come = offset + found[0].indexOf('来');
  const words = tagWords(fromPlace.slice(0, offset + found[0].length));
  const k = words.findIndex((w) => w.start <= come && come < w.end);
  const word = words[k];
  if (!word || word.end !== come + 1) return false;
  if (word.word === '来') return !NUMERAL_TAG.test(words[k + 1]?.tag ?? '');
  return word.tag.startsWith('v') || COMING_CLOSED.test(word.word);
}

/**
 * Is the place (or list of places) at `span` named only in passing: a person's or visitor's origin or home town, a
 * visiting delegation, a practice borrowed or a trip to learn there, a partner or supplier, a route's far end, or
 * a comparison?
 */
export function inPassing(text: string, span: Span): boolean {
  const before = text.slice(0, span.start);
  const after = text.slice(span.end);
  if (ORIGIN_BEFORE.test(before) && ORIGIN_AFTER.test(after)) return true;
  if (HOMETOWN_BEFORE.test(before) || DELEGATION_AFTER.test(after)) return true;
  if (BORROW_BEFORE.test(before) && PRACTICE_AFTER.test(after)) return true;
  if (TRIP_BEFORE.test(before) && TRIP_AFTER.test(after)) return true;
  if (PARTNER_BEFORE.test(before) && PARTNER_AFTER.test(after)) return true;
  if (ROUTE_BEFORE.test(before) && ROUTE_AFTER.test(after)) return true;
  if (VISITORS_FROM_BEFORE.test(before) || GOODS_TO_BEFORE.test(before) || BORDER_BEFORE.test(before)) return true;
  if (DISTANCE_BEFORE.test(before) && DISTANCE_AFTER.test(after)) return true;
  if (ERRAND_BEFORE.test(before) && ERRAND_AFTER.test(after)) return true;
  if (NATIVE_AFTER.test(after) || DELEGATION_OF_DEPUTIES.test(after)) return true;
  if (FROM_BEFORE.test(before) && comingFrom(text.slice(span.start), span.end - span.start)) return true;
  if (VISIT_BEFORE.test(before) && VISIT_AFTER.test(after)) return true;
  if (FRAME_BEFORE.test(before) && FRAME_AFTER.test(after)) return true;
  return COMPARED_BEFORE.test(before);
}
