// The predicates a label is read from (label.ts): a short predicate right after a counted noun, one read past
// what frames it (a coordinated count, a month, 在 and a place), works done to what the counted hold, and the
// verbs that open or close a phrase before a number. Split from label-phrases.ts, which reads the noun phrases.

import { UNITS } from '../../../src/domain/units.ts';
import { RELATIONAL, SEQUENCE } from './label-trim.ts';
import { DEFINING, PREDICATE_FILLER, type Tagged, hasNoun, join } from './label-roles.ts';
import { LINK_VERBS, rightPhrase } from './label-phrases.ts';

/**
 * A short predicate after a counted noun, without fillers (`进行了改造` → 改造): what the counted things
 * underwent or did, with its object when the verb has one (`统一购买了意外伤害保险` → 统一购买 + 意外伤害保险).
 * Not a predicate that only links or narrates — one opening on a preposition, conjunction or linking verb
 * (`为支撑`, `是…`), an idiom (`脱颖而出`), an adverb of order (`依次登台`) — and without the adverbs of
 * manner before its verb (`逐户入户排查` → 入户排查).
 */
export function predicateOf(rest: readonly Tagged[]): { verb: string; object: string } {
  const none = { verb: '', object: '' };
  const opening = rest.find((w) => w.role !== 'skip');
  if (!opening || LINKING_OPEN.test(opening.tag) || LINK_VERBS.has(opening.word) || RELATIONAL.has(opening.word) || IN_TURN.test(opening.word)) return none;
  let i = rest.indexOf(opening);
  while (i < rest.length && ((/^(?:d|ad)$/.test(rest[i]!.tag) && !DEFINING.test(rest[i]!.word)) || SEQUENCE.has(rest[i]!.word) || rest[i]!.role === 'skip')) i++;
  if (i < rest.length && /^(?:i|l)$/.test(rest[i]!.tag)) return none;
  const words: Tagged[] = [];
  let text = '';
  for (; i < rest.length; i++) {
    const w = rest[i]!;
    if (w.role === 'punct' || w.role === 'number' || w.role === 'de' || joinsPredicates(rest, i, words)) break;
    words.push(w);
    text = join(words).replace(PREDICATE_FILLER, '');
    if (/[了过着]/.test(text)) break;
  }
  // `2436个村完成“清化收”工作`: a light verb before words closing on a noun is the predicate's own verb (what the counted
  // finished), not a filler before a verb of works (`完成改造`, `进行了提档升级`): it stays, with the nouns as its object.
  const objectWords = words.slice(1).filter((w) => w.role !== 'skip');
  // (Before 并 any verb and its object are the first predicate, in the same form: `新建食堂并配备了餐具` → 新建食堂的学校, as
  // 完成改厕并通过验收 → 完成改厕的村, finding #7 of session 32.)
  const joined = i < rest.length && joinsPredicates(rest, i, words);
  const closes = !rest[i] || rest[i]!.role === 'punct' || joined;
  if (closes && words[0]?.role === 'verb' && (OWN_LIGHT_VERB.test(words[0].word) || joined) && objectWords.length > 0 && objectWords[objectWords.length - 1]!.role === 'noun' && join(objectWords).length <= MAX_PREDICATE) {
    return { verb: words[0].word, object: join(objectWords) };
  }
  const verb = text.replace(/[了过着].*$/, '');
  // A predicate cut by 、 in its object is half of what was done (`开设电焊、家政…`); one whose verb closes
  // before 、 is whole (`背街小巷改造、…`).
  if (rest[i]?.word === '、' && words[words.length - 1]?.role !== 'verb') return none;
  // `38家企业提供岗位720个`: a verb and the object the next figure counts define who is counted here
  // (提供岗位的企业); `46家企业带来1300多个岗位`: a verb whose object is that figure's alone does not.
  if (rest[i]?.role === 'number') {
    const split = words.findIndex((w) => w.role !== 'verb' && w.role !== 'skip');
    const object = split > 0 ? rightPhrase(words.slice(split)) : undefined;
    if (!object || object.rest.length > 0 || !hasNoun(object.noun)) return none;
    return { verb: join(words.slice(0, split)).replace(PREDICATE_FILLER, ''), object: join(object.noun) };
  }
  // A predicate longer than a label could hold is a clause of its own; without a verbal noun of manner opening
  // it (`免费/vn 安装烟雾报警器`, `集中/vn 开展…`), it may fit.
  if (verb.length > MAX_PREDICATE && words.length > 2 && words[0]!.tag === 'vn' && words[1]!.role === 'verb') {
    const rest = words.slice(1).filter((w) => w.role !== 'skip');
    if (!/[了过着]/.test(text) && join(rest).length <= MAX_PREDICATE) return { verb: join(rest).replace(PREDICATE_FILLER, ''), object: '' };
    // (A verb and the nouns it takes, `免费/vn 安装 一氧化碳报警器`, are what was done and to what, however long the object.)
    if (!/[了过着]/.test(text) && rest.length > 1 && rest[0]!.role === 'verb' && rest.slice(1).every((w) => w.role === 'noun') && rest[0]!.word.length <= MAX_PREDICATE) return { verb: rest[0]!.word, object: join(rest.slice(1)) };
  }
  if (verb.length > MAX_PREDICATE) return none;
  if (!verb || !/[了过着]/.test(text)) return { verb, object: '' };
  // Cut at 了: the noun phrase after it is the verb's object, which the predicate needs (`开启了…模式`);
  // one that does not run to the end of the clause is half of one, and the predicate is left out.
  const after = rightPhrase(rest.slice(i + 1));
  if (!hasNoun(after.noun) || after.rest.some((w) => w.role !== 'punct')) return none;
  return { verb, object: join(after.noun) };
}

const MAX_PREDICATE = 8;
/**
 * 并 (并且, 且) after a verb and its object, before another verb: it joins two predicates of the counted (`3个村卫生室完成
 * 标准化建设并投入使用`), the first whole before it (完成标准化建设).
 */
function joinsPredicates(rest: readonly Tagged[], at: number, before: readonly Tagged[]): boolean {
  const w = rest[at]!;
  return w.tag === 'c' && /^(?:并|并且|且)$/.test(w.word) && before.length >= 2 && before[0]!.role === 'verb' && at + 1 < rest.length;
}
/** Light verbs a predicate may open on with a noun object (what PREDICATE_FILLER drops before a verb). */
const OWN_LIGHT_VERB = /^(?:完成|实现|开展|实施)$/;
const MAX_LATER_PREDICATE = 10;
const JOINER = /^(?:和|及|与|、)$/;
const COUNT_UNITS = [...UNITS].filter(([, info]) => info.kind === 'count').map(([u]) => u);
const COUNT_INSIDE = new RegExp(`[0-9]+[万亿]?[余多]?(?:${COUNT_UNITS.join('|')})`, 'u');
/**
 * Whether the word at k belongs to a count's noun phrase: a number or a noun; in a coordinated count, a joiner
 * and a verb before a noun too (`、36个提档升级村`).
 */
const inNounPhrase = (words: readonly Tagged[], k: number, coordinated: boolean) => {
  const w = words[k]!;
  if (w.role === 'number' || (w.role === 'noun' && !JOINER.test(w.word))) return true;
  return coordinated && (JOINER.test(w.word) || (w.role === 'verb' && words[k + 1]?.role === 'noun'));
};
const MONTH = /^[0-9]{1,2}月(?:底|初|份|中旬|下旬|上旬)?(?:起|前|以来|开始)?/;

/**
 * What the counted did or got, read past what frames it (predicateOf reads only a predicate right after the
 * noun): a coordinated count (`9个乡镇和288个村全部建成便民服务站`), a time (`1860户村民12月起用上天然气`), a
 * place or a date with 在 (`60余户村民在家门口增收`, `7个小区将在11月底前完工`), whom it was done for with 向, 对 or
 * 给 (`…单位向社会开放内部停车位`), the measure by which with 按 (`12户居民按楼层分摊`) and adverbs go; what is left,
 * running to the end of the clause, is the predicate (`用上天然气`, `建成便民服务站`, `增收`, `完工`), with
 * a number inside it kept (`实现24小时供水`). Not one that opens on a noun, 的, a number or a linking word.
 */
export function laterPredicate(given: readonly Tagged[], joined = false): string {
  let rest = given;
  let i = 0;
  // Characters of the word at i that belong to what was skipped (jieba's 起用 of `12月起用上`).
  let cut = 0;
  const at = (k: number) => rest[k];
  for (let again = true; again && i < rest.length; ) {
    again = false;
    const w = at(i)!;
    const month = MONTH.exec(rest.slice(i).map((r) => r.word).join(''));
    if (month) {
      // A month it happened from or by (`12月起`, `11月底前`).
      let length = 0;
      while (i < rest.length && length + rest[i]!.word.length <= month[0].length) length += rest[i++]!.word.length;
      cut = month[0].length - length;
      again = cut === 0;
    } else if (i === 0 && (w.role === 'number' ? joined : JOINER.test(w.word) || w.role === 'de') && (w.role === 'number' || at(i + 1)?.role === 'number')) {
      // A coordinated count (`和288个村`), or the count of what the counted hold (`的1860户村民`): its number
      // and noun phrase go. A coordinated count shares only a predicate an adverb spreads over both (`9个乡镇
      // 和288个村全部建成…`; not `4个精品示范村、36个提档升级村建设`).
      const coordinated = w.role !== 'de';
      let k = i + 1;
      while (k < rest.length && !MONTH.test(rest.slice(k).map((r) => r.word).join('')) && inNounPhrase(rest, k, coordinated)) k++;
      if (coordinated && rest[k]?.role !== 'skip') return '';
      i = k;
      again = true;
    } else if (w.word === '在' || w.word === '于' || (w.tag === 'p' && /^(?:向|对|给|按|按照)$/.test(w.word))) {
      // (By what measure it was done, `12户居民按楼层分摊`, goes too: the verb after it is what they did, a verbal noun closing the
      // clause there too, 分摊/vn.)
      let k = i + 1;
      while (k < rest.length && rest[k]!.role !== 'verb' && rest[k]!.role !== 'punct' && !(k === rest.length - 1 && k > i + 1 && rest[k]!.tag === 'vn')) k++;
      if (k === rest.length - 1 && rest[k]!.tag === 'vn' && rest[k]!.role !== 'verb') rest = [...rest.slice(0, k), { ...rest[k]!, role: 'verb' as const }];
      if (k < rest.length && rest[k]!.role === 'verb') {
        i = k;
        again = true;
      }
    } else if (w.role === 'skip' || /^(?:将|已|已经|均|都|正在|也|还)$/.test(w.word)) {
      i++;
      again = true;
    }
  }
  const words = cut > 0 && rest[i] ? [{ ...rest[i]!, word: rest[i]!.word.slice(cut) }, ...rest.slice(i + 1)] : rest.slice(i);
  const first = words[0];
  if (!first || first.role === 'noun' || first.role === 'de' || first.role === 'number' || first.role === 'punct') return '';
  // (Nor one that opens on a boundary: an idiom, `脱颖而出`, or a preposition, `围绕…进行展示`.)
  // (An adverb of how or where right before the verb stays with it: `带动1800余名群众就近务工` → 就近务工.)
  const manner = first.tag === 'd' && first.word.length === 2 && !IN_TURN.test(first.word) && words[1]?.role === 'verb';
  if (first.role === 'stop' && !(first.tag === 'p' && words[1]?.tag === 'f') && !manner) return '';
  if (LINK_VERBS.has(first.word) || RELATIONAL.has(first.word) || IN_TURN.test(first.word)) return '';
  // (A preposition opens no predicate, but one jieba split off its complement does: 用/p 上/f of 用上.)
  if (/^(?:p|c)$/.test(first.tag) && words[1]?.tag !== 'f') return '';
  if (words.some((w) => w.role === 'punct' || w.role === 'de')) return '';
  const text = words.map((w) => w.word).join('').replace(/[了过着]/g, '');
  // (A count inside it is the next figure, whose object it names: `46家企业带来1300多个岗位`.)
  if (COUNT_INSIDE.test(text)) return '';
  if (text.length <= MAX_LATER_PREDICATE) return text;
  // Of a verb's list of objects too long for a label, the verb and the first (`安装了石墨烯发热墙电暖画和空气源热泵`
  // → 安装石墨烯发热墙电暖画), as label.ts does for a predicate before the count; the caller checks the length.
  const joiner = words.findIndex((w, k) => k > 1 && JOINER.test(w.word));
  if (joiner < 0 || words[0]!.role !== 'verb' || words.slice(joiner + 1).some((w) => w.role === 'verb')) return '';
  return words.slice(0, joiner).map((w) => w.word).join('').replace(/[了过着]/g, '');
}
export const predicate = (rest: readonly Tagged[]) => Object.values(predicateOf(rest)).join('');

// Adverbs of order tell events in turn (`依次登台`, `纷纷报名`), or one by one (`分别发言`): what follows them
// narrates, it does not define.
const IN_TURN = /^(?:依次|先后|陆续|相继|纷纷|一一|轮流|分别)$/;
// What a predicate that only links opens on: a preposition or a conjunction.
const LINKING_OPEN = /^(?:p|c)$/;

/** The verbs that close a phrase, right before the number (`…的畅通惠及` → 惠及). */
export function trailingVerbs(phrase: readonly Tagged[]): string {
  let start = phrase.length;
  while (start > 0 && phrase[start - 1]!.role === 'verb') start--;
  if (start === phrase.length) return '';
  // (新 right before them says they were done anew, `社区新/a设/v3个驿站` → 新设; jieba parts it in some sentences.)
  if (start > 0 && phrase[start - 1]!.word === '新') start--;
  // (How often, right before them, defines the number too: `每天要走访20多户居民` → 每天走访.)
  let per = start;
  while (per > 0 && (phrase[per - 1]!.role === 'skip' || /^每/.test(phrase[per - 1]!.word))) per--;
  return join(phrase.slice(phrase.slice(per, start).some((w) => /^每/.test(w.word)) ? per : start));
}

/** The verbs (and defining words) at the start of a phrase with the nouns they take before the number. */
export function verbPhrase(phrase: readonly Tagged[]): string {
  let end = 0;
  while (end < phrase.length && (phrase[end]!.role === 'verb' || DEFINING.test(phrase[end]!.word))) end++;
  if (end === 0) return '';
  let j = end;
  while (j < phrase.length && phrase[j]!.role === 'noun') j++;
  return join(phrase.slice(0, j));
}

/**
 * What was done to a thing the counted hold, closing the clause (`对城区85个老旧小区的庭院管网进行了更新`:
 * 的, the held noun phrase, then its works): the noun phrase and the works (庭院管网更新), so the count is of the
 * holders that had it done (庭院管网更新的老旧小区). The works are verbs alone, or any short word after a works
 * filler (进行, 实施: jieba tags 更新 an adverb there); not a predicate with a number, 的 or a break in it.
 */
export function heldPredicate(rest: readonly Tagged[]): string {
  if (rest[0]?.role !== 'de') return '';
  const phrase = rightPhrase(rest.slice(1));
  let { noun, rest: after } = phrase;
  // (A verb closing the clause is read as a noun there, `每月500元补助`; after a noun it is what was done: `就业`.)
  const last = noun[noun.length - 1];
  if (after.length === 0 && noun.length > 1 && last?.tag === 'v' && noun[noun.length - 2]!.role === 'noun') {
    after = [{ ...last, role: 'verb' }];
    noun = noun.slice(0, -1);
  }
  if (!hasNoun(noun) || noun.some((w) => w.word === '、') || after.length === 0) return '';
  const text = join(after);
  const works = text.replace(PREDICATE_FILLER, '');
  const filler = works.length < text.length;
  if (!works || works.length > 6 || after.some((w) => w.role === 'number' || w.role === 'de' || w.role === 'punct')) return '';
  // (Without a filler, the words after the noun phrase are all verbs: `…的村民就业`.)
  if (!filler && !after.every((w) => w.role === 'verb')) return '';
  return `${join(noun)}${works}`;
}
